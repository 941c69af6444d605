#pragma once

#include "HttpClient.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pishkhan::test {

// A real pishkhan-sandbox process on a free loopback port with a throw-away data directory,
// started the way a developer or the client tests would start it.
class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList extraArgs = {});
    ~SandboxProcess();

    [[nodiscard]] bool start(const QStringList& moreArgs = {});
    void stop();
    // Stops and starts again on the same data directory (the port may change).
    [[nodiscard]] bool restart(const QStringList& moreArgs = {});

    [[nodiscard]] const QString& url() const { return m_url; }
    [[nodiscard]] const QString& pin() const { return m_pin; }
    // The X-Admin-Token the sandbox printed at start.
    [[nodiscard]] const QString& adminToken() const { return m_adminToken; }
    [[nodiscard]] const QString& certPath() const { return m_cert; }
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }
    [[nodiscard]] QString smsLogPath() const { return m_dir.path() + QStringLiteral("/sms.log"); }
    [[nodiscard]] const QString& startError() const { return m_error; }
    // Everything the server wrote on stderr so far (its request log).
    [[nodiscard]] QByteArray log();

    [[nodiscard]] std::unique_ptr<HttpClient> client() const;

private:
    QStringList m_args;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    QString m_pin;
    QString m_cert;
    QString m_adminToken;
    QString m_error;
};

} // namespace pishkhan::test
