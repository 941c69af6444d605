#pragma once

#include "Account.h"
#include "PasswordHasher.h"
#include "Session.h"
#include "core/Result.h"

#include <QList>

#include <functional>

namespace pishkhan {

class AuditLog;
class Clock;
class Database;

// Local accounts: first-run admin, account management (admin only), login with lockout, and
// reauthentication for the supervisor's confirmations (void approval, day close).
//
// Lockout: kMaxFailedLogins wrong passwords in a row lock the account for kLockoutMs. While
// locked, attempts are refused without checking the password (so a lock is not a guessing
// oracle) and do not extend the lock; the error "auth.locked" carries the remaining whole
// seconds in Error::retryAfterSeconds() (and, as before, Error::nativeCode()) for the UI's
// "try again in …". A lock never ends later than kLockoutMs from now, even when the clock
// was moved back after it was set. When the lock has run out the
// count starts again from zero. Wrong passwords given to reauthenticate() count the same way.
//
// Unknown usernames get the same error as wrong passwords ("auth.bad_credentials") after the
// same PBKDF2 work, so the login screen does not reveal which accounts exist.
//
// Every outcome is in the audit trail: login, login_failed, account_locked, account_created,
// account_changed, password_changed, logout.
class AccountService
{
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr qint64 kLockoutMs = 5 * 60 * 1000;
    static constexpr int kMaxUsernameLength = 64;

    AccountService(Database& db, AuditLog& audit, const Clock& clock,
                   int pbkdf2Iterations = PasswordHasher::kProductionIterations);

    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const PasswordHasher& hasher() const { return m_hasher; }

    // True while there is no account at all: the app then asks for the first admin.
    [[nodiscard]] Result<bool> needsFirstAdmin();
    // What the first administrator needs besides an empty accounts table; a live counter
    // (DeskRuntime) requires that this store itself was activated. Empty = nothing more.
    void setFirstAdminGate(std::function<Status()> gate) { m_firstAdminGate = std::move(gate); }
    // Only while needsFirstAdmin(); refused afterwards ("auth.already_initialised") and while
    // the gate refuses (its error).
    [[nodiscard]] Result<qint64>
    createFirstAdmin(const QString& username, const QString& displayName, const QString& password);

    // Permission::ManageAccounts.
    [[nodiscard]] Result<qint64> createAccount(const Session& actor, const QString& username,
                                               const QString& displayName, Role role,
                                               const QString& password);
    Status updateAccount(const Session& actor, qint64 accountId, const QString& displayName,
                         Role role, bool active);
    Status resetPassword(const Session& actor, qint64 accountId, const QString& newPassword);
    // Password hashes are cleared from the answer.
    [[nodiscard]] Result<QList<Account>> listAccounts(const Session& actor);

    // Any logged-in account, for itself; needs the current password.
    Status changeOwnPassword(const Session& session, const QString& currentPassword,
                             const QString& newPassword);

    // Error codes: auth.bad_credentials, auth.locked (nativeCode = seconds left),
    // auth.disabled, auth.username_invalid.
    [[nodiscard]] Result<Session> login(const QString& username, const QString& password);
    // The same person confirms with their password again: counts failures like login() and
    // fails with "auth.session_stale" when the account was disabled or its role changed since
    // the session began.
    Status reauthenticate(const Session& session, const QString& password);
    Status logout(const Session& session);

    // 1–64 of A-Z a-z 0-9 . _ - @ (what the backend accepts as X-Clerk-Id); lower-cased.
    [[nodiscard]] static Result<QString> normaliseUsername(const QString& username);

private:
    Result<qint64> insertAccount(const QString& username, const QString& displayName, Role role,
                                 const QString& password, const Session* actor);
    // Checks lock, password and active flag for a known account and records the outcome. The
    // row is read again inside the write transaction: what another connection wrote meanwhile
    // (a failed attempt, a lock) counts.
    Status checkPassword(const Account& account, const QString& password, const QString& context);
    // auth.locked while the account's lock holds, never for longer than kLockoutMs from now
    // (a lock from before the clock was moved back is cut to that, and stored so).
    Status refuseWhileLocked(qint64 accountId, qint64 now);
    Result<qint64> countActiveAdmins();

    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
    PasswordHasher m_hasher;
    QString m_dummyHash; // what unknown usernames are checked against
    std::function<Status()> m_firstAdminGate;
};

} // namespace pishkhan
