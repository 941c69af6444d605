// NationalCode, LegalEntityId, MobileNumber, PostalCode against every vector of
// shared/domain/identifiers.md, in every input variant a counter produces.

#include "InputVariants.h"

#include <core/LegalEntityId.h>
#include <core/MobileNumber.h>
#include <core/NationalCode.h>
#include <core/PersianText.h>
#include <core/PostalCode.h>

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using pishkhan::test::inputVariants;

namespace {

// One row per (vector, variant), so a failure names the exact input shape.
void addValidRows(const QStringList& vectors, const std::function<QString(const QString&)>& canon)
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    for (const QString& v : vectors) {
        for (const auto& variant : inputVariants(v))
            QTest::addRow("%s/%s", qPrintable(v), variant.name) << variant.text << canon(v);
    }
}

} // namespace

class TestPersonIds : public QObject
{
    Q_OBJECT

private slots:
    void nationalCodeValid_data();
    void nationalCodeValid();
    void nationalCodeInvalid_data();
    void nationalCodeInvalid();
    void nationalCodeRoundTrip_data();
    void nationalCodeRoundTrip();
    void nationalCodeMasked();

    void legalEntityValid_data();
    void legalEntityValid();
    void legalEntityInvalid_data();
    void legalEntityInvalid();
    void legalEntityRoundTrip();

    void mobileValid_data();
    void mobileValid();
    void mobileInvalid_data();
    void mobileInvalid();
    void mobileRoundTripAndMask();

    void postalValid_data();
    void postalValid();
    void postalInvalid_data();
    void postalInvalid();
    void postalRoundTrip();

    void errorsCarryTranslatableText();
};

// ---------------------------------------------------------------- national code

static const QStringList kNationalValid = {
    u"0499370899"_s, u"0790419904"_s, u"0084575948"_s, u"0963695398"_s, u"0684159414"_s,
    u"0067749828"_s, u"0650451252"_s, u"1583250689"_s, u"4032152314"_s, u"0076229645"_s,
    u"4400276201"_s, u"2540201288"_s, u"7400076205"_s, u"7340416501"_s, u"68415941"_s};

void TestPersonIds::nationalCodeValid_data()
{
    addValidRows(kNationalValid, [](const QString& v) { return v.rightJustified(10, u'0'); });
    // Hyphenated as some old cards print it.
    QTest::newRow("hyphenated") << u"049-937089-9"_s << u"0499370899"_s;
}

void TestPersonIds::nationalCodeValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto code = NationalCode::parse(input);
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().code()));
    QCOMPARE(code->canonical(), canonical);
    QVERIFY(NationalCode::isValid(input));
}

void TestPersonIds::nationalCodeInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    // Vectors from identifiers.md.
    QTest::newRow("0000000000") << u"0000000000"_s << u"national_code.repeated"_s;
    QTest::newRow("3333333333") << u"3333333333"_s << u"national_code.repeated"_s;
    QTest::newRow("9999999999") << u"9999999999"_s << u"national_code.repeated"_s;
    QTest::newRow("4271427685") << u"4271427685"_s << u"national_code.checksum"_s;
    QTest::newRow("0200203041") << u"0200203041"_s << u"national_code.checksum"_s;
    QTest::newRow("0684159415") << u"0684159415"_s << u"national_code.checksum"_s;
    QTest::newRow("1234567890") << u"1234567890"_s << u"national_code.checksum"_s;
    QTest::newRow("12345678") << u"12345678"_s << u"national_code.checksum"_s;
    QTest::newRow("0010000000") << u"0010000000"_s << u"national_code.middle_zeros"_s;
    QTest::newRow("000123456") << u"000123456"_s << u"national_code.checksum"_s;
    QTest::newRow("9990419904") << u"9990419904"_s << u"national_code.checksum"_s;
    // Shapes.
    QTest::newRow("empty") << QString() << u"national_code.empty"_s;
    QTest::newRow("only marks") << u"\u200E \u200C\u2066\u2069"_s << u"national_code.empty"_s;
    QTest::newRow("7 digits") << u"1234567"_s << u"national_code.length"_s;
    QTest::newRow("11 digits") << u"04993708990"_s << u"national_code.length"_s;
    QTest::newRow("letter") << u"04993708a9"_s << u"national_code.characters"_s;
    QTest::newRow("persian repeated") << u"۱۱۱۱۱۱۱۱۱۱"_s << u"national_code.repeated"_s;
    QTest::newRow("persian checksum") << u"۰۶۸۴۱۵۹۴۱۵"_s << u"national_code.checksum"_s;
}

void TestPersonIds::nationalCodeInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto code = NationalCode::parse(input);
    QVERIFY(!code.ok());
    QCOMPARE(code.error().code(), error);
    QVERIFY(!NationalCode::isValid(input));
}

void TestPersonIds::nationalCodeRoundTrip_data()
{
    QTest::addColumn<QString>("input");
    for (const QString& v : kNationalValid)
        QTest::newRow(qPrintable(v)) << v;
}

void TestPersonIds::nationalCodeRoundTrip()
{
    QFETCH(QString, input);
    const auto first = NationalCode::parse(input);
    QVERIFY(first.ok());
    const QString shown = first->displayPersian();
    QCOMPARE(PersianText::foldDigits(shown), first->canonical());
    const auto again = NationalCode::parse(shown);
    QVERIFY(again.ok());
    QCOMPARE(again->canonical(), first->canonical());
    QVERIFY(*again == *first);
    // The isolated form put into Persian sentences parses too.
    QCOMPARE(NationalCode::parse(PersianText::isolateLtr(shown))->canonical(), first->canonical());
}

void TestPersonIds::nationalCodeMasked()
{
    const auto code = NationalCode::parse(u"0499370899"_s);
    QVERIFY(code.ok());
    QCOMPARE(code->masked(), u"******0899"_s);
    QCOMPARE(code->displayPersian(), u"۰۴۹۹۳۷۰۸۹۹"_s);
    QVERIFY(!(*code == *NationalCode::parse(u"0790419904"_s)));
}

// ---------------------------------------------------------------- legal entity id

static const QStringList kLegalValid = {u"10380284790"_s, u"10100387143"_s, u"77111986110"_s,
                                        u"18061055669"_s, u"15292247120"_s, u"42118547230"_s};

void TestPersonIds::legalEntityValid_data()
{
    addValidRows(kLegalValid, [](const QString& v) { return v; });
}

void TestPersonIds::legalEntityValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto id = LegalEntityId::parse(input);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().code()));
    QCOMPARE(id->canonical(), canonical);
}

void TestPersonIds::legalEntityInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("10380284792") << u"10380284792"_s << u"legal_entity_id.checksum"_s;
    QTest::newRow("10380285692") << u"10380285692"_s << u"legal_entity_id.checksum"_s;
    QTest::newRow("09748208301") << u"09748208301"_s << u"legal_entity_id.checksum"_s;
    QTest::newRow("11111111111") << u"11111111111"_s << u"legal_entity_id.checksum"_s;
    QTest::newRow("84735069516") << u"84735069516"_s << u"legal_entity_id.checksum"_s;
    QTest::newRow("65399567978") << u"65399567978"_s << u"legal_entity_id.checksum"_s;
    QTest::newRow("all zero") << u"00000000000"_s << u"legal_entity_id.zero"_s;
    QTest::newRow("middle zeros") << u"10300000071"_s << u"legal_entity_id.middle_zeros"_s;
    QTest::newRow("10 digits") << u"1038028479"_s << u"legal_entity_id.length"_s;
    QTest::newRow("letters") << u"1038028479x"_s << u"legal_entity_id.characters"_s;
    QTest::newRow("empty") << u" "_s << u"legal_entity_id.empty"_s;
}

void TestPersonIds::legalEntityInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto id = LegalEntityId::parse(input);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code(), error);
}

void TestPersonIds::legalEntityRoundTrip()
{
    for (const QString& v : kLegalValid) {
        const auto id = LegalEntityId::parse(v);
        QVERIFY(id.ok());
        const auto again = LegalEntityId::parse(id->displayPersian());
        QVERIFY(again.ok());
        QCOMPARE(again->canonical(), v);
    }
    QCOMPARE(LegalEntityId::parse(u"10380284790"_s)->masked(), u"103*****790"_s);
}

// ---------------------------------------------------------------- mobile

void TestPersonIds::mobileValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    const QString c = u"09022002580"_s;
    // Vectors from identifiers.md.
    QTest::newRow("09022002580") << u"09022002580"_s << c;
    QTest::newRow("+989022002580") << u"+989022002580"_s << c;
    QTest::newRow("989022002580") << u"989022002580"_s << c;
    QTest::newRow("00989022002580") << u"00989022002580"_s << c;
    QTest::newRow("9022002580") << u"9022002580"_s << c;
    QTest::newRow("persian 09123456789") << u"۰۹۱۲۳۴۵۶۷۸۹"_s << u"09123456789"_s;
    QTest::newRow("09802002580 (unknown prefix, right shape)")
        << u"09802002580"_s << u"09802002580"_s;
    // Every prefix form in every input variant.
    for (const QString& form : {u"09022002580"_s, u"+989022002580"_s, u"989022002580"_s,
                                u"00989022002580"_s, u"9022002580"_s}) {
        for (const auto& variant : inputVariants(form))
            QTest::addRow("%s/%s", qPrintable(form), variant.name) << variant.text << c;
    }
    QTest::newRow("formatted") << u"+98 (902) 200-2580"_s << c;
    QTest::newRow("persian +98") << u"+۹۸ ۹۰۲ ۲۰۰ ۲۵۸۰"_s << c;
}

void TestPersonIds::mobileValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto mobile = MobileNumber::parse(input);
    QVERIFY2(mobile.ok(), qPrintable(mobile.ok() ? QString() : mobile.error().code()));
    QCOMPARE(mobile->canonical(), canonical);
}

void TestPersonIds::mobileInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("08123456789") << u"08123456789"_s << u"mobile.shape"_s;
    QTest::newRow("0980200") << u"0980200"_s << u"mobile.shape"_s;
    QTest::newRow("0912345678") << u"0912345678"_s << u"mobile.shape"_s;
    QTest::newRow("091234567890") << u"091234567890"_s << u"mobile.shape"_s;
    QTest::newRow("+99 prefix") << u"+999022002580"_s << u"mobile.shape"_s;
    QTest::newRow("+0098") << u"+00989022002580"_s << u"mobile.shape"_s;
    QTest::newRow("letter") << u"0902200258o"_s << u"mobile.shape"_s;
    QTest::newRow("landline") << u"03132221234"_s << u"mobile.shape"_s;
    QTest::newRow("empty") << u"\u200F"_s << u"mobile.empty"_s;
}

void TestPersonIds::mobileInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto mobile = MobileNumber::parse(input);
    QVERIFY(!mobile.ok());
    QCOMPARE(mobile.error().code(), error);
}

void TestPersonIds::mobileRoundTripAndMask()
{
    const auto mobile = MobileNumber::parse(u"+989123456789"_s);
    QVERIFY(mobile.ok());
    QCOMPARE(mobile->canonical(), u"09123456789"_s);
    QCOMPARE(mobile->international(), u"+989123456789"_s);
    QCOMPARE(mobile->displayPersian(), u"۰۹۱۲۳۴۵۶۷۸۹"_s);
    QCOMPARE(mobile->masked(), u"*******6789"_s);
    const auto again = MobileNumber::parse(mobile->displayPersian());
    QVERIFY(again.ok());
    QVERIFY(*again == *mobile);
    QCOMPARE(MobileNumber::parse(mobile->international())->canonical(), mobile->canonical());
}

// ---------------------------------------------------------------- postal code

void TestPersonIds::postalValid_data()
{
    addValidRows({u"1193653471"_s, u"3354355599"_s}, [](const QString& v) { return v; });
    QTest::newRow("hyphenated") << u"11936-53471"_s << u"1193653471"_s;
    QTest::newRow("persian hyphenated") << u"۱۱۹۳۶-۵۳۴۷۱"_s << u"1193653471"_s;
}

void TestPersonIds::postalValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto code = PostalCode::parse(input);
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().code()));
    QCOMPARE(code->canonical(), canonical);
}

void TestPersonIds::postalInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("1111111111") << u"1111111111"_s << u"postal_code.repeated"_s;
    QTest::newRow("0423437584") << u"0423437584"_s << u"postal_code.shape"_s;
    QTest::newRow("142386473") << u"142386473"_s << u"postal_code.length"_s;
    QTest::newRow("four equal first") << u"3333655599"_s << u"postal_code.shape"_s;
    QTest::newRow("2 in first four") << u"1293653471"_s << u"postal_code.shape"_s;
    QTest::newRow("5 in fifth") << u"1193553471"_s << u"postal_code.shape"_s;
    QTest::newRow("2 in last five") << u"1193652471"_s << u"postal_code.shape"_s;
    QTest::newRow("last four 0000") << u"1193650000"_s << u"postal_code.shape"_s;
    QTest::newRow("letters") << u"11936S3471"_s << u"postal_code.characters"_s;
    QTest::newRow("empty") << QString() << u"postal_code.empty"_s;
}

void TestPersonIds::postalInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto code = PostalCode::parse(input);
    QVERIFY(!code.ok());
    QCOMPARE(code.error().code(), error);
}

void TestPersonIds::postalRoundTrip()
{
    const auto code = PostalCode::parse(u"1193653471"_s);
    QVERIFY(code.ok());
    QCOMPARE(code->display(), u"11936-53471"_s);
    QCOMPARE(code->displayPersian(), u"۱۱۹۳۶-۵۳۴۷۱"_s);
    QCOMPARE(code->masked(), u"11936-*****"_s);
    QCOMPARE(PostalCode::parse(code->displayPersian())->canonical(), code->canonical());
    QCOMPARE(PostalCode::parse(code->display())->canonical(), code->canonical());
}

void TestPersonIds::errorsCarryTranslatableText()
{
    const auto code = NationalCode::parse(u"123"_s);
    QVERIFY(!code.ok());
    QCOMPARE(code.error().sourceText(), "National code must be 10 digits.");
    QCOMPARE(code.error().userMessage(), u"National code must be 10 digits."_s);
    // Nothing the clerk typed may leak into an error (errors end up in logs).
    const auto bad = NationalCode::parse(u"0684159415"_s);
    QVERIFY(!bad.error().message().contains(u"0684159415"_s));
    QVERIFY(!MobileNumber::parse(u"0812345678"_s).error().message().contains(u"0812345678"_s));
}

QTEST_GUILESS_MAIN(TestPersonIds)
#include "tst_personids.moc"
