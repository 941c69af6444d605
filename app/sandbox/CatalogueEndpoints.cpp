#include "CatalogueEndpoints.h"

#include "Catalogue.h"

namespace pishkhan::sandbox {

bool CatalogueEndpoints::matches(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

ApiResponse CatalogueEndpoints::catalogue(const ApiCall& call)
{
    const QByteArray etag = m_context.catalogue.etag();
    const QByteArray ifNoneMatch = call.request.header("if-none-match");
    ApiResponse r;
    if (!ifNoneMatch.isEmpty() && matches(ifNoneMatch, etag)) {
        r.status = 304;
    } else {
        r.status = 200;
        r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
        r.body = m_context.catalogue.body();
    }
    r.headers.append({QByteArrayLiteral("ETag"), etag});
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
    return r;
}

} // namespace pishkhan::sandbox
