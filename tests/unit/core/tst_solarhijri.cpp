// SolarHijri: Jalali formatting through the Persian locale, parsing, office-local days.

#include <core/PersianText.h>
#include <core/SolarHijri.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {
// Iran has kept +03:30 all year since 2022; a fixed-offset zone keeps these tests independent
// of the machine's tzdata, and one test checks Asia/Tehran itself.
const QTimeZone kIranStandard(3 * 3600 + 30 * 60);
} // namespace

class TestSolarHijri : public QObject
{
    Q_OBJECT

private slots:
    void knownPairs_data();
    void knownPairs();
    void leapYears_data();
    void leapYears();
    void parseInvalid_data();
    void parseInvalid();
    void parseVariants_data();
    void parseVariants();
    void monthNames();
    void longForms();
    void dateTimeInOfficeZone();
    void businessDay_data();
    void businessDay();
    void tehranZone();
};

void TestSolarHijri::knownPairs_data()
{
    QTest::addColumn<QString>("jalali");
    QTest::addColumn<QDate>("gregorian");
    QTest::newRow("1360/05/26") << u"1360/05/26"_s << QDate(1981, 8, 17);
    QTest::newRow("1391/10/21") << u"1391/10/21"_s << QDate(2013, 1, 10);
    QTest::newRow("1399/12/20") << u"1399/12/20"_s << QDate(2021, 3, 10);
    QTest::newRow("1403/01/01") << u"1403/01/01"_s << QDate(2024, 3, 20);
    QTest::newRow("1404/01/01") << u"1404/01/01"_s << QDate(2025, 3, 21);
    QTest::newRow("1405/09/07") << u"1405/09/07"_s << QDate(2026, 11, 28);
}

void TestSolarHijri::knownPairs()
{
    QFETCH(QString, jalali);
    QFETCH(QDate, gregorian);
    QCOMPARE(SolarHijri::formatDate(gregorian, SolarHijri::Digits::Latin), jalali);
    const QString persian = SolarHijri::formatDate(gregorian);
    QCOMPARE(persian, PersianText::toPersianDigits(jalali));
    // Both digit sets parse back to the same day.
    QCOMPARE(SolarHijri::parse(jalali).valueOr(QDate()), gregorian);
    QCOMPARE(SolarHijri::parse(persian).valueOr(QDate()), gregorian);
}

void TestSolarHijri::leapYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");
    for (const int y : {1395, 1399, 1403, 1408})
        QTest::addRow("%d leap", y) << y << true;
    for (const int y : {1393, 1394, 1400, 1404, 1405})
        QTest::addRow("%d common", y) << y << false;
}

void TestSolarHijri::leapYears()
{
    QFETCH(int, year);
    QFETCH(bool, leap);
    QCOMPARE(SolarHijri::calendar().isLeapYear(year), leap);
    const QString esfand30 = QString::number(year) + u"/12/30"_s;
    const auto parsed = SolarHijri::parse(esfand30);
    QCOMPARE(parsed.ok(), leap);
    if (leap) {
        // The 30th of Esfand is the day before the next Nowruz.
        QCOMPARE(parsed->addDays(1),
                 *SolarHijri::parse(QString(QString::number(year + 1) + u"/01/01"_s)));
        QCOMPARE(SolarHijri::formatDate(*parsed, SolarHijri::Digits::Latin), esfand30);
    } else {
        QCOMPARE(parsed.error().code(), u"jalali.nonexistent"_s);
    }
}

void TestSolarHijri::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("1393/12/30") << u"1393/12/30"_s << u"jalali.nonexistent"_s;
    QTest::newRow("persian 1393/12/30") << u"۱۳۹۳/۱۲/۳۰"_s << u"jalali.nonexistent"_s;
    QTest::newRow("month 13") << u"1405/13/01"_s << u"jalali.nonexistent"_s;
    QTest::newRow("day 0") << u"1405/01/00"_s << u"jalali.nonexistent"_s;
    QTest::newRow("mehr 31") << u"1405/07/31"_s << u"jalali.nonexistent"_s;
    QTest::newRow("two fields") << u"1405/09"_s << u"jalali.shape"_s;
    QTest::newRow("day first") << u"07/09/1405"_s << u"jalali.shape"_s;
    QTest::newRow("two-digit year") << u"05/09/07"_s << u"jalali.shape"_s;
    QTest::newRow("letters") << u"1405/آذر/07"_s << u"jalali.shape"_s;
    QTest::newRow("empty") << u" \u200F"_s << u"jalali.empty"_s;
}

void TestSolarHijri::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto date = SolarHijri::parse(input);
    QVERIFY(!date.ok());
    QCOMPARE(date.error().code(), error);
}

void TestSolarHijri::parseVariants_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("latin") << u"1405/09/07"_s;
    QTest::newRow("persian") << u"۱۴۰۵/۰۹/۰۷"_s;
    QTest::newRow("arabic-indic") << u"١٤٠٥/٠٩/٠٧"_s;
    QTest::newRow("unpadded") << u"۱۴۰۵/۹/۷"_s;
    QTest::newRow("hyphens") << u"1405-09-07"_s;
    QTest::newRow("persian decimal separator") << u"۱۴۰۵٫۹٫۷"_s;
    QTest::newRow("bidi marks and spaces") << u"\u2066 ۱۴۰۵ / ۰۹ / ۰۷ \u2069"_s;
}

void TestSolarHijri::parseVariants()
{
    QFETCH(QString, input);
    const auto date = SolarHijri::parse(input);
    QVERIFY2(date.ok(), qPrintable(date.ok() ? QString() : date.error().code()));
    QCOMPARE(*date, QDate(2026, 11, 28));
}

void TestSolarHijri::monthNames()
{
    const QStringList expected = {u"فروردین"_s, u"اردیبهشت"_s, u"خرداد"_s, u"تیر"_s,
                                  u"مرداد"_s,   u"شهریور"_s,   u"مهر"_s,   u"آبان"_s,
                                  u"آذر"_s,     u"دی"_s,       u"بهمن"_s,  u"اسفند"_s};
    for (int m = 1; m <= 12; ++m)
        QCOMPARE(SolarHijri::monthName(m), expected.at(m - 1));
    QVERIFY(SolarHijri::monthName(0).isEmpty());
    QVERIFY(SolarHijri::monthName(13).isEmpty());
}

void TestSolarHijri::longForms()
{
    const QDate day(2026, 11, 28);
    QCOMPARE(SolarHijri::formatLongDate(day), u"۷ آذر ۱۴۰۵"_s);
    QCOMPARE(SolarHijri::formatLongDateWithWeekday(day), u"شنبه ۷ آذر ۱۴۰۵"_s);
    QCOMPARE(SolarHijri::formatLongDate(QDate(2024, 3, 20)), u"۱ فروردین ۱۴۰۳"_s);
    // The trap: QDate::toString with a calendar uses the C locale and Latin month names.
    QVERIFY(!SolarHijri::formatLongDate(day).contains(u"Azar"_s));
    QVERIFY(SolarHijri::formatDate(QDate()).isEmpty());
    const auto parts = SolarHijri::parts(day);
    QCOMPARE(parts.year, 1405);
    QCOMPARE(parts.month, 9);
    QCOMPARE(parts.day, 7);
}

void TestSolarHijri::dateTimeInOfficeZone()
{
    // 2026-11-28T10:35:00Z is 14:05 in Iran.
    const QDateTime utc(QDate(2026, 11, 28), QTime(10, 35), QTimeZone::utc());
    QCOMPARE(SolarHijri::formatDateTime(utc, kIranStandard), u"۱۴۰۵/۰۹/۰۷ ۱۴:۰۵"_s);
    QCOMPARE(SolarHijri::formatDateTime(utc, kIranStandard, SolarHijri::Digits::Latin),
             u"1405/09/07 14:05"_s);
    QCOMPARE(
        SolarHijri::formatEpoch(utc.toMSecsSinceEpoch(), kIranStandard, SolarHijri::Digits::Latin),
        u"1405/09/07 14:05"_s);
    QVERIFY(SolarHijri::formatDateTime(QDateTime(), kIranStandard).isEmpty());
}

void TestSolarHijri::businessDay_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QDate>("officeDay");
    // 20:29:59Z is 23:59:59 in Iran: still the same day.
    QTest::newRow("last second of 1405/09/07")
        << QDateTime(QDate(2026, 11, 28), QTime(20, 29, 59), QTimeZone::utc())
        << QDate(2026, 11, 28);
    // 20:30Z is midnight in Iran: the UTC date lags one day behind.
    QTest::newRow("office midnight")
        << QDateTime(QDate(2026, 11, 28), QTime(20, 30), QTimeZone::utc()) << QDate(2026, 11, 29);
    // Nowruz 1403 begins at 20:30Z on 2024-03-19.
    QTest::newRow("nowruz 1403 at 00:30 local")
        << QDateTime(QDate(2024, 3, 19), QTime(21, 0), QTimeZone::utc()) << QDate(2024, 3, 20);
}

void TestSolarHijri::businessDay()
{
    QFETCH(QDateTime, utc);
    QFETCH(QDate, officeDay);
    QCOMPARE(SolarHijri::businessDay(utc, kIranStandard), officeDay);
    QCOMPARE(SolarHijri::businessDay(utc.toMSecsSinceEpoch(), kIranStandard), officeDay);
}

void TestSolarHijri::tehranZone()
{
    const QTimeZone tehran = SolarHijri::officeTimeZone();
    // Business days depend on it, so a machine without it is a failed test, not a skipped one
    // (installer/install-deps.sh installs tzdata).
    QVERIFY2(tehran.isValid(), "Asia/Tehran is not in this machine's time zone database");
    // No daylight saving since 1401 (2022): +03:30 in summer as in winter.
    const QDateTime summer(QDate(2025, 7, 1), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(tehran.offsetFromUtc(summer), 12'600);
    const QDateTime nowruz(QDate(2024, 3, 19), QTime(21, 0), QTimeZone::utc());
    QCOMPARE(SolarHijri::formatDate(SolarHijri::businessDay(nowruz, tehran)), u"۱۴۰۳/۰۱/۰۱"_s);
}

QTEST_GUILESS_MAIN(TestSolarHijri)
#include "tst_solarhijri.moc"
