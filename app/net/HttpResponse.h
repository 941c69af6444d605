#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QMap>

namespace pishkhan {

// What came back: either a complete HTTP answer (any status) or a transport failure
// (curlCode != 0 and error() set). A 4xx/5xx is not a transport error; ApiCodec judges those.
struct HttpResponse
{
    quint64 id = 0;
    long status = 0;
    QMap<QByteArray, QByteArray> headers; // names lower-cased; the last answer's only
    QByteArray body;
    int curlCode = 0; // CURLcode; 0 = a complete answer arrived
    Error error;      // empty code() = no transport error
    qint64 elapsedMs = 0;
    QByteArray httpVersion; // "1.1", "2"

    [[nodiscard]] bool transportOk() const { return curlCode == 0 && error.code().isEmpty(); }
    [[nodiscard]] QByteArray header(const QByteArray& lowerName) const
    {
        return headers.value(lowerName);
    }
};

} // namespace pishkhan
