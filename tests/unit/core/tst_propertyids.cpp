// RenovationCode and RegisteredPlate: fields, not strings, from every way a clerk writes them.

#include <core/PersianText.h>
#include <core/RegisteredPlate.h>
#include <core/RenovationCode.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

class TestPropertyIds : public QObject
{
    Q_OBJECT

private slots:
    void renovationValid_data();
    void renovationValid();
    void renovationInvalid_data();
    void renovationInvalid();
    void renovationFieldsAndDisplay();

    void plateParse_data();
    void plateParse();
    void plateInvalid_data();
    void plateInvalid();
    void plateFromFields_data();
    void plateFromFields();
    void plateDisplayRoundTrip();
};

void TestPropertyIds::renovationValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    const QString c = u"3-12-234-15-1-0-0"_s;
    QTest::newRow("hyphens") << c << c;
    QTest::newRow("slashes") << u"3/12/234/15/1/0/0"_s << c;
    QTest::newRow("spaces") << u"3 12 234 15 1 0 0"_s << c;
    QTest::newRow("mixed separators") << u"3 - 12/234 15-1/0 0"_s << c;
    QTest::newRow("persian digits") << u"۳-۱۲-۲۳۴-۱۵-۱-۰-۰"_s << c;
    QTest::newRow("arabic-indic digits") << u"٣/١٢/٢٣٤/١٥/١/٠/٠"_s << c;
    QTest::newRow("leading zeros") << u"03-012-0234-15-01-00-000"_s << c;
    QTest::newRow("bidi marks and zwnj") << u"\u2066۳\u200C-۱۲-\u200E۲۳۴-۱۵-۱-۰-۰\u2069"_s << c;
    QTest::newRow("en dash and minus") << u"3\u201312\u2212234-15-1-0-0"_s << c;
    QTest::newRow("persian decimal separator") << u"۳٫۱۲٫۲۳۴٫۱۵٫۱٫۰٫۰"_s << c;
    QTest::newRow("surrounding spaces") << u"  1-2-3-4-5-6-7 "_s << u"1-2-3-4-5-6-7"_s;
    QTest::newRow("district 15 shop 3") << u"15-1-1-1-0-0-3"_s << u"15-1-1-1-0-0-3"_s;
}

void TestPropertyIds::renovationValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto code = RenovationCode::parse(input);
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().code()));
    QCOMPARE(code->canonical(), canonical);
    // parse → Persian display → parse gives the same value.
    const auto again = RenovationCode::parse(code->displayPersian());
    QVERIFY(again.ok());
    QVERIFY(*again == *code);
    QCOMPARE(RenovationCode::parse(PersianText::isolateLtr(code->displayPersian()))->canonical(),
             canonical);
}

void TestPropertyIds::renovationInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u" - "_s << u"renovation_code.empty"_s;
    QTest::newRow("six parts") << u"3-12-234-15-1-0"_s << u"renovation_code.parts"_s;
    QTest::newRow("eight parts") << u"3-12-234-15-1-0-0-0"_s << u"renovation_code.parts"_s;
    QTest::newRow("no separators") << u"3122341510"_s << u"renovation_code.parts"_s;
    QTest::newRow("letter") << u"3-12-23a-15-1-0-0"_s << u"renovation_code.characters"_s;
    QTest::newRow("persian letter") << u"۳-۱۲-ب-۱۵-۱-۰-۰"_s << u"renovation_code.characters"_s;
    QTest::newRow("district zero") << u"0-12-234-15-1-0-0"_s << u"renovation_code.district"_s;
    QTest::newRow("part too long")
        << u"3-12-1234567890-15-1-0-0"_s << u"renovation_code.part_length"_s;
}

void TestPropertyIds::renovationInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto code = RenovationCode::parse(input);
    QVERIFY(!code.ok());
    QCOMPARE(code.error().code(), error);
}

void TestPropertyIds::renovationFieldsAndDisplay()
{
    const auto code = RenovationCode::parse(u"۳-۱۲-۲۳۴-۱۵-۱-۰-۷"_s);
    QVERIFY(code.ok());
    QCOMPARE(code->district(), 3);
    QCOMPARE(code->area(), 12);
    QCOMPARE(code->block(), 234);
    QCOMPARE(code->property(), 15);
    QCOMPARE(code->building(), 1);
    QCOMPARE(code->apartment(), 0);
    QCOMPARE(code->shop(), 7);
    QCOMPARE(code->canonical(), u"3-12-234-15-1-0-7"_s);
    QCOMPARE(code->displayPersian(), u"۳-۱۲-۲۳۴-۱۵-۱-۰-۷"_s);
    QCOMPARE(code->masked(), u"3-*-*-*-*-*-*"_s);

    const auto fromParts = RenovationCode::fromParts({3, 12, 234, 15, 1, 0, 7});
    QVERIFY(fromParts.ok());
    QVERIFY(*fromParts == *code);
    QCOMPARE(RenovationCode::fromParts({3, -1, 234, 15, 1, 0, 7}).error().code(),
             u"renovation_code.part_length"_s);
}

void TestPropertyIds::plateParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("main");
    QTest::addColumn<int>("sub");
    QTest::newRow("persian slashes") << u"۱۲/۳۴۵/۶"_s << 12 << 345 << 6;
    QTest::newRow("ascii slashes") << u"12/345/6"_s << 12 << 345 << 6;
    QTest::newRow("hyphens and spaces") << u"12 - 345 - 6"_s << 12 << 345 << 6;
    QTest::newRow("arabic-indic with rlm") << u"\u200F١٢/٣٤٥/٦"_s << 12 << 345 << 6;
    QTest::newRow("labelled, label first") << u"بخش ۵ اصلی ۱۲۳ فرعی ۴"_s << 5 << 123 << 4;
    QTest::newRow("labelled, other order") << u"اصلی ۱۲۳ فرعی ۴ بخش ۵"_s << 5 << 123 << 4;
    QTest::newRow("deed style") << u"پلاک ۴ فرعی از ۱۲۳ اصلی بخش ۵"_s << 5 << 123 << 4;
    QTest::newRow("deed style, section first")
        << u"بخش ۵، پلاک ثبتی ۱۵۸۹ فرعی از ۱۳۲ اصلی"_s << 5 << 132 << 1589;
    QTest::newRow("arabic keyboard letters") << u"بخش ۵ اصلي ۱۲۳ فرعي ۴"_s << 5 << 123 << 4;
    QTest::newRow("own display") << u"بخش ۵، اصلی ۱۲۳، فرعی ۴"_s << 5 << 123 << 4;
    QTest::newRow("english") << u"Section 5, main 123, sub 4"_s << 5 << 123 << 4;
    QTest::newRow("english lower") << u"sub 4 main 123 section 5"_s << 5 << 123 << 4;
    // Land with a main plate only.
    QTest::newRow("no sub plate") << u"بخش ۵ اصلی ۱۲۳"_s << 5 << 123 << 0;
    QTest::newRow("no sub plate, deed style") << u"پلاک ۱۳۲ اصلی بخش ۵"_s << 5 << 132 << 0;
    QTest::newRow("bare zero sub") << u"5/123/0"_s << 5 << 123 << 0;
}

void TestPropertyIds::plateParse()
{
    QFETCH(QString, input);
    QFETCH(int, section);
    QFETCH(int, main);
    QFETCH(int, sub);
    const auto plate = RegisteredPlate::parse(input);
    QVERIFY2(plate.ok(), qPrintable(plate.ok() ? QString() : plate.error().code()));
    QCOMPARE(plate->section(), section);
    QCOMPARE(plate->mainPlate(), main);
    QCOMPARE(plate->subPlate(), sub);
}

void TestPropertyIds::plateInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u" \u200E"_s << u"plate.empty"_s;
    QTest::newRow("two numbers") << u"۱۲۳/۴"_s << u"plate.missing"_s;
    QTest::newRow("four numbers") << u"1/2/3/4"_s << u"plate.shape"_s;
    QTest::newRow("no main") << u"بخش ۵ فرعی ۴"_s << u"plate.missing"_s;
    QTest::newRow("no section") << u"۱۲۳ اصلی ۴ فرعی"_s << u"plate.missing"_s;
    QTest::newRow("label twice") << u"بخش ۵ بخش ۶ اصلی ۱۲۳ فرعی ۴"_s << u"plate.shape"_s;
    QTest::newRow("stray number") << u"بخش ۵ اصلی ۱۲۳ فرعی ۴ ۹"_s << u"plate.shape"_s;
    QTest::newRow("unknown word") << u"بخش ۵ اصلی ۱۲۳ قطعه ۴"_s << u"plate.shape"_s;
    QTest::newRow("label without number") << u"بخش ۵ اصلی فرعی ۴"_s << u"plate.shape"_s;
    QTest::newRow("zero section") << u"0/123/4"_s << u"plate.section"_s;
    QTest::newRow("huge number") << u"5/1234567890/4"_s << u"plate.shape"_s;
}

void TestPropertyIds::plateInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto plate = RegisteredPlate::parse(input);
    QVERIFY(!plate.ok());
    QCOMPARE(plate.error().code(), error);
}

void TestPropertyIds::plateFromFields_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("main");
    QTest::addColumn<QString>("sub");
    QTest::addColumn<QString>("error"); // empty when valid
    QTest::newRow("ascii") << u"5"_s << u"123"_s << u"4"_s << QString();
    QTest::newRow("persian") << u"۵"_s << u"۱۲۳"_s << u"۴"_s << QString();
    QTest::newRow("arabic-indic and marks")
        << u"\u200E٥"_s << u" ١٢٣ "_s << u"٤\u200C"_s << QString();
    QTest::newRow("leading zeros") << u"05"_s << u"0123"_s << u"004"_s << QString();
    QTest::newRow("empty section") << QString() << u"123"_s << u"4"_s << u"plate.section"_s;
    QTest::newRow("bad main") << u"5"_s << u"12a"_s << u"4"_s << u"plate.main"_s;
    QTest::newRow("slash in sub") << u"5"_s << u"123"_s << u"4/1"_s << u"plate.sub"_s;
    QTest::newRow("zero main") << u"5"_s << u"0"_s << u"4"_s << u"plate.main"_s;
    QTest::newRow("empty main") << u"5"_s << u" "_s << u"4"_s << u"plate.main"_s;
}

void TestPropertyIds::plateFromFields()
{
    QFETCH(QString, section);
    QFETCH(QString, main);
    QFETCH(QString, sub);
    QFETCH(QString, error);
    const auto plate = RegisteredPlate::fromFields(section, main, sub);
    if (!error.isEmpty()) {
        QVERIFY(!plate.ok());
        QCOMPARE(plate.error().code(), error);
        return;
    }
    QVERIFY2(plate.ok(), qPrintable(plate.ok() ? QString() : plate.error().code()));
    QCOMPARE(plate->section(), 5);
    QCOMPARE(plate->mainPlate(), 123);
    QCOMPARE(plate->subPlate(), 4);
}

void TestPropertyIds::plateDisplayRoundTrip()
{
    const auto plate = RegisteredPlate::fromParts(5, 123, 4);
    QVERIFY(plate.ok());
    QCOMPARE(plate->displayPersian(), u"بخش ۵، اصلی ۱۲۳، فرعی ۴"_s);
    QCOMPARE(plate->display(), u"Section 5, main 123, sub 4"_s);
    QCOMPARE(plate->masked(), u"section 5, main ***, sub ***"_s);
    QVERIFY(!plate->displayPersian().contains(u'/'));
    for (const QString& shown : {plate->displayPersian(), plate->display()}) {
        const auto again = RegisteredPlate::parse(shown);
        QVERIFY(again.ok());
        QVERIFY(*again == *plate);
    }
    QVERIFY(!(*plate == *RegisteredPlate::fromParts(5, 4, 123)));

    // Without a sub plate: the sub part is left out, and parsing gives it back as 0.
    const auto landOnly = RegisteredPlate::fromFields(u"۵"_s, u"۱۲۳"_s, QString());
    QVERIFY(landOnly.ok());
    QVERIFY(!landOnly->hasSubPlate());
    QCOMPARE(landOnly->subPlate(), 0);
    QCOMPARE(landOnly->displayPersian(), u"بخش ۵، اصلی ۱۲۳"_s);
    QCOMPARE(landOnly->display(), u"Section 5, main 123"_s);
    QVERIFY(*RegisteredPlate::parse(landOnly->displayPersian()) == *landOnly);
    QVERIFY(*RegisteredPlate::parse(landOnly->display()) == *landOnly);
    QCOMPARE(RegisteredPlate::fromParts(5, 123, -1).error().code(), u"plate.sub"_s);
}

QTEST_GUILESS_MAIN(TestPropertyIds)
#include "tst_propertyids.moc"
