#include "AccountService.h"

#include "AccountStore.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "PasswordPolicy.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error badCredentials()
{
    return Error(u"auth.bad_credentials"_s,
                 QT_TRANSLATE_NOOP("Error", "The username or password is not correct."));
}

Error alreadyInitialised()
{
    return Error(u"auth.already_initialised"_s,
                 QT_TRANSLATE_NOOP("Error", "The first administrator has already been created."));
}

Error noSuchAccount(qint64 accountId)
{
    return Error(u"auth.no_such_account"_s, QT_TRANSLATE_NOOP("Error", "There is no such account."),
                 u"account id "_s + QString::number(accountId));
}

Error lockedError(const QString& username, qint64 remainingMs)
{
    const int seconds = int((remainingMs + 999) / 1000);
    return Error(u"auth.locked"_s,
                 QT_TRANSLATE_NOOP("Error", "This account is locked after too many wrong "
                                            "passwords. Try again when the waiting time is over."),
                 u"account "_s + username + u" locked for another "_s + QString::number(seconds) +
                     u" s"_s,
                 seconds)
        .retryAfter(seconds);
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status validateDisplayName(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > 100)
        return Error(u"auth.display_name_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "Enter a name of at most 100 characters."));
    return {};
}

} // namespace

AccountService::AccountService(Database& db, AuditLog& audit, const Clock& clock,
                               int pbkdf2Iterations)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_hasher(pbkdf2Iterations)
{}

Result<QString> AccountService::normaliseUsername(const QString& username)
{
    const QString name = username.trimmed().toLower();
    bool ok = !name.isEmpty() && name.size() <= kMaxUsernameLength;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        ok = ok && ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' ||
                    u == u'_' || u == u'-' || u == u'@');
    }
    if (!ok)
        return Error(u"auth.username_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "A username is 1 to 64 Latin letters, digits and "
                                                "the characters . _ - @"));
    return name;
}

Result<bool> AccountService::needsFirstAdmin()
{
    Result<qint64> n = AccountStore(m_db).count();
    if (!n)
        return n.error();
    return *n == 0;
}

Result<qint64> AccountService::createFirstAdmin(const QString& username, const QString& displayName,
                                                const QString& password)
{
    Result<bool> first = needsFirstAdmin();
    if (!first)
        return first.error();
    if (!*first)
        return alreadyInitialised();
    if (m_firstAdminGate)
        if (Status allowed = m_firstAdminGate(); !allowed)
            return allowed.error();
    return insertAccount(username, displayName, Role::Admin, password, nullptr);
}

Result<qint64> AccountService::createAccount(const Session& actor, const QString& username,
                                             const QString& displayName, Role role,
                                             const QString& password)
{
    if (Status s = Authorizer::require(actor, Permission::ManageAccounts); !s)
        return s.error();
    return insertAccount(username, displayName, role, password, &actor);
}

Result<qint64> AccountService::insertAccount(const QString& username, const QString& displayName,
                                             Role role, const QString& password,
                                             const Session* actor)
{
    Result<QString> name = normaliseUsername(username);
    if (!name)
        return name.error();
    if (Status s = validateDisplayName(displayName); !s)
        return s.error();
    if (Status s = PasswordPolicy::check(password, *name); !s)
        return s.error();
    // The slow KDF runs before the write lock is taken.
    Result<QString> hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (!actor) {
        // Re-checked under the write lock: two first-run dialogs must not both make an admin.
        Result<qint64> n = AccountStore(m_db).count();
        if (!n)
            return n.error();
        if (*n != 0)
            return alreadyInitialised();
    }
    Account account;
    account.username = *name;
    account.displayName = displayName.trimmed();
    account.role = role;
    account.passwordHash = *hash;
    account.createdAt = m_clock.nowMs();
    Result<qint64> id = AccountStore(m_db).insert(account);
    if (!id)
        return id.error();

    AuditEvent e;
    e.kind = AuditKind::AccountCreated;
    e.accountId = actor ? actor->accountId : *id;
    e.username = actor ? actor->username : *name;
    e.subject = *name;
    e.detail = json({{u"role"_s, roleName(role)}, {u"first_admin"_s, actor == nullptr}});
    if (Result<AuditEvent> r = m_audit.recordInTransaction(e); !r)
        return r.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> AccountService::countActiveAdmins()
{
    return m_db.queryInt64("SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND active = 1");
}

Status AccountService::updateAccount(const Session& actor, qint64 accountId,
                                     const QString& displayName, Role role, bool active)
{
    if (Status s = Authorizer::require(actor, Permission::ManageAccounts); !s)
        return s;
    if (Status s = validateDisplayName(displayName); !s)
        return s;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AccountStore store(m_db);
    Result<std::optional<Account>> found = store.findById(accountId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchAccount(accountId);
    const Account& before = **found;
    // The office must never lose its last administrator: nobody could manage accounts again.
    if (before.role == Role::Admin && before.active && (role != Role::Admin || !active)) {
        Result<qint64> admins = countActiveAdmins();
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return Error(u"auth.last_admin"_s,
                         QT_TRANSLATE_NOOP("Error", "The last administrator cannot be disabled "
                                                    "or given another role."));
    }
    if (Status s =
            store.updateProfile(accountId, displayName.trimmed(), role, active, m_clock.nowMs());
        !s)
        return s;
    if (Result<AuditEvent> r =
            m_audit.recordInTransaction(AuditEvent{0,
                                                   0,
                                                   AuditKind::AccountChanged,
                                                   actor.accountId,
                                                   actor.username,
                                                   before.username,
                                                   json({{u"role_before"_s, roleName(before.role)},
                                                         {u"role"_s, roleName(role)},
                                                         {u"active_before"_s, before.active},
                                                         {u"active"_s, active}}),
                                                   {},
                                                   {}});
        !r)
        return r.error();
    return tx->commit();
}

Status AccountService::resetPassword(const Session& actor, qint64 accountId,
                                     const QString& newPassword)
{
    if (Status s = Authorizer::require(actor, Permission::ManageAccounts); !s)
        return s;
    AccountStore store(m_db);
    Result<std::optional<Account>> found = store.findById(accountId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchAccount(accountId);
    if (Status s = PasswordPolicy::check(newPassword, (*found)->username); !s)
        return s;
    Result<QString> hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (Status s = store.updatePasswordHash(accountId, *hash, m_clock.nowMs()); !s)
        return s;
    if (Result<AuditEvent> r =
            m_audit.recordInTransaction(AuditEvent{0,
                                                   0,
                                                   AuditKind::AccountChanged,
                                                   actor.accountId,
                                                   actor.username,
                                                   (*found)->username,
                                                   json({{u"password_reset"_s, true}}),
                                                   {},
                                                   {}});
        !r)
        return r.error();
    return tx->commit();
}

Result<QList<Account>> AccountService::listAccounts(const Session& actor)
{
    if (Status s = Authorizer::require(actor, Permission::ManageAccounts); !s)
        return s.error();
    Result<QList<Account>> all = AccountStore(m_db).list();
    if (!all)
        return all;
    for (Account& a : *all)
        a.passwordHash.clear();
    return all;
}

Status AccountService::changeOwnPassword(const Session& session, const QString& currentPassword,
                                         const QString& newPassword)
{
    if (Status s = reauthenticate(session, currentPassword); !s)
        return s;
    if (Status s = PasswordPolicy::check(newPassword, session.username); !s)
        return s;
    Result<QString> hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (Status s = AccountStore(m_db).updatePasswordHash(session.accountId, *hash, m_clock.nowMs());
        !s)
        return s;
    if (Result<AuditEvent> r = m_audit.recordInTransaction(AuditEvent{0,
                                                                      0,
                                                                      AuditKind::PasswordChanged,
                                                                      session.accountId,
                                                                      session.username,
                                                                      session.username,
                                                                      {},
                                                                      {},
                                                                      {}});
        !r)
        return r.error();
    return tx->commit();
}

Status AccountService::refuseWhileLocked(qint64 accountId, qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AccountStore store(m_db);
    Result<std::optional<Account>> found = store.findById(accountId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return badCredentials();
    const Account& account = **found;
    if (account.lockedUntil <= now)
        return {};
    // A lock set before the clock was moved back would otherwise last until the old time
    // comes round again: it is cut to the lockout period from now, and stored so.
    const qint64 until = qMin(account.lockedUntil, now + kLockoutMs);
    if (until != account.lockedUntil) {
        if (Status s = store.updateLockout(account.id, account.failedLogins, until, now); !s)
            return s;
        if (Status s = tx->commit(); !s)
            return s;
    }
    return lockedError(account.username, until - now);
}

Status AccountService::checkPassword(const Account& account, const QString& password,
                                     const QString& context)
{
    const qint64 now = m_clock.nowMs();
    // While locked the password is not even looked at, so a lock is not a guessing oracle.
    if (Status s = refuseWhileLocked(account.id, now); !s)
        return s;

    // The slow KDF runs outside the write lock; what it decided is applied to the row as it
    // is under the lock, so parallel attempts through other connections are all counted.
    bool match = m_hasher.verify(password, account.passwordHash);

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AccountStore store(m_db);
    Result<std::optional<Account>> found = store.findById(account.id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return badCredentials();
    const Account& current = **found;
    if (current.lockedUntil > now) // another attempt locked it while this one was hashing
        return lockedError(current.username, qMin(current.lockedUntil - now, kLockoutMs));
    if (current.passwordHash != account.passwordHash)
        match = m_hasher.verify(password, current.passwordHash);
    // A lock that has run out starts the count again.
    const int failedBefore = current.lockedUntil != 0 ? 0 : current.failedLogins;

    if (match) {
        if (failedBefore != 0 || current.lockedUntil != 0) {
            if (Status s = store.updateLockout(current.id, 0, 0, now); !s)
                return s;
        }
        if (current.active && m_hasher.needsRehash(current.passwordHash)) {
            // Raised iteration count: upgrade the stored hash now that we know the password.
            if (Result<QString> h = m_hasher.hash(password); h) {
                if (Status s = store.updatePasswordHash(current.id, *h, now); !s)
                    return s;
            }
        }
        if (Status s = tx->commit(); !s)
            return s;
        if (!current.active)
            return Error(u"auth.disabled"_s,
                         QT_TRANSLATE_NOOP("Error", "This account has been disabled."),
                         u"account "_s + current.username);
        return {};
    }

    const int failed = failedBefore + 1;
    const bool lockNow = failed >= kMaxFailedLogins;
    const qint64 lockedUntil = lockNow ? now + kLockoutMs : 0;
    if (Status s =
            store.updateLockout(current.id, lockNow ? kMaxFailedLogins : failed, lockedUntil, now);
        !s)
        return s;
    if (Result<AuditEvent> r =
            m_audit.recordInTransaction(AuditEvent{0,
                                                   0,
                                                   AuditKind::LoginFailed,
                                                   current.id,
                                                   current.username,
                                                   context,
                                                   json({{u"failed_in_a_row"_s, failed}}),
                                                   {},
                                                   {}});
        !r)
        return r.error();
    if (lockNow) {
        if (Result<AuditEvent> r = m_audit.recordInTransaction(
                AuditEvent{0,
                           0,
                           AuditKind::AccountLocked,
                           current.id,
                           current.username,
                           context,
                           json({{u"locked_until"_s, double(lockedUntil)}}),
                           {},
                           {}});
            !r)
            return r.error();
    }
    if (Status s = tx->commit(); !s)
        return s;
    if (lockNow)
        return lockedError(current.username, kLockoutMs);
    return badCredentials();
}

Result<Session> AccountService::login(const QString& username, const QString& password)
{
    Result<QString> name = normaliseUsername(username);
    Result<std::optional<Account>> found =
        name ? AccountStore(m_db).findByUsername(*name)
             : Result<std::optional<Account>>(std::optional<Account>());
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // Same work as a real check, so timing does not tell which usernames exist.
        if (m_dummyHash.isEmpty())
            m_dummyHash = m_hasher.hash(u"timing-equaliser"_s).valueOr(QString());
        (void)m_hasher.verify(password, m_dummyHash);
        AuditEvent e;
        e.kind = AuditKind::LoginFailed;
        // What was typed is kept only when it is a well-formed username: a password typed into
        // the username field must not end up in the trail.
        e.username = name ? *name : u"(invalid)"_s;
        e.subject = u"login"_s;
        e.detail = json({{u"unknown_account"_s, true}});
        if (Result<AuditEvent> r = m_audit.record(e); !r)
            return r.error();
        return badCredentials();
    }
    const Account& account = **found;
    if (Status s = checkPassword(account, password, u"login"_s); !s)
        return s.error();

    Session session{account.id, account.username, account.displayName, account.role,
                    m_clock.nowMs()};
    if (Result<AuditEvent> r = m_audit.record(AuditKind::Login, session, account.username,
                                              json({{u"role"_s, roleName(account.role)}}));
        !r)
        return r.error();
    return session;
}

Status AccountService::reauthenticate(const Session& session, const QString& password)
{
    if (!session.isValid())
        return Authorizer::require(session, Permission::ServeCitizen);
    Result<std::optional<Account>> found = AccountStore(m_db).findById(session.accountId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->role != session.role ||
        (*found)->username != session.username)
        return Error(u"auth.session_stale"_s,
                     QT_TRANSLATE_NOOP("Error", "Your account was changed since you logged in; "
                                                "log in again."),
                     u"account "_s + session.username);
    return checkPassword(**found, password, u"reauthenticate"_s);
}

Status AccountService::logout(const Session& session)
{
    if (!session.isValid())
        return {};
    Result<AuditEvent> r = m_audit.record(AuditKind::Logout, session, session.username);
    if (!r)
        return r.error();
    return {};
}

} // namespace pishkhan
