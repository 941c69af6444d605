#include "HttpSettings.h"

#include <QHostAddress>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace

Result<QUrl> HttpSettings::resolve(const QString& url) const
{
    QUrl target(url, QUrl::StrictMode);
    if (target.isRelative()) {
        const QUrl base(baseUrl, QUrl::StrictMode);
        if (!base.isValid() || base.isRelative())
            return Error(u"net.bad_url"_s,
                         QT_TRANSLATE_NOOP("Error", "The server address is not set or not valid."),
                         u"base URL is missing or relative"_s);
        // Plain concatenation keeps a base path prefix ("https://h/prefix" + "/api/v1/...").
        QString joined = baseUrl;
        while (joined.endsWith(u'/'))
            joined.chop(1);
        target = QUrl(joined + url, QUrl::StrictMode);
    }
    if (!target.isValid() || target.host().isEmpty())
        return Error(u"net.bad_url"_s,
                     QT_TRANSLATE_NOOP("Error", "The server address is not set or not valid."),
                     u"URL is not valid"_s);
    const QString scheme = target.scheme().toLower();
    if (scheme == u"https"_s)
        return target;
    if (scheme == u"http"_s && allowPlainHttpToLoopback && isLoopbackHost(target.host()))
        return target;
    return Error(u"net.insecure_refused"_s,
                 QT_TRANSLATE_NOOP("Error", "The connection was refused because it would not "
                                            "be encrypted."),
                 scheme + u"://"_s + target.host() + u" is not allowed"_s);
}

} // namespace pishkhan
