#pragma once

#include "Account.h"
#include "PasswordHasher.h"
#include "Session.h"
#include "StaffRecord.h"
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
//
// Staff belong to the office: every change an administrator makes here (and every password a
// person chooses) is queued in staff_outbox in the same transaction, and StaffExchange sends
// it to the backend; applyOfficeStaff() takes in what the other counters changed. Accounts are
// never deleted — their usernames stay on past receipts and audit events — only disabled.
//
// A password reset (and, when asked, a new account) sets must_change_password: login() then
// gives a session with mustChangePassword set, which Authorizer refuses for everything, and
// only changeRequiredPassword() turns it into a full session.
class AccountService
{
public:
    enum class FirstLogin {
        KeepPassword,      // the person logs in with the password given
        ChooseNewPassword, // the first log-in must choose a new one (must_change_password)
    };

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

    // Everything below up to changeOwnPassword needs Permission::ManageAccounts. Refusals leave
    // every account, audit and staff_outbox row as it was. Error codes besides auth.forbidden:
    // auth.username_invalid, auth.username_taken (also for a case or ي/ی, ك/ک, digit variant of
    // an existing username), auth.display_name_invalid, auth.password_too_short,
    // auth.password_common, auth.no_such_account, auth.last_admin (the last active
    // administrator would be disabled or given another role), auth.cannot_disable_self.
    [[nodiscard]] Result<qint64> createAccount(const Session& actor, const QString& username,
                                               const QString& displayName, Role role,
                                               const QString& password,
                                               FirstLogin firstLogin = FirstLogin::KeepPassword);
    Status updateAccount(const Session& actor, qint64 accountId, const QString& displayName,
                         Role role, bool active);
    // updateAccount() with only the active flag or only the role changed.
    Status setAccountActive(const Session& actor, qint64 accountId, bool active);
    Status setAccountRole(const Session& actor, qint64 accountId, Role role);
    // Ends a lockout at this counter now (lockouts are per counter, never synced). An account
    // that is not locked is left as it is (no audit event).
    Status unlockAccount(const Session& actor, qint64 accountId);
    // Sets must_change_password: the person chooses a new password at the next log-in.
    Status resetPassword(const Session& actor, qint64 accountId, const QString& newPassword);
    // Password hashes are cleared from the answer.
    [[nodiscard]] Result<QList<Account>> listAccounts(const Session& actor);
    // One account by username (normalised first); auth.no_such_account when there is none.
    [[nodiscard]] Result<Account> findAccount(const Session& actor, const QString& username);

    // Any logged-in account, for itself; needs the current password.
    Status changeOwnPassword(const Session& session, const QString& currentPassword,
                             const QString& newPassword);
    // The only thing a session with mustChangePassword may do: choose a new password (not the
    // current one: auth.password_unchanged). Returns the full session that replaces it.
    [[nodiscard]] Result<Session> changeRequiredPassword(const Session& session,
                                                         const QString& currentPassword,
                                                         const QString& newPassword);

    // Whether a session still stands, read from the account as it is now (a sync may have
    // disabled it at another counter): ok, auth.forbidden (no session), auth.disabled, or
    // auth.session_stale (role or password reset since log-in). The runtime checks it after
    // every sync that changed accounts and ends a session it refuses.
    Status checkSession(const Session& session);

    // The office's accounts as the backend sent them (StaffExchange), in revision order, in one
    // transaction with the new since-revision. A username with a change still queued here is
    // left alone: that change reaches the backend next and is the later one there. Each applied
    // record is an audit event (actor "(office)"). Returns how many accounts changed.
    [[nodiscard]] Result<int> applyOfficeStaff(const QList<StaffRecord>& records,
                                               qint64 sinceRevision);

    // Error codes: auth.bad_credentials, auth.locked (nativeCode = seconds left),
    // auth.disabled, auth.username_invalid.
    [[nodiscard]] Result<Session> login(const QString& username, const QString& password);
    // The same person confirms with their password again: counts failures like login() and
    // fails with "auth.session_stale" when the account was disabled or its role changed since
    // the session began.
    Status reauthenticate(const Session& session, const QString& password);
    Status logout(const Session& session);

    // 1–64 of Latin letters, Persian letters, digits and . _ - @. The stored and compared form:
    // Latin lower-cased, Arabic ي ى → ی and ك → ک, Persian and Arabic-Indic digits → ASCII. It
    // is also the X-Clerk-Id (percent-encoded UTF-8 on the wire, docs/api.md §2).
    [[nodiscard]] static Result<QString> normaliseUsername(const QString& username);
    // "clerk", "supervisor", "admin" (any case); auth.role_invalid otherwise.
    [[nodiscard]] static Result<Role> parseRole(const QString& name);

private:
    Result<qint64> insertAccount(const QString& username, const QString& displayName, Role role,
                                 const QString& password, const Session* actor,
                                 FirstLogin firstLogin);
    // Queues the account as it is now for the office's backend (inside the caller's
    // transaction).
    Status queueForOffice(qint64 accountId, bool create);
    // Reads the account for an administrator's change; auth.no_such_account.
    Result<Account> accountForChange(qint64 accountId);
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
