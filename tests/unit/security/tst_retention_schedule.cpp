// The daily retention schedule clears the citizen's data of requests that have been final for
// longer than the period (national code, mobile, name, consent token and the form payload),
// leaves recent requests alone, and keeps what the fee ledger needs: the chain still verifies
// (the ctl's `ledger verify` walk) and the day reports add up as before.

#include "../ledger/LedgerTestSupport.h"
#include "ledger/LedgerStore.h"
#include "security/RetentionSchedule.h"
#include "storage/Statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

struct CitizenColumns
{
    QString nationalCode, mobile, name, consentToken, payload;
};

// The raw row, not OutboxStore's view of it.
CitizenColumns rawColumns(Database& db, const QString& requestId)
{
    auto stmt = db.prepare("SELECT ifnull(national_code, ''), ifnull(mobile, ''), "
                           "ifnull(citizen_name, ''), ifnull(consent_token, ''), "
                           "ifnull(payload, '') FROM outbox WHERE request_id = ?");
    if (!stmt || !stmt->bindAll({requestId}))
        return {u"<error>"_s, {}, {}, {}, {}};
    return stmt
        ->first([](const Row& r) {
            return CitizenColumns{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)};
        })
        .valueOr(std::nullopt)
        .value_or(CitizenColumns{u"<missing>"_s, {}, {}, {}, {}});
}

} // namespace

class TestRetentionSchedule : public QObject
{
    Q_OBJECT
private slots:
    void dailyScheduleClearsOldCitizenDataOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"counter.db"_s);
        const QByteArray key = randomKey();
        const qint64 now = tehran(2026, 3, 1, 10);
        LedgerFixture f;
        f.clock.set(now - 400 * kDay);
        const QString opened = f.open(path, key);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        OutboxStore outbox(f.store->database());

        // GIVEN two requests paid and accepted 400 days ago and two yesterday
        QStringList oldIds, newIds;
        QList<QDate> days;
        for (qint64 at : {now - 400 * kDay, now - kDay}) {
            f.clock.set(at);
            QVERIFY(f.login().isEmpty());
            for (int i = 0; i < 2; ++i) {
                OutboxEntry request = sampleRequest();
                request.consentToken =
                    u"cst_live_token_"_s + QString::number(i) + QString::number(at);
                request.consentExpiresAt = at + kDay;
                auto fee =
                    f.ledger->recordFee(f.clerk, FeeRequest{request, kTariffId, Payment::cash()});
                QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
                (at < now - kDay ? oldIds : newIds) << request.requestId;
                if (i == 0)
                    days << fee->businessDay;
            }
            auto claimed = outbox.claimBatch(10, at);
            QVERIFY(claimed.ok());
            QCOMPARE(claimed->size(), 2);
            QList<OutboxResult> results;
            for (const OutboxEntry& e : *claimed)
                results << OutboxResult::accepted(e.requestId, u"TRK-"_s + e.requestId.left(8));
            QVERIFY(outbox.recordResults(results, at));
        }
        f.clock.set(now);
        QVERIFY(f.login().isEmpty());
        QList<DayReport> reportsBefore;
        for (QDate day : days) {
            auto report = f.ledger->dayReport(f.supervisor, day);
            QVERIFY2(report.ok(), qPrintable(whyNot(report)));
            reportsBefore << *report;
        }
        const qint64 ledgerBefore = *f.count("SELECT COUNT(*) FROM ledger_entry");
        const CitizenColumns recent = rawColumns(f.store->database(), newIds.first());

        // WHEN the daily schedule runs
        RetentionSchedule schedule(f.store->database(), *f.audit, f.clock);
        auto ran = schedule.runIfDue();
        QVERIFY2(ran.ok(), qPrintable(whyNot(ran)));
        QVERIFY(ran->has_value());
        QCOMPARE(**ran, 2);

        // THEN the old requests hold none of the citizen's data
        for (const QString& id : oldIds) {
            const CitizenColumns c = rawColumns(f.store->database(), id);
            QCOMPARE(c.nationalCode, QString());
            QCOMPARE(c.mobile, QString());
            QCOMPARE(c.name, QString());
            QCOMPARE(c.consentToken, QString());
            QCOMPARE(c.payload, u"{}"_s);
        }
        // ... and the ones final yesterday are untouched
        for (const QString& id : newIds) {
            const CitizenColumns c = rawColumns(f.store->database(), id);
            QCOMPARE(c.nationalCode, recent.nationalCode);
            QCOMPARE(c.mobile, recent.mobile);
            QCOMPARE(c.name, recent.name);
            QVERIFY(c.consentToken.startsWith(u"cst_live_token_"_s));
            QCOMPARE(c.payload, recent.payload);
        }
        QCOMPARE(recent.nationalCode, sampleRequest().nationalCode);
        // No national code of an old request is left anywhere in the outbox.
        QCOMPARE(*f.count("SELECT COUNT(*) FROM outbox WHERE national_code <> ''"), 2);

        // The ledger chain and the audit chain still verify; the reports are unchanged.
        QCOMPARE(*f.count("SELECT COUNT(*) FROM ledger_entry"), ledgerBefore);
        auto ledger = LedgerStore::verifyChainParallel(path, key, 2);
        QVERIFY2(ledger.ok(), qPrintable(whyNot(ledger)));
        QVERIFY(!ledger->failure.has_value());
        QCOMPARE(ledger->entriesChecked, ledgerBefore);
        auto audit = f.audit->verify();
        QVERIFY2(audit.ok(), qPrintable(whyNot(audit)));
        QVERIFY(!audit->failure.has_value());
        for (int i = 0; i < days.size(); ++i) {
            auto report = f.ledger->dayReport(f.supervisor, days.at(i));
            QVERIFY2(report.ok(), qPrintable(whyNot(report)));
            QCOMPARE(report->totals, reportsBefore.at(i).totals);
            QCOMPARE(report->lines, reportsBefore.at(i).lines);
        }

        // Once a day: not again an hour later, again the next day (nothing left to clear).
        f.clock.advance(kDay / 24);
        auto again = schedule.runIfDue();
        QVERIFY(again.ok());
        QVERIFY(!again->has_value());
        f.clock.advance(kDay);
        auto nextDay = schedule.runIfDue();
        QVERIFY(nextDay.ok());
        QVERIFY(nextDay->has_value());
        QCOMPARE(**nextDay, 0);
    }
};

QTEST_GUILESS_MAIN(TestRetentionSchedule)
#include "tst_retention_schedule.moc"
