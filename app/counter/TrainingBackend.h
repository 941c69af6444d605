#pragma once

#include "core/Result.h"

#include <QString>

namespace pishkhan {

// Where a running training backend answers.
struct TrainingEndpoint
{
    quint16 port = 0;
    QString url;             // https://127.0.0.1:PORT
    QString pin;             // sha256//base64 of the SPKI
    QString certificatePath; // the PEM a client can use as its CA file
    QString smsLogPath;      // the "citizen's phone": one JSON object per text message
};

struct TrainingBackendOptions
{
    QString dataDir;   // the backend's own state
    quint16 port = 0;  // 0 = any free port
    int latencyMs = 0; // added to every answer (tests of the "never blocks" rule)
};

// The municipal backend that training mode and the self-test run inside the process. The
// counter only sees this interface; the executables (and the tests) hand in an implementation,
// so the counter's library does not depend on the reference server.
class TrainingBackend
{
public:
    virtual ~TrainingBackend() = default;

    // Starts listening on loopback over TLS; a running backend is stopped first.
    [[nodiscard]] virtual Result<TrainingEndpoint> start(const TrainingBackendOptions& options) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isRunning() const = 0;
    // The endpoint of the last successful start().
    [[nodiscard]] virtual const TrainingEndpoint& endpoint() const = 0;
    // An activation code for one of the sample offices (IF-1001 ...).
    [[nodiscard]] virtual Result<QString> issueActivationCode(const QString& officeCode) = 0;

    // training.not_running: no backend was handed in, or it is not started.
    [[nodiscard]] static Error notRunning(const QString& detail);
};

} // namespace pishkhan
