// Organisation mandates (docs/api.md §4.15) against a real pishkhan-sandbox over verified TLS:
// the admin registers a mandate, the counter lists its office's mandates, a bank inquiry under
// the mandate is accepted without a consent token and records the mandate number, and every
// refusal stores nothing.
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pishkhan::test;

namespace {

const QString kCitizen = QStringLiteral("0499370899");
const QString kBank = QStringLiteral("10380284790");
const QString kOtherOrganisation = QStringLiteral("10100387143");
const QString kMandate = QStringLiteral("MN-1405-0001");

QJsonObject mandate(const QString& legalId, const QString& number)
{
    return {{QStringLiteral("legal_entity_id"), legalId},
            {QStringLiteral("mandate_number"), number}};
}

QJsonObject plate()
{
    return {{QStringLiteral("section"), 14},
            {QStringLiteral("main"), 2153},
            {QStringLiteral("sub"), 47}};
}

QJsonObject bankInquiry(const QJsonObject& under)
{
    return {{QStringLiteral("service_id"), QStringLiteral("bank-inquiry")},
            {QStringLiteral("district"), 6},
            {QStringLiteral("citizen"),
             QJsonObject{{QStringLiteral("national_code"), kCitizen},
                         {QStringLiteral("mobile"), QStringLiteral("09121234567")}}},
            {QStringLiteral("fields"),
             QJsonObject{
                 {QStringLiteral("renovation_code"), SandboxHarness::renovation(6, 12, 345, 17)},
                 {QStringLiteral("registered_plate"), plate()},
                 {QStringLiteral("bank"), QStringLiteral("melli")},
                 {QStringLiteral("loan_type"), QStringLiteral("purchase")}}},
            {QStringLiteral("mandate"), under},
            {QStringLiteral("fee_rials"), 90000},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("invoice")},
                         {QStringLiteral("reference"), QStringLiteral("INV-IF-1001-000001")}}}};
}

QString slug(const HttpReply& r)
{
    return r.json().value(QStringLiteral("type")).toString().section(u':', -1);
}

} // namespace

class TestSandboxMandates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_h.start(), qPrintable(m_h.error()));
        QVERIFY2(m_h.activate(), qPrintable(m_h.error()));
        const HttpReply r = registerMandate(kBank, kMandate, {QStringLiteral("bank-inquiry")},
                                            QStringLiteral("2099-01-01T00:00:00Z"));
        QCOMPARE(r.status, 201L);
        QCOMPARE(r.json().value(QStringLiteral("mandate_number")).toString(), kMandate);
    }

    void registrationRefusals_data()
    {
        QTest::addColumn<QString>("legalId");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("field");
        QTest::newRow("checksum") << QStringLiteral("10380284792") << QStringLiteral("MN-9")
                                  << QStringLiteral("bank-inquiry")
                                  << QStringLiteral("/legal_entity_id");
        QTest::newRow("service not allowed under a mandate")
            << kBank << QStringLiteral("MN-10") << QStringLiteral("property-file")
            << QStringLiteral("/services/0");
        QTest::newRow("number taken")
            << kOtherOrganisation << kMandate << QStringLiteral("notary-inquiry")
            << QStringLiteral("/mandate_number");
    }

    void registrationRefusals()
    {
        QFETCH(QString, legalId);
        QFETCH(QString, number);
        QFETCH(QString, service);
        QFETCH(QString, field);
        const HttpReply r =
            registerMandate(legalId, number, {service}, QStringLiteral("2099-01-01T00:00:00Z"));
        QCOMPARE(r.status, 422L);
        QCOMPARE(slug(r), QStringLiteral("field-invalid"));
        QCOMPARE(r.json().value(QStringLiteral("field")).toString(), field);
    }

    void counterListsItsOfficeMandates()
    {
        const HttpReply r = m_h.api().get(QStringLiteral("/api/v1/offices/current/mandates"));
        QCOMPARE(r.status, 200L);
        const QJsonArray list = r.json().value(QStringLiteral("mandates")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject m = list.first().toObject();
        QCOMPARE(m.value(QStringLiteral("legal_entity_id")).toString(), kBank);
        QCOMPARE(m.value(QStringLiteral("mandate_number")).toString(), kMandate);
        QCOMPARE(m.value(QStringLiteral("services")).toArray(),
                 QJsonArray{QStringLiteral("bank-inquiry")});
        QCOMPARE(r.json().value(QStringLiteral("mandate_services")).toArray().size(), 2);
    }

    void requestUnderMandateNeedsNoConsentToken()
    {
        const qint64 consentsBefore = m_h.count(QStringLiteral("consents"));
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/requests"),
                           bankInquiry(mandate(kBank, kMandate)), SandboxHarness::newKey());
        QCOMPARE(r.status, 201L);
        QCOMPARE(r.json().value(QStringLiteral("mandate_number")).toString(), kMandate);
        QVERIFY(!r.json().value(QStringLiteral("tracking_code")).toString().isEmpty());
        // A standing mandate: a second citizen's row under it is accepted too.
        QJsonObject second = bankInquiry(mandate(kBank, kMandate));
        second.insert(QStringLiteral("citizen"),
                      QJsonObject{{QStringLiteral("national_code"), QStringLiteral("0790419904")},
                                  {QStringLiteral("mobile"), QStringLiteral("09121234568")}});
        QCOMPARE(m_h.api()
                     .post(QStringLiteral("/api/v1/requests"), second, SandboxHarness::newKey())
                     .status,
                 201L);
        QCOMPARE(m_h.count(QStringLiteral("consents")), consentsBefore);
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown mandate")
            << bankInquiry(mandate(kBank, QStringLiteral("MN-0000-0000")))
            << QStringLiteral("mandate-unknown") << QStringLiteral("/mandate/mandate_number");
        QTest::newRow("another organisation's mandate")
            << bankInquiry(mandate(kOtherOrganisation, kMandate))
            << QStringLiteral("mandate-unknown") << QStringLiteral("/mandate/mandate_number");
        QTest::newRow("invalid legal entity id")
            << bankInquiry(mandate(QStringLiteral("10380284792"), kMandate))
            << QStringLiteral("field-invalid") << QStringLiteral("/mandate/legal_entity_id");
        QJsonObject notary = bankInquiry(mandate(kBank, kMandate));
        notary.insert(QStringLiteral("service_id"), QStringLiteral("notary-inquiry"));
        notary.insert(QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("renovation_code"),
                                   SandboxHarness::renovation(6, 12, 345, 17)},
                                  {QStringLiteral("registered_plate"), plate()},
                                  {QStringLiteral("notary_office_no"), 12},
                                  {QStringLiteral("transaction_type"), QStringLiteral("sale")}});
        QTest::newRow("service not covered")
            << notary << QStringLiteral("mandate-service-not-covered")
            << QStringLiteral("/mandate/mandate_number");
        QJsonObject file = m_h.propertyFileRequest({}, kCitizen);
        file.remove(QStringLiteral("consent_token"));
        file.insert(QStringLiteral("mandate"), mandate(kBank, kMandate));
        QTest::newRow("service not allowed")
            << file << QStringLiteral("mandate-service-not-allowed")
            << QStringLiteral("/mandate/mandate_number");
        QJsonObject both = bankInquiry(mandate(kBank, kMandate));
        // A real consent token of the same citizen: still not both at once.
        both.insert(
            QStringLiteral("consent_token"),
            m_h.consent(kCitizen, QStringLiteral("09121234569"), QStringLiteral("bank-inquiry")));
        QTest::newRow("token and mandate")
            << both << QStringLiteral("field-invalid") << QStringLiteral("/mandate");
        QJsonObject neither = bankInquiry({});
        neither.remove(QStringLiteral("mandate"));
        neither.insert(QStringLiteral("payment"),
                       QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")}});
        QTest::newRow("neither") << neither << QStringLiteral("field-missing")
                                 << QStringLiteral("/consent_token");
    }

    void refusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, problem);
        QFETCH(QString, field);
        const qint64 before = m_h.count(QStringLiteral("requests"));
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/requests"), body, SandboxHarness::newKey());
        QCOMPARE(r.status, 422L);
        QCOMPARE(slug(r), problem);
        QCOMPARE(r.json().value(QStringLiteral("field")).toString(), field);
        QCOMPARE(m_h.count(QStringLiteral("requests")), before);
    }

    void expiredMandateRefused()
    {
        const QString until = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        QCOMPARE(registerMandate(kOtherOrganisation, QStringLiteral("MN-1405-0002"),
                                 {QStringLiteral("bank-inquiry")}, until)
                     .status,
                 201L);
        m_h.advanceClock(2 * 3600);
        const qint64 before = m_h.count(QStringLiteral("requests"));
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/requests"),
                           bankInquiry(mandate(kOtherOrganisation, QStringLiteral("MN-1405-0002"))),
                           SandboxHarness::newKey());
        QCOMPARE(r.status, 422L);
        QCOMPARE(slug(r), QStringLiteral("mandate-expired"));
        QCOMPARE(m_h.count(QStringLiteral("requests")), before);
    }

private:
    HttpReply registerMandate(const QString& legalId, const QString& number,
                              const QStringList& services, const QString& until)
    {
        return m_h.admin().post(
            QStringLiteral("/admin/v1/mandates"),
            QJsonObject{
                {QStringLiteral("office_code"), QStringLiteral("IF-1001")},
                {QStringLiteral("legal_entity_id"), legalId},
                {QStringLiteral("organisation_name"), QStringLiteral("بانک ملی شعبه چهارباغ")},
                {QStringLiteral("mandate_number"), number},
                {QStringLiteral("services"), QJsonArray::fromStringList(services)},
                {QStringLiteral("valid_until"), until}},
            {});
    }

    SandboxHarness m_h;
};

QTEST_GUILESS_MAIN(TestSandboxMandates)
#include "tst_sandbox_mandates.moc"
