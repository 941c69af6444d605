// Follow-up lookup: what the clerk types is classified as a tracking code, a receipt number or a
// national code whatever digits and stray marks it carries; identifiers are masked in lists.
#include "counter/FollowUpLookup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using Kind = FollowUpLookup::QueryKind;

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
};

QTEST_GUILESS_MAIN(TestFollowUpLookup)
#include "tst_followup_lookup.moc"
