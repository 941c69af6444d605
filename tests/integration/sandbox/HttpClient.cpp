#include "HttpClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <curl/curl.h>

namespace pishkhan::test {

namespace {

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    static_cast<QByteArray*>(user)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        static_cast<QMap<QByteArray, QByteArray>*>(user)->insert(
            line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return size * count;
}

} // namespace

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::problem() const
{
    const QString type = json().value(QStringLiteral("type")).toString();
    const QString prefix = QStringLiteral("urn:pishkhan:problem:");
    return type.startsWith(prefix) ? type.mid(prefix.size()) : QString();
}

QString HttpReply::describe() const
{
    return QStringLiteral("curl=") + QString::number(curlCode) + u' ' + curlError +
           QStringLiteral(" status=") + QString::number(status) + QStringLiteral(" body=") +
           QString::fromUtf8(body.left(600));
}

HttpClient::HttpClient(QString baseUrl, QString caFile, QString pin)
    : m_base(std::move(baseUrl))
    , m_caFile(caFile.toLocal8Bit())
    , m_pin(pin.toLatin1())
    , m_curl(curl_easy_init())
{}

HttpClient::~HttpClient()
{
    curl_easy_cleanup(m_curl);
}

void HttpClient::setDefaultHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : m_defaults) {
        if (h.first == name) {
            h.second = value;
            return;
        }
    }
    m_defaults.append({name, value});
}

HttpReply HttpClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                           const Headers& headers)
{
    HttpReply reply;
    const QByteArray url = (m_base + path).toUtf8();
    curl_easy_reset(m_curl);
    curl_easy_setopt(m_curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(m_curl, CURLOPT_CUSTOMREQUEST, method.constData());
    curl_easy_setopt(m_curl, CURLOPT_CAINFO, m_caFile.constData());
    curl_easy_setopt(m_curl, CURLOPT_PINNEDPUBLICKEY, m_pin.constData());
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(m_curl, CURLOPT_TIMEOUT_MS, m_timeoutMs);
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(m_curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(m_curl, CURLOPT_HEADERDATA, &reply.headers);
    if (method == "POST" || !body.isEmpty()) {
        curl_easy_setopt(m_curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(m_curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    if (method == "GET")
        curl_easy_setopt(m_curl, CURLOPT_HTTPGET, 1L);
    curl_slist* list = nullptr;
    // The sandbox (Qt 6.4) does not answer "100 Continue"; curl would wait a second for it.
    list = curl_slist_append(list, "Expect:");
    Headers all = m_defaults;
    for (const auto& h : headers) {
        bool replaced = false;
        for (auto& d : all) {
            if (d.first.compare(h.first, Qt::CaseInsensitive) == 0) {
                d.second = h.second;
                replaced = true;
            }
        }
        if (!replaced)
            all.append(h);
    }
    for (const auto& [name, value] : all) {
        // An empty value means "send no such header" (curl's "Name:" form).
        const QByteArray line =
            value.isNull() ? QByteArray(name + ':') : QByteArray(name + ": " + value);
        list = curl_slist_append(list, line.constData());
    }
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, list);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, errorBuffer);

    QElapsedTimer timer;
    timer.start();
    const CURLcode rc = curl_easy_perform(m_curl);
    reply.elapsedMs = timer.elapsed();
    curl_slist_free_all(list);
    reply.curlCode = static_cast<int>(rc);
    reply.curlError = QString::fromUtf8(errorBuffer);
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &reply.status);
    return reply;
}

HttpReply HttpClient::post(const QString& path, const QByteArray& body, const QByteArray& key,
                           const Headers& headers)
{
    Headers all{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (!key.isEmpty())
        all.append({QByteArrayLiteral("Idempotency-Key"), key});
    all += headers;
    return send("POST", path, body, all);
}

HttpReply HttpClient::post(const QString& path, const QJsonObject& body, const QByteArray& key,
                           const Headers& headers)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), key, headers);
}

} // namespace pishkhan::test
