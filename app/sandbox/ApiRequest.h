#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace pishkhan::sandbox {

// One HTTP request, copied out of QHttpServerRequest: Qt 6.4 reuses that object for the next
// request on the connection, and the answer may be written later (injected latency).
struct ApiRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, no query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    bool loopback = false;

    [[nodiscard]] QByteArray header(const char* lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
};

} // namespace pishkhan::sandbox
