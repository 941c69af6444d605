// OfficeDayView (the office-wide view): the backend's day closes of every counter next to
// this counter's own close or preview, as one table. Data-driven, no display.
#include "counter/OfficeDayView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(pishkhan::LocalCounterDay)

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

const QDate kDay(2025, 3, 21);

QJsonObject totals(qint64 fees, qint64 feeRials, qint64 voids = 0, qint64 voidRials = 0)
{
    return {{u"count"_s, fees - voids}, {u"amount_rials"_s, feeRials - voidRials},
            {u"fee_count"_s, fees},     {u"fee_amount_rials"_s, feeRials},
            {u"void_count"_s, voids},   {u"void_amount_rials"_s, voidRials},
            {u"reprint_count"_s, 0}};
}

QJsonObject line(const QString& clerk, qint64 fees, qint64 feeRials)
{
    QJsonObject o = totals(fees, feeRials);
    o.insert(u"clerk"_s, clerk);
    o.insert(u"service_id"_s, u"property-file"_s);
    o.insert(u"payment_method"_s, u"cash"_s);
    return o;
}

// A closed counter as §4.12 lists it: two clerks.
QJsonObject closedCounter(int counter, const QString& device, qint64 a, qint64 b)
{
    QJsonObject close{{u"type"_s, u"pishkhan.day-close.v1"_s},
                      {u"device_id"_s, device},
                      {u"counter"_s, counter},
                      {u"business_date"_s, kDay.toString(Qt::ISODate)},
                      {u"totals"_s, totals(a + b, (a + b) * 80'000)},
                      {u"lines"_s, QJsonArray{line(u"clerk1"_s, a, a * 80'000),
                                              line(u"clerk2"_s, b, b * 80'000)}}};
    return {{u"device_id"_s, device},
            {u"counter"_s, counter},
            {u"label"_s, QString(u"counter "_s + QString::number(counter))},
            {u"active"_s, true},
            {u"closed"_s, true},
            {u"received_at"_s, u"2025-03-21T14:31:02Z"_s},
            {u"close"_s, close}};
}

QJsonObject openCounter(int counter, const QString& device)
{
    return {{u"device_id"_s, device},
            {u"counter"_s, counter},
            {u"label"_s, u"x"_s},
            {u"active"_s, true},
            {u"closed"_s, false}};
}

QJsonObject answer(const QJsonArray& counters, const QString& date = kDay.toString(Qt::ISODate))
{
    return {
        {u"office_code"_s, u"IF-1001"_s}, {u"business_date"_s, date}, {u"counters"_s, counters}};
}

// This counter's close (or preview): clerk1 with n fees of 80,000 rials.
LocalCounterDay local(int counter, const QString& device, int fees, bool sealed)
{
    LocalCounterDay l;
    l.deviceId = device;
    l.counter = counter;
    if (fees >= 0) {
        DayClose c;
        c.counter = counter;
        c.businessDay = kDay;
        DayReportLine dl;
        dl.clerkId = u"clerk1"_s;
        dl.serviceId = u"property-file"_s;
        dl.totals.feeCount = fees;
        dl.totals.feeAmount = Money::fromRials(fees * 80'000);
        c.report.lines = {dl};
        c.report.totals = dl.totals;
        l.close = c;
    }
    l.sealed = sealed;
    return l;
}

using State = OfficeDayRow::State;

} // namespace

class TestOfficeDayView : public QObject
{
    Q_OBJECT
private slots:
    void table_data();
    void table();
    void malformed_data();
    void malformed();
};

void TestOfficeDayView::table_data()
{
    QTest::addColumn<QJsonObject>("backend");
    QTest::addColumn<LocalCounterDay>("local");
    // Per row, in counter order: "counter:state:fees:clerk1Fees:local" (state U/N/O, fees -1 =
    // no figures).
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<qint64>("grandRials");
    QTest::addColumn<qint64>("uploadedRials");
    QTest::addColumn<int>("uploaded");
    QTest::addColumn<int>("notUploaded");

    QTest::newRow("offline: local preview only")
        << QJsonObject() << local(1, u"dev_a"_s, 3, false) << QStringList{u"1:O:3:3:L"_s}
        << qint64(240'000) << qint64(0) << 0 << 1;
    QTest::newRow("offline: local sealed, not uploaded")
        << QJsonObject() << local(2, u"dev_a"_s, 2, true) << QStringList{u"2:N:2:2:L"_s}
        << qint64(160'000) << qint64(0) << 0 << 1;
    QTest::newRow("local uploaded, other open")
        << answer({closedCounter(1, u"dev_a"_s, 2, 1), openCounter(2, u"dev_b"_s)})
        << local(1, u"dev_a"_s, 3, true) << QStringList{u"1:U:3:2:L"_s, u"2:O:-1:-1:-"_s}
        << qint64(240'000) << qint64(240'000) << 1 << 1;
    QTest::newRow("local sealed not yet uploaded, other uploaded")
        << answer({openCounter(1, u"dev_a"_s), closedCounter(3, u"dev_c"_s, 4, 0)})
        << local(1, u"dev_a"_s, 2, true) << QStringList{u"1:N:2:2:L"_s, u"3:U:4:4:-"_s}
        << qint64(480'000) << qint64(320'000) << 1 << 1;
    QTest::newRow("backend does not list this counter: appended, sorted")
        << answer({closedCounter(3, u"dev_c"_s, 1, 1), closedCounter(1, u"dev_a"_s, 0, 2)})
        << local(2, u"dev_new"_s, 1, false)
        << QStringList{u"1:U:2:0:-"_s, u"2:O:1:1:L"_s, u"3:U:2:1:-"_s} << qint64(400'000)
        << qint64(320'000) << 2 << 1;
    QTest::newRow("local nothing yet, no preview")
        << answer({openCounter(1, u"dev_a"_s)}) << local(1, u"dev_a"_s, -1, false)
        << QStringList{u"1:O:-1:-1:L"_s} << qint64(0) << qint64(0) << 0 << 1;
}

void TestOfficeDayView::table()
{
    QFETCH(QJsonObject, backend);
    QFETCH(LocalCounterDay, local);
    QFETCH(QStringList, rows);
    QFETCH(qint64, grandRials);
    QFETCH(qint64, uploadedRials);
    QFETCH(int, uploaded);
    QFETCH(int, notUploaded);

    const Result<OfficeDayTable> t = OfficeDayView::build(backend, local, kDay);
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message()));
    QCOMPARE(t->backendReached, !backend.isEmpty());
    QStringList got;
    for (const OfficeDayRow& r : t->rows) {
        const QChar state = r.state == State::Uploaded      ? u'U'
                            : r.state == State::NotUploaded ? u'N'
                                                            : u'O';
        const qint64 fees = r.hasFigures ? r.totals.feeCount : -1;
        const qint64 clerk1 = r.hasFigures ? r.byClerk.value(u"clerk1"_s).feeCount : -1;
        got << QString::number(r.counter) + u':' + state + u':' + QString::number(fees) + u':' +
                   QString::number(clerk1) + u':' + (r.local ? u"L"_s : u"-"_s);
    }
    QCOMPARE(got, rows);
    QCOMPARE(t->grandTotal.net().rials(), grandRials);
    QCOMPARE(t->uploadedTotal.net().rials(), uploadedRials);
    QCOMPARE(t->uploadedCount, uploaded);
    QCOMPARE(t->notUploadedCount, notUploaded);
}

void TestOfficeDayView::malformed_data()
{
    QTest::addColumn<QJsonObject>("backend");
    QJsonObject noClose = closedCounter(1, u"dev_a"_s, 1, 1);
    noClose.remove(u"close"_s);
    QJsonObject badTotals = closedCounter(2, u"dev_b"_s, 1, 1);
    QJsonObject close = badTotals.value(u"close"_s).toObject();
    close.insert(u"totals"_s, QJsonObject{{u"fee_count"_s, u"many"_s}});
    badTotals.insert(u"close"_s, close);
    QJsonObject fraction = openCounter(1, u"dev_a"_s);
    fraction.insert(u"counter"_s, 1.5);

    QTest::newRow("other day") << answer({}, u"2025-03-20"_s);
    QTest::newRow("no counters") << QJsonObject{{u"business_date"_s, u"2025-03-21"_s}};
    QTest::newRow("closed without close") << answer({noClose});
    QTest::newRow("totals not numbers") << answer({badTotals});
    QTest::newRow("fractional counter") << answer({fraction});
    QTest::newRow("this counter twice")
        << answer({openCounter(1, u"dev_a"_s), openCounter(1, u"dev_a"_s)});
}

void TestOfficeDayView::malformed()
{
    QFETCH(QJsonObject, backend);
    const Result<OfficeDayTable> t =
        OfficeDayView::build(backend, local(1, u"dev_a"_s, 1, false), kDay);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code(), u"office_view.malformed"_s);
}

} // namespace pishkhan

QTEST_GUILESS_MAIN(pishkhan::TestOfficeDayView)
#include "tst_office_day_view.moc"
