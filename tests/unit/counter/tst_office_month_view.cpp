// The office-wide month (docs/api.md §4.16) read into the table the supervisor screen shows:
// totals per day and per counter, unverified closes counted apart, a malformed answer refused,
// the CSV export.
#include "counter/OfficeMonthView.h"

#include <QJsonArray>
#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

QJsonObject totals(qint64 count, qint64 amount)
{
    return {{u"count"_s, count},     {u"amount_rials"_s, amount},
            {u"fee_count"_s, count}, {u"fee_amount_rials"_s, amount},
            {u"void_count"_s, 0},    {u"void_amount_rials"_s, 0}};
}

QJsonObject sample()
{
    return {{u"office_code"_s, u"IF-1001"_s},
            {u"month"_s, u"140401"_s},
            {u"from"_s, u"2025-03-21"_s},
            {u"to"_s, u"2025-04-20"_s},
            {u"closes"_s, 3},
            {u"unverified_closes"_s, 1},
            {u"totals"_s, totals(42, 3'560'000)},
            {u"counters"_s, QJsonArray{QJsonObject{{u"device_id"_s, u"dev_1"_s},
                                                   {u"counter"_s, 1},
                                                   {u"label"_s, u"باجه ۱"_s},
                                                   {u"active"_s, true},
                                                   {u"closed_days"_s, 2},
                                                   {u"totals"_s, totals(40, 3'400'000)}},
                                       QJsonObject{{u"device_id"_s, u"dev_2"_s},
                                                   {u"counter"_s, 2},
                                                   {u"label"_s, u"باجه ۲"_s},
                                                   {u"active"_s, true},
                                                   {u"closed_days"_s, 1},
                                                   {u"totals"_s, totals(2, 160'000)}}}},
            {u"days"_s,
             QJsonArray{
                 QJsonObject{{u"business_date"_s, u"2025-03-21"_s},
                             {u"totals"_s, totals(40, 3'400'000)},
                             {u"counters"_s, QJsonArray{QJsonObject{{u"verified"_s, true}}}}},
                 QJsonObject{{u"business_date"_s, u"2025-03-22"_s},
                             {u"totals"_s, totals(2, 160'000)},
                             {u"counters"_s, QJsonArray{QJsonObject{{u"verified"_s, true}},
                                                        QJsonObject{{u"verified"_s, false}}}}}}}};
}

} // namespace

class TestOfficeMonthView : public QObject
{
    Q_OBJECT

private slots:
    void monthKey_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("key");
        QTest::newRow("1 Farvardin 1404") << QDate(2025, 3, 21) << u"140401"_s;
        QTest::newRow("31 Farvardin 1404") << QDate(2025, 4, 20) << u"140401"_s;
        QTest::newRow("1 Ordibehesht 1404") << QDate(2025, 4, 21) << u"140402"_s;
        QTest::newRow("29 Esfand 1403") << QDate(2025, 3, 19) << u"140312"_s;
    }

    void monthKey()
    {
        QFETCH(QDate, day);
        QFETCH(QString, key);
        QCOMPARE(OfficeMonthView::monthKey(day), key);
    }

    void buildsTheTable()
    {
        auto t = OfficeMonthView::build(sample());
        QVERIFY(t.ok());
        QCOMPARE(t->counters.size(), 2);
        QCOMPARE(t->counters.at(1).totals.feeAmount, Money::fromRials(160'000));
        QCOMPARE(t->days.size(), 2);
        QCOMPARE(t->days.at(1).closes, 2);
        QCOMPARE(t->days.at(1).unverified, 1);
        QCOMPARE(t->total.net(), Money::fromRials(3'560'000));
        const QString csv = QString::fromUtf8(t->csv());
        QVERIFY2(csv.contains(u"1404/01/02,2,1,2,160000,0,0,160000"_s), qPrintable(csv));
        QVERIFY(csv.contains(u"total 140401,3,1,42,3560000,0,0,3560000"_s));
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::newRow("totals") << u"totals"_s;
        QTest::newRow("from") << u"from"_s;
        QTest::newRow("closes") << u"closes"_s;
    }

    void malformedRefused()
    {
        QFETCH(QString, member);
        QJsonObject b = sample();
        b.insert(member, u"x"_s);
        auto t = OfficeMonthView::build(b);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code(), u"office_view.malformed"_s);
    }
};

QTEST_GUILESS_MAIN(TestOfficeMonthView)
#include "tst_office_month_view.moc"
