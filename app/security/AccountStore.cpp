#include "AccountStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kSelect =
    "SELECT id, username, display_name, role, password_hash, active, failed_logins, "
    "locked_until, created_at, updated_at, must_change_password, office_revision FROM accounts ";

Account readRow(const Row& row)
{
    Account a;
    a.id = row.int64(0);
    a.username = row.text(1);
    a.displayName = row.text(2);
    // The CHECK constraint admits only known names; clerk is the least privileged fallback.
    a.role = roleFromName(row.text(3)).value_or(Role::Clerk);
    a.passwordHash = row.text(4);
    a.active = row.int64(5) != 0;
    a.failedLogins = int(row.int64(6));
    a.lockedUntil = row.int64(7);
    a.createdAt = row.int64(8);
    a.updatedAt = row.int64(9);
    a.mustChangePassword = row.int64(10) != 0;
    a.officeRevision = row.int64(11);
    return a;
}

Result<std::optional<Account>> queryOne(Database& db, const QString& where, const SqlValue& key)
{
    auto stmt = db.prepare(QString::fromLatin1(kSelect) + where);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({key}); !s)
        return s.error();
    return stmt->first(readRow);
}

} // namespace

AccountStore::AccountStore(Database& db)
    : m_db(db)
{}

Result<qint64> AccountStore::count()
{
    return m_db.queryInt64("SELECT COUNT(*) FROM accounts");
}

Result<std::optional<Account>> AccountStore::findByUsername(const QString& username)
{
    return queryOne(m_db, u"WHERE username = ?"_s, username);
}

Result<std::optional<Account>> AccountStore::findById(qint64 id)
{
    return queryOne(m_db, u"WHERE id = ?"_s, id);
}

Result<QList<Account>> AccountStore::list()
{
    QByteArray sql = kSelect;
    sql += "ORDER BY username";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    return stmt->collect(readRow);
}

Result<qint64> AccountStore::insert(const Account& a)
{
    Result<std::optional<Account>> existing = findByUsername(a.username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error(u"auth.username_taken"_s,
                     QT_TRANSLATE_NOOP("Error", "An account with this username already exists."),
                     u"username "_s + a.username);
    auto stmt =
        m_db.prepare("INSERT INTO accounts (username, display_name, role, password_hash, active, "
                     "failed_logins, locked_until, created_at, updated_at, must_change_password, "
                     "office_revision) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({a.username, a.displayName, roleName(a.role), a.passwordHash,
                                  a.active ? 1 : 0, a.createdAt, a.createdAt,
                                  a.mustChangePassword ? 1 : 0, a.officeRevision});
        !s)
        return s.error();
    return m_db.lastInsertRowId();
}

Status AccountStore::updateProfile(qint64 id, const QString& displayName, Role role, bool active,
                                   qint64 now)
{
    auto stmt = m_db.prepare(
        "UPDATE accounts SET display_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    return stmt->execute({displayName, roleName(role), active ? 1 : 0, now, id});
}

Status AccountStore::updatePasswordHash(qint64 id, const QString& hash, qint64 now)
{
    auto stmt = m_db.prepare("UPDATE accounts SET password_hash = ?, failed_logins = 0, "
                             "locked_until = 0, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    return stmt->execute({hash, now, id});
}

Status AccountStore::setMustChangePassword(qint64 id, bool mustChange, qint64 now)
{
    auto stmt =
        m_db.prepare("UPDATE accounts SET must_change_password = ?, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    return stmt->execute({mustChange ? 1 : 0, now, id});
}

Status AccountStore::setOfficeRevision(const QString& username, qint64 revision)
{
    auto stmt = m_db.prepare("UPDATE accounts SET office_revision = ? WHERE username = ? AND "
                             "office_revision < ?");
    if (!stmt)
        return stmt.error();
    return stmt->execute({revision, username, revision});
}

Status AccountStore::forgetOfficeRevision(const QString& username)
{
    auto stmt = m_db.prepare("UPDATE accounts SET office_revision = 0 WHERE username = ?");
    if (!stmt)
        return stmt.error();
    return stmt->execute({username});
}

Status AccountStore::replaceFromOffice(qint64 id, const Account& a, qint64 now)
{
    auto stmt = m_db.prepare(
        "UPDATE accounts SET display_name = ?, role = ?, password_hash = ?, active = ?, "
        "must_change_password = ?, office_revision = ?, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    return stmt->execute({a.displayName, roleName(a.role), a.passwordHash, a.active ? 1 : 0,
                          a.mustChangePassword ? 1 : 0, a.officeRevision, now, id});
}

Status AccountStore::updateLockout(qint64 id, int failedLogins, qint64 lockedUntil, qint64 now)
{
    auto stmt = m_db.prepare(
        "UPDATE accounts SET failed_logins = ?, locked_until = ?, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    return stmt->execute({failedLogins, lockedUntil, now, id});
}

} // namespace pishkhan
