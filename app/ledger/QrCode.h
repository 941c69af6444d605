#pragma once

#include "core/Result.h"

#include <QImage>
#include <QString>

namespace pishkhan {

// A QR code of a short text (the tracking code) through libqrencode, as a black-on-white
// image with a four-module quiet zone, each module modulePixels square.
class QrCode
{
public:
    QrCode() = delete;
    // Error code: qr.encode.
    [[nodiscard]] static Result<QImage> image(const QString& text, int modulePixels);
};

} // namespace pishkhan
