// The audit trail is append-only in the database itself (triggers refuse UPDATE and
// DELETE), and an edit made around the triggers — raw SQL after dropping them, or the stock
// sqlcipher shell with the key — is found by verify(), which names the edited event.

#include "SecurityTestSupport.h"
#include "security/Authorizer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// A day's worth of events from the services that write them.
void fillTrail(SecurityFixture& f)
{
    const Session sup = f.sessionFor(Role::Supervisor);
    const Session clerk = f.sessionFor(Role::Clerk);
    (void)f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s);
    f.clock.advanceSeconds(60);
    (void)f.audit->record(AuditKind::VoidRequested, clerk, u"R-1405-0001"_s,
                          u"{\"amount_rial\":150000}"_s);
    f.clock.advanceSeconds(60);
    (void)f.audit->record(AuditKind::VoidApproved, sup, u"R-1405-0001"_s, {});
    (void)f.audit->record(AuditKind::DayClosed, sup, u"1405-01-15"_s, {});
    (void)f.audit->record(AuditKind::Export, sup, u"day-report.csv"_s, {});
    (void)f.audit->record(AuditKind::Backup, sup, u"backup-1"_s, {});
}

qint64 count(SecurityFixture& f)
{
    return f.db().queryInt64("SELECT COUNT(*) FROM audit_events").valueOr(-1);
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void eventsAreChainedInOrder()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        fillTrail(f);
        const qint64 n = count(f);
        QVERIFY(n >= 10);
        auto report = f.audit->verify();
        QVERIFY(report.ok());
        QVERIFY(!report->failure);
        QCOMPARE(report->entriesChecked, n);
        QCOMPARE(f.db().queryText("SELECT prev_hash FROM audit_events WHERE seq = 1").valueOr({}),
                 HashChain::genesisHex());
        QCOMPARE(report->lastHashHex,
                 f.db()
                     .queryText("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1")
                     .valueOr({}));
    }

    void triggersRefuseUpdateAndDelete_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update detail") << u"UPDATE audit_events SET detail = '{}' WHERE seq = 3"_s;
        QTest::newRow("update hash") << u"UPDATE audit_events SET hash = prev_hash"_s;
        QTest::newRow("delete one") << u"DELETE FROM audit_events WHERE seq = 2"_s;
        QTest::newRow("delete all") << u"DELETE FROM audit_events"_s;
    }

    void triggersRefuseUpdateAndDelete()
    {
        QFETCH(QString, sql);
        SecurityFixture f;
        QVERIFY(f.open());
        fillTrail(f);
        const qint64 before = count(f);
        const QString hashes =
            f.db().queryText("SELECT group_concat(hash) FROM audit_events").valueOr({});
        const Status s = f.db().exec(sql.toUtf8().constData());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message().contains(u"append-only"_s), qPrintable(s.error().message()));
        QCOMPARE(count(f), before);
        QCOMPARE(f.db().queryText("SELECT group_concat(hash) FROM audit_events").valueOr({}),
                 hashes);
    }

    void editAroundTheTriggerIsFound_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("subject of event 4")
            << u"UPDATE audit_events SET subject = 'R-1405-0002' WHERE seq = 4"_s << qint64(4);
        QTest::newRow("time of first event")
            << u"UPDATE audit_events SET at = at - 1000 WHERE seq = 1"_s << qint64(1);
        QTest::newRow("actor of last event")
            << u"UPDATE audit_events SET username = 'admin' WHERE seq = "
               u"(SELECT MAX(seq) FROM audit_events)"_s
            << qint64(-1);
        QTest::newRow("kind renamed")
            << u"UPDATE audit_events SET kind = 'void_refused' WHERE seq = 5"_s << qint64(5);
        QTest::newRow("event removed") << u"DELETE FROM audit_events WHERE seq = 3"_s << qint64(4);
    }

    void editAroundTheTriggerIsFound()
    {
        QFETCH(QString, edit);
        QFETCH(qint64, seq);
        SecurityFixture f;
        QVERIFY(f.open());
        fillTrail(f);
        if (seq < 0)
            seq = count(f);
        QVERIFY(f.db().exec("DROP TRIGGER audit_events_no_update; "
                            "DROP TRIGGER audit_events_no_delete;"));
        QVERIFY(f.db().exec(edit.toUtf8().constData()));
        auto report = f.audit->verify();
        QVERIFY(report.ok());
        QVERIFY(report->failure.has_value());
        QCOMPARE(report->failure->sequence, seq);
        // Rows before the failure all passed (one fewer when a row was removed).
        QCOMPARE(report->entriesChecked, edit.startsWith(u"DELETE"_s) ? seq - 2 : seq - 1);
    }

    void editWithTheSqlcipherShellIsFound()
    {
        const QString shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
        if (shell.isEmpty())
            QFAIL("the sqlcipher command-line shell is not on PATH (Debian package: sqlcipher)");
        SecurityFixture f;
        QVERIFY(f.open());
        fillTrail(f);
        const qint64 victim = 4;
        // Close the store so the shell is the only writer.
        f.accounts.reset();
        f.settings.reset();
        f.audit.reset();
        f.store.reset();

        // The script goes in on stdin so the key never touches disk.
        QByteArray script = "PRAGMA key = \"x'" + f.key.toHex() +
                            "'\";\n"
                            "PRAGMA cipher_page_size = 4096;\n"
                            "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;\n"
                            "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;\n"
                            "UPDATE audit_events SET subject = 'X' WHERE seq = 4;\n"
                            "DROP TRIGGER audit_events_no_update;\n"
                            "UPDATE audit_events SET subject = 'R-1405-9999' WHERE seq = 4;\n"
                            "SELECT 'changed|' || changes();\n";
        QProcess p;
        p.start(shell, {u"-batch"_s, f.dbPath()});
        QVERIFY(p.waitForStarted(5000));
        p.write(script);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        // The trigger refused the first UPDATE in the shell too.
        QVERIFY2(err.contains(u"append-only"_s), qPrintable(err));
        QVERIFY2(out.contains(u"changed|1"_s), qPrintable(out + err));

        QVERIFY(f.open());
        auto report = f.audit->verify();
        QVERIFY(report.ok());
        QVERIFY(report->failure.has_value());
        QCOMPARE(report->failure->sequence, victim);
        QCOMPARE(int(report->failure->reason), int(HashChain::Break::HashMismatch));
    }

    void readIsForSupervisorsAndAdmins()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        fillTrail(f);
        const Session clerk = f.accounts->login(u"clerk1"_s, kGoodPassword).valueOr({});
        const Session sup = f.accounts->login(u"supervisor1"_s, kGoodPassword).valueOr({});
        QCOMPARE(f.audit->read(clerk, {}).error().code(), u"auth.forbidden"_s);
        auto all = f.audit->read(sup, {});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), count(f));
        QVERIFY(all->first().seq > all->last().seq); // newest first

        AuditLog::Filter voids;
        voids.kinds = {AuditKind::VoidRequested, AuditKind::VoidApproved};
        auto v = f.audit->read(sup, voids);
        QCOMPARE(v->size(), 2);
        QCOMPARE(v->at(0).kind, AuditKind::VoidApproved);
        QCOMPARE(v->at(1).subject, u"R-1405-0001"_s);

        AuditLog::Filter byUser;
        byUser.username = u"clerk1"_s;
        byUser.kinds = {AuditKind::LoginFailed};
        QCOMPARE(f.audit->read(sup, byUser)->size(), 1);

        AuditLog::Filter window;
        window.fromMs = f.clock.nowMs() - 60'000;
        window.toMs = f.clock.nowMs() + 1;
        window.limit = 3;
        auto w = f.audit->read(sup, window);
        QCOMPARE(w->size(), 3);
        for (const AuditEvent& e : *w)
            QVERIFY(e.at >= *window.fromMs);
    }

    void everyKindHasAStableName()
    {
        QSet<QString> names;
        for (AuditKind k : kAllAuditKinds) {
            const QString n = auditKindName(k);
            QVERIFY(!n.isEmpty());
            QCOMPARE(auditKindFromName(n), std::optional<AuditKind>(k));
            names.insert(n);
        }
        QCOMPARE(names.size(), int(std::size(kAllAuditKinds)));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
