#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace pishkhan {

// Where a running training backend answers.
struct TrainingEndpoint
{
    quint16 port = 0;
    QString url;             // https://127.0.0.1:PORT
    QString pin;             // sha256//base64 of the SPKI
    QString certificatePath; // the PEM a client can use as its CA file
    QString smsLogPath;      // plain JSON-lines SMS log; empty when the texts are encrypted
    QString adminToken;      // X-Admin-Token for the backend's /admin calls
};

struct TrainingBackendOptions
{
    QString dataDir;   // the backend's own state
    quint16 port = 0;  // 0 = any free port
    int latencyMs = 0; // added to every answer (tests of the "never blocks" rule)
    // Non-empty (the counter's training mode): the texts the backend "sends" hold full mobile
    // numbers and are kept encrypted under this 32-byte key, never in a plain file.
    QByteArray smsKey;
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
    // The citizen's "phone": the texts sent so far, newest last, each {at, to, challenge_id,
    // text}; at most limit of them.
    [[nodiscard]] virtual QJsonArray smsMessages(int limit) const = 0;

    // training.not_running: no backend was handed in, or it is not started.
    [[nodiscard]] static Error notRunning(const QString& detail);
};

} // namespace pishkhan
