// Follow-up lookup: what the clerk types is classified as a tracking code, a receipt number or a
// national code whatever digits and stray marks it carries; identifiers are masked in lists.
// Searches are checked queries (malformed or empty ones refused with their code), run a page
// at a time by keyset over one index each (no duplicates, no gaps, a stable order; SQLite's
// plan shows an index, never a walk of the whole outbox). The attention list holds requests
// the municipality rejected after accepting them, with the reason and the next steps, until
// their fee is refunded or they are served again.
#include "../ledger/LedgerTestSupport.h"
#include "counter/FollowUpLookup.h"
#include "counter/FollowUpQuery.h"
#include "counter/FollowUpSearchWorker.h"
#include "counter/PropertyInquiry.h"
#include "counter/ServiceCatalogue.h"
#include "ledger/ReceiptNumber.h"
#include "storage/OutboxStore.h"
#include "storage/RequestProgressStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/Statement.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using namespace pishkhan::test;
using Kind = FollowUpLookup::QueryKind;
using Step = FollowUpRecord::NextStep;

namespace {

const QTimeZone kZone(QByteArrayLiteral("Asia/Tehran"));

// An office's store with fees (and so requests) taken by two clerks over several days, some of
// them answered by the backend.
struct SearchOffice
{
    QTemporaryDir dir;
    LedgerFixture f;
    QString error;
    int serial = 0;

    QByteArray key = randomKey();

    SearchOffice() { error = f.open(dir.filePath(u"store.db"_s), key); }
    Database& db() { return f.store->database(); }
    FollowUpLookup lookup() { return FollowUpLookup(db(), f.ledger->store()); }

    // A fee at the given Tehran time by `who`, with `nationalCode` on its request.
    Result<LedgerEntry> fee(const Session& who, qint64 at,
                            const QString& nationalCode = u"0499370899"_s)
    {
        f.clock.set(at);
        OutboxEntry e = sampleRequest();
        e.nationalCode = nationalCode;
        return f.ledger->recordFee(who, FeeRequest{e, kTariffId, Payment::cash()});
    }

    // The request accepted, then at `status` (rejected ones with the municipality's reason).
    bool answer(const QString& requestId, const QString& status)
    {
        OutboxStore outbox(db());
        const qint64 now = f.clock.nowMs();
        auto claimed = outbox.claim(requestId, now);
        if (!claimed || !claimed->has_value())
            return false;
        RequestProgressStore::Progress p;
        p.requestId = requestId;
        p.trackingCode = u"1404-ABC-%1"_s.arg(++serial, 6, 10, QChar(u'0'));
        p.status = status;
        p.isFinal = status == u"done"_s || status == u"rejected"_s;
        p.nextPollAt = now + 60'000;
        p.history = {{u"received"_s, now, {}, {}}};
        if (status == u"rejected"_s) {
            p.history.append({u"rejected"_s, now, {}, {}});
            p.rejectionCode = u"property-not-found"_s;
            p.rejectionFa = u"پرونده ملک با این مشخصات یافت نشد."_s;
            p.rejectionEn = u"No property file matches these details."_s;
        }
        return outbox.recordResults({OutboxResult::accepted(requestId, p.trackingCode)}, now, {p})
            .ok();
    }
};

QStringList ids(const QList<FollowUpRecord>& records)
{
    QStringList out;
    for (const FollowUpRecord& r : records)
        out << r.request.requestId;
    return out;
}

} // namespace

class TestFollowUpLookup : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("tracking") << u"1405-ABC-000123"_s << Kind::TrackingCode;
        QTest::newRow("tracking lower case, spaces")
            << u" 1405-abc-000123 "_s << Kind::TrackingCode;
        QTest::newRow("tracking Persian digits") << u"۱۴۰۵-ABC-۰۰۰۱۲۳"_s << Kind::TrackingCode;
        QTest::newRow("tracking in an LRO embedding")
            << (QChar(0x202D) + u"1405-ABC-000123"_s + QChar(0x202C)) << Kind::TrackingCode;
        QTest::newRow("tracking short") << u"1405-ABC-0001"_s << Kind::Invalid;
        QTest::newRow("receipt") << u"14050907-1-0042"_s << Kind::ReceiptNumber;
        QTest::newRow("receipt Persian digits") << u"۱۴۰۵۰۹۰۷-۱-۰۰۴۲"_s << Kind::ReceiptNumber;
        QTest::newRow("receipt Arabic digits") << u"١٤٠٥٠٩٠٧-١-٠٠٤٢"_s << Kind::ReceiptNumber;
        QTest::newRow("receipt bad month") << u"14051307-1-0042"_s << Kind::Invalid;
        QTest::newRow("receipt counter 0") << u"14050907-0-0042"_s << Kind::Invalid;
        QTest::newRow("national code") << u"0499370899"_s << Kind::NationalCode;
        QTest::newRow("national code Persian") << u"۰۴۹۹۳۷۰۸۹۹"_s << Kind::NationalCode;
        QTest::newRow("national code bad check digit") << u"0499370898"_s << Kind::Invalid;
        QTest::newRow("empty") << QString() << Kind::Invalid;
        QTest::newRow("words") << u"سلام"_s << Kind::Invalid;
    }
    void classify()
    {
        QFETCH(QString, input);
        QFETCH(Kind, kind);
        QCOMPARE(FollowUpLookup::classify(input), kind);
    }

    void masking_data()
    {
        QTest::addColumn<QString>("nationalCode");
        QTest::addColumn<QString>("mobile");
        QTest::newRow("valid") << u"0499370899"_s << u"09123456789"_s;
        QTest::newRow("not canonical") << u"12345678"_s << u"0912"_s;
    }
    void masking()
    {
        QFETCH(QString, nationalCode);
        QFETCH(QString, mobile);
        FollowUpRecord r;
        r.request.nationalCode = nationalCode;
        r.request.mobile = mobile;
        QVERIFY(!r.maskedNationalCode().isEmpty());
        QVERIFY(r.maskedNationalCode().contains(u'*'));
        QVERIFY(r.maskedNationalCode() != nationalCode);
        QVERIFY(r.maskedMobile().contains(u'*'));
        QVERIFY(r.maskedMobile() != mobile);
    }

    // --- Queries -------------------------------------------------------------------------
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("clerk");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("error"); // empty = accepted
        QTest::addColumn<int>("kind");
        using K = FollowUpQuery::Kind;
        QTest::newRow("empty") << u""_s << u""_s << u""_s << u""_s << u""_s
                               << u"followup.query_empty"_s << -1;
        QTest::newRow("spaces only") << (u"  "_s + QChar(0x200C) + u" "_s) << u" "_s << u""_s
                                     << u""_s << u""_s << u"followup.query_empty"_s << -1;
        QTest::newRow("words") << u"سلام"_s << u""_s << u""_s << u""_s << u""_s
                               << u"followup.query"_s << -1;
        QTest::newRow("bad national code")
            << u"0499370898"_s << u""_s << u""_s << u""_s << u""_s << u"followup.query"_s << -1;
        QTest::newRow("tracking") << u"۱۴۰۵-abc-۰۰۰۱۲۳"_s << u""_s << u""_s << u""_s << u""_s
                                  << u""_s << int(K::TrackingCode);
        QTest::newRow("receipt") << u"14050907-1-0042"_s << u""_s << u""_s << u""_s << u""_s
                                 << u""_s << int(K::ReceiptNumber);
        QTest::newRow("national code")
            << u"0499370899"_s << u""_s << u""_s << u""_s << u""_s << u""_s << int(K::NationalCode);
        QTest::newRow("national code and days")
            << u"0499370899"_s << u"1404/01/01"_s << u"1404/01/05"_s << u""_s << u"accepted"_s
            << u""_s << int(K::NationalCode);
        QTest::newRow("tracking with a filter")
            << u"1405-ABC-000123"_s << u""_s << u""_s << u"clerk1"_s << u""_s
            << u"followup.query_mixed"_s << -1;
        QTest::newRow("day range") << u""_s << u"۱۴۰۴/۰۱/۰۱"_s << u"1404-1-5"_s << u""_s << u""_s
                                   << u""_s << int(K::Filter);
        QTest::newRow("one day open range")
            << u""_s << u"1404/01/01"_s << u""_s << u""_s << u""_s << u""_s << int(K::Filter);
        QTest::newRow("day range, clerk and state")
            << u""_s << u"1404/01/01"_s << u"1404/01/05"_s << u"clerk1"_s << u"queued"_s << u""_s
            << int(K::Filter);
        QTest::newRow("clerk only")
            << u""_s << u""_s << u""_s << u"clerk1"_s << u""_s << u""_s << int(K::Filter);
        QTest::newRow("state only")
            << u""_s << u""_s << u""_s << u""_s << u"needs_attention"_s << u""_s << int(K::Filter);
        QTest::newRow("day not a day")
            << u""_s << u"1404/13/01"_s << u""_s << u""_s << u""_s << u"followup.day"_s << -1;
        QTest::newRow("day words")
            << u""_s << u"دیروز"_s << u""_s << u""_s << u""_s << u"followup.day"_s << -1;
        QTest::newRow("range backwards") << u""_s << u"1404/01/05"_s << u"1404/01/01"_s << u""_s
                                         << u""_s << u"followup.day_order"_s << -1;
        QTest::newRow("clerk with a quote")
            << u""_s << u""_s << u""_s << u"x' OR 1=1"_s << u""_s << u"followup.clerk"_s << -1;
        QTest::newRow("unknown state")
            << u""_s << u""_s << u""_s << u""_s << u"lost"_s << u"followup.state"_s << -1;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, clerk);
        QFETCH(QString, state);
        QFETCH(QString, error);
        QFETCH(int, kind);
        const auto q = FollowUpQuery::parse({text, from, to, clerk, state}, kZone);
        if (!error.isEmpty()) {
            QVERIFY(!q.ok());
            QCOMPARE(q.error().code(), error);
            QVERIFY(!q.error().userMessage().isEmpty());
            return;
        }
        QVERIFY2(q.ok(), qPrintable(whyNot(q)));
        QCOMPARE(int(q->kind()), kind);
        if (q->fromDay() && q->toDay())
            QVERIFY(q->toMs() > q->fromMs());
    }

    void pageToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::newRow("made by token()") << FollowUpQuery::token({1700000000000, 42}) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("one part") << u"1700000000000"_s << false;
        QTest::newRow("words") << u"next.page"_s << false;
        QTest::newRow("seq zero") << u"17.0"_s << false;
    }
    void pageToken()
    {
        QFETCH(QString, token);
        QFETCH(bool, valid);
        const auto p = FollowUpQuery::position(token);
        QCOMPARE(p.ok(), valid);
        if (!valid)
            QCOMPARE(p.error().code(), u"followup.page_token"_s);
    }

    // --- Searches on a store -----------------------------------------------------------
    void initTestCase()
    {
        m_office = std::make_unique<SearchOffice>();
        QVERIFY2(m_office->error.isEmpty(), qPrintable(m_office->error));
        // Days 1..5 of Farvardin 1404 (21..25 March 2025): clerk1 serves 4 citizens a day,
        // clerk2 2; two fees of clerk1 at the same millisecond (the keyset's tie-break).
        SearchOffice& o = *m_office;
        for (int day = 0; day < 5; ++day) {
            for (int i = 0; i < 6; ++i) {
                const Session& who = i < 4 ? o.f.clerk : o.f.clerk2;
                const qint64 at = tehran(2025, 3, 21 + day, 9 + i, i == 1 ? 0 : 30);
                const QString nc = i == 0 ? u"0499370899"_s : u"1111111111"_s;
                auto fee = o.fee(who, i == 1 ? tehran(2025, 3, 21 + day, 9, 30) : at, nc);
                QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
                m_fees.append(*fee);
            }
        }
        // Every third request accepted; one of them rejected after acceptance.
        for (int i = 0; i < m_fees.size(); i += 3)
            QVERIFY(o.answer(m_fees[i].requestId, i == 3 ? u"rejected"_s : u"received"_s));
    }
    void cleanupTestCase() { m_office.reset(); }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("clerk");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("count");
        QTest::newRow("national code") << u"0499370899"_s << u""_s << u""_s << u""_s << u""_s << 5;
        QTest::newRow("national code, one day")
            << u"0499370899"_s << u"1404/01/02"_s << u"1404/01/02"_s << u""_s << u""_s << 1;
        QTest::newRow("all five days")
            << u""_s << u"1404/01/01"_s << u"1404/01/05"_s << u""_s << u""_s << 30;
        QTest::newRow("two days") << u""_s << u"1404/01/02"_s << u"1404/01/03"_s << u""_s << u""_s
                                  << 12;
        QTest::newRow("from day 4 on") << u""_s << u"1404/01/04"_s << u""_s << u""_s << u""_s << 12;
        QTest::newRow("up to day 1") << u""_s << u""_s << u"1404/01/01"_s << u""_s << u""_s << 6;
        QTest::newRow("a day without requests")
            << u""_s << u"1404/02/01"_s << u"1404/02/01"_s << u""_s << u""_s << 0;
        QTest::newRow("clerk2") << u""_s << u""_s << u""_s << u"clerk2"_s << u""_s << 10;
        QTest::newRow("clerk1 on day 3")
            << u""_s << u"1404/01/03"_s << u"1404/01/03"_s << u"clerk1"_s << u""_s << 4;
        QTest::newRow("accepted") << u""_s << u""_s << u""_s << u""_s << u"accepted"_s << 10;
        QTest::newRow("queued") << u""_s << u""_s << u""_s << u""_s << u"queued"_s << 20;
        QTest::newRow("accepted of clerk1 on days 1-2")
            << u""_s << u"1404/01/01"_s << u"1404/01/02"_s << u"clerk1"_s << u"accepted"_s << 4;
        QTest::newRow("unknown clerk") << u""_s << u""_s << u""_s << u"nobody"_s << u""_s << 0;
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, clerk);
        QFETCH(QString, state);
        QFETCH(int, count);
        const auto q = FollowUpQuery::parse({text, from, to, clerk, state}, kZone);
        QVERIFY2(q.ok(), qPrintable(whyNot(q)));
        auto lookup = m_office->lookup();
        const auto page = lookup.search(*q);
        QVERIFY2(page.ok(), qPrintable(whyNot(page)));
        QCOMPARE(page->records.size(), count);
        QVERIFY(page->nextToken.isEmpty());
        for (const FollowUpRecord& r : page->records) {
            if (!clerk.isEmpty())
                QCOMPARE(r.request.createdAt > 0, true);
            if (!state.isEmpty())
                QCOMPARE(outboxStateName(r.request.state), state);
            if (q->fromMs() > 0)
                QVERIFY(r.request.createdAt >= q->fromMs());
            if (q->toMs() > 0)
                QVERIFY(r.request.createdAt < q->toMs());
            if (!text.isEmpty())
                QCOMPARE(r.request.nationalCode, text);
        }
    }

    void identifiers()
    {
        auto lookup = m_office->lookup();
        // A tracking code and a receipt number each find their one request.
        const LedgerEntry& fee = m_fees[6];
        auto tracking = lookup.record(fee.requestId);
        QVERIFY(tracking.ok() && tracking->has_value());
        const QString code = (*tracking)->request.trackingCode;
        QVERIFY(!code.isEmpty());
        for (const QString& text :
             {code, ReceiptNumber::format(fee.businessDay, fee.counter, fee.receiptNo)}) {
            const auto q = FollowUpQuery::parse({text, {}, {}, {}, {}}, kZone);
            QVERIFY2(q.ok(), qPrintable(whyNot(q)));
            const auto page = lookup.search(*q);
            QVERIFY2(page.ok(), qPrintable(whyNot(page)));
            QCOMPARE(ids(page->records), QStringList{fee.requestId});
            QCOMPARE(page->records.first().feeSeq, fee.seq);
        }
        // The clerk recorded at commit is the fee's.
        auto clerk = m_office->db().prepare("SELECT clerk_id FROM outbox WHERE request_id = ?");
        QVERIFY(clerk.ok() && clerk->bindAll({fee.requestId}).ok());
        auto name = clerk->first([](const Row& row) { return row.text(0); });
        QVERIFY(name.ok() && name->has_value());
        QCOMPARE(**name, fee.clerkId);
    }

    void paging_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("clerk");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("days, 7 a page") << u"1404/01/01"_s << u""_s << 7;
        QTest::newRow("days, 1 a page") << u"1404/01/01"_s << u""_s << 1;
        QTest::newRow("days, exactly 30") << u"1404/01/01"_s << u""_s << 30;
        QTest::newRow("clerk1, 4 a page") << u""_s << u"clerk1"_s << 4;
    }
    void paging()
    {
        QFETCH(QString, from);
        QFETCH(QString, clerk);
        QFETCH(int, pageSize);
        const auto q = FollowUpQuery::parse({{}, from, {}, clerk, {}}, kZone, pageSize);
        QVERIFY2(q.ok(), qPrintable(whyNot(q)));
        auto lookup = m_office->lookup();
        const auto all = FollowUpQuery::parse({{}, from, {}, clerk, {}}, kZone, 500);
        const auto whole = lookup.search(*all);
        QVERIFY(whole.ok() && whole->nextToken.isEmpty());
        QStringList walked;
        QString token;
        int pages = 0;
        do {
            const auto page = lookup.search(*q, token);
            QVERIFY2(page.ok(), qPrintable(whyNot(page)));
            QVERIFY(page->records.size() <= pageSize);
            walked += ids(page->records);
            token = page->nextToken;
            QVERIFY(++pages <= 40);
        } while (!token.isEmpty());
        // No duplicates, no gaps, the same order as one big page: newest first.
        QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), walked.size());
        QCOMPARE(walked, ids(whole->records));
        for (int i = 1; i < whole->records.size(); ++i)
            QVERIFY(whole->records[i - 1].request.createdAt >= whole->records[i].request.createdAt);
        // A page asked again answers the same rows (stable under no change).
        const auto first = lookup.search(*q);
        const auto again = lookup.search(*q);
        QCOMPARE(ids(first->records), ids(again->records));
        // A token that is not one is refused, nothing else happens.
        const auto bad = lookup.search(*q, u"garbage"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code(), u"followup.page_token"_s);
    }

    void indexUse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("clerk");
        QTest::addColumn<QString>("state");
        QTest::newRow("tracking") << u"1404-ABC-000001"_s << u""_s << u""_s << u""_s << u""_s;
        QTest::newRow("national code") << u"0499370899"_s << u""_s << u""_s << u""_s << u""_s;
        QTest::newRow("national code, days")
            << u"0499370899"_s << u"1404/01/01"_s << u"1404/01/05"_s << u""_s << u""_s;
        QTest::newRow("days") << u""_s << u"1404/01/01"_s << u"1404/01/05"_s << u""_s << u""_s;
        QTest::newRow("clerk") << u""_s << u""_s << u""_s << u"clerk1"_s << u""_s;
        QTest::newRow("state") << u""_s << u""_s << u""_s << u""_s << u"queued"_s;
        QTest::newRow("days, clerk, state")
            << u""_s << u"1404/01/01"_s << u"1404/01/05"_s << u"clerk1"_s << u"queued"_s;
        QTest::newRow("days, state") << u""_s << u"1404/01/01"_s << u""_s << u""_s << u"accepted"_s;
    }
    void indexUse()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, clerk);
        QFETCH(QString, state);
        const auto q = FollowUpQuery::parse({text, from, to, clerk, state}, kZone, 10);
        QVERIFY2(q.ok(), qPrintable(whyNot(q)));
        auto lookup = m_office->lookup();
        for (const QString& token : {QString(), FollowUpQuery::token({1742540000000, 9})}) {
            const auto plan = lookup.searchPlan(*q, token);
            QVERIFY2(plan.ok(), qPrintable(whyNot(plan)));
            QVERIFY(!plan->isEmpty());
            for (const QString& line : *plan) {
                // Every step on the outbox goes through an index; no sort of its rows either.
                if (line.contains(u"outbox"_s))
                    QVERIFY2(line.contains(u"USING"_s) && line.startsWith(u"SEARCH"_s),
                             qPrintable(line));
                QVERIFY2(!line.contains(u"TEMP B-TREE"_s), qPrintable(line));
            }
        }
    }

    // The worker answers on its own connection, by queued signal; only the latest question is
    // answered, and a malformed page token comes back as its error.
    void worker()
    {
        qRegisterMetaType<FollowUpResultPage>();
        qRegisterMetaType<Error>();
        FollowUpSearchWorker worker(m_office->db().path(), m_office->key);
        QSignalSpy pages(&worker, &FollowUpSearchWorker::pageReady);
        QSignalSpy failures(&worker, &FollowUpSearchWorker::failed);
        const auto days = FollowUpQuery::parse({{}, u"1404/01/01"_s, {}, {}, {}}, kZone, 10);
        const auto clerk2 = FollowUpQuery::parse({{}, {}, {}, u"clerk2"_s, {}}, kZone, 50);
        QVERIFY(days.ok() && clerk2.ok());
        worker.search(*days);
        worker.search(*days, FollowUpQuery::token({1742540000000, 3}));
        const quint64 last = worker.search(*clerk2);
        QTRY_COMPARE(pages.size(), 1);
        QCOMPARE(pages.first().at(0).toULongLong(), last);
        const auto page = pages.first().at(1).value<FollowUpResultPage>();
        QCOMPARE(page.records.size(), 10);
        QVERIFY(!worker.isBusy());
        QCOMPARE(failures.size(), 0);
        const quint64 bad = worker.search(*days, u"not-a-token"_s);
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures.first().at(0).toULongLong(), bad);
        QCOMPARE(failures.first().at(1).value<Error>().code(), u"followup.page_token"_s);
        QCOMPARE(pages.size(), 1);
    }

    // The property file's list (F5) comes from the worker's connection too: the same newest
    // property-file requests, in the same order, as the window's own connection reads.
    void workerListsPropertyInquiries()
    {
        qRegisterMetaType<QList<FollowUpRecord>>();
        auto here = PropertyInquiry::recent(m_office->db(), m_office->f.ledger->store(), 7);
        QVERIFY2(here.ok(), qPrintable(whyNot(here)));
        QCOMPARE(here->size(), 7);
        FollowUpSearchWorker worker(m_office->db().path(), m_office->key);
        QSignalSpy lists(&worker, &FollowUpSearchWorker::recordsReady);
        const quint64 ticket = worker.propertyInquiries(7);
        QTRY_COMPARE(lists.size(), 1);
        QCOMPARE(lists.first().at(0).toULongLong(), ticket);
        QCOMPARE(ids(lists.first().at(1).value<QList<FollowUpRecord>>()), ids(*here));
        QVERIFY(!worker.isBusy());
    }

    // --- Needs attention ---------------------------------------------------------------
    void rejectionAfterAcceptance_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::newRow("refunded") << u"refund"_s;
        QTest::newRow("resubmitted") << u"resubmit"_s;
        QTest::newRow("voided") << u"void"_s;
        QTest::newRow("stays") << u"nothing"_s;
    }
    void rejectionAfterAcceptance()
    {
        QFETCH(QString, outcome);
        SearchOffice o;
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        auto rejected = o.fee(o.f.clerk, tehran(2025, 3, 22, 10));
        auto done = o.fee(o.f.clerk, tehran(2025, 3, 22, 10, 5));
        auto waiting = o.fee(o.f.clerk, tehran(2025, 3, 22, 10, 10));
        QVERIFY(rejected.ok() && done.ok() && waiting.ok());
        QVERIFY(o.answer(rejected->requestId, u"rejected"_s));
        QVERIFY(o.answer(done->requestId, u"done"_s));
        QVERIFY(o.answer(waiting->requestId, u"in_review"_s));

        // The rejected one is listed with the municipality's Persian reason and the next steps
        // the core offers; requests done or still in review are not.
        auto lookup = o.lookup();
        auto listed = lookup.needsAttention();
        QVERIFY2(listed.ok(), qPrintable(whyNot(listed)));
        QCOMPARE(ids(*listed), QStringList{rejected->requestId});
        const FollowUpRecord& r = listed->first();
        QVERIFY(r.rejectedAfterAcceptance());
        QCOMPARE(r.reasonFa(), u"پرونده ملک با این مشخصات یافت نشد."_s);
        QCOMPARE(r.reasonEn(), u"No property file matches these details."_s);
        QCOMPARE(r.nextSteps, (QList<Step>{Step::ResubmitAsNew, Step::Refund}));
        QCOMPARE(r.feeSeq, rejected->seq);

        // "Fix and resubmit" starts a new request from the rejected one's citizen and form.
        auto seed = FollowUpLookup::resubmission(r, ServiceCatalogue());
        QVERIFY2(seed.ok(), qPrintable(whyNot(seed)));
        QCOMPARE(seed->rejectedRequestId, rejected->requestId);
        QCOMPARE(seed->nationalCode, u"0499370899"_s);
        QCOMPARE(seed->district, 6);
        QVERIFY(seed->legalEntityId.isEmpty());
        // A company's rejected request is served again for the same company.
        FollowUpRecord byCompany = r;
        byCompany.request.applicantLegalEntityId = u"10380284790"_s;
        auto companySeed = FollowUpLookup::resubmission(byCompany, ServiceCatalogue());
        QVERIFY2(companySeed.ok(), qPrintable(whyNot(companySeed)));
        QCOMPARE(companySeed->legalEntityId, u"10380284790"_s);
        QCOMPARE(companySeed->nationalCode, u"0499370899"_s);
        auto notRejected = lookup.record(done->requestId);
        QVERIFY(notRejected.ok() && notRejected->has_value());
        auto refused = FollowUpLookup::resubmission(**notRejected, ServiceCatalogue());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), u"followup.not_rejected"_s);

        if (outcome == u"refund"_s) {
            auto refund = o.f.ledger->refundFee(o.f.supervisor, kPassword,
                                                RefundRequest{rejected->seq, u"رد شد"_s, {}, {}});
            QVERIFY2(refund.ok(), qPrintable(whyNot(refund)));
        } else if (outcome == u"void"_s) {
            auto v = o.f.ledger->voidFee(o.f.supervisor, kPassword, rejected->seq, u"رد شد"_s);
            QVERIFY2(v.ok(), qPrintable(whyNot(v)));
        } else if (outcome == u"resubmit"_s) {
            auto fresh = o.fee(o.f.clerk, tehran(2025, 3, 22, 11));
            QVERIFY(fresh.ok());
            // Refusals first: nothing is written by them.
            const Status wrongOne = lookup.recordResubmission(done->requestId, fresh->requestId,
                                                              u"clerk1"_s, o.f.clock.nowMs());
            QCOMPARE(wrongOne.error().code(), u"followup.not_rejected"_s);
            const Status unknown = lookup.recordResubmission(
                rejected->requestId, OutboxStore::newRequestId(), u"clerk1"_s, o.f.clock.nowMs());
            QCOMPARE(unknown.error().code(), u"outbox.not_found"_s);
            QCOMPARE(o.f.count("SELECT COUNT(*) FROM request_resubmission").valueOr(-1), 0);
            const Status linked = lookup.recordResubmission(rejected->requestId, fresh->requestId,
                                                            u"clerk1"_s, o.f.clock.nowMs());
            QVERIFY2(linked.ok(), qPrintable(whyNot(linked)));
            const Status twice = lookup.recordResubmission(rejected->requestId, fresh->requestId,
                                                           u"clerk1"_s, o.f.clock.nowMs());
            QCOMPARE(twice.error().code(), u"followup.already_resubmitted"_s);
        }
        auto after = lookup.needsAttention();
        QVERIFY2(after.ok(), qPrintable(whyNot(after)));
        if (outcome == u"nothing"_s)
            QCOMPARE(ids(*after), QStringList{rejected->requestId});
        else
            QVERIFY(after->isEmpty());
    }

    void refusedBeforeAcceptanceIsAmended()
    {
        SearchOffice o;
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        auto fee = o.fee(o.f.clerk, tehran(2025, 3, 22, 10));
        QVERIFY(fee.ok());
        OutboxStore outbox(o.db());
        QVERIFY(outbox.claim(fee->requestId, o.f.clock.nowMs()).ok());
        QVERIFY(outbox
                    .recordResults(
                        {OutboxResult::needsAttention(fee->requestId, u"district"_s,
                                                      u"Wrong district"_s, u"منطقه اشتباه است"_s)},
                        o.f.clock.nowMs())
                    .ok());
        auto lookup = o.lookup();
        auto listed = lookup.needsAttention();
        QVERIFY(listed.ok());
        QCOMPARE(ids(*listed), QStringList{fee->requestId});
        QCOMPARE(listed->first().nextSteps, QList<Step>{Step::Amend});
        QCOMPARE(listed->first().reasonFa(), u"منطقه اشتباه است"_s);
    }

    // The clerk column of requests written before it existed is filled from their fees.
    void clerkBackFilled()
    {
        QTemporaryDir dir;
        const QByteArray key = randomKey();
        const QString path = dir.filePath(u"old.db"_s);
        auto db = Database::open(path, key);
        QVERIFY(db.ok());
        QVERIFY(SchemaMigrator::migrate(*db, 11).ok());
        OutboxEntry e = sampleRequest();
        // The row as a build at step 11 wrote it: today's OutboxStore writes later columns.
        {
            auto row = db->prepare(
                "INSERT INTO outbox (request_id, service_id, catalogue_version, national_code, "
                "mobile, citizen_name, payload, fee_reference, consent_token, "
                "consent_expires_at, state, next_attempt_at, created_at, updated_at) VALUES (?1, "
                "?2, ?3, ?4, ?5, ?6, ?7, '', '', 0, 'queued', 1000, 1000, 1000)");
            QVERIFY(row.ok());
            QVERIFY(row->execute({e.requestId, e.serviceId, e.catalogueVersion, e.nationalCode,
                                  e.mobile, e.citizenName, e.payload})
                        .ok());
        }
        QVERIFY(db->exec("INSERT INTO tariff_table VALUES ('t', 'h', x'00', 0)").ok());
        {
            auto fee = db->prepare(
                "INSERT INTO ledger_entry (kind, business_day, jalali_month, counter_no, "
                "receipt_no, "
                "created_at, clerk_id, service_id, amount_rials, tariff_rials, payment_method, "
                "terminal_id, payment_reference, request_id, tariff_table_id, tariff_table_sha256, "
                "reason, supervisor_id, late, clock_day, prev_hash, hash) VALUES ('fee', "
                "'2025-03-22', 1, 1, 1, 1000, 'clerk7', 'property-file', 80000, 80000, 'cash', '', "
                "'', ?, 't', 'h', '', '', 0, '2025-03-22', '', '')");
            QVERIFY(fee.ok());
            QVERIFY(fee->execute({e.requestId}).ok());
        }
        QVERIFY(SchemaMigrator::migrate(*db, 13).ok());
        auto clerk = db->prepare("SELECT clerk_id FROM outbox WHERE request_id = ?");
        QVERIFY(clerk.ok() && clerk->bindAll({e.requestId}).ok());
        auto name = clerk->first([](const Row& row) { return row.text(0); });
        QVERIFY(name.ok() && name->has_value());
        QCOMPARE(**name, u"clerk7"_s);
    }

private:
    std::unique_ptr<SearchOffice> m_office;
    QList<LedgerEntry> m_fees;
};

QTEST_GUILESS_MAIN(TestFollowUpLookup)
#include "tst_followup_lookup.moc"
