#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace pishkhan {

// Transport settings, from the office's configuration. TLS verification cannot be turned
// off: there is no such member.
struct HttpSettings
{
    QString baseUrl; // "https://api.example.ir"; paths of HttpRequest are joined to it
    // PEM file of CAs trusted for the backend in addition to the system store (CaBundle); empty
    // = the system store alone.
    QString caFile;
    // The system store that caFile is added to; empty = libcurl's own default bundle. Only
    // tests point it elsewhere (a stand-in for the public CAs).
    QString systemCaBundle;
    // SPKI pin(s) in curl's form "sha256//base64[;sha256//base64]"; empty = no pin.
    QString pinnedPublicKey;
    // Plain http:// is refused, except to a loopback address when this is set (sandbox
    // without TLS, developer setups). Never honoured for another host.
    bool allowPlainHttpToLoopback = false;
    // Proxy: empty = the system's (http_proxy/https_proxy/no_proxy of the environment, as
    // libcurl reads them); "direct" = no proxy at all; otherwise a URL "http://host:3128".
    QString proxy;
    int connectTimeoutMs = 10'000;
    int totalTimeoutMs = 30'000;
    // Abort when slower than lowSpeedBytesPerSec for lowSpeedSeconds (a stalled link that
    // TCP has not noticed yet).
    int lowSpeedBytesPerSec = 64;
    int lowSpeedSeconds = 20;
    int maxConnectionsPerHost = 4;
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    // curl's CURLOPT_CONNECT_TO entries ("HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT"): tests
    // use it to reach the loopback sandbox under another name (hostname-mismatch check).
    QStringList connectTo;
    QString userAgent = QStringLiteral("PishkhanDesk/" PISHKHAN_VERSION);

    // Resolves a request URL against baseUrl and applies the scheme policy.
    [[nodiscard]] Result<QUrl> resolve(const QString& url) const;
};

} // namespace pishkhan
