#pragma once

#include "Session.h"
#include "core/Result.h"

#include <functional>

namespace pishkhan {

class AccountService;
class AuditLog;

// The counter locks itself after a period without input (default 5 minutes, configurable in
// settings) and only the same person's password opens it again. The lock is only a gate: it
// owns none of the screen's state, so a half-filled form (the UI's objects) is untouched by
// lock and unlock; the UI just covers it. Another clerk who wants the counter logs the first
// one out instead (their form is then the UI's to discard).
//
// The idle period is measured on a monotonic timer (QElapsedTimer), not the wall clock: moving
// the system clock forward must not lock a counter in use, nor moving it back keep an idle
// one open. Wrong unlock passwords count toward the account's lockout like a failed login.
class IdleLock
{
public:
    static constexpr qint64 kDefaultTimeoutMs = 5 * 60 * 1000;

    // Milliseconds from any fixed start, never going back; tests hand in their own.
    using MonotonicSource = std::function<qint64()>;

    // An empty source means the process's QElapsedTimer.
    IdleLock(AccountService& accounts, AuditLog& audit, Session session,
             qint64 timeoutMs = kDefaultTimeoutMs, MonotonicSource monotonic = {});

    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] qint64 timeoutMs() const { return m_timeoutMs; }
    // <= 0 disables the idle lock (lock() still works).
    void setTimeoutMs(qint64 timeoutMs);

    // Keyboard or mouse input: restarts the idle period. Ignored while locked.
    void activity();
    // Locks (and records idle_locked) once the idle period has run out. The UI calls this from
    // a timer; the answer is what to show.
    [[nodiscard]] bool isLocked();
    // Locks now ("lock the counter" button).
    void lock();
    // Same account's password only. Error codes: those of AccountService::reauthenticate.
    Status unlock(const QString& password);

private:
    void record(bool locking, bool ok);

    AccountService& m_accounts;
    AuditLog& m_audit;
    Session m_session;
    MonotonicSource m_monotonic;
    qint64 m_timeoutMs;
    qint64 m_lastActivity;
    bool m_locked = false;
};

} // namespace pishkhan
