#include "IdleLock.h"

#include "AccountService.h"
#include "AuditLog.h"

#include <QElapsedTimer>

namespace pishkhan {

namespace {

IdleLock::MonotonicSource elapsedTimerSource()
{
    QElapsedTimer timer;
    timer.start();
    return [timer] { return timer.elapsed(); };
}

} // namespace

IdleLock::IdleLock(AccountService& accounts, AuditLog& audit, Session session, qint64 timeoutMs,
                   MonotonicSource monotonic)
    : m_accounts(accounts)
    , m_audit(audit)
    , m_session(std::move(session))
    , m_monotonic(monotonic ? std::move(monotonic) : elapsedTimerSource())
    , m_timeoutMs(timeoutMs)
    , m_lastActivity(m_monotonic())
{}

void IdleLock::setTimeoutMs(qint64 timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

void IdleLock::activity()
{
    if (!m_locked)
        m_lastActivity = m_monotonic();
}

bool IdleLock::isLocked()
{
    if (!m_locked && m_timeoutMs > 0 && m_monotonic() - m_lastActivity >= m_timeoutMs)
        lock();
    return m_locked;
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    record(true, true);
}

Status IdleLock::unlock(const QString& password)
{
    if (!m_locked)
        return {};
    Status s = m_accounts.reauthenticate(m_session, password);
    if (!s) {
        record(false, false);
        return s;
    }
    m_locked = false;
    m_lastActivity = m_monotonic();
    record(false, true);
    return {};
}

void IdleLock::record(bool locking, bool ok)
{
    // The lock state is decided by the caller before this; a failed audit write (disk full)
    // must never keep a counter open or shut by surprise, so its result is not acted on.
    (void)m_audit.record(locking ? AuditKind::IdleLocked
                                 : (ok ? AuditKind::Unlocked : AuditKind::UnlockFailed),
                         m_session, m_session.username);
}

} // namespace pishkhan
