#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

#include <functional>

namespace pishkhan::sandbox {

class FaultInjector;

// The HTTP(S) side of the sandbox (Qt 6.4 QAbstractHttpServer). It copies each request into
// an ApiRequest, asks the fault injector what to break, calls the API, and writes the answer
// itself — immediately, after an injected delay, or not at all — which the responder helper
// cannot do once handleRequest() has returned.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;

    HttpFrontend(Handler handler, FaultInjector& faults, QObject* parent = nullptr);

    void setLogRequests(bool enabled) { m_log = enabled; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void respond(QTcpSocket* socket, const ApiResponse& response, bool close, int delayMs);
    static QByteArray serialise(const ApiResponse& response, bool close);
    static void reset(QTcpSocket* socket);
    void log(const ApiRequest& request, int status, const char* note) const;

    Handler m_handler;
    FaultInjector& m_faults;
    QElapsedTimer m_uptime;
    bool m_log = false;
};

} // namespace pishkhan::sandbox
