#include "AccountService.h"

#include "AccountStore.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "PasswordPolicy.h"
#include "StaffOutboxStore.h"
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

Error staleSession(const QString& username)
{
    return Error(u"auth.session_stale"_s,
                 QT_TRANSLATE_NOOP("Error", "Your account was changed since you logged in; "
                                            "log in again."),
                 u"account "_s + username);
}

Error disabledError(const QString& username)
{
    return Error(u"auth.disabled"_s, QT_TRANSLATE_NOOP("Error", "This account has been disabled."),
                 u"account "_s + username);
}

// The actor of an account change that came from another counter through the backend.
const QString kOfficeActor = u"(office)"_s;

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
    QString name = username.trimmed().normalized(QString::NormalizationForm_C);
    bool ok = !name.isEmpty() && name.size() <= kMaxUsernameLength;
    for (QChar& c : name) {
        char16_t u = c.unicode();
        // One stored form for what Persian and Arabic keyboards type for the same name.
        if (u == u'\u064A' || u == u'\u0649')
            u = u'\u06CC'; // ي ى -> ی
        else if (u == u'\u0643')
            u = u'\u06A9'; // ك -> ک
        else if (u >= u'\u06F0' && u <= u'\u06F9')
            u = char16_t(u'0' + (u - u'\u06F0'));
        else if (u >= u'\u0660' && u <= u'\u0669')
            u = char16_t(u'0' + (u - u'\u0660'));
        else if (u >= u'A' && u <= u'Z')
            u = char16_t(u - u'A' + u'a');
        c = QChar(u);
        // Persian letters: the Arabic block's letters (hamza to ghain, feh to yeh) and the four
        // Persian ones with ک and ی; no diacritics, tatweel, ZWNJ or bidi marks, which would
        // make two names that look the same differ.
        const bool persian = (u >= u'\u0621' && u <= u'\u063A') ||
                             (u >= u'\u0641' && u <= u'\u064A') || u == u'\u067E' ||
                             u == u'\u0686' || u == u'\u0698' || u == u'\u06A9' || u == u'\u06AF' ||
                             u == u'\u06CC';
        ok = ok && ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' ||
                    u == u'_' || u == u'-' || u == u'@' || persian);
    }
    if (!ok)
        return Error(u"auth.username_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "A username is 1 to 64 Persian or Latin letters, "
                                                "digits and the characters . _ - @"));
    return name;
}

Result<Role> AccountService::parseRole(const QString& name)
{
    if (const std::optional<Role> role = roleFromName(name.trimmed().toLower()))
        return *role;
    return Error(u"auth.role_invalid"_s,
                 QT_TRANSLATE_NOOP("Error", "A role is clerk, supervisor or administrator."),
                 u"role "_s + name);
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
    return insertAccount(username, displayName, Role::Admin, password, nullptr,
                         FirstLogin::KeepPassword);
}

Result<qint64> AccountService::createAccount(const Session& actor, const QString& username,
                                             const QString& displayName, Role role,
                                             const QString& password, FirstLogin firstLogin)
{
    if (Status s = Authorizer::require(actor, Permission::ManageAccounts); !s)
        return s.error();
    return insertAccount(username, displayName, role, password, &actor, firstLogin);
}

Status AccountService::queueForOffice(qint64 accountId, bool create)
{
    Result<std::optional<Account>> found = AccountStore(m_db).findById(accountId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchAccount(accountId);
    return StaffOutboxStore(m_db).enqueue(StaffRecord::fromAccount(**found), create,
                                          m_clock.nowMs());
}

Result<Account> AccountService::accountForChange(qint64 accountId)
{
    Result<std::optional<Account>> found = AccountStore(m_db).findById(accountId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchAccount(accountId);
    return **found;
}

Result<qint64> AccountService::insertAccount(const QString& username, const QString& displayName,
                                             Role role, const QString& password,
                                             const Session* actor, FirstLogin firstLogin)
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
    account.mustChangePassword = firstLogin == FirstLogin::ChooseNewPassword;
    Result<qint64> id = AccountStore(m_db).insert(account);
    if (!id)
        return id.error();
    if (Status s = queueForOffice(*id, true); !s)
        return s.error();

    AuditEvent e;
    e.kind = AuditKind::AccountCreated;
    e.accountId = actor ? actor->accountId : *id;
    e.username = actor ? actor->username : *name;
    e.subject = *name;
    e.detail = json({{u"role"_s, roleName(role)},
                     {u"first_admin"_s, actor == nullptr},
                     {u"must_change_password"_s, account.mustChangePassword}});
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
    if (accountId == actor.accountId && !active)
        return Error(u"auth.cannot_disable_self"_s,
                     QT_TRANSLATE_NOOP("Error", "You cannot disable your own account; another "
                                                "administrator can."),
                     u"account "_s + before.username);
    if (Status s =
            store.updateProfile(accountId, displayName.trimmed(), role, active, m_clock.nowMs());
        !s)
        return s;
    if (Status s = queueForOffice(accountId, false); !s)
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
    if (Status s = store.setMustChangePassword(accountId, true, m_clock.nowMs()); !s)
        return s;
    if (Status s = queueForOffice(accountId, false); !s)
        return s;
    if (Result<AuditEvent> r = m_audit.recordInTransaction(
            AuditEvent{0,
                       0,
                       AuditKind::AccountChanged,
                       actor.accountId,
                       actor.username,
                       (*found)->username,
                       json({{u"password_reset"_s, true}, {u"must_change_password"_s, true}}),
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

Result<Account> AccountService::findAccount(const Session& actor, const QString& username)
{
    if (Status s = Authorizer::require(actor, Permission::ManageAccounts); !s)
        return s.error();
    Result<QString> name = normaliseUsername(username);
    if (!name)
        return name.error();
    Result<std::optional<Account>> found = AccountStore(m_db).findByUsername(*name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(u"auth.no_such_account"_s,
                     QT_TRANSLATE_NOOP("Error", "There is no such account."),
                     u"username "_s + *name);
    Account account = **found;
    account.passwordHash.clear();
    return account;
}

Status AccountService::setAccountActive(const Session& actor, qint64 accountId, bool active)
{
    if (Status s = Authorizer::require(actor, Permission::ManageAccounts); !s)
        return s;
    Result<Account> account = accountForChange(accountId);
    if (!account)
        return account.error();
    return updateAccount(actor, accountId, account->displayName, account->role, active);
}

Status AccountService::setAccountRole(const Session& actor, qint64 accountId, Role role)
{
    if (Status s = Authorizer::require(actor, Permission::ManageAccounts); !s)
        return s;
    Result<Account> account = accountForChange(accountId);
    if (!account)
        return account.error();
    return updateAccount(actor, accountId, account->displayName, role, account->active);
}

Status AccountService::unlockAccount(const Session& actor, qint64 accountId)
{
    if (Status s = Authorizer::require(actor, Permission::ManageAccounts); !s)
        return s;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<Account> account = accountForChange(accountId);
    if (!account)
        return account.error();
    const qint64 now = m_clock.nowMs();
    if (account->failedLogins == 0 && !account->isLocked(now))
        return {};
    if (Status s = AccountStore(m_db).updateLockout(accountId, 0, 0, now); !s)
        return s;
    if (Result<AuditEvent> r = m_audit.recordInTransaction(AuditEvent{
            0,
            0,
            AuditKind::AccountChanged,
            actor.accountId,
            actor.username,
            account->username,
            json({{u"unlocked"_s, true}, {u"failed_logins_before"_s, account->failedLogins}}),
            {},
            {}});
        !r)
        return r.error();
    return tx->commit();
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
    if (Status s =
            AccountStore(m_db).setMustChangePassword(session.accountId, false, m_clock.nowMs());
        !s)
        return s;
    if (Status s = queueForOffice(session.accountId, false); !s)
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

Result<Session> AccountService::changeRequiredPassword(const Session& session,
                                                       const QString& currentPassword,
                                                       const QString& newPassword)
{
    if (!session.isValid())
        return Authorizer::require(session, Permission::ServeCitizen).error();
    if (newPassword == currentPassword)
        return Error(u"auth.password_unchanged"_s,
                     QT_TRANSLATE_NOOP("Error", "Choose a password other than the one you were "
                                                "given."));
    if (Status s = changeOwnPassword(session, currentPassword, newPassword); !s)
        return s.error();
    Session full = session;
    full.mustChangePassword = false;
    return full;
}

Status AccountService::checkSession(const Session& session)
{
    if (!session.isValid())
        return Authorizer::require(session, Permission::ServeCitizen);
    Result<std::optional<Account>> found = AccountStore(m_db).findById(session.accountId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->username != session.username)
        return staleSession(session.username);
    const Account& account = **found;
    if (!account.active)
        return disabledError(account.username);
    // A reset while logged in: whoever reset it may know the new password; log in again.
    if (account.role != session.role || (account.mustChangePassword && !session.mustChangePassword))
        return staleSession(session.username);
    return {};
}

Result<int> AccountService::applyOfficeStaff(const QList<StaffRecord>& records,
                                             qint64 sinceRevision)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AccountStore store(m_db);
    StaffOutboxStore outbox(m_db);
    const qint64 now = m_clock.nowMs();
    int changed = 0;
    for (const StaffRecord& record : records) {
        Result<QString> name = normaliseUsername(record.username);
        if (!name || *name != record.username)
            return Error(u"staff.record_invalid"_s,
                         QT_TRANSLATE_NOOP("Error", "The office's staff list from the backend "
                                                    "could not be read."),
                         u"username not in normal form: "_s + record.username);
        Result<bool> pending = outbox.hasPending(record.username);
        if (!pending)
            return pending.error();
        if (*pending)
            continue;
        Result<std::optional<Account>> found = store.findByUsername(record.username);
        if (!found)
            return found.error();
        Account incoming;
        incoming.username = record.username;
        incoming.displayName = record.displayName;
        incoming.role = record.role;
        incoming.passwordHash = record.verifier;
        incoming.active = record.active;
        incoming.mustChangePassword = record.mustChangePassword;
        incoming.officeRevision = record.revision;
        incoming.createdAt = now;
        AuditEvent e;
        e.username = kOfficeActor;
        e.subject = record.username;
        if (!found->has_value()) {
            if (Result<qint64> id = store.insert(incoming); !id)
                return id.error();
            e.kind = AuditKind::AccountCreated;
            e.detail = json({{u"role"_s, roleName(record.role)},
                             {u"active"_s, record.active},
                             {u"office_revision"_s, double(record.revision)}});
        } else {
            const Account& before = **found;
            if (before.officeRevision >= record.revision)
                continue; // this counter already has it (its own push, or an earlier pull)
            const bool same = before.displayName == incoming.displayName &&
                              before.role == incoming.role && before.active == incoming.active &&
                              before.passwordHash == incoming.passwordHash &&
                              before.mustChangePassword == incoming.mustChangePassword;
            if (same) {
                if (Status s = store.setOfficeRevision(record.username, record.revision); !s)
                    return s.error();
                continue;
            }
            if (Status s = store.replaceFromOffice(before.id, incoming, now); !s)
                return s.error();
            e.kind = AuditKind::AccountChanged;
            e.accountId = 0;
            e.detail = json({{u"role_before"_s, roleName(before.role)},
                             {u"role"_s, roleName(record.role)},
                             {u"active_before"_s, before.active},
                             {u"active"_s, record.active},
                             {u"password_changed"_s, before.passwordHash != record.verifier},
                             {u"must_change_password"_s, record.mustChangePassword},
                             {u"office_revision"_s, double(record.revision)}});
        }
        if (Result<AuditEvent> r = m_audit.recordInTransaction(e); !r)
            return r.error();
        ++changed;
    }
    Result<qint64> since = outbox.sinceRevision();
    if (!since)
        return since.error();
    if (sinceRevision > *since)
        if (Status s = outbox.setSinceRevision(sinceRevision); !s)
            return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return changed;
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
            return disabledError(current.username);
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

    Session session{account.id,   account.username, account.displayName,
                    account.role, m_clock.nowMs(),  account.mustChangePassword};
    if (Result<AuditEvent> r =
            m_audit.record(AuditKind::Login, session, account.username,
                           json({{u"role"_s, roleName(account.role)},
                                 {u"must_change_password"_s, account.mustChangePassword}}));
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
        return staleSession(session.username);
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
