#include "SyncFixture.h"

#include "TestCitizens.h"

#include "core/NationalCode.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "security/Clock.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

namespace pishkhan::test {

using namespace Qt::StringLiterals;

SyncFixture::Rig::Rig() = default;
SyncFixture::Rig::Rig(Rig&&) noexcept = default;
SyncFixture::Rig& SyncFixture::Rig::operator=(Rig&&) noexcept = default;
SyncFixture::Rig::~Rig()
{
    // The engine refers to the API client, which refers to the transport.
    engine.reset();
    api.reset();
    http.reset();
}

SyncFixture::SyncFixture(QStringList sandboxArgs)
    : m_sandbox(std::move(sandboxArgs))
{}

SyncFixture::~SyncFixture() = default;

bool SyncFixture::start()
{
    if (!m_sandbox.start() || !m_sandbox.activate()) {
        m_error = u"sandbox: "_s + m_sandbox.error();
        return false;
    }
    m_dbPath = m_dir.path() + u"/desk.db"_s;
    m_dbKey = QByteArray(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_dbKey.data()), 8);
    return reopenStore();
}

void SyncFixture::closeStore()
{
    m_store.reset();
}

bool SyncFixture::reopenStore()
{
    m_store.reset();
    auto store = LocalStore::open(m_dbPath, m_dbKey);
    if (!store) {
        m_error = u"store: "_s + store.error().message();
        return false;
    }
    m_store.emplace(std::move(*store));
    return true;
}

DeviceCredentials SyncFixture::credentials() const
{
    return {m_sandbox.deviceId(), m_sandbox.token()};
}

HttpSettings SyncFixture::httpSettings() const
{
    HttpSettings s;
    auto& process = const_cast<SandboxHarness&>(m_sandbox).process();
    s.baseUrl = process.url();
    s.caFile = process.certPath();
    s.pinnedPublicKey = process.pin();
    s.proxy = u"direct"_s;
    s.totalTimeoutMs = 15'000;
    return s;
}

SyncFixture::Rig SyncFixture::makeRig(const SyncConfig& config,
                                      std::optional<HttpSettings> settings)
{
    Rig rig;
    rig.http = std::make_unique<pishkhan::HttpClient>(settings.value_or(httpSettings()));
    rig.api = std::make_unique<ApiClient>(*rig.http);
    rig.api->setCredentials(credentials());
    rig.api->setClerkId(u"clerk.sync"_s);
    rig.engine = std::make_unique<SyncEngine>(db(), *rig.api, SystemClock::instance());
    rig.engine->setConfig(config);
    return rig;
}

QString SyncFixture::nationalCode(int i)
{
    return test::nationalCode(i);
}

QString SyncFixture::mobile(int i)
{
    return u"0912"_s + QString::number(i).rightJustified(7, u'0');
}

OutboxEntry SyncFixture::propertyFileEntry(const Consent& consent, const QString& nationalCode,
                                           int district)
{
    OutboxEntry e;
    e.requestId = OutboxStore::newRequestId();
    e.serviceId = u"property-file"_s;
    e.nationalCode = nationalCode;
    e.mobile = consent.mobile;
    e.citizenName = u"شهروند آزمون"_s;
    e.consentToken = consent.token;
    e.consentExpiresAt = consent.expiresAtMs;
    e.feeReference = u"cash"_s;
    const QJsonObject payload{
        {u"district"_s, district},
        {u"fields"_s,
         QJsonObject{{u"renovation_code"_s, SandboxHarness::renovation(6, 12, 345, 17)}}},
        {u"fee_rials"_s, 80000},
        {u"payment"_s, QJsonObject{{u"method"_s, u"cash"_s}}}};
    e.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return e;
}

bool SyncFixture::waitFor(const std::function<bool()>& pred, int timeoutMs)
{
    // Not QTest::qWaitFor: it sleeps 10 ms between looks, which would swamp the latencies the
    // benchmark measures. This wakes on every event (answers arrive as posted events) and at
    // least every 20 ms.
    QTimer tick;
    tick.start(20);
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() >= timeoutMs)
            return pred();
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

QList<SyncFixture::Consent> SyncFixture::mintConsents(int count, const QString& nationalCode,
                                                      int mobileOffset)
{
    pishkhan::HttpClient http(httpSettings());
    ApiClient api(http);
    api.setCredentials(credentials());
    api.setClerkId(u"clerk.sync"_s);
    QList<Consent> out;
    constexpr int kChunk = 400; // a chunk is verified well inside the 2-minute code life
    constexpr int kWindow = 16; // requests in flight
    for (int base = 0; base < count; base += kChunk) {
        const int n = std::min(kChunk, count - base);
        QList<QString> challengeIds(n);
        int failures = 0;
        // 1. Challenges.
        {
            int next = 0, done = 0, inFlight = 0;
            std::function<void()> pump = [&] {
                while (inFlight < kWindow && next < n) {
                    const int i = next++;
                    ++inFlight;
                    api.requestOtp(nationalCode, mobile(mobileOffset + base + i),
                                   u"property-file"_s, [&, i](ApiReply<OtpChallenge> r) {
                                       --inFlight;
                                       ++done;
                                       if (r.ok())
                                           challengeIds[i] = r->challengeId;
                                       else if (++failures == 1)
                                           m_error = u"challenge: "_s + r.error().code() + u' ' +
                                                     r.error().messageEn();
                                       pump();
                                   });
                }
            };
            pump();
            if (!waitFor([&] { return done == n; }, 120'000) || failures > 0)
                return {};
        }
        // 2. The citizens' phones: the SMS log, read once per chunk.
        QHash<QString, QString> codes;
        {
            QFile file(m_sandbox.process().smsLogPath());
            if (!file.open(QIODevice::ReadOnly)) {
                m_error = u"cannot read the SMS log"_s;
                return {};
            }
            static const QRegularExpression digits(u"([0-9]{6})"_s);
            while (!file.atEnd()) {
                const QJsonObject m = QJsonDocument::fromJson(file.readLine()).object();
                codes.insert(m.value(u"challenge_id"_s).toString(),
                             digits.match(m.value(u"text"_s).toString()).captured(1));
            }
        }
        // 3. Verify.
        QList<Consent> chunk(n);
        {
            int next = 0, done = 0, inFlight = 0;
            std::function<void()> pump = [&] {
                while (inFlight < kWindow && next < n) {
                    const int i = next++;
                    ++inFlight;
                    api.verifyOtp(challengeIds[i], codes.value(challengeIds[i]),
                                  [&, i](ApiReply<ConsentGrant> r) {
                                      --inFlight;
                                      ++done;
                                      if (r.ok())
                                          chunk[i] = {r->token, r->expiresAtMs,
                                                      mobile(mobileOffset + base + i)};
                                      else if (++failures == 1)
                                          m_error = u"verify: "_s + r.error().code();
                                      pump();
                                  });
                }
            };
            pump();
            if (!waitFor([&] { return done == n; }, 120'000) || failures > 0)
                return {};
        }
        out += chunk;
    }
    return out;
}

QStringList SyncFixture::enqueueRequests(int count, int mobileOffset)
{
    const QString nc = nationalCode(mobileOffset + 17);
    const QList<Consent> consents = mintConsents(count, nc, mobileOffset);
    if (consents.size() != count)
        return {};
    OutboxStore outbox(db());
    QStringList ids;
    const qint64 now = SystemClock::instance().nowMs();
    for (const Consent& c : consents) {
        const OutboxEntry e = propertyFileEntry(c, nc);
        if (Status s = outbox.enqueue(e, now); !s) {
            m_error = s.error().message();
            return {};
        }
        ids.append(e.requestId);
    }
    return ids;
}

QHash<QString, QString> SyncFixture::sandboxTrackingCodes(const QStringList& requestIds)
{
    QHash<QString, QString> out;
    for (qsizetype i = 0; i < requestIds.size(); i += 100) {
        const QStringList part = requestIds.mid(i, 100);
        const HttpReply r =
            m_sandbox.api().get(u"/api/v1/requests/status?idempotency_keys="_s + part.join(u','));
        const QJsonArray requests = r.json().value(u"requests"_s).toArray();
        for (const QJsonValue& v : requests) {
            const QJsonObject o = v.toObject();
            out.insert(o.value(u"idempotency_key"_s).toString(),
                       o.value(u"tracking_code"_s).toString());
        }
    }
    return out;
}

} // namespace pishkhan::test
