#pragma once

#include "counter/TrainingBackend.h"

#include <memory>

namespace pishkhan::sandbox {

class SandboxServer;

// The training backend of pishkhan-desk, pishkhanctl and the tests: the reference sandbox
// server inside the process.
class SandboxTrainingBackend : public TrainingBackend
{
public:
    SandboxTrainingBackend();
    ~SandboxTrainingBackend() override;

    [[nodiscard]] Result<TrainingEndpoint> start(const TrainingBackendOptions& options) override;
    void stop() override;
    [[nodiscard]] bool isRunning() const override;
    [[nodiscard]] const TrainingEndpoint& endpoint() const override { return m_endpoint; }
    [[nodiscard]] Result<QString> issueActivationCode(const QString& officeCode) override;
    [[nodiscard]] QJsonArray smsMessages(int limit) const override;

private:
    std::unique_ptr<SandboxServer> m_server;
    TrainingEndpoint m_endpoint;
};

} // namespace pishkhan::sandbox
