#pragma once

#include "Account.h"
#include "core/Result.h"

#include <QList>

#include <optional>

namespace pishkhan {

class Database;

// The SQL for the accounts table (schema v4); no rules here — AccountService decides.
// Usernames are stored lower-case (AccountService normalises them), so UNIQUE is enough.
class AccountStore
{
public:
    explicit AccountStore(Database& db);

    [[nodiscard]] Result<qint64> count();
    [[nodiscard]] Result<std::optional<Account>> findByUsername(const QString& username);
    [[nodiscard]] Result<std::optional<Account>> findById(qint64 id);
    [[nodiscard]] Result<QList<Account>> list();

    // Returns the new id. Refuses a duplicate username ("auth.username_taken").
    [[nodiscard]] Result<qint64> insert(const Account& account);
    Status updateProfile(qint64 id, const QString& displayName, Role role, bool active, qint64 now);
    Status updatePasswordHash(qint64 id, const QString& hash, qint64 now);
    Status updateLockout(qint64 id, int failedLogins, qint64 lockedUntil, qint64 now);
    Status setMustChangePassword(qint64 id, bool mustChange, qint64 now);
    // Raises office_revision (never lowers it: answers may arrive out of order).
    Status setOfficeRevision(const QString& username, qint64 revision);
    // 0: the backend refused this counter's version; the next pull takes the office's record.
    Status forgetOfficeRevision(const QString& username);
    // What the office's backend says the account is: profile, verifier, flags, revision.
    Status replaceFromOffice(qint64 id, const Account& account, qint64 now);

private:
    Database& m_db;
};

} // namespace pishkhan
