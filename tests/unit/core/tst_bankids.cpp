// CardNumber and Sheba against every vector of shared/domain/identifiers.md.

#include "InputVariants.h"

#include <core/CardNumber.h>
#include <core/PersianText.h>
#include <core/Sheba.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using pishkhan::test::inputVariants;

class TestBankIds : public QObject
{
    Q_OBJECT

private slots:
    void cardValid_data();
    void cardValid();
    void cardInvalid_data();
    void cardInvalid();
    void cardDisplayAndMask();
    void cardBank_data();
    void cardBank();

    void shebaValid_data();
    void shebaValid();
    void shebaInvalid_data();
    void shebaInvalid();
    void shebaDisplayAndMask();
};

static const QStringList kCardValid = {u"6037701689095443"_s, u"6219861034529007"_s};
static const QStringList kShebaValid = {u"IR820540102680020817909002"_s,
                                        u"IR550570022080013447370101"_s};

void TestBankIds::cardValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    for (const QString& v : kCardValid) {
        for (const auto& variant : inputVariants(v))
            QTest::addRow("%s/%s", qPrintable(v), variant.name) << variant.text << v;
    }
    QTest::newRow("hyphen groups") << u"6037-7016-8909-5443"_s << u"6037701689095443"_s;
    QTest::newRow("persian hyphen groups") << u"۶۰۳۷-۷۰۱۶-۸۹۰۹-۵۴۴۳"_s << u"6037701689095443"_s;
}

void TestBankIds::cardValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto card = CardNumber::parse(input);
    QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().code()));
    QCOMPARE(card->canonical(), canonical);
    // Round trip through both displays.
    QCOMPARE(CardNumber::parse(card->displayPersian())->canonical(), canonical);
    QCOMPARE(CardNumber::parse(card->display())->canonical(), canonical);
}

void TestBankIds::cardInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("6219861034529008") << u"6219861034529008"_s << u"card.checksum"_s;
    QTest::newRow("persian checksum") << u"۶۲۱۹۸۶۱۰۳۴۵۲۹۰۰۸"_s << u"card.checksum"_s;
    QTest::newRow("15 digits") << u"621986103452900"_s << u"card.length"_s;
    QTest::newRow("19 digits") << u"6219861034529007000"_s << u"card.length"_s;
    QTest::newRow("letters") << u"62198610345290O7"_s << u"card.characters"_s;
    QTest::newRow("empty") << u"  "_s << u"card.empty"_s;
}

void TestBankIds::cardInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto card = CardNumber::parse(input);
    QVERIFY(!card.ok());
    QCOMPARE(card.error().code(), error);
}

void TestBankIds::cardDisplayAndMask()
{
    const auto card = CardNumber::parse(u"6037701689095443"_s);
    QVERIFY(card.ok());
    QCOMPARE(card->display(), u"6037-7016-8909-5443"_s);
    QCOMPARE(card->displayPersian(), u"۶۰۳۷-۷۰۱۶-۸۹۰۹-۵۴۴۳"_s);
    QCOMPARE(card->masked(), u"6037-70**-****-5443"_s);
    QVERIFY(!card->masked().contains(u"1689"_s));
}

void TestBankIds::cardBank_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");
    QTest::newRow("keshavarzi") << u"6037701689095443"_s << u"keshavarzi"_s;
    QTest::newRow("saman") << u"6219861034529007"_s << u"saman"_s;
    QTest::newRow("unknown") << u"4111111111111111"_s << QString();
}

void TestBankIds::cardBank()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    const auto card = CardNumber::parse(input);
    QVERIFY(card.ok());
    QCOMPARE(card->bankKey(), key);
    QCOMPARE(card->bankName().isEmpty(), key.isEmpty());
}

void TestBankIds::shebaValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    for (const QString& v : kShebaValid) {
        for (const auto& variant : inputVariants(v))
            QTest::addRow("%s/%s", qPrintable(v), variant.name) << variant.text << v;
        QTest::addRow("%s/lowercase", qPrintable(v)) << v.toLower() << v;
        QTest::addRow("%s/no IR", qPrintable(v)) << v.mid(2) << v;
        QTest::addRow("%s/persian no IR", qPrintable(v))
            << PersianText::toPersianDigits(v.mid(2)) << v;
    }
    QTest::newRow("printed groups") << u"IR82 0540 1026 8002 0817 9090 02"_s << kShebaValid.at(0);
}

void TestBankIds::shebaValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto sheba = Sheba::parse(input);
    QVERIFY2(sheba.ok(), qPrintable(sheba.ok() ? QString() : sheba.error().code()));
    QCOMPARE(sheba->canonical(), canonical);
    QCOMPARE(Sheba::parse(sheba->displayPersian())->canonical(), canonical);
    QCOMPARE(Sheba::parse(sheba->display())->canonical(), canonical);
}

void TestBankIds::shebaInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("IR012345678901234567890123")
        << u"IR012345678901234567890123"_s << u"sheba.checksum"_s;
    QTest::newRow("one digit off") << u"IR820540102680020817909003"_s << u"sheba.checksum"_s;
    QTest::newRow("swapped digits") << u"IR820540102680020817909020"_s << u"sheba.checksum"_s;
    QTest::newRow("other country") << u"DE89370400440532013000"_s << u"sheba.country"_s;
    QTest::newRow("short") << u"IR82054010268002081790900"_s << u"sheba.length"_s;
    QTest::newRow("long") << u"IR8205401026800208179090021"_s << u"sheba.length"_s;
    QTest::newRow("letter inside") << u"IR82054010268002081790900A"_s << u"sheba.characters"_s;
    QTest::newRow("empty") << QString() << u"sheba.empty"_s;
}

void TestBankIds::shebaInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto sheba = Sheba::parse(input);
    QVERIFY(!sheba.ok());
    QCOMPARE(sheba.error().code(), error);
}

void TestBankIds::shebaDisplayAndMask()
{
    const auto sheba = Sheba::parse(u"IR820540102680020817909002"_s);
    QVERIFY(sheba.ok());
    QCOMPARE(sheba->display(), u"IR82 0540 1026 8002 0817 9090 02"_s);
    QCOMPARE(sheba->displayPersian(), u"IR۸۲ ۰۵۴۰ ۱۰۲۶ ۸۰۰۲ ۰۸۱۷ ۹۰۹۰ ۰۲"_s);
    QCOMPARE(sheba->masked(), u"IR82 **** **** **** **** **90 02"_s);
}

QTEST_GUILESS_MAIN(TestBankIds)
#include "tst_bankids.moc"
