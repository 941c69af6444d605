// The store fails while the engine records a batch's answers (disk full, I/O error):
// the accepted rows must not stay in "sending" until a restart. Once the store works again the
// engine puts them back in the queue and resends them under the same idempotency keys; the
// sandbox answers with its first answers, so each request is held once with one tracking code.
#include "SyncFixture.h"

#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestSyncStorageError : public QObject
{
    Q_OBJECT

private slots:
    void unrecordedAnswersAreRecoveredWithoutARestart();
};

void TestSyncStorageError::unrecordedAnswersAreRecoveredWithoutARestart()
{
    SyncFixture f;
    QVERIFY2(f.start(), qPrintable(f.error()));
    const QStringList ids = f.enqueueRequests(3);
    QVERIFY2(ids.size() == 3, qPrintable(f.error()));

    // GIVEN a store that refuses to record a tracking code (a temporary trigger on the
    // engine's own connection stands in for a failing disk)
    QVERIFY(f.db()
                .exec("CREATE TEMP TRIGGER fail_accept BEFORE UPDATE OF tracking_code ON "
                      "main.outbox BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;")
                .ok());
    auto rig = f.makeRig(SyncConfig{});
    QSignalSpy storageErrors(rig.engine.get(), &SyncEngine::storageError);
    QVERIFY(rig.engine->start());

    // WHEN the batch is accepted by the sandbox but its answers cannot be recorded
    QVERIFY(SyncFixture::waitFor([&] { return !storageErrors.isEmpty(); }, 15000));
    OutboxStore outbox(f.db());
    QCOMPARE(outbox.countsByState()->value(OutboxState::Accepted), 0);
    QCOMPARE(f.sandboxTrackingCodes(ids).size(), 3); // the backend holds them already
    QVERIFY(!rig.engine->snapshot().lastErrorCode.isEmpty());

    // AND the store recovers
    QVERIFY(f.db().exec("DROP TRIGGER temp.fail_accept").ok());

    // THEN without a restart every row ends accepted with the sandbox's own tracking code
    QVERIFY(SyncFixture::waitFor(
        [&] { return outbox.countsByState()->value(OutboxState::Accepted) == 3; }, 20000));
    const QHash<QString, QString> server = f.sandboxTrackingCodes(ids);
    QCOMPARE(server.size(), 3);
    for (const QString& id : ids) {
        auto entry = outbox.find(id);
        QVERIFY(entry.ok() && entry->has_value());
        QCOMPARE((*entry)->trackingCode, server.value(id));
    }
    rig.engine->stop();
}

QTEST_GUILESS_MAIN(TestSyncStorageError)
#include "tst_sync_storage_error.moc"
