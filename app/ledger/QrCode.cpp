#include "QrCode.h"

#include <qrencode.h>

#include <QPainter>

namespace pishkhan {

using namespace Qt::StringLiterals;

Result<QImage> QrCode::image(const QString& text, int modulePixels)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return Error(u"qr.encode"_s, QT_TRANSLATE_NOOP("Error", "The QR code could not be made."),
                     u"libqrencode refused a text of "_s + QString::number(utf8.size()) +
                         u" bytes"_s);
    constexpr int kQuiet = 4;
    const int modules = code->width + 2 * kQuiet;
    QImage img(modules * modulePixels, modules * modulePixels, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            // Bit 0 of each byte is the module's colour (1 = dark); the rest is libqrencode's
            // bookkeeping.
            if (code->data[y * code->width + x] & 1)
                p.drawRect((x + kQuiet) * modulePixels, (y + kQuiet) * modulePixels, modulePixels,
                           modulePixels);
    p.end();
    QRcode_free(code);
    return img;
}

} // namespace pishkhan
