// Sync benchmark. First the engine alone: it drains N queued requests against the in-process
// fake backend (no network, no TLS: the engine's and the store's own cost). Then against a
// pishkhan-sandbox process on loopback, in one run:
//  1. the engine drains N queued requests (batches on reused connections);
//  2. a naive client sends M requests one per new connection (new TLS handshake each time);
//  3. the interactive path, enqueue -> tracking code (SyncEngine::sendNow), p50/p99.
// Prints the ratios last. Consents are minted through the real OTP flow beforehand (not timed).
//   bench_sync [--smoke] [--requests N] [--naive M] [--interactive K]
#include "FakeSyncBackend.h"
#include "SyncFixture.h"

#include "net/ApiClient.h"
#include "net/ApiCodec.h"
#include "net/HttpClient.h"
#include "security/Clock.h"
#include "security/ManualClock.h"
#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"
#include "sync/OutboxRequestBody.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <curl/curl.h>

#include <algorithm>
#include <cstdio>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

size_t discard(char*, size_t size, size_t count, void*)
{
    return size * count;
}

// The baseline: one request per new connection, as a client without connection reuse does.
int naivePost(const HttpSettings& s, const DeviceCredentials& c, const QString& key,
              const QByteArray& body)
{
    CURL* curl = curl_easy_init();
    const QByteArray url = (s.baseUrl + u"/api/v1/requests"_s).toUtf8();
    const QByteArray ca = s.caFile.toLocal8Bit();
    const QByteArray pin = s.pinnedPublicKey.toLatin1();
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");
    headers = curl_slist_append(headers, "X-Clerk-Id: clerk.bench");
    const QByteArray auth = QByteArray("Authorization: Bearer ") + c.token.toUtf8();
    const QByteArray idem = QByteArray("Idempotency-Key: ") + key.toLatin1();
    headers = curl_slist_append(headers, auth.constData());
    headers = curl_slist_append(headers, idem.constData());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, pin.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(curl, CURLOPT_FORBID_REUSE, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    long status = 0;
    if (curl_easy_perform(curl) == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return int(status);
}

// The engine drains `count` queued requests against the in-process fake backend. Returns the
// rate in requests per second, or a negative value when the drain failed.
double drainAgainstFake(int count)
{
    // Under the build tree, not /tmp (often tmpfs, where fsync costs nothing).
    QTemporaryDir dir(QCoreApplication::applicationDirPath() + u"/bench-sync-XXXXXX"_s);
    auto store = LocalStore::open(dir.path() + u"/fake.db"_s, QByteArray(32, '\x42'));
    if (!store) {
        std::fprintf(stderr, "fake drain: %s\n", qPrintable(store.error().message()));
        return -1;
    }
    const qint64 now = SystemClock::instance().nowMs();
    OutboxStore outbox(store->database());
    for (int i = 0; i < count; ++i) {
        OutboxEntry e;
        e.requestId = OutboxStore::newRequestId();
        e.serviceId = u"property-file"_s;
        e.nationalCode = SyncFixture::nationalCode(9);
        e.mobile = u"09121234567"_s;
        e.consentToken = u"ct_bench_%1"_s.arg(i);
        e.consentExpiresAt = now + 86'400'000;
        e.feeReference = u"cash"_s;
        e.payload = u"{\"district\":6,\"fee_rials\":80000,\"fields\":{\"a\":1}}"_s;
        if (!outbox.enqueue(e, now))
            return -1;
    }
    ManualClock backendClock(now);
    pishkhan::test::FakeSyncBackend backend(backendClock);
    SyncEngine engine(store->database(), backend, SystemClock::instance());
    SyncConfig config;
    config.batchSize = 100;
    engine.setConfig(config);
    QElapsedTimer t;
    t.start();
    if (!engine.start() || !SyncFixture::waitFor([&] { return engine.isDrained(); }, 120'000)) {
        std::fprintf(stderr, "fake drain did not finish\n");
        return -1;
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    engine.stop();
    if (backend.storedCount() != count) {
        std::fprintf(stderr, "fake drain: the backend stored %d of %d\n", backend.storedCount(),
                     count);
        return -1;
    }
    const double rate = count / seconds;
    std::printf("engine drain against the in-process fake: %d requests in %.2f s = %.0f req/s\n",
                count, seconds, rate);
    return rate;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i =
        qsizetype(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"pishkhan.*.info=false"_s);
    QCommandLineParser parser;
    parser.addOption({u"smoke"_s, u"Tiny counts, no timing judged (CTest)."_s});
    parser.addOption({u"requests"_s, u"Requests the engine drains."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"naive"_s, u"Requests the naive client sends."_s, u"n"_s, u"500"_s});
    parser.addOption({u"interactive"_s, u"Interactive sends."_s, u"n"_s, u"200"_s});
    parser.addOption({u"fake"_s, u"Requests the engine drains against the in-process fake."_s,
                      u"n"_s, u"10000"_s});
    parser.process(app);
    const bool smoke = parser.isSet(u"smoke"_s);
    const int drainCount = smoke ? 200 : parser.value(u"requests"_s).toInt();
    const int naiveCount = smoke ? 20 : parser.value(u"naive"_s).toInt();
    const int interactiveCount = smoke ? 10 : parser.value(u"interactive"_s).toInt();
    const int fakeCount = smoke ? 200 : parser.value(u"fake"_s).toInt();

    // --- 0. engine drain against the in-process fake
    const double fakeRate = drainAgainstFake(fakeCount);
    if (fakeRate < 0)
        return 1;

    SyncFixture f({u"--quiet"_s});
    if (!f.start()) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(f.error()));
        return 1;
    }
    // --- setup (not timed): consents and queued rows
    QElapsedTimer setup;
    setup.start();
    const QStringList ids = f.enqueueRequests(drainCount, 0);
    const QString naiveNc = SyncFixture::nationalCode(7);
    const auto naiveConsents = f.mintConsents(naiveCount, naiveNc, 2'000'000);
    const QString interactiveNc = SyncFixture::nationalCode(8);
    const auto interactiveConsents = f.mintConsents(interactiveCount, interactiveNc, 3'000'000);
    if (ids.size() != drainCount || naiveConsents.size() != naiveCount ||
        interactiveConsents.size() != interactiveCount) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(f.error()));
        return 1;
    }
    std::printf("setup: %d + %d + %d consents through the OTP flow in %.1f s\n", drainCount,
                naiveCount, interactiveCount, double(setup.elapsed()) / 1000.0);

    // --- 1. engine drain
    SyncConfig config;
    config.batchSize = 100;
    auto rig = f.makeRig(config);
    QElapsedTimer drain;
    drain.start();
    if (!rig.engine->start() ||
        !SyncFixture::waitFor([&] { return rig.engine->isDrained(); }, 600'000)) {
        std::fprintf(stderr, "drain did not finish\n");
        return 1;
    }
    const double drainSeconds = double(drain.nsecsElapsed()) / 1e9;
    rig.engine->stop();
    const qint64 stored = f.sandbox().count(u"requests"_s);
    const double engineRate = drainCount / drainSeconds;
    std::printf("engine drain: %d requests in %.2f s = %.0f req/s (sandbox holds %lld)\n",
                drainCount, drainSeconds, engineRate, stored);

    // --- 2. naive client
    QElapsedTimer naive;
    naive.start();
    int naiveOk = 0;
    for (const auto& c : naiveConsents) {
        const OutboxEntry e = SyncFixture::propertyFileEntry(c, naiveNc);
        const QByteArray body = ApiCodec::encode(*OutboxRequestBody::build(e));
        naiveOk += naivePost(f.httpSettings(), f.credentials(), e.requestId, body) == 201;
    }
    const double naiveSeconds = double(naive.nsecsElapsed()) / 1e9;
    const double naiveRate = naiveCount / naiveSeconds;
    std::printf("naive client (new connection per request): %d requests (%d ok) in %.2f s = "
                "%.0f req/s\n",
                naiveCount, naiveOk, naiveSeconds, naiveRate);

    // --- 3. interactive path: enqueue -> tracking code
    OutboxStore outbox(f.db());
    if (!rig.engine->start())
        return 1;
    SyncFixture::waitFor(
        [&] { return rig.engine->snapshot().connectivity == SyncSnapshot::Connectivity::Online; },
        10'000);
    QList<double> latencies;
    QString lastTracking;
    QObject::connect(rig.engine.get(), &SyncEngine::requestSent, &app,
                     [&](const QString&, const QString& tracking) { lastTracking = tracking; });
    for (const auto& c : interactiveConsents) {
        const OutboxEntry e = SyncFixture::propertyFileEntry(c, interactiveNc);
        lastTracking.clear();
        QElapsedTimer t;
        t.start();
        if (!outbox.enqueue(e, SystemClock::instance().nowMs()))
            return 1;
        rig.engine->sendNow(e.requestId);
        if (!SyncFixture::waitFor([&] { return !lastTracking.isEmpty(); }, 10'000)) {
            std::fprintf(stderr, "interactive send did not answer\n");
            return 1;
        }
        latencies.append(double(t.nsecsElapsed()) / 1e6);
    }
    rig.engine->stop();
    const double p50 = percentile(latencies, 0.50);
    const double p99 = percentile(latencies, 0.99);
    std::printf("interactive enqueue -> tracking code: n=%d p50 %.1f ms, p99 %.1f ms\n",
                interactiveCount, p50, p99);

    // --- ratios last
    std::printf("\nRATIO fake drain / goal 20000 req/s: %.2f\n", fakeRate / 20000.0);
    std::printf("RATIO fake drain / sandbox drain: %.1fx\n", fakeRate / engineRate);
    std::printf("RATIO engine/naive: %.1fx (goal >= 10x)\n", engineRate / naiveRate);
    std::printf("RATIO engine rate / goal 2000 req/s: %.2f\n", engineRate / 2000.0);
    std::printf("RATIO interactive p50 / 30 ms: %.2f, p99 / 100 ms: %.2f\n", p50 / 30.0,
                p99 / 100.0);
    if (smoke)
        std::printf("(smoke run: counts too small for the figures to mean anything)\n");
    return stored == drainCount + 0 ? 0 : 1;
}
