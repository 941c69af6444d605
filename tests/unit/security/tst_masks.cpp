// Every way the product masks a national code or a mobile number — the value types, the log
// redactor, the follow-up list, the sandbox's answers — shows at most four of its digits; and
// SecureBytes really zeroes key bytes (and leaves a buffer another variable still uses alone).

#include "core/DigitMask.h"
#include "core/MobileNumber.h"
#include "core/NationalCode.h"
#include "core/PersianText.h"
#include "core/SecureBytes.h"
#include "counter/FollowUpLookup.h"
#include "sandbox/Identifiers.h"
#include "security/Redactor.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace pishkhan;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<QString()>)

namespace {

const QString kCode = u"0499370899"_s;
const QString kMobile = u"09121234567"_s;

qsizetype digitCount(const QString& s)
{
    return std::count_if(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

FollowUpRecord recordOf(const QString& nationalCode, const QString& mobile)
{
    FollowUpRecord r;
    r.request.nationalCode = nationalCode;
    r.request.mobile = mobile;
    return r;
}

} // namespace

class TestMasks : public QObject
{
    Q_OBJECT
private slots:
    void showsAtMostFourDigits_data()
    {
        QTest::addColumn<std::function<QString()>>("mask");
        QTest::addColumn<QString>("secret"); // the full value, ASCII digits

        using F = std::function<QString()>;
        QTest::newRow("NationalCode::masked")
            << F([] { return NationalCode::parse(kCode)->masked(); }) << kCode;
        QTest::newRow("MobileNumber::masked")
            << F([] { return MobileNumber::parse(kMobile)->masked(); }) << kMobile;
        QTest::newRow("DigitMask national code")
            << F([] { return DigitMask::mask(kCode); }) << kCode;
        QTest::newRow("DigitMask Persian digits")
            << F([] { return DigitMask::mask(PersianText::toPersianDigits(kMobile)); }) << kMobile;
        QTest::newRow("DigitMask short")
            << F([] { return DigitMask::mask(u"123456"_s); }) << u"123456"_s;
        QTest::newRow("Redactor national code")
            << F([] { return Redactor::redact(u"lookup for "_s + kCode + u" failed"_s); }) << kCode;
        QTest::newRow("Redactor mobile")
            << F([] { return Redactor::redact(u"sms to "_s + kMobile); }) << kMobile;
        QTest::newRow("Redactor spaced mobile")
            << F([] { return Redactor::redact(u"sms to 0912 123 4567"_s); }) << kMobile;
        QTest::newRow("Redactor +98 mobile")
            << F([] { return Redactor::redact(u"sms to +989121234567"_s); }) << kMobile;
        QTest::newRow("Redactor Persian national code") << F([] {
            return Redactor::redact(u"کد ملی "_s + PersianText::toPersianDigits(kCode));
        }) << kCode;
        QTest::newRow("follow-up national code")
            << F([] { return recordOf(kCode, kMobile).maskedNationalCode(); }) << kCode;
        QTest::newRow("follow-up mobile")
            << F([] { return recordOf(kCode, kMobile).maskedMobile(); }) << kMobile;
        QTest::newRow("follow-up unparsable code")
            << F([] { return recordOf(u"1234567890"_s, {}).maskedNationalCode(); })
            << u"1234567890"_s;
        QTest::newRow("sandbox national code")
            << F([] { return sandbox::Identifiers::mask(kCode); }) << kCode;
        QTest::newRow("sandbox mobile")
            << F([] { return sandbox::Identifiers::mask(kMobile); }) << kMobile;
    }

    void showsAtMostFourDigits()
    {
        QFETCH(std::function<QString()>, mask);
        QFETCH(QString, secret);
        const QString masked = mask();
        QVERIFY2(digitCount(masked) <= DigitMask::kMaxShown, qPrintable(masked));
        QVERIFY(!PersianText::foldDigits(masked).contains(secret));
        // Still useful: the digits it shows are the value's last ones.
        const QString shown = PersianText::foldDigits(masked).remove(QRegularExpression(u"\\D"_s));
        QVERIFY2(secret.endsWith(shown), qPrintable(masked));
    }

    void wipeZeroesASoleOwner()
    {
        QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff").toHex();
        QVERIFY(key.isDetached());
        const char* buffer = key.constData();
        const qsizetype size = key.size();
        SecureBytes::wipe(key);
        QCOMPARE(key.constData(), buffer); // in place, not a copy
        QCOMPARE(key, QByteArray(size, '\0'));

        QString hex = u"00112233445566778899aabbccddeeff"_s;
        hex.detach();
        const QChar* chars = hex.constData();
        SecureBytes::wipe(hex);
        QCOMPARE(hex.constData(), chars);
        QCOMPARE(hex, QString(32, QChar(0)));
    }

    void wipeLeavesASharedBufferToItsOtherOwner()
    {
        const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QByteArray copy = key;
        SecureBytes::wipe(copy);
        QVERIFY(copy.isEmpty());
        QCOMPARE(key.toHex(), QByteArray("00112233445566778899aabbccddeeff"));
    }

    void holderWipesItsBuffer()
    {
        SecureBytes holder(QByteArray(32, 'k'));
        const char* buffer = holder.bytes().constData();
        SecureBytes::wipe(holder.bytes());
        QCOMPARE(holder.bytes().constData(), buffer);
        QCOMPARE(holder.bytes(), QByteArray(32, '\0'));
    }
};

QTEST_GUILESS_MAIN(TestMasks)
#include "tst_masks.moc"
