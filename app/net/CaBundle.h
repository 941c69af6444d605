#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pishkhan {

// The certificates a connection trusts when the office gives its own CA file: the system's
// bundle first, then the file. The file adds a CA for its server, it never replaces the
// system store: a CA file taken from somewhere must not leave the counter trusting only what
// that file says.
class CaBundle
{
public:
    // libcurl's compiled-in default bundle (/etc/ssl/certs/ca-certificates.crt on Debian);
    // empty when this libcurl has none.
    [[nodiscard]] static QString systemBundlePath();
    // PEM: every certificate of systemBundle, then those of extraFile. Error codes:
    // net.ca_file (extra file unreadable or without a certificate), net.ca_system (system
    // bundle unreadable).
    [[nodiscard]] static Result<QByteArray> combined(const QString& systemBundle,
                                                     const QString& extraFile);
    // How many PEM certificates the text holds.
    [[nodiscard]] static int certificateCount(const QByteArray& pem);
};

} // namespace pishkhan
