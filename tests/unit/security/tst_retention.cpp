// The retention purge clears the citizen's data (form payload, national code, mobile, name,
// consent token) of requests that have been final for longer than the period, and changes
// nothing else: row counts of every table (outbox, ledger when present, audit apart from its
// own purge event) and every other outbox column stay.

#include "SecurityTestSupport.h"
#include "security/RetentionPurger.h"
#include "storage/OutboxStore.h"

#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

QMap<QString, qint64> tableCounts(Database& db)
{
    QMap<QString, qint64> out;
    QStringList tables;
    auto list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (list && list->step().valueOr(false))
        tables << list->columnText(0);
    for (const QString& t : tables) {
        const QByteArray sql = "SELECT COUNT(*) FROM \"" + t.toUtf8() + '"';
        out.insert(t, db.queryInt64(sql.constData()).valueOr(-1));
    }
    return out;
}

// Everything of the outbox except the citizen's columns.
QString outboxFingerprint(Database& db)
{
    return db
        .queryText("SELECT group_concat(request_id || '|' || state || '|' || "
                   "fee_reference || '|' || ifnull(tracking_code, '') || '|' || "
                   "updated_at, ';') FROM (SELECT * FROM outbox ORDER BY seq)")
        .valueOr(u"<error>"_s);
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void purgesOnlyOldFinalPayloads()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        OutboxStore outbox(f.db());
        const qint64 t0 = f.clock.nowMs();

        // GIVEN requests that became accepted, rejected, and some still open, at day 0 and 50
        struct Row
        {
            QString id;
            qint64 finalAt;
            QString outcome; // accept / reject / open
        };
        QList<Row> rows;
        // Open ones last, so claimBatch() (oldest first) never picks them up.
        for (const QString& outcome : {u"accept"_s, u"reject"_s, u"open"_s}) {
            for (int day : {0, 50}) {
                const QString id = OutboxStore::newRequestId();
                const qint64 at = t0 + day * kDay;
                QVERIFY(outbox.enqueue(sampleEntryFor(id), at));
                if (outcome != u"open") {
                    auto claimed = outbox.claimBatch(10, at);
                    QVERIFY(claimed.ok());
                    QList<OutboxResult> results;
                    for (const OutboxEntry& e : *claimed)
                        results << (outcome == u"accept"
                                        ? OutboxResult::accepted(e.requestId,
                                                                 u"TRK-"_s + e.requestId.left(8))
                                        : OutboxResult::rejected(e.requestId, u"bad"_s,
                                                                 u"refused"_s, u"رد شد"_s));
                    QVERIFY(outbox.recordResults(results, at));
                }
                rows << Row{id, at, outcome};
            }
        }
        const auto countsBefore = tableCounts(f.db());
        const QString fingerprint = outboxFingerprint(f.db());
        const qint64 auditBefore = countsBefore.value(u"audit_events"_s);

        // WHEN the purge runs on day 89: nothing is old enough
        f.clock.set(t0 + 89 * kDay);
        auto none = RetentionPurger(f.db(), *f.audit, f.clock).purge();
        QVERIFY(none.ok());
        QCOMPARE(*none, 0);

        // WHEN it runs on day 91 with the default 90 days
        f.clock.set(t0 + 91 * kDay);
        RetentionPurger purger(f.db(), *f.audit, f.clock);
        QCOMPARE(purger.retentionDays().valueOr(0), 90);
        auto purged = purger.purge();
        QVERIFY(purged.ok());
        // THEN exactly the two day-0 final requests lost their payload
        QCOMPARE(*purged, 2);
        for (const Row& r : rows) {
            auto e = outbox.find(r.id);
            QVERIFY(e.ok() && e->has_value());
            const bool shouldBePurged = r.outcome != u"open" && r.finalAt == t0;
            QCOMPARE((*e)->payload == u"{}"_s, shouldBePurged);
            QCOMPARE((*e)->payload.contains(u"12-345"_s), !shouldBePurged);
            QCOMPARE((*e)->nationalCode.isEmpty(), shouldBePurged);
            QCOMPARE((*e)->mobile.isEmpty(), shouldBePurged);
            QCOMPARE((*e)->citizenName.isEmpty(), shouldBePurged);
            QCOMPARE((*e)->consentToken.isEmpty(), shouldBePurged);
        }
        // AND nothing else changed: row counts of every table and the other outbox columns
        auto countsAfter = tableCounts(f.db());
        QCOMPARE(countsAfter.value(u"audit_events"_s), auditBefore + 1); // the purge event
        countsAfter.remove(u"audit_events"_s);
        countsAfter.remove(u"retention_runs"_s);
        auto expected = countsBefore;
        expected.remove(u"audit_events"_s);
        expected.remove(u"retention_runs"_s);
        QCOMPARE(countsAfter, expected);
        QCOMPARE(outboxFingerprint(f.db()), fingerprint);
        QCOMPARE(f.db().queryInt64("SELECT COUNT(*) FROM retention_runs").valueOr(-1), qint64(2));
        QVERIFY(!f.audit->verify()->failure);

        // Running again purges nothing more; the day-50 ones go after their own 90 days.
        QCOMPARE(*purger.purge(), 0);
        f.clock.set(t0 + 141 * kDay);
        QCOMPARE(*purger.purge(), 2);
    }

    void periodIsConfigurable()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        OutboxStore outbox(f.db());
        const qint64 t0 = f.clock.nowMs();
        const QString id = OutboxStore::newRequestId();
        QVERIFY(outbox.enqueue(sampleEntryFor(id), t0));
        QVERIFY(outbox.claimBatch(1, t0).ok());
        QVERIFY(outbox.recordResults({OutboxResult::accepted(id, u"TRK-1"_s)}, t0));

        QVERIFY(f.settings->set(f.adminSession(), u"retention.days"_s, u"30"_s));
        RetentionPurger purger(f.db(), *f.audit, f.clock);
        QCOMPARE(purger.retentionDays().valueOr(0), 30);
        f.clock.set(t0 + 29 * kDay);
        QCOMPARE(*purger.purge(), 0);
        f.clock.set(t0 + 31 * kDay);
        QCOMPARE(*purger.purge(), 1);
    }

private:
    static OutboxEntry sampleEntryFor(const QString& id)
    {
        OutboxEntry e;
        e.requestId = id;
        e.serviceId = u"property-file-status"_s;
        e.catalogueVersion = 1;
        e.nationalCode = u"0499370899"_s;
        e.mobile = u"09121234567"_s;
        e.citizenName = u"زهرا احمدی"_s;
        e.payload = u"{\"file_no\":\"12-345\",\"owner\":\"زهرا احمدی\"}"_s;
        e.feeReference = u"cash-0001"_s;
        e.consentToken = u"consent-abc"_s;
        return e;
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
