#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace pishkhan {

// One HTTP exchange as the caller describes it. HttpClient turns it into a curl handle in one
// place (TLS policy, timeouts, proxy, headers), so no caller can forget a setting.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    // A path ("/api/v1/time?x=1") joined to HttpSettings::baseUrl, or an absolute URL.
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // 0 = the client's default total timeout.
    int timeoutMs = 0;

    static HttpRequest get(QString url)
    {
        HttpRequest r;
        r.url = std::move(url);
        return r;
    }
    static HttpRequest postJson(QString url, QByteArray body)
    {
        HttpRequest r;
        r.method = QByteArrayLiteral("POST");
        r.url = std::move(url);
        r.body = std::move(body);
        r.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return r;
    }
    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        for (auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

} // namespace pishkhan
