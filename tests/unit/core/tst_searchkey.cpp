// SearchKey: what the service picker compares — Arabic letter variants, ZWNJ and spaces, the
// digits' script and case folded away; queries without letters or digits match everything.

#include <core/SearchKey.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

class TestSearchKey : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("arabic kaf and yeh") << u"پرونده ملك مالكي"_s << u"پروندهملکمالکی"_s;
        QTest::newRow("alef maksura") << u"مصطفى"_s << u"مصطفی"_s;
        QTest::newRow("teh marbuta") << u"وجة"_s << u"وجه"_s;
        QTest::newRow("heh with yeh above") << u"خانۀ"_s << u"خانه"_s;
        QTest::newRow("alef hamza above, below, madda") << u"أإآا"_s << u"اااا"_s;
        QTest::newRow("waw and yeh with hamza") << u"مؤسسه مسئول"_s << u"موسسهمسیول"_s;
        QTest::newRow("zwnj dropped") << u"درخواست\u200Cها"_s << u"درخواستها"_s;
        QTest::newRow("spaces dropped") << u"  درخواست   ها "_s << u"درخواستها"_s;
        QTest::newRow("persian digits") << u"ماده ۱۰۰"_s << u"ماده100"_s;
        QTest::newRow("arabic-indic digits") << u"ماده ١٠٠"_s << u"ماده100"_s;
        QTest::newRow("ascii digits") << u"ماده 100"_s << u"ماده100"_s;
        QTest::newRow("harakat") << u"مُهَندِس"_s << u"مهندس"_s;
        QTest::newRow("tatweel") << u"مـــلک"_s << u"ملک"_s;
        QTest::newRow("presentation forms") << u"\uFEFB\uFEE0\uFEDB"_s << u"لالک"_s;
        QTest::newRow("case and punctuation") << u"Property-File!"_s << u"propertyfile"_s;
        QTest::newRow("bidi marks") << u"\u200F\u2067ملک\u2069\u200E"_s << u"ملک"_s;
        QTest::newRow("only punctuation") << u" ، ! - ؟ "_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SearchKey::fold(input), expected);
        QCOMPARE(SearchKey::fold(SearchKey::fold(input)), expected); // idempotent
    }

    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        const QString name = u"طرح‌های توسعه شهری پیرامون ملک"_s;
        QTest::newRow("as written") << u"طرح‌های توسعه"_s << name << true;
        QTest::newRow("space for zwnj") << u"طرح های"_s << name << true;
        QTest::newRow("no zwnj, no space") << u"طرحهای توسعه"_s << name << true;
        QTest::newRow("words run together") << u"توسعهشهری"_s << name << true;
        QTest::newRow("words in another order") << u"ملک طرح"_s << name << true;
        QTest::newRow("arabic kaf") << u"ملك"_s << name << true;
        QTest::newRow("arabic yeh") << u"شهري"_s << name << true;
        QTest::newRow("one word missing") << u"طرح مالیات"_s << name << false;
        QTest::newRow("persian digits in text")
            << u"ماده 100"_s << u"وضعیت پرونده کمیسیون ماده ۱۰۰"_s << true;
        QTest::newRow("arabic-indic digits in query")
            << u"ماده ١٠٠"_s << u"وضعیت پرونده کمیسیون ماده ۱۰۰"_s << true;
        QTest::newRow("other number")
            << u"ماده ۹۹"_s << u"وضعیت پرونده کمیسیون ماده ۱۰۰"_s << false;
        QTest::newRow("teh marbuta") << u"استرداد وجة"_s << u"درخواست استرداد وجه"_s << true;
        QTest::newRow("alef with hamza") << u"أستعلام"_s << u"استعلام کاربری ملک"_s << true;
        QTest::newRow("english case") << u"PROPERTY file"_s << u"My property file"_s << true;
        QTest::newRow("empty matches all") << QString() << u"هر خدمتی"_s << true;
        QTest::newRow("spaces match all") << u"    "_s << u"هر خدمتی"_s << true;
        QTest::newRow("punctuation matches all") << u"، ... ؟!"_s << u"هر خدمتی"_s << true;
        QTest::newRow("zwnj alone matches all") << u"\u200C\u200C"_s << u"هر خدمتی"_s << true;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << u"ملک"_s << true;
        QTest::newRow("emoji") << u"🏠"_s << u"ملک"_s << true;
        QTest::newRow("latin in persian") << u"zzz"_s << u"ملک"_s << false;
    }
    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(SearchKey(query).matches({u"unrelated"_s, text}), match);
    }

    void emptyQueryHasNoTerms()
    {
        QVERIFY(SearchKey(u" ، . "_s).isEmpty());
        QCOMPARE(SearchKey(u"پرونده ملك"_s).terms(), QStringList({u"پرونده"_s, u"ملک"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSearchKey)
#include "tst_searchkey.moc"
