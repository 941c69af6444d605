#include "SandboxHarness.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace pishkhan::test {

SandboxHarness::SandboxHarness(QStringList args)
    : m_process(std::move(args))
{}

bool SandboxHarness::start()
{
    if (!m_process.start()) {
        m_error = m_process.startError();
        return false;
    }
    connectClients();
    return true;
}

bool SandboxHarness::restart(const QStringList& moreArgs)
{
    if (!m_process.restart(moreArgs)) {
        m_error = m_process.startError();
        return false;
    }
    connectClients();
    return true;
}

void SandboxHarness::connectClients()
{
    m_api = m_process.client();
    m_admin = m_process.client();
    m_admin->setDefaultHeader("X-Admin-Token", m_process.adminToken().toLatin1());
    m_api->setDefaultHeader("X-Clerk-Id", "clerk.1");
    if (!m_token.isEmpty())
        m_api->setDefaultHeader("Authorization", "Bearer " + m_token.toLatin1());
}

QByteArray SandboxHarness::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

QString SandboxHarness::activationCode(const QString& office)
{
    const HttpReply r = m_admin->post(QStringLiteral("/admin/v1/activation-codes"),
                                      QJsonObject{{QStringLiteral("office_code"), office}}, {});
    return r.json().value(QStringLiteral("activation_code")).toString();
}

bool SandboxHarness::activate(const QString& office)
{
    const QString code = activationCode(office);
    const HttpReply r = m_api->post(
        QStringLiteral("/api/v1/devices/activate"),
        QJsonObject{{QStringLiteral("office_code"), office},
                    {QStringLiteral("activation_code"), code},
                    {QStringLiteral("device_public_key"),
                     QString::fromLatin1(m_device.publicKey().toBase64())},
                    {QStringLiteral("device_label"), QStringLiteral("counter under test")}},
        newKey());
    if (r.status != 201) {
        m_error = r.describe();
        return false;
    }
    m_deviceId = r.json().value(QStringLiteral("device_id")).toString();
    m_token = r.json().value(QStringLiteral("token")).toString();
    m_api->setDefaultHeader("Authorization", "Bearer " + m_token.toLatin1());
    return true;
}

QString SandboxHarness::lastCode(const QString& mobile) const
{
    QFile file(m_process.smsLogPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString code;
    static const QRegularExpression digits(QStringLiteral("([0-9]{6})"));
    while (!file.atEnd()) {
        const QJsonObject m = QJsonDocument::fromJson(file.readLine()).object();
        if (m.value(QStringLiteral("to")).toString() == mobile)
            code = digits.match(m.value(QStringLiteral("text")).toString()).captured(1);
    }
    return code;
}

HttpReply SandboxHarness::challenge(const QString& nationalCode, const QString& mobile,
                                    const QString& serviceId)
{
    return m_api->post(QStringLiteral("/api/v1/consents/challenges"),
                       QJsonObject{{QStringLiteral("national_code"), nationalCode},
                                   {QStringLiteral("mobile"), mobile},
                                   {QStringLiteral("service_id"), serviceId}},
                       newKey());
}

QString SandboxHarness::consent(const QString& nationalCode, const QString& mobile,
                                const QString& serviceId)
{
    const HttpReply c = challenge(nationalCode, mobile, serviceId);
    if (c.status != 201) {
        m_error = c.describe();
        return {};
    }
    const QString id = c.json().value(QStringLiteral("challenge_id")).toString();
    const HttpReply v =
        m_api->post(QStringLiteral("/api/v1/consents/challenges/") + id + QStringLiteral("/verify"),
                    QJsonObject{{QStringLiteral("code"), lastCode(mobile)}}, newKey());
    if (v.status != 201) {
        m_error = v.describe();
        return {};
    }
    return v.json().value(QStringLiteral("consent_token")).toString();
}

QJsonObject SandboxHarness::renovation(int district, int area, int block, int property)
{
    return {{QStringLiteral("district"), district},
            {QStringLiteral("area"), area},
            {QStringLiteral("block"), block},
            {QStringLiteral("property"), property},
            {QStringLiteral("building"), 0},
            {QStringLiteral("apartment"), 0},
            {QStringLiteral("shop"), 0}};
}

QJsonObject SandboxHarness::propertyFileRequest(const QString& consentToken,
                                                const QString& nationalCode) const
{
    return {{QStringLiteral("service_id"), QStringLiteral("property-file")},
            {QStringLiteral("district"), 6},
            {QStringLiteral("citizen"),
             QJsonObject{{QStringLiteral("national_code"), nationalCode},
                         {QStringLiteral("mobile"), QStringLiteral("09121234567")}}},
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("renovation_code"), renovation(6, 12, 345, 17)}}},
            {QStringLiteral("consent_token"), consentToken},
            {QStringLiteral("fee_rials"), 80000},
            {QStringLiteral("receipt_number"), QStringLiteral("1001-1-20250321-0001")},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")}}}};
}

void SandboxHarness::advanceClock(qint64 seconds)
{
    (void)m_admin->post(QStringLiteral("/admin/v1/clock"),
                        QJsonObject{{QStringLiteral("advance_seconds"), seconds}}, {});
}

HttpReply SandboxHarness::setFaults(const QJsonObject& faults)
{
    return m_admin->post(QStringLiteral("/admin/v1/faults"), faults, {});
}

qint64 SandboxHarness::count(const QString& table)
{
    return m_admin->get(QStringLiteral("/admin/v1/stats"))
        .json()
        .value(QStringLiteral("counts"))
        .toObject()
        .value(table)
        .toInteger(-1);
}

} // namespace pishkhan::test
