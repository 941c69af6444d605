#include "HttpFrontend.h"

#include "FaultInjector.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace pishkhan::sandbox {

namespace {

// Keeps answers on one connection in request order when injected delays differ.
constexpr const char* kBusyUntil = "pishkhanBusyUntil";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

HttpFrontend::HttpFrontend(Handler handler, FaultInjector& faults, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_faults(faults)
{
    m_uptime.start();
}

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyDecoded);
    api.query = request.query();
    for (const auto& [name, value] : request.headers())
        api.headers.insert(name.toLower(), value);
    api.body = request.body();
    api.loopback = request.remoteAddress().isLoopback();
    const bool close = api.header("connection").toLower() == "close";

    // Admin endpoints are never faulted: a test must always be able to switch faults off.
    const bool faultable = !api.path.startsWith(QStringLiteral("/admin/"));
    const FaultDecision fault = faultable ? m_faults.decide() : FaultDecision{};
    if (fault.reset) {
        log(api, 0, "reset");
        reset(socket);
        return true;
    }
    if (fault.unavailable) {
        const int retryAfter = m_faults.settings().retryAfterSeconds;
        ApiResponse r = ApiResponse::problem(
            Problem(QStringLiteral("service-unavailable"), QStringLiteral("injected fault"))
                .with(QStringLiteral("retry_after"), retryAfter));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        log(api, r.status, "injected");
        respond(socket, r, close, fault.delayMs);
        return true;
    }
    const ApiResponse response = m_handler(api);
    if (fault.dropAfterCommit) {
        // Stored (the handler committed), but the client never hears: the case idempotency
        // keys exist for.
        log(api, response.status, "dropped after commit");
        socket->abort();
        return true;
    }
    log(api, response.status, "");
    respond(socket, response, close, fault.delayMs);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only reached if that ever changes.
    respond(socket, ApiResponse::problem(Problem(QStringLiteral("not-found"), {})), true, 0);
}

void HttpFrontend::respond(QTcpSocket* socket, const ApiResponse& response, bool close, int delayMs)
{
    const QByteArray bytes = serialise(response, close);
    const qint64 now = m_uptime.elapsed();
    const qint64 busyUntil = socket->property(kBusyUntil).toLongLong();
    const qint64 at = qMax(now + delayMs, busyUntil);
    if (at <= now) {
        socket->write(bytes);
        if (close)
            socket->disconnectFromHost();
        return;
    }
    socket->setProperty(kBusyUntil, at);
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(static_cast<int>(at - now), this, [guard, bytes, close] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        guard->write(bytes);
        if (close)
            guard->disconnectFromHost();
    });
}

QByteArray HttpFrontend::serialise(const ApiResponse& response, bool close)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    out += "Date: " +
           QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'")
               .toLatin1() +
           "\r\n";
    bool cacheControl = false;
    for (const auto& [name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
        cacheControl = cacheControl || name.compare("Cache-Control", Qt::CaseInsensitive) == 0;
    }
    if (!cacheControl)
        out += "Cache-Control: no-store\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    if (response.status != 204 && response.status != 304)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (response.status != 204 && response.status != 304)
        out += response.body;
    return out;
}

void HttpFrontend::reset(QTcpSocket* socket)
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: the client sees
    // "connection reset by peer", not a clean end of stream.
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1) {
        struct linger lg;
        lg.l_onoff = 1;
        lg.l_linger = 0;
#ifdef Q_OS_WIN
        ::setsockopt(static_cast<SOCKET>(fd), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char*>(&lg), sizeof lg);
#else
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
#endif
    }
    socket->abort();
}

void HttpFrontend::log(const ApiRequest& request, int status, const char* note) const
{
    if (!m_log)
        return;
    // Method, path and status only: bodies, query strings and headers can carry tokens,
    // codes and citizen identifiers, and none of those may reach a log.
    std::fprintf(stderr, "%s %s %d %s\n", request.method.constData(),
                 request.path.toUtf8().constData(), status, note);
}

} // namespace pishkhan::sandbox
