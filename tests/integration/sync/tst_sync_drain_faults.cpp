// 1,000 queued requests drained through 30 % 503s, 10 % drops after commit and 5 %
// resets with random latency: the sandbox holds exactly 1,000 requests, each once, and every
// client row is accepted with the tracking code the sandbox gave it.
#include "SyncFixture.h"

#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestSyncDrainFaults : public QObject
{
    Q_OBJECT

private slots:
    void drainsExactlyOnceThroughFaults();
};

void TestSyncDrainFaults::drainsExactlyOnceThroughFaults()
{
    constexpr int kRequests = 1000;
    // GIVEN a sandbox with random latency and 1,000 queued requests, each with its own consent
    SyncFixture f({u"--jitter-ms"_s, u"20"_s, u"--retry-after"_s, u"1"_s, u"--quiet"_s});
    QVERIFY2(f.start(), qPrintable(f.error()));
    const QStringList ids = f.enqueueRequests(kRequests);
    QVERIFY2(ids.size() == kRequests, qPrintable(f.error()));
    QCOMPARE(f.sandbox().count(u"requests"_s), 0);

    // AND a network that fails almost every other exchange
    const HttpReply faults = f.sandbox().setFaults({{u"error_rate"_s, 0.30},
                                                    {u"drop_after_commit_rate"_s, 0.10},
                                                    {u"reset_rate"_s, 0.05},
                                                    {u"seed"_s, 20250321}});
    QCOMPARE(faults.status, 200L);

    // WHEN the engine drains the queue
    SyncConfig config;
    config.batchSize = 50;
    config.backoff = BackoffPolicy(100, 1'500);
    config.catalogueIntervalMs = 3'600'000;
    auto rig = f.makeRig(config);
    int retries = 0;
    QObject::connect(rig.engine.get(), &SyncEngine::stateChanged, rig.engine.get(),
                     [&](const SyncSnapshot& s) {
                         if (!s.lastErrorCode.isEmpty())
                             ++retries;
                     });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(rig.engine->start());
    QVERIFY2(SyncFixture::waitFor([&] { return rig.engine->isDrained(); }, 150'000),
             qPrintable(u"queue depth "_s + QString::number(rig.engine->snapshot().queueDepth)));
    const qint64 drainMs = timer.elapsed();
    rig.engine->stop();
    (void)f.sandbox().setFaults({{u"error_rate"_s, 0},
                                 {u"drop_after_commit_rate"_s, 0},
                                 {u"reset_rate"_s, 0},
                                 {u"jitter_ms"_s, 0}});

    // THEN the sandbox holds exactly 1,000 requests
    QCOMPARE(f.sandbox().count(u"requests"_s), kRequests);
    // AND every row is accepted with the sandbox's tracking code for its key, all distinct
    OutboxStore outbox(f.db());
    const QHash<QString, QString> server = f.sandboxTrackingCodes(ids);
    QCOMPARE(server.size(), kRequests);
    QSet<QString> codes;
    for (const QString& id : ids) {
        auto row = outbox.find(id);
        QVERIFY(row && row->has_value());
        QCOMPARE((*row)->state, OutboxState::Accepted);
        QVERIFY(!(*row)->trackingCode.isEmpty());
        QCOMPARE((*row)->trackingCode, server.value(id));
        codes.insert((*row)->trackingCode);
    }
    QCOMPARE(codes.size(), kRequests);
    qInfo("drained %d requests through faults in %lld ms (%d snapshots carried an error)",
          kRequests, drainMs, retries);
}

QTEST_GUILESS_MAIN(TestSyncDrainFaults)
#include "tst_sync_drain_faults.moc"
