#pragma once

#include "HttpClient.h"
#include "SandboxProcess.h"
#include "TestDevice.h"

#include <QJsonObject>

#include <memory>

namespace pishkhan::test {

// Scenario helpers over one running sandbox: an activated device with its API client, the
// loopback admin client, the citizen's "phone" (the SMS log) and request builders.
class SandboxHarness
{
public:
    explicit SandboxHarness(QStringList args = {});

    [[nodiscard]] bool start();
    [[nodiscard]] bool restart(const QStringList& moreArgs = {});
    [[nodiscard]] QString error() const { return m_error; }

    SandboxProcess& process() { return m_process; }
    HttpClient& api() { return *m_api; }     // authenticated as the activated device
    HttpClient& admin() { return *m_admin; } // the admin token, no device credentials
    TestDevice& device() { return m_device; }
    [[nodiscard]] const QString& deviceId() const { return m_deviceId; }
    [[nodiscard]] const QString& token() const { return m_token; }

    // Activates m_device for an office; the api() client then carries its token.
    [[nodiscard]] bool activate(const QString& office = QStringLiteral("IF-1001"));
    [[nodiscard]] QString activationCode(const QString& office);

    // The newest code the "phone" of this mobile received.
    [[nodiscard]] QString lastCode(const QString& mobile) const;
    [[nodiscard]] HttpReply challenge(const QString& nationalCode, const QString& mobile,
                                      const QString& serviceId);
    // Challenge + read the SMS + verify: a fresh consent token (empty on failure).
    [[nodiscard]] QString consent(const QString& nationalCode, const QString& mobile,
                                  const QString& serviceId);

    [[nodiscard]] static QJsonObject renovation(int district, int area, int block, int property);
    // A complete, valid property-file request for the sample property 6-12-345-17-0-0-0.
    [[nodiscard]] QJsonObject propertyFileRequest(const QString& consentToken,
                                                  const QString& nationalCode) const;

    void advanceClock(qint64 seconds);
    [[nodiscard]] HttpReply setFaults(const QJsonObject& faults);
    [[nodiscard]] qint64 count(const QString& table);
    [[nodiscard]] static QByteArray newKey();

private:
    void connectClients();

    SandboxProcess m_process;
    TestDevice m_device;
    std::unique_ptr<HttpClient> m_api;
    std::unique_ptr<HttpClient> m_admin;
    QString m_deviceId;
    QString m_token;
    QString m_error;
};

} // namespace pishkhan::test
