#pragma once

#include "EscPosTarget.h"
#include "core/Result.h"

#include <QByteArray>

#include <memory>

namespace pishkhan {

// The byte pipe to an ESC/POS printer. Blocking with timeouts: a job is a few hundred
// kilobytes at most and the caller waits for its answer anyway.
class EscPosTransport
{
public:
    virtual ~EscPosTransport() = default;
    EscPosTransport() = default;
    EscPosTransport(const EscPosTransport&) = delete;
    EscPosTransport& operator=(const EscPosTransport&) = delete;

    // Error code: print.unreachable (refused, timed out, no such device, no permission).
    [[nodiscard]] virtual Status open(int timeoutMs) = 0;
    // All of data, or Error print.write_failed (the printer stopped taking bytes in time or
    // the connection broke).
    [[nodiscard]] virtual Status write(const QByteArray& data, int timeoutMs) = 0;
    // Up to count bytes that arrive within timeoutMs. Fewer, even none, is not an error: many
    // device files and some printers never answer.
    [[nodiscard]] virtual QByteArray read(int count, int timeoutMs) = 0;
    // Whether this transport can carry an answer back at all (a write-only device cannot).
    [[nodiscard]] virtual bool canRead() const = 0;
    virtual void close() = 0;

    // The transport for a target's kind; nullptr for an empty target.
    [[nodiscard]] static std::unique_ptr<EscPosTransport> create(const EscPosTarget& target);
};

} // namespace pishkhan
