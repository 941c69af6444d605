// Who may apply, against a real pishkhan-sandbox over verified TLS on loopback: the engineer's
// licence checked before the form (docs/api.md §4.20: wrong, then right, expired, malformed,
// idempotent like every POST), and a company served through its representative (§4.6-4.7:
// the consent binds the company, the request keeps its legal-entity id; a bad id, a person's
// consent and an engineers-only service are refused).
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace pishkhan::test;

namespace {

const QString kEngineer = QStringLiteral("1583250689");
const QString kExpiredEngineer = QStringLiteral("2540201288");
const QString kRepresentative = QStringLiteral("0499370899");
const QString kCompany = QStringLiteral("10380284790");

QString slug(const HttpReply& r)
{
    return r.json().value(QStringLiteral("type")).toString().section(u':', -1);
}

QJsonObject verifyBody(const QString& nationalCode, const QString& license)
{
    return {{QStringLiteral("national_code"), nationalCode}, {QStringLiteral("license"), license}};
}

} // namespace

class TestSandboxApplicants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_h.start(), qPrintable(m_h.error()));
        QVERIFY2(m_h.activate(), qPrintable(m_h.error()));
    }

    void engineerWrongThenRight()
    {
        const QString path = QStringLiteral("/api/v1/engineers/verify");
        const HttpReply wrong = m_h.api().post(
            path, verifyBody(kEngineer, QStringLiteral("11-300-99999")), SandboxHarness::newKey());
        QCOMPARE(wrong.status, 422L);
        QCOMPARE(slug(wrong), QStringLiteral("engineer-license-refused"));
        QVERIFY(!wrong.json().value(QStringLiteral("title_fa")).toString().isEmpty());
        QCOMPARE(wrong.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("/license"));

        // Persian digits are accepted and normalised.
        const QByteArray key = SandboxHarness::newKey();
        const QJsonObject body = verifyBody(kEngineer, QStringLiteral("۱۱-۳۰۰-۱۲۳۴۵"));
        const HttpReply right = m_h.api().post(path, body, key);
        QCOMPARE(right.status, 200L);
        const QJsonObject o = right.json();
        QCOMPARE(o.value(QStringLiteral("license")).toString(), QStringLiteral("11-300-12345"));
        QVERIFY(!o.value(QStringLiteral("name_fa")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("name_en")).toString().isEmpty());
        QVERIFY(o.contains(QStringLiteral("valid_until")));
        // Idempotent as every POST: the same key and body answer the first answer again.
        const HttpReply again = m_h.api().post(path, body, key);
        QCOMPARE(again.status, 200L);
        QCOMPARE(again.body, right.body);

        // Another engineer's licence is refused like a wrong one.
        const HttpReply other = m_h.api().post(
            path, verifyBody(kEngineer, QStringLiteral("11-300-67890")), SandboxHarness::newKey());
        QCOMPARE(slug(other), QStringLiteral("engineer-license-refused"));
    }

    void engineerRefusals_data()
    {
        QTest::addColumn<QString>("nationalCode");
        QTest::addColumn<QString>("license");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("field");
        QTest::newRow("expired licence")
            << kExpiredEngineer << QStringLiteral("11-300-24680")
            << QStringLiteral("engineer-license-refused") << QStringLiteral("/license");
        QTest::newRow("not an engineer")
            << kRepresentative << QStringLiteral("11-300-12345")
            << QStringLiteral("engineer-license-refused") << QStringLiteral("/license");
        QTest::newRow("licence shape")
            << kEngineer << QStringLiteral("11-3000-1234") << QStringLiteral("field-invalid")
            << QStringLiteral("/license");
        QTest::newRow("national code")
            << QStringLiteral("1234567890") << QStringLiteral("11-300-12345")
            << QStringLiteral("national-code-invalid") << QStringLiteral("/national_code");
    }
    void engineerRefusals()
    {
        QFETCH(QString, nationalCode);
        QFETCH(QString, license);
        QFETCH(QString, problem);
        QFETCH(QString, field);
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/engineers/verify"),
                           verifyBody(nationalCode, license), SandboxHarness::newKey());
        QCOMPARE(r.status, 422L);
        QCOMPARE(slug(r), problem);
        QCOMPARE(r.json().value(QStringLiteral("field")).toString(), field);
    }

    void companyApplicantAcceptedAndKept()
    {
        const QString mobile = QStringLiteral("09131112233");
        const HttpReply challenge = m_h.api().post(
            QStringLiteral("/api/v1/consents/challenges"),
            QJsonObject{{QStringLiteral("national_code"), kRepresentative},
                        {QStringLiteral("mobile"), mobile},
                        {QStringLiteral("service_id"), QStringLiteral("property-file")},
                        {QStringLiteral("legal_entity_id"), kCompany}},
            SandboxHarness::newKey());
        QCOMPARE(challenge.status, 201L);
        const QString id = challenge.json().value(QStringLiteral("challenge_id")).toString();
        const HttpReply verified = m_h.api().post(
            QStringLiteral("/api/v1/consents/challenges/") + id + QStringLiteral("/verify"),
            QJsonObject{{QStringLiteral("code"), m_h.lastCode(mobile)}}, SandboxHarness::newKey());
        QCOMPARE(verified.status, 201L);
        const QString token = verified.json().value(QStringLiteral("consent_token")).toString();

        QJsonObject body = m_h.propertyFileRequest(token, kRepresentative);
        QJsonObject citizen = body.value(QStringLiteral("citizen")).toObject();
        citizen.insert(QStringLiteral("mobile"), mobile);
        // The company's consent does not serve the representative as a person.
        const HttpReply asPerson = m_h.api().post(
            QStringLiteral("/api/v1/requests"),
            [&] {
                QJsonObject b = body;
                b.insert(QStringLiteral("citizen"), citizen);
                return b;
            }(),
            SandboxHarness::newKey());
        QCOMPARE(asPerson.status, 422L);
        QCOMPARE(slug(asPerson), QStringLiteral("consent-token-mismatch"));

        citizen.insert(QStringLiteral("legal_entity_id"), QStringLiteral("۱۰۳۸۰۲۸۴۷۹۰"));
        body.insert(QStringLiteral("citizen"), citizen);
        const QByteArray key = SandboxHarness::newKey();
        const HttpReply accepted = m_h.api().post(QStringLiteral("/api/v1/requests"), body, key);
        QCOMPARE(accepted.status, 201L);
        QCOMPARE(accepted.json().value(QStringLiteral("legal_entity_id")).toString(), kCompany);
        // Stored with the request: the retry under the same key is the stored request.
        const HttpReply replay = m_h.api().post(QStringLiteral("/api/v1/requests"), body, key);
        QVERIFY(replay.status == 200L || replay.status == 201L);
        QCOMPARE(replay.json().value(QStringLiteral("legal_entity_id")).toString(), kCompany);
        QCOMPARE(replay.json().value(QStringLiteral("tracking_code")),
                 accepted.json().value(QStringLiteral("tracking_code")));
    }

    void companyRefusals_data()
    {
        QTest::addColumn<QString>("legalEntityId");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("problem");
        for (const char* bad : {"10380284792", "11111111111", "1038028479"})
            QTest::addRow("bad id %s", bad)
                << QString::fromLatin1(bad) << QStringLiteral("property-file")
                << QStringLiteral("legal-entity-id-invalid");
        QTest::newRow("engineers only") << kCompany << QStringLiteral("violation-registration")
                                        << QStringLiteral("company-applicant-not-allowed");
    }
    void companyRefusals()
    {
        QFETCH(QString, legalEntityId);
        QFETCH(QString, service);
        QFETCH(QString, problem);
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/consents/challenges"),
                           QJsonObject{{QStringLiteral("national_code"), kEngineer},
                                       {QStringLiteral("mobile"), QStringLiteral("09139998877")},
                                       {QStringLiteral("service_id"), service},
                                       {QStringLiteral("legal_entity_id"), legalEntityId}},
                           SandboxHarness::newKey());
        QCOMPARE(r.status, 422L);
        QCOMPARE(slug(r), problem);
        QVERIFY(!r.json().value(QStringLiteral("title_fa")).toString().isEmpty());
        QCOMPARE(r.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("/legal_entity_id"));
    }

    void listProblemsNamesTheNewTypes()
    {
        QProcess p;
        p.start(QStringLiteral(PISHKHAN_SANDBOX_EXE), {QStringLiteral("--list-problems")});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (const char* s : {"engineer-license-refused", "legal-entity-id-invalid",
                              "company-applicant-not-allowed"})
            QVERIFY2(out.contains(QStringLiteral("urn:pishkhan:problem:") + QLatin1StringView(s)),
                     s);
    }

private:
    SandboxHarness m_h;
};

QTEST_GUILESS_MAIN(TestSandboxApplicants)
#include "tst_sandbox_applicants.moc"
