// Money: integer rials, checked arithmetic, clerk input, toman display, the council's range.

#include <core/CouncilFeeRange.h>
#include <core/Money.h>

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void units();
    void arithmetic();
    void overflow_data();
    void overflow();
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void display_data();
    void display();
    void displayRoundTrip_data();
    void displayRoundTrip();
    void councilRange_data();
    void councilRange();
};

void TestMoney::units()
{
    const auto fee = Money::fromToman(12'000);
    QVERIFY(fee.ok());
    QCOMPARE(fee->rials(), 120'000);
    QCOMPARE(fee->toman(), 12'000);
    QVERIFY(fee->isWholeToman());
    QCOMPARE(Money::fromRials(125).toman(), 12); // toward zero
    QVERIFY(!Money::fromRials(125).isWholeToman());
    QCOMPARE(Money().rials(), 0);
    QVERIFY(Money().isZero());
    QVERIFY(Money::fromRials(-10).isNegative());
    QVERIFY(Money::fromRials(10) < Money::fromRials(11));
    QVERIFY(Money::fromRials(10) == *Money::fromToman(1));
    static_assert(Money::fromRials(5) != Money::fromRials(6));
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromRials(120'000);
    const Money b = Money::fromRials(50'000);
    QCOMPARE(a.add(b)->rials(), 170'000);
    QCOMPARE(a.subtract(b)->rials(), 70'000);
    QCOMPARE(b.subtract(a)->rials(), -70'000);
    QCOMPARE(a.multiply(3)->rials(), 360'000);
    QCOMPARE(a.multiply(0)->rials(), 0);
    QCOMPARE(a.multiply(-1)->rials(), -120'000);
}

void TestMoney::overflow_data()
{
    QTest::addColumn<int>("op"); // 0 add, 1 subtract, 2 multiply, 3 fromToman
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("overflows");
    QTest::newRow("max + 1") << 0 << kMax << qint64(1) << true;
    QTest::newRow("max + 0") << 0 << kMax << qint64(0) << false;
    QTest::newRow("min + -1") << 0 << kMin << qint64(-1) << true;
    QTest::newRow("min - 1") << 1 << kMin << qint64(1) << true;
    QTest::newRow("0 - min") << 1 << qint64(0) << kMin << true;
    QTest::newRow("max - max") << 1 << kMax << kMax << false;
    QTest::newRow("max * 2") << 2 << kMax << qint64(2) << true;
    QTest::newRow("min * -1") << 2 << kMin << qint64(-1) << true;
    QTest::newRow("half max * 2") << 2 << kMax / 2 << qint64(2) << false;
    QTest::newRow("fee * billions") << 2 << qint64(150'000) << qint64(100'000'000'000'000) << true;
    QTest::newRow("toman max/10") << 3 << kMax / 10 << qint64(0) << false;
    QTest::newRow("toman max/10 + 1") << 3 << kMax / 10 + 1 << qint64(0) << true;
    QTest::newRow("toman min/10 - 1") << 3 << kMin / 10 - 1 << qint64(0) << true;
}

void TestMoney::overflow()
{
    QFETCH(int, op);
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, overflows);
    const Money m = Money::fromRials(a);
    const Result<Money> r = op == 0   ? m.add(Money::fromRials(b))
                            : op == 1 ? m.subtract(Money::fromRials(b))
                            : op == 2 ? m.multiply(b)
                                      : Money::fromToman(a);
    QCOMPARE(!r.ok(), overflows);
    if (overflows)
        QCOMPARE(r.error().code(), u"money.overflow"_s);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("toman"); // default unit
    QTest::addColumn<qint64>("rials");
    QTest::newRow("۱۲٬۰۰۰ toman") << u"۱۲٬۰۰۰"_s << true << qint64(120'000);
    QTest::newRow("12,000 toman") << u"12,000"_s << true << qint64(120'000);
    QTest::newRow("12000 toman") << u"12000"_s << true << qint64(120'000);
    QTest::newRow("arabic-indic") << u"١٢٬٠٠٠"_s << true << qint64(120'000);
    QTest::newRow("arabic comma") << u"۱۲،۰۰۰"_s << true << qint64(120'000);
    QTest::newRow("space groups") << u"120 000"_s << false << qint64(120'000);
    QTest::newRow("nbsp groups") << u"120\u00A0000"_s << false << qint64(120'000);
    QTest::newRow("rials default") << u"۱۲۰٬۰۰۰"_s << false << qint64(120'000);
    QTest::newRow("unit word toman") << u"۱۲٬۰۰۰ تومان"_s << false << qint64(120'000);
    QTest::newRow("unit word rial") << u"۱۲۰٬۰۰۰ ریال"_s << true << qint64(120'000);
    QTest::newRow("arabic yeh rial") << u"120000 ريال"_s << true << qint64(120'000);
    QTest::newRow("english toman") << u"12,000 toman"_s << false << qint64(120'000);
    QTest::newRow("english rials") << u"120,000 Rials"_s << true << qint64(120'000);
    QTest::newRow("bidi marks") << u"\u200F۱۲٬۰۰۰\u200E"_s << true << qint64(120'000);
    QTest::newRow("zero") << u"0"_s << true << qint64(0);
    QTest::newRow("millions") << u"1,234,567"_s << false << qint64(1'234'567);
    QTest::newRow("max rials") << u"9223372036854775807"_s << false << kMax;
}

void TestMoney::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, toman);
    QFETCH(qint64, rials);
    const auto money = Money::parse(input, toman ? Money::Unit::Toman : Money::Unit::Rial);
    QVERIFY2(money.ok(), qPrintable(money.ok() ? QString() : money.error().code()));
    QCOMPARE(money->rials(), rials);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u"  "_s << u"money.empty"_s;
    QTest::newRow("unit only") << u"تومان"_s << u"money.empty"_s;
    QTest::newRow("negative") << u"-12000"_s << u"money.shape"_s;
    QTest::newRow("decimal point") << u"12.5"_s << u"money.shape"_s;
    QTest::newRow("persian decimal") << u"۱۲٫۵"_s << u"money.shape"_s;
    QTest::newRow("letters") << u"12k"_s << u"money.shape"_s;
    QTest::newRow("trailing separator") << u"12,"_s << u"money.shape"_s;
    QTest::newRow("leading separator") << u",12"_s << u"money.shape"_s;
    QTest::newRow("short group") << u"12,00"_s << u"money.grouping"_s;
    QTest::newRow("long group") << u"12,0000"_s << u"money.grouping"_s;
    QTest::newRow("toman overflow") << u"922337203685477581"_s << u"money.overflow"_s;
    QTest::newRow("digits overflow") << u"9223372036854775808 ریال"_s << u"money.overflow"_s;
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const auto money = Money::parse(input, Money::Unit::Toman);
    QVERIFY(!money.ok());
    QCOMPARE(money.error().code(), error);
}

void TestMoney::display_data()
{
    QTest::addColumn<qint64>("rials");
    QTest::addColumn<QString>("persian");
    QTest::addColumn<QString>("english");
    QTest::newRow("12,000 toman") << qint64(120'000) << u"۱۲٬۰۰۰ تومان"_s << u"12,000 toman"_s;
    QTest::newRow("zero") << qint64(0) << u"۰ تومان"_s << u"0 toman"_s;
    QTest::newRow("under a thousand") << qint64(9'990) << u"۹۹۹ تومان"_s << u"999 toman"_s;
    QTest::newRow("millions") << qint64(12'345'670) << u"۱٬۲۳۴٬۵۶۷ تومان"_s << u"1,234,567 toman"_s;
    QTest::newRow("rial remainder")
        << qint64(120'005) << u"۱۲٬۰۰۰٫۵ تومان"_s << u"12,000.5 toman"_s;
    QTest::newRow("negative") << qint64(-50'000) << u"\u2212۵٬۰۰۰ تومان"_s << u"-5,000 toman"_s;
    QTest::newRow("min") << kMin << u"\u2212۹۲۲٬۳۳۷٬۲۰۳٬۶۸۵٬۴۷۷٬۵۸۰٫۸ تومان"_s
                         << u"-922,337,203,685,477,580.8 toman"_s;
}

void TestMoney::display()
{
    QFETCH(qint64, rials);
    QFETCH(QString, persian);
    QFETCH(QString, english);
    const Money m = Money::fromRials(rials);
    QCOMPARE(m.displayToman(), persian);
    QCOMPARE(m.displayTomanEnglish(), english);
}

void TestMoney::displayRoundTrip_data()
{
    QTest::addColumn<qint64>("rials");
    for (const qint64 r : {qint64(0), qint64(50'000), qint64(120'000), qint64(150'000),
                           qint64(1'234'567'890), kMax / 10 * 10})
        QTest::addRow("%lld", static_cast<long long>(r)) << r;
}

void TestMoney::displayRoundTrip()
{
    QFETCH(qint64, rials);
    const Money m = Money::fromRials(rials);
    QCOMPARE(Money::parse(m.displayToman(), Money::Unit::Rial)->rials(), rials);
    QCOMPARE(Money::parse(m.displayTomanEnglish(), Money::Unit::Rial)->rials(), rials);
    QCOMPARE(Money::parse(m.displayRials(), Money::Unit::Toman)->rials(), rials);
    QCOMPARE(Money::parse(m.displayRialsEnglish(), Money::Unit::Toman)->rials(), rials);
}

void TestMoney::councilRange_data()
{
    QTest::addColumn<qint64>("rials");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << qint64(0) << false;
    QTest::newRow("49,990 rials") << qint64(49'990) << false;
    QTest::newRow("49,999 rials") << qint64(49'999) << false;
    QTest::newRow("50,000 rials (5,000 toman)") << qint64(50'000) << true;
    QTest::newRow("100,000 rials") << qint64(100'000) << true;
    QTest::newRow("150,000 rials (15,000 toman)") << qint64(150'000) << true;
    QTest::newRow("150,001 rials") << qint64(150'001) << false;
    QTest::newRow("150,010 rials") << qint64(150'010) << false;
    QTest::newRow("extra zero") << qint64(1'200'000) << false;
    QTest::newRow("negative") << qint64(-100'000) << false;
}

void TestMoney::councilRange()
{
    QFETCH(qint64, rials);
    QFETCH(bool, accepted);
    const Money fee = Money::fromRials(rials);
    QCOMPARE(CouncilFeeRange::contains(fee), accepted);
    const Status status = CouncilFeeRange::check(fee);
    QCOMPARE(status.ok(), accepted);
    if (!accepted) {
        QCOMPARE(status.error().code(), u"fee.out_of_range"_s);
        QVERIFY(status.error().message().contains(fee.displayTomanEnglish()));
    }
    QCOMPARE(CouncilFeeRange::minimum(), *Money::fromToman(5'000));
    QCOMPARE(CouncilFeeRange::maximum(), *Money::fromToman(15'000));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
