// PersianText: digit folding, identifier cleaning, normalisation, bidi isolation.

#include <core/PersianText.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

class TestPersianText : public QObject
{
    Q_OBJECT

private slots:
    void foldDigits_data();
    void foldDigits();
    void toPersianDigits_data();
    void toPersianDigits();
    void cleanIdentifier_data();
    void cleanIdentifier();
    void normalize_data();
    void normalize();
    void comparisonKey_data();
    void comparisonKey();
    void isolateLtr();
    void isAsciiDigits();
};

void TestPersianText::foldDigits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("persian") << u"۰۱۲۳۴۵۶۷۸۹"_s << u"0123456789"_s;
    QTest::newRow("arabic-indic") << u"٠١٢٣٤٥٦٧٨٩"_s << u"0123456789"_s;
    QTest::newRow("ascii unchanged") << u"0123456789"_s << u"0123456789"_s;
    QTest::newRow("mixed with text") << u"کوچه ۱۲ پلاک ٣4"_s << u"کوچه 12 پلاک 34"_s;
    QTest::newRow("marks kept") << u"\u200E۱\u200C۲"_s << u"\u200E1\u200C2"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPersianText::foldDigits()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PersianText::foldDigits(input), expected);
}

void TestPersianText::toPersianDigits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << u"0123456789"_s << u"۰۱۲۳۴۵۶۷۸۹"_s;
    QTest::newRow("arabic-indic") << u"٠١٢٣٤٥٦٧٨٩"_s << u"۰۱۲۳۴۵۶۷۸۹"_s;
    QTest::newRow("latin letters kept") << u"IR82-1405-ABC"_s << u"IR۸۲-۱۴۰۵-ABC"_s;
}

void TestPersianText::toPersianDigits()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PersianText::toPersianDigits(input), expected);
    QCOMPARE(PersianText::foldDigits(PersianText::toPersianDigits(input)),
             PersianText::foldDigits(input));
}

void TestPersianText::cleanIdentifier_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spaces") << u" 049 937 0899 "_s << u"0499370899"_s;
    QTest::newRow("tab and nbsp") << u"049\t937\u00A00899"_s << u"0499370899"_s;
    QTest::newRow("zwnj") << u"۰۴۹\u200C۹۳۷"_s << u"049937"_s;
    QTest::newRow("lrm rlm alm") << u"\u200E049\u200F937\u061C"_s << u"049937"_s;
    QTest::newRow("embeddings") << u"\u202A04\u202B99\u202C37\u202D08\u202E99"_s << u"0499370899"_s;
    QTest::newRow("isolates") << u"\u2066049\u2067937\u2068089\u20699"_s << u"0499370899"_s;
    QTest::newRow("zwsp zwj bom wj") << u"\uFEFF04\u200B99\u200D37\u206008"_s << u"04993708"_s;
    QTest::newRow("letters and plus kept") << u"+98 IR-12"_s << u"+98IR-12"_s;
}

void TestPersianText::cleanIdentifier()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PersianText::cleanIdentifier(input), expected);
}

void TestPersianText::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("arabic yeh") << u"علي"_s << u"علی"_s;
    QTest::newRow("alef maksura") << u"موسى"_s << u"موسی"_s;
    QTest::newRow("arabic kaf") << u"كريم"_s << u"کریم"_s;
    QTest::newRow("zwnj kept inside word") << u"می\u200Cشود"_s << u"می\u200Cشود"_s;
    QTest::newRow("zwnj repeats collapsed") << u"می\u200C\u200C\u200Cشود"_s << u"می\u200Cشود"_s;
    QTest::newRow("zwnj next to space dropped") << u"کتاب\u200C ها \u200Cرا"_s << u"کتاب ها را"_s;
    QTest::newRow("zwnj at ends dropped") << u"\u200Cسلام\u200C"_s << u"سلام"_s;
    QTest::newRow("whitespace collapsed and trimmed")
        << u"  خیابان   \t چهارباغ\n\nعباسی "_s << u"خیابان چهارباغ عباسی"_s;
    QTest::newRow("nbsp is whitespace") << u"علی\u00A0\u00A0رضا"_s << u"علی رضا"_s;
    QTest::newRow("digits to ascii") << u"کوچه ۱۲، پلاک ٣٤"_s << u"کوچه 12، پلاک 34"_s;
    QTest::newRow("bidi marks removed") << u"\u200Fنام\u200E \u2067علی\u2069"_s << u"نام علی"_s;
    QTest::newRow("nfc") << u"e\u0301"_s << u"\u00E9"_s;
    QTest::newRow("hamza composed") << u"\u0627\u0653"_s << u"\u0622"_s; // آ
    QTest::newRow("latin untouched") << u"Isfahan Nama"_s << u"Isfahan Nama"_s;
    QTest::newRow("empty") << u" \u200C "_s << QString();
}

void TestPersianText::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString once = PersianText::normalize(input);
    QCOMPARE(once, expected);
    QCOMPARE(PersianText::normalize(once), once); // idempotent
}

void TestPersianText::comparisonKey_data()
{
    QTest::addColumn<QString>("fromPdf");
    QTest::addColumn<QString>("typed");
    // Arabic presentation forms as PDF text extraction returns them.
    QTest::newRow("presentation forms") << u"\uFEE3\uFEEE\uFEB3\uFEF0"_s << u"موسی"_s;
    QTest::newRow("kaf yeh forms") << u"\uFEDB\uFEAE\uFEF3\uFEE2"_s << u"کریم"_s;
    QTest::newRow("tatweel") << u"تهــــران"_s << u"تهران"_s;
    QTest::newRow("persian vs arabic digits") << u"٣٤"_s << u"۳۴"_s;
}

void TestPersianText::comparisonKey()
{
    QFETCH(QString, fromPdf);
    QFETCH(QString, typed);
    QCOMPARE(PersianText::comparisonKey(fromPdf), PersianText::comparisonKey(typed));
}

void TestPersianText::isolateLtr()
{
    const QString code = u"1405-ABC-42"_s;
    const QString isolated = PersianText::isolateLtr(code);
    QCOMPARE(isolated, u"\u20661405-ABC-42\u2069"_s);
    QCOMPARE(PersianText::cleanIdentifier(isolated), code);
}

void TestPersianText::isAsciiDigits()
{
    QVERIFY(PersianText::isAsciiDigits(u"0123"_s));
    QVERIFY(!PersianText::isAsciiDigits(QString()));
    QVERIFY(!PersianText::isAsciiDigits(u"۰۱"_s));
    QVERIFY(!PersianText::isAsciiDigits(u"12a"_s));
}

QTEST_GUILESS_MAIN(TestPersianText)
#include "tst_persiantext.moc"
