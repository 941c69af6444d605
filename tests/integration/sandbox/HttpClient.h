#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

typedef void CURL;

namespace pishkhan::test {

struct HttpReply
{
    int curlCode = 0; // CURLcode; 0 = a complete HTTP answer arrived
    QString curlError;
    long status = 0;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject json() const;
    // The problem slug ("invalid-json") of a problem+json answer, or empty.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString describe() const;
};

// A client the way the desktop app will be one: libcurl, TLS verified against the sandbox's
// generated certificate (as CA file) and its SPKI pin, keep-alive on one handle.
class HttpClient
{
public:
    HttpClient(QString baseUrl, QString caFile, QString pin);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // Sent on every call (Authorization, X-Clerk-Id) unless overridden per call.
    void setDefaultHeader(const QByteArray& name, const QByteArray& value);
    void clearDefaultHeaders() { m_defaults.clear(); }
    void setTimeoutMs(long ms) { m_timeoutMs = ms; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const Headers& headers = {});
    HttpReply get(const QString& path, const Headers& headers = {})
    {
        return send("GET", path, {}, headers);
    }
    // POST with JSON content type and the given idempotency key (none when empty).
    HttpReply post(const QString& path, const QByteArray& body, const QByteArray& key,
                   const Headers& headers = {});
    HttpReply post(const QString& path, const QJsonObject& body, const QByteArray& key,
                   const Headers& headers = {});

    [[nodiscard]] const QString& baseUrl() const { return m_base; }

private:
    QString m_base;
    QByteArray m_caFile;
    QByteArray m_pin;
    Headers m_defaults;
    long m_timeoutMs = 15000;
    CURL* m_curl = nullptr;
};

} // namespace pishkhan::test
