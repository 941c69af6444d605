// One writer per store. While a counter process drains its queue to the sandbox (over TLS on
// loopback), a second sync engine, `pishkhanctl sync` and `pishkhan-desk --check-store` on the
// same store are each refused with store.locked — none of them puts the rows the counter is
// sending back into the queue — while a read-only `pishkhanctl status` still answers. The
// counter finishes alone and every request reaches the backend exactly once.
#include "ProcessRun.h"
#include "SyncFixture.h"

#include "security/KeyVault.h"
#include "storage/OutboxStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

using Run = pishkhan::test::ProcessRun;

Run runToEnd(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    return Run::run(program, args, input, 60'000);
}

} // namespace

class TestSyncOneWriter : public QObject
{
    Q_OBJECT

private slots:
    void secondWritersAreRefusedWhileTheCounterDrains();

private:
    QStringList drainArgs(SyncFixture& f, const QString& store) const;
    QProcessEnvironment drainEnvironment(SyncFixture& f) const;
};

QStringList TestSyncOneWriter::drainArgs(SyncFixture& f, const QString& store) const
{
    const HttpSettings s = f.httpSettings();
    return {u"--db"_s,     store,
            u"--key"_s,    QString::fromLatin1(f.dbKey().toHex()),
            u"--url"_s,    s.baseUrl,
            u"--ca"_s,     s.caFile,
            u"--pin"_s,    s.pinnedPublicKey,
            u"--device"_s, f.credentials().deviceId,
            u"--clerk"_s,  u"clerk.one"_s,
            u"--batch"_s,  u"2"_s};
}

QProcessEnvironment TestSyncOneWriter::drainEnvironment(SyncFixture& f) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PISHKHAN_TEST_TOKEN"_s, f.credentials().token);
    return env;
}

void TestSyncOneWriter::secondWritersAreRefusedWhileTheCounterDrains()
{
    constexpr int kRequests = 30;
    // GIVEN queued requests and a slow backend, so a drain takes seconds
    SyncFixture f({u"--latency-ms"_s, u"400"_s, u"--quiet"_s});
    QVERIFY2(f.start(), qPrintable(f.error()));
    const QStringList ids = f.enqueueRequests(kRequests);
    QVERIFY2(ids.size() == kRequests, qPrintable(f.error()));
    f.closeStore();
    // The store where pishkhan-desk and pishkhanctl look for it, its key in the keychain.
    QTemporaryDir dataDir;
    const QString data = dataDir.path();
    const QString store = QDir(data).filePath(u"pishkhan-store.db"_s);
    QVERIFY(QFile::rename(f.dbPath(), store));
    KeyVault vault;
    QVERIFY(vault.writeKey(f.dbKey()).ok());

    // AND a counter process that holds the store and drains it
    QProcess counter;
    counter.setProcessEnvironment(drainEnvironment(f));
    counter.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    counter.start(QStringLiteral(PISHKHAN_SYNC_DRAIN_EXE), drainArgs(f, store));
    QVERIFY(counter.waitForStarted(10'000));
    QVERIFY(counter.waitForReadyRead(20'000)); // "started": it is sending

    // WHEN a second sync engine starts on the same store
    QProcess second;
    second.setProcessEnvironment(drainEnvironment(f));
    second.start(QStringLiteral(PISHKHAN_SYNC_DRAIN_EXE), drainArgs(f, store));
    QVERIFY(second.waitForFinished(30'000));
    const QString secondErr = QString::fromUtf8(second.readAllStandardError());
    // THEN it is refused before it opens the store (no crash recovery, no send)
    QVERIFY2(second.exitCode() == 3 && secondErr.contains(u"store.locked"_s),
             qPrintable(secondErr));
    QVERIFY(!second.readAllStandardOutput().contains("started"));

    // WHEN pishkhanctl sync is run on it
    Run r = runToEnd(QStringLiteral(PISHKHANCTL_EXE),
                     {u"sync"_s, u"--data-dir"_s, data, u"--user"_s, u"clerk1"_s,
                      u"--password-fd"_s, u"0"_s, u"--json"_s},
                     "whatever");
    // THEN it is refused with a clear error, before asking for a password
    QVERIFY2(r.code == 6, r.describe().constData());
    const QJsonObject error =
        QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"store.locked"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"Another program"_s),
             r.describe().constData());

    // AND so is pishkhan-desk --check-store (it would return "sending" rows to the queue)
    r = runToEnd(QStringLiteral(PISHKHAN_DESK_EXE), {u"--check-store"_s, u"--data-dir"_s, data});
    QVERIFY2(r.code == 4 && r.err.contains(u"Another program"_s), r.describe().constData());
    QVERIFY2(!r.out.contains(u"returned"_s), r.describe().constData());

    // AND a read-only command still answers
    r = runToEnd(QStringLiteral(PISHKHANCTL_EXE),
                 {u"status"_s, u"--data-dir"_s, data, u"--json"_s});
    QVERIFY2(r.code == 0, r.describe().constData());

    // All of that happened during the counter's drain.
    QCOMPARE(counter.state(), QProcess::Running);

    // THEN the counter finishes alone
    QVERIFY(counter.waitForFinished(120'000));
    QCOMPARE(counter.exitStatus(), QProcess::NormalExit);
    QCOMPARE(counter.exitCode(), 0);
    QVERIFY(!QFile::exists(store + u".lock"_s));

    // AND the backend holds each request exactly once, each row with the backend's code
    QCOMPARE(f.sandbox().count(u"requests"_s), kRequests);
    QVERIFY(QFile::rename(store, f.dbPath()));
    QVERIFY(f.reopenStore());
    OutboxStore outbox(f.db());
    const QHash<QString, QString> server = f.sandboxTrackingCodes(ids);
    QCOMPARE(server.size(), kRequests);
    QSet<QString> codes;
    for (const QString& id : ids) {
        auto row = outbox.find(id);
        QVERIFY(row && row->has_value());
        QCOMPARE((*row)->state, OutboxState::Accepted);
        QCOMPARE((*row)->trackingCode, server.value(id));
        codes.insert((*row)->trackingCode);
    }
    QCOMPARE(codes.size(), kRequests);
    QVERIFY(vault.removeKey().ok());
}

QTEST_GUILESS_MAIN(TestSyncOneWriter)
#include "tst_sync_one_writer.moc"
