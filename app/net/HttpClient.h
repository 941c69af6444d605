#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "HttpSettings.h"

#include <QObject>

#include <functional>
#include <memory>

namespace pishkhan {

// All traffic to the backend goes through one of these: a libcurl multi handle driven by a
// QThread of its own, so connections (and TLS sessions) are reused across requests, HTTP/2 is
// used where the server offers it over ALPN, and no caller ever blocks on the network.
//
// One place (the worker's configure step) turns every HttpRequest into a curl handle: TLS 1.2+
// with peer and host verification always on, the optional CA file and SPKI pin, the scheme
// policy (https only; http only to loopback when allowed), proxy, timeouts, "Expect:" off.
//
// Logging (category pishkhan.net) is method, path without query, status and milliseconds:
// tokens, one-time codes, national codes and mobiles travel in headers, bodies and queries,
// none of which is ever logged.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(HttpResponse)>;

    explicit HttpClient(HttpSettings settings, QObject* parent = nullptr);
    ~HttpClient() override; // cancels what is in flight (no callbacks) and joins the thread

    [[nodiscard]] const HttpSettings& settings() const { return m_settings; }

    // Thread-safe. `callback` runs later (never inside send()) on `context`'s thread through
    // its event loop; it is dropped if `context` is destroyed first or the id is cancelled.
    quint64 send(HttpRequest request, QObject* context, Callback callback);
    // Delivers on the thread this HttpClient lives in.
    quint64 send(HttpRequest request, Callback callback)
    {
        return send(std::move(request), this, std::move(callback));
    }
    // Aborts a request; its callback will not run. Unknown or finished ids are ignored.
    void cancel(quint64 id);

    // Waits for the answer on the calling thread, for the CLI, tools and tests. Refused (error
    // "net.ui_thread") on the GUI thread of a QGuiApplication: the UI never waits on the network.
    [[nodiscard]] HttpResponse sendBlocking(HttpRequest request);

    // Requests accepted by send() and not yet delivered or cancelled.
    [[nodiscard]] int pending() const;

    // Maps a CURLcode to the project's error value ("net.pin_mismatch", "net.tls", ...).
    [[nodiscard]] static Error errorForCurlCode(int curlCode, const QString& detail);

private:
    class Worker;

    HttpSettings m_settings;
    std::unique_ptr<Worker> m_worker;
};

} // namespace pishkhan
