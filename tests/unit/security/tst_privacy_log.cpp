// Unit level: the Redactor masks identifiers and secrets in free text, and a run at
// debug level through LogSink leaves no national code, mobile, one-time code or token in the
// log file, in any of their written forms. The integration test repeats the byte search after
// a real run against the sandbox.

#include "core/MobileNumber.h"
#include "core/NationalCode.h"
#include "security/LogSink.h"
#include "security/Redactor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTest, "pishkhan.test.privacy")

namespace {

const QString kCode = u"0499370899"_s;
const QString kMobile = u"09121234567"_s;
const QString kOtp = u"482913"_s;
const QString kToken = u"tok_9fQx2Lk7pWm3Zr8Tn4Vb6Yc1"_s;

QString persianDigits(const QString& ascii)
{
    QString out;
    for (QChar c : ascii)
        out += c.isDigit() ? QChar(u'۰' + (c.unicode() - u'0')) : c;
    return out;
}

} // namespace

class TestPrivacyLog : public QObject
{
    Q_OBJECT
private slots:
    void redacts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustNotContain");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("national code")
            << u"lookup for 0499370899 failed"_s << kCode << u"******0899"_s;
        QTest::newRow("mobile") << u"sms to 09121234567 queued"_s << kMobile << u"queued"_s;
        QTest::newRow("mobile +98") << u"to +989121234567"_s << u"9121234567"_s << u"to"_s;
        QTest::newRow("mobile spaced") << u"to 0912 123 4567."_s << u"123 4567"_s << u"to"_s;
        QTest::newRow("persian digits")
            << u"کد ملی "_s + persianDigits(kCode) << persianDigits(kCode) << u"کد ملی"_s;
        QTest::newRow("card") << u"card 6037-9975-9999-1234"_s << u"9975-9999"_s << u"card"_s;
        QTest::newRow("json otp") << u"{\"challenge_id\":\"c1\",\"code\":\"482913\"}"_s << kOtp
                                  << u"c1"_s;
        QTest::newRow("otp words")
            << u"one-time code is 482913 for the citizen"_s << kOtp << u"citizen"_s;
        QTest::newRow("bearer") << u"Authorization: Bearer "_s + kToken << kToken
                                << u"Authorization"_s;
        QTest::newRow("token=") << u"token="_s + kToken + u"&x=1"_s << kToken << u"x=1"_s;
        QTest::newRow("bare token") << u"got "_s + kToken + u" back"_s << kToken << u"back"_s;
        QTest::newRow("password") << u"password: hunter2-long"_s << u"hunter2"_s << u"password"_s;
        QTest::newRow("consent token json")
            << u"\"consent_token\": \"cns_abc123\""_s << u"cns_abc123"_s << u"consent_token"_s;
        QTest::newRow("ordinary text kept") << u"outbox drained 12 rows in 40 ms"_s << QString()
                                            << u"outbox drained 12 rows in 40 ms"_s;
    }

    void redacts()
    {
        QFETCH(QString, input);
        QFETCH(QString, mustNotContain);
        QFETCH(QString, mustContain);
        const QString out = Redactor::redact(input);
        if (!mustNotContain.isEmpty())
            QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY2(out.contains(mustContain), qPrintable(out));
    }

    void maskedFormsMatchTheCoreTypes()
    {
        // What lists and reports show (core) and what a log line shows (Redactor) agree on
        // the national code.
        QCOMPARE(Redactor::redact(kCode), NationalCode::parse(kCode)->masked());
        QVERIFY(!MobileNumber::parse(kMobile)->masked().contains(kMobile));
    }

    void debugRunLeavesNothingInTheLogFile()
    {
        QTemporaryDir dir;
        const QString logDir = dir.filePath(u"logs"_s);
        QVERIFY(LogSink::install(logDir + u"/desk.log"_s, QtDebugMsg));
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);

        // Everything a careless line could carry, through every level and a category.
        qDebug() << "citizen" << kCode << "mobile" << kMobile;
        qCDebug(lcTest) << "otp code:" << kOtp << u"token="_s + kToken;
        qCInfo(lcTest).noquote() << u"request {\"national_code\":\""_s + kCode +
                                        u"\",\"mobile\":\"+98"_s + kMobile.mid(1) + u"\"}"_s;
        qWarning().noquote() << u"HTTP header Authorization: Bearer "_s + kToken;
        qCritical().noquote() << u"کد ملی "_s + persianDigits(kCode) + u" موبایل "_s +
                                     persianDigits(kMobile);
        qCDebug(lcTest).noquote() << u"multi\nline "_s + kCode;
        LogSink::uninstall();
        QLoggingCategory::setFilterRules(QString());

        // Byte search of every file under the log directory, in every written form.
        QList<QByteArray> needles;
        for (const QString& s : {kCode, kMobile, kMobile.mid(1), kOtp, kToken, persianDigits(kCode),
                                 persianDigits(kMobile)}) {
            needles << s.toUtf8() << s.toUtf8().toBase64() << s.toUtf8().toHex();
        }
        int files = 0;
        QDirIterator it(logDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            QVERIFY(bytes.count('\n') >= 6); // the lines were written
            for (const QByteArray& n : needles)
                QVERIFY2(!bytes.contains(n), n.constData());
        }
        QCOMPARE(files, 1);
    }

    void lineFormat()
    {
        QMessageLogContext ctx("f.cpp", 1, "fn", "pishkhan.net");
        const QString line = LogSink::formatLine(QtWarningMsg, ctx, u"a\nb"_s, 0);
        QCOMPARE(line, u"1970-01-01T00:00:00.000Z W pishkhan.net: a | b"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyLog)
#include "tst_privacy_log.moc"
