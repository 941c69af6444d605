#include "SandboxTrainingBackend.h"

#include "SandboxServer.h"

namespace pishkhan::sandbox {

using namespace Qt::StringLiterals;

SandboxTrainingBackend::SandboxTrainingBackend() = default;

SandboxTrainingBackend::~SandboxTrainingBackend() = default;

Result<TrainingEndpoint> SandboxTrainingBackend::start(const TrainingBackendOptions& options)
{
    m_server = std::make_unique<SandboxServer>();
    SandboxOptions sandboxOptions;
    sandboxOptions.dataDir = options.dataDir;
    sandboxOptions.port = options.port;
    sandboxOptions.faults.latencyMs = options.latencyMs;
    sandboxOptions.smsKey = options.smsKey;
    auto started = m_server->start(sandboxOptions);
    if (!started) {
        m_server.reset();
        return started.error();
    }
    m_endpoint = TrainingEndpoint{started->port,       started->url,
                                  started->pin,        started->certificatePath,
                                  started->smsLogPath, started->adminToken};
    return m_endpoint;
}

void SandboxTrainingBackend::stop()
{
    m_server.reset();
}

bool SandboxTrainingBackend::isRunning() const
{
    return m_server && m_server->isRunning();
}

Result<QString> SandboxTrainingBackend::issueActivationCode(const QString& officeCode)
{
    if (!m_server)
        return TrainingBackend::notRunning(u"no activation code before the sandbox starts"_s);
    return m_server->issueActivationCode(officeCode);
}

QJsonArray SandboxTrainingBackend::smsMessages(int limit) const
{
    return m_server ? m_server->smsMessages(limit) : QJsonArray();
}

} // namespace pishkhan::sandbox
