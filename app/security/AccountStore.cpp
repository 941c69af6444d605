#include "AccountStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <functional>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kSelect =
    "SELECT id, username, display_name, role, password_hash, active, failed_logins, "
    "locked_until, created_at, updated_at FROM accounts ";

Account readRow(const Statement& s)
{
    Account a;
    a.id = s.columnInt64(0);
    a.username = s.columnText(1);
    a.displayName = s.columnText(2);
    // The CHECK constraint admits only known names; clerk is the least privileged fallback.
    a.role = roleFromName(s.columnText(3)).value_or(Role::Clerk);
    a.passwordHash = s.columnText(4);
    a.active = s.columnInt64(5) != 0;
    a.failedLogins = int(s.columnInt64(6));
    a.lockedUntil = s.columnInt64(7);
    a.createdAt = s.columnInt64(8);
    a.updatedAt = s.columnInt64(9);
    return a;
}

Result<std::optional<Account>> queryOne(Database& db, const QString& where,
                                        const std::function<Status(Statement&)>& bind)
{
    auto stmt = db.prepare(QString::fromLatin1(kSelect) + where);
    if (!stmt)
        return stmt.error();
    if (Status s = bind(*stmt); !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Account>();
    return std::optional<Account>(readRow(*stmt));
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
    return queryOne(m_db, u"WHERE username = ?"_s,
                    [&](Statement& s) { return s.bindText(1, username); });
}

Result<std::optional<Account>> AccountStore::findById(qint64 id)
{
    return queryOne(m_db, u"WHERE id = ?"_s, [&](Statement& s) { return s.bindInt64(1, id); });
}

Result<QList<Account>> AccountStore::list()
{
    QByteArray sql = kSelect;
    sql += "ORDER BY username";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    QList<Account> out;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(readRow(*stmt));
    }
    return out;
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
    auto stmt = m_db.prepare(
        "INSERT INTO accounts (username, display_name, role, password_hash, active, "
        "failed_logins, locked_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)");
    if (!stmt)
        return stmt.error();
    Status s = stmt->bindText(1, a.username);
    if (s)
        s = stmt->bindText(2, a.displayName);
    if (s)
        s = stmt->bindText(3, roleName(a.role));
    if (s)
        s = stmt->bindText(4, a.passwordHash);
    if (s)
        s = stmt->bindInt64(5, a.active ? 1 : 0);
    if (s)
        s = stmt->bindInt64(6, a.createdAt);
    if (s)
        s = stmt->bindInt64(7, a.createdAt);
    if (s)
        s = stmt->execute();
    if (!s)
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
    Status s = stmt->bindText(1, displayName);
    if (s)
        s = stmt->bindText(2, roleName(role));
    if (s)
        s = stmt->bindInt64(3, active ? 1 : 0);
    if (s)
        s = stmt->bindInt64(4, now);
    if (s)
        s = stmt->bindInt64(5, id);
    if (s)
        s = stmt->execute();
    return s;
}

Status AccountStore::updatePasswordHash(qint64 id, const QString& hash, qint64 now)
{
    auto stmt = m_db.prepare("UPDATE accounts SET password_hash = ?, failed_logins = 0, "
                             "locked_until = 0, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    Status s = stmt->bindText(1, hash);
    if (s)
        s = stmt->bindInt64(2, now);
    if (s)
        s = stmt->bindInt64(3, id);
    if (s)
        s = stmt->execute();
    return s;
}

Status AccountStore::updateLockout(qint64 id, int failedLogins, qint64 lockedUntil, qint64 now)
{
    auto stmt = m_db.prepare(
        "UPDATE accounts SET failed_logins = ?, locked_until = ?, updated_at = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    Status s = stmt->bindInt64(1, failedLogins);
    if (s)
        s = stmt->bindInt64(2, lockedUntil);
    if (s)
        s = stmt->bindInt64(3, now);
    if (s)
        s = stmt->bindInt64(4, id);
    if (s)
        s = stmt->execute();
    return s;
}

} // namespace pishkhan
