#pragma once

#include "core/Result.h"

#include <QtGlobal>

#include <optional>

namespace pishkhan {

// What an ESC/POS printer answers to DLE EOT 1 (printer), 2 (offline cause) and 4 (roll paper
// sensor), one byte each. A printer that gives no answer (a device file without read-back, a
// printer that ignores real-time commands) is an unreported status, never a made-up "ready".
struct EscPosStatus
{
    // The printer answered all three requests with well-formed status bytes.
    bool reported = false;
    bool offline = false;
    bool coverOpen = false;
    bool paperOut = false;
    bool paperNearEnd = false;
    // The printer stopped on an error (a jammed cutter, a head too hot, a mechanical fault).
    bool error = false;
    bool feedButtonPressed = false;

    // A status byte always has bits 1 and 4 set and bits 0 and 7 clear; anything else (a stray
    // byte, line noise on a serial cable) is not a status.
    [[nodiscard]] static bool isStatusByte(quint8 byte);
    // The three answers in request order; nullopt when any of them is not a status byte.
    [[nodiscard]] static std::optional<EscPosStatus> fromBytes(quint8 printer, quint8 offlineCause,
                                                               quint8 paper);

    // Whether a job may start. Error codes: print.cover_open, print.paper_out,
    // print.printer_error, print.offline. A near-end roll still prints; an unreported status
    // is not a refusal (the job is sent and the printer is trusted).
    [[nodiscard]] Status readiness() const;
};

} // namespace pishkhan
