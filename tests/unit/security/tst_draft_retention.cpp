// How long serve drafts are kept: the office's setting (1–90 days, 14 by default), changed
// only with the right to change settings and audited; a value out of range in the store never
// widens or empties the purge; the daily retention run deletes drafts by that setting.

#include "SecurityTestSupport.h"
#include "security/DraftRetention.h"
#include "security/RetentionSchedule.h"
#include "storage/DraftStore.h"

#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

qint64 keptDraft(Database& db, qint64 savedAt)
{
    DraftStore::Draft d;
    d.clerkId = u"clerk1"_s;
    d.serviceId = u"property-file"_s;
    d.district = 6;
    d.nationalCode = u"0499370899"_s;
    d.mobile = u"09123456789"_s;
    d.fieldsJson = u"{}"_s;
    return DraftStore(db).save(d, savedAt).valueOr(0);
}

qint64 draftCount(Database& db)
{
    return db.queryInt64("SELECT COUNT(*) FROM serve_draft").valueOr(-1);
}

} // namespace

class TestDraftRetention : public QObject
{
    Q_OBJECT
private slots:
    void range_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("zero") << 0 << false;
        QTest::newRow("negative") << -3 << false;
        QTest::newRow("one day") << 1 << true;
        QTest::newRow("default") << DraftRetention::kDefaultDays << true;
        QTest::newRow("ninety") << 90 << true;
        QTest::newRow("ninety-one") << 91 << false;
        QTest::newRow("a year") << 365 << false;
    }
    void range()
    {
        QFETCH(int, days);
        QFETCH(bool, accepted);
        const Status ok = DraftRetention::check(days);
        QCOMPARE(bool(ok), accepted);
        if (!accepted) {
            QCOMPARE(ok.error().code(), u"drafts.retention_range"_s);
            QVERIFY(!ok.error().userMessage().isEmpty());
        }
    }

    void storedValue_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("inForce");
        QTest::newRow("nothing stored") << QString() << DraftRetention::kDefaultDays;
        QTest::newRow("thirty") << u"30"_s << 30;
        QTest::newRow("not a number") << u"two weeks"_s << DraftRetention::kDefaultDays;
        QTest::newRow("zero would purge every draft") << u"0"_s << DraftRetention::kDefaultDays;
        QTest::newRow("too long") << u"5000"_s << DraftRetention::kDefaultDays;
    }
    void storedValue()
    {
        QFETCH(QString, stored);
        QFETCH(int, inForce);
        SecurityFixture f;
        QVERIFY(f.open());
        if (!stored.isNull())
            QVERIFY(
                f.settings->setUnchecked(QString::fromLatin1(DraftRetention::kSettingKey), stored));
        QCOMPARE(DraftRetention(*f.settings).days().valueOr(-1), inForce);
    }

    void onlyWhoMayChangeSettingsSetsIt()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session clerk = f.sessionFor(Role::Clerk);
        const Session admin = f.adminSession();
        DraftRetention retention(*f.settings);

        QVERIFY(!retention.set(clerk, 30));
        QCOMPARE(retention.days().valueOr(-1), DraftRetention::kDefaultDays);
        const Status outOfRange = retention.set(admin, 0);
        QCOMPARE(outOfRange.error().code(), u"drafts.retention_range"_s);
        QCOMPARE(retention.days().valueOr(-1), DraftRetention::kDefaultDays);

        const qint64 eventsBefore =
            f.db().queryInt64("SELECT COUNT(*) FROM audit_events").valueOr(-1);
        QVERIFY(retention.set(admin, 30));
        QCOMPARE(retention.days().valueOr(-1), 30);
        QCOMPARE(f.db().queryInt64("SELECT COUNT(*) FROM audit_events").valueOr(-1),
                 eventsBefore + 1);
    }

    void dailyRunPurgesBySetting_data()
    {
        QTest::addColumn<int>("setting"); // 0: none stored
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<bool>("kept");
        QTest::newRow("default, 13 days") << 0 << 13 << true;
        QTest::newRow("default, 15 days") << 0 << 15 << false;
        QTest::newRow("30 days, 20 days old") << 30 << 20 << true;
        QTest::newRow("30 days, 31 days old") << 30 << 31 << false;
        QTest::newRow("3 days, 4 days old") << 3 << 4 << false;
    }
    void dailyRunPurgesBySetting()
    {
        QFETCH(int, setting);
        QFETCH(int, ageDays);
        QFETCH(bool, kept);
        SecurityFixture f;
        QVERIFY(f.open());
        const qint64 now = f.clock.nowMs();
        if (setting > 0)
            QVERIFY(DraftRetention(*f.settings).set(f.adminSession(), setting));
        QVERIFY(keptDraft(f.db(), now - ageDays * kDayMs) > 0);
        QVERIFY(keptDraft(f.db(), now) > 0); // today's draft always stays

        RetentionSchedule schedule(f.db(), *f.audit, f.clock);
        auto ran = schedule.runIfDue();
        QVERIFY2(ran.ok(), qPrintable(ran.ok() ? QString() : describe(ran.error())));
        QCOMPARE(draftCount(f.db()), kept ? 2 : 1);
    }
};

QTEST_GUILESS_MAIN(TestDraftRetention)
#include "tst_draft_retention.moc"
