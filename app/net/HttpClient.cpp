#include "HttpClient.h"

#include "CaBundle.h"

#include "NetLogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <curl/curl.h>

#include <atomic>
#include <deque>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

void globalInit()
{
    // curl_global_init is not thread-safe on every build; do it once, before any handle.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Decides, on the worker thread, whether the context object is still alive to receive the
// answer. The destroyed() connection flips `alive` under the same mutex the worker holds while
// posting, so an event is never posted to a deleted object (Qt removes posted events of an
// object after destroyed() ran).
struct DeliveryGuard
{
    QMutex mutex;
    bool alive = true;
    QMetaObject::Connection connection;
};

struct Job
{
    quint64 id = 0;
    HttpRequest request;
    std::function<void(HttpResponse&&)> done; // runs on the worker thread
    CURL* easy = nullptr;
    curl_slist* headerList = nullptr;
    HttpResponse response;
    QByteArray url;
    QString logPath; // path without query: the only part of the URL that is logged
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QElapsedTimer timer;
    qint64 maxBytes = 0;
    bool tooLarge = false;

    ~Job()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headerList);
    }
};

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    auto* job = static_cast<Job*>(user);
    const size_t n = size * count;
    if (job->response.body.size() + qint64(n) > job->maxBytes) {
        job->tooLarge = true;
        return 0; // CURLE_WRITE_ERROR
    }
    job->response.body.append(data, static_cast<qsizetype>(n));
    return n;
}

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* job = static_cast<Job*>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(n)).trimmed();
    // A new status line starts a new header block (proxy CONNECT, 1xx): keep the last only.
    if (line.startsWith("HTTP/")) {
        job->response.headers.clear();
        return n;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        job->response.headers.insert(line.left(colon).trimmed().toLower(),
                                     line.mid(colon + 1).trimmed());
    return n;
}

} // namespace

Error HttpClient::errorForCurlCode(int curlCode, const QString& detail)
{
    const QString d = u"curl "_s + QString::number(curlCode) + u": "_s + detail;
    switch (curlCode) {
    case CURLE_OK:
        return {};
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return Error(u"net.pin_mismatch"_s,
                     QT_TRANSLATE_NOOP("Error", "The server's identity did not match the pinned "
                                                "key; nothing was sent. Contact support."),
                     d, curlCode);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
        return Error(u"net.tls"_s,
                     QT_TRANSLATE_NOOP("Error", "A secure connection to the server could not be "
                                                "established; nothing was sent."),
                     d, curlCode);
    case CURLE_OPERATION_TIMEDOUT:
        return Error(u"net.timeout"_s,
                     QT_TRANSLATE_NOOP("Error", "The server did not answer in time."), d, curlCode);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return Error(u"net.connect"_s,
                     QT_TRANSLATE_NOOP("Error", "The server could not be reached."), d, curlCode);
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return Error(u"net.connection_lost"_s,
                     QT_TRANSLATE_NOOP("Error", "The connection to the server broke before the "
                                                "answer arrived."),
                     d, curlCode);
    case CURLE_UNSUPPORTED_PROTOCOL:
        return Error(u"net.insecure_refused"_s,
                     QT_TRANSLATE_NOOP("Error", "The connection was refused because it would not "
                                                "be encrypted."),
                     d, curlCode);
    default:
        return Error(u"net.transfer"_s,
                     QT_TRANSLATE_NOOP("Error", "The exchange with the server failed."), d,
                     curlCode);
    }
}

class HttpClient::Worker
{
public:
    explicit Worker(const HttpSettings& settings)
        : m_settings(settings)
        , m_proxy(settings.proxy.toUtf8())
        , m_pin(settings.pinnedPublicKey.toLatin1())
        , m_userAgent(settings.userAgent.toUtf8())
    {
        if (!settings.caFile.isEmpty()) {
            // Added to the system's CAs, never instead of them.
            Result<QByteArray> bundle =
                CaBundle::combined(settings.systemCaBundle.isEmpty() ? CaBundle::systemBundlePath()
                                                                     : settings.systemCaBundle,
                                   settings.caFile);
            if (bundle)
                m_caBundle = *bundle;
            else
                m_caError = bundle.error();
        }
        for (const QString& entry : settings.connectTo)
            m_connectTo = curl_slist_append(m_connectTo, entry.toUtf8().constData());
        m_multi = curl_multi_init();
        curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
        curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS,
                          long(qMax(1, settings.maxConnectionsPerHost)));
        curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS,
                          long(qMax(4, settings.maxConnectionsPerHost * 2)));
        m_thread = QThread::create([this] { run(); });
        m_thread->setObjectName(u"pishkhan-http"_s);
        m_thread->start();
    }

    ~Worker()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stopping = true;
        }
        curl_multi_wakeup(m_multi);
        m_thread->wait();
        delete m_thread;
        for (auto& [easy, job] : m_active)
            curl_multi_remove_handle(m_multi, easy);
        m_active.clear();
        curl_multi_cleanup(m_multi);
        curl_slist_free_all(m_connectTo);
    }

    quint64 submit(HttpRequest request, std::function<void(HttpResponse&&)> done)
    {
        auto job = std::make_unique<Job>();
        job->id = m_nextId.fetch_add(1);
        job->request = std::move(request);
        job->done = std::move(done);
        const quint64 id = job->id;
        {
            QMutexLocker lock(&m_mutex);
            m_incoming.push_back(std::move(job));
            ++m_pending;
        }
        curl_multi_wakeup(m_multi);
        return id;
    }

    void cancel(quint64 id)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_cancelled.push_back(id);
        }
        curl_multi_wakeup(m_multi);
    }

    int pending() const
    {
        QMutexLocker lock(&m_mutex);
        return m_pending;
    }

private:
    void run()
    {
        for (;;) {
            std::deque<std::unique_ptr<Job>> incoming;
            std::vector<quint64> cancelled;
            {
                QMutexLocker lock(&m_mutex);
                if (m_stopping)
                    return;
                incoming.swap(m_incoming);
                cancelled.swap(m_cancelled);
            }
            for (quint64 id : cancelled)
                drop(id, incoming);
            for (auto& job : incoming)
                start(std::move(job));

            int running = 0;
            curl_multi_perform(m_multi, &running);
            int queued = 0;
            while (CURLMsg* msg = curl_multi_info_read(m_multi, &queued)) {
                if (msg->msg == CURLMSG_DONE)
                    finish(msg->easy_handle, msg->data.result);
            }
            curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr);
        }
    }

    void drop(quint64 id, std::deque<std::unique_ptr<Job>>& incoming)
    {
        for (auto it = incoming.begin(); it != incoming.end(); ++it) {
            if ((*it)->id == id) {
                incoming.erase(it);
                finished();
                return;
            }
        }
        for (auto it = m_active.begin(); it != m_active.end(); ++it) {
            if (it->second->id == id) {
                curl_multi_remove_handle(m_multi, it->first);
                qCDebug(lcNet).noquote()
                    << it->second->request.method << it->second->logPath << "cancelled";
                m_active.erase(it);
                finished();
                return;
            }
        }
    }

    void finished()
    {
        QMutexLocker lock(&m_mutex);
        --m_pending;
    }

    void complete(std::unique_ptr<Job> job)
    {
        job->response.id = job->id;
        job->response.elapsedMs = job->timer.isValid() ? job->timer.elapsed() : 0;
        if (job->response.transportOk())
            qCDebug(lcNet).noquote()
                << job->request.method << job->logPath << "->" << job->response.status << "in"
                << job->response.elapsedMs << "ms";
        else
            qCInfo(lcNet).noquote()
                << job->request.method << job->logPath << "failed:" << job->response.error.code()
                << "curl" << job->response.curlCode << "in" << job->response.elapsedMs << "ms";
        auto done = std::move(job->done);
        HttpResponse response = std::move(job->response);
        job.reset();
        finished();
        done(std::move(response));
    }

    void start(std::unique_ptr<Job> job)
    {
        job->timer.start();
        if (Status s = configure(*job); !s) {
            job->response.error = s.error();
            complete(std::move(job));
            return;
        }
        CURL* easy = job->easy;
        if (curl_multi_add_handle(m_multi, easy) != CURLM_OK) {
            job->response.error =
                Error(u"net.transfer"_s,
                      QT_TRANSLATE_NOOP("Error", "The exchange with the server failed."),
                      u"curl_multi_add_handle failed"_s);
            complete(std::move(job));
            return;
        }
        m_active.emplace(easy, std::move(job));
    }

    // The one place that builds a request. Every setting that matters for security is here
    // and only here.
    Status configure(Job& job)
    {
        job.logPath = QUrl(job.request.url).path();
        Result<QUrl> url = m_settings.resolve(job.request.url);
        if (!url)
            return url.error();
        job.url = url->toEncoded();
        job.logPath = url->path();
        job.maxBytes = m_settings.maxResponseBytes;
        job.easy = curl_easy_init();
        if (!job.easy)
            return Error(u"net.transfer"_s,
                         QT_TRANSLATE_NOOP("Error", "The exchange with the server failed."),
                         u"curl_easy_init failed"_s);
        CURL* e = job.easy;
        const bool https = url->scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
        curl_easy_setopt(e, CURLOPT_URL, job.url.constData());
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, https ? "https" : "http");
        curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_PRIVATE, &job);
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, job.errorBuffer);
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &job);
        curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, onHeader);
        curl_easy_setopt(e, CURLOPT_HEADERDATA, &job);
        curl_easy_setopt(e, CURLOPT_USERAGENT, m_userAgent.constData());
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");

        // TLS: always verified. There is deliberately no setting to turn this off.
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(e, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
        if (m_caError)
            return *m_caError;
        if (!m_caBundle.isEmpty()) {
            // NOCOPY: the bundle lives as long as the worker, which outlives every handle.
            curl_blob blob{const_cast<char*>(m_caBundle.constData()), size_t(m_caBundle.size()),
                           CURL_BLOB_NOCOPY};
            curl_easy_setopt(e, CURLOPT_CAINFO_BLOB, &blob);
        }
        if (!m_pin.isEmpty())
            curl_easy_setopt(e, CURLOPT_PINNEDPUBLICKEY, m_pin.constData());
        curl_easy_setopt(e, CURLOPT_HTTP_VERSION,
                         long(https ? CURL_HTTP_VERSION_2TLS : CURL_HTTP_VERSION_1_1));
        // Wait for a connection that may multiplex (HTTP/2) rather than open a new one.
        curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
        if (m_connectTo)
            curl_easy_setopt(e, CURLOPT_CONNECT_TO, m_connectTo);

        // Proxy: libcurl reads the environment itself when CURLOPT_PROXY is not set.
        if (m_settings.proxy == u"direct"_s)
            curl_easy_setopt(e, CURLOPT_PROXY, "");
        else if (!m_proxy.isEmpty())
            curl_easy_setopt(e, CURLOPT_PROXY, m_proxy.constData());

        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.connectTimeoutMs));
        const int total =
            job.request.timeoutMs > 0 ? job.request.timeoutMs : m_settings.totalTimeoutMs;
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(total));
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, long(m_settings.lowSpeedBytesPerSec));
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, long(m_settings.lowSpeedSeconds));
        curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);

        const QByteArray& method = job.request.method;
        if (method == "GET") {
            curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
        } else if (method == "POST") {
            curl_easy_setopt(e, CURLOPT_POST, 1L);
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, job.request.body.constData());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(job.request.body.size()));
        } else {
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
            if (!job.request.body.isEmpty()) {
                curl_easy_setopt(e, CURLOPT_POSTFIELDS, job.request.body.constData());
                curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE,
                                 static_cast<curl_off_t>(job.request.body.size()));
            }
        }
        // The backend does not answer "100 Continue"; without this curl would wait a second.
        job.headerList = curl_slist_append(job.headerList, "Expect:");
        for (const auto& [name, value] : job.request.headers) {
            if (name.contains(':') || name.contains('\n') || value.contains('\n') ||
                value.contains('\r'))
                return Error(u"net.bad_header"_s,
                             QT_TRANSLATE_NOOP("Error", "The exchange with the server failed."),
                             u"header name or value has a forbidden character"_s);
            const QByteArray line = name + ": " + value;
            job.headerList = curl_slist_append(job.headerList, line.constData());
        }
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, job.headerList);
        return {};
    }

    void finish(CURL* easy, CURLcode rc)
    {
        auto it = m_active.find(easy);
        if (it == m_active.end())
            return;
        curl_multi_remove_handle(m_multi, easy);
        std::unique_ptr<Job> job = std::move(it->second);
        m_active.erase(it);
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        long version = 0;
        curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &version);
        job->response.httpVersion = version == CURL_HTTP_VERSION_2_0   ? QByteArrayLiteral("2")
                                    : version == CURL_HTTP_VERSION_1_0 ? QByteArrayLiteral("1.0")
                                                                       : QByteArrayLiteral("1.1");
        job->response.curlCode = int(rc);
        if (rc == CURLE_OK) {
            job->response.status = status;
        } else {
            job->response.status = 0;
            job->response.body.clear();
            if (job->tooLarge)
                job->response.error = Error(
                    u"net.too_large"_s,
                    QT_TRANSLATE_NOOP("Error", "The server's answer was too large."),
                    u"answer over "_s + QString::number(job->maxBytes) + u" bytes"_s, int(rc));
            else
                job->response.error = errorForCurlCode(
                    int(rc), QString::fromUtf8(job->errorBuffer[0] ? job->errorBuffer
                                                                   : curl_easy_strerror(rc)));
        }
        complete(std::move(job));
    }

    const HttpSettings m_settings;
    const QByteArray m_proxy;
    QByteArray m_caBundle;          // system CAs + the office's CA file, PEM
    std::optional<Error> m_caError; // the CA file could not be used: every request fails
    const QByteArray m_pin;
    const QByteArray m_userAgent;
    curl_slist* m_connectTo = nullptr;
    CURLM* m_multi = nullptr;
    QThread* m_thread = nullptr;
    std::atomic<quint64> m_nextId{1};

    mutable QMutex m_mutex;
    std::deque<std::unique_ptr<Job>> m_incoming;
    std::vector<quint64> m_cancelled;
    int m_pending = 0;
    bool m_stopping = false;

    // Worker thread only.
    std::unordered_map<CURL*, std::unique_ptr<Job>> m_active;
};

HttpClient::HttpClient(HttpSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    globalInit();
    m_worker = std::make_unique<Worker>(m_settings);
}

HttpClient::~HttpClient() = default;

quint64 HttpClient::send(HttpRequest request, QObject* context, Callback callback)
{
    auto guard = std::make_shared<DeliveryGuard>();
    if (context) {
        guard->connection = connect(
            context, &QObject::destroyed, context,
            [guard] {
                QMutexLocker lock(&guard->mutex);
                guard->alive = false;
            },
            Qt::DirectConnection);
    }
    QObject* target = context ? context : this;
    return m_worker->submit(std::move(request), [guard, target, cb = std::move(callback)](
                                                    HttpResponse&& response) mutable {
        QMutexLocker lock(&guard->mutex);
        if (!guard->alive)
            return;
        QMetaObject::invokeMethod(
            target,
            [guard, cb = std::move(cb), r = std::move(response)]() mutable {
                QObject::disconnect(guard->connection);
                cb(std::move(r));
            },
            Qt::QueuedConnection);
    });
}

void HttpClient::cancel(quint64 id)
{
    m_worker->cancel(id);
}

int HttpClient::pending() const
{
    return m_worker->pending();
}

HttpResponse HttpClient::sendBlocking(HttpRequest request)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread() && app->inherits("QGuiApplication")) {
        HttpResponse refused;
        refused.error =
            Error(u"net.ui_thread"_s,
                  QT_TRANSLATE_NOOP("Error", "Internal error: the screen waited on the network."),
                  u"sendBlocking() called on the GUI thread"_s);
        qCWarning(lcNet) << "sendBlocking() refused on the GUI thread";
        return refused;
    }
    struct Shared
    {
        QSemaphore ready;
        HttpResponse response;
    };
    auto shared = std::make_shared<Shared>();
    m_worker->submit(std::move(request), [shared](HttpResponse&& response) {
        shared->response = std::move(response);
        shared->ready.release();
    });
    shared->ready.acquire();
    return std::move(shared->response);
}

} // namespace pishkhan
