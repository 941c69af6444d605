#include "SettingsStore.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pishkhan {

using namespace Qt::StringLiterals;

SettingsStore::SettingsStore(Database& db, AuditLog& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<std::optional<QString>> SettingsStore::value(const QString& key)
{
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({key}); !s)
        return s.error();
    return stmt->first([](const Row& row) { return row.text(0); });
}

Result<QString> SettingsStore::value(const QString& key, const QString& fallback)
{
    Result<std::optional<QString>> v = value(key);
    if (!v)
        return v.error();
    return v->value_or(fallback);
}

Status SettingsStore::setUnchecked(const QString& key, const QString& value, qint64 actorId)
{
    // No UPSERT on SQLite 3.15: INSERT OR REPLACE is fine for a table with no dependants.
    auto stmt = m_db.prepare(
        "INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    return stmt->execute({key, value.isNull() ? u""_s : value, m_clock.nowMs(),
                          actorId > 0 ? SqlValue(actorId) : SqlValue()});
}

Status SettingsStore::removeUnchecked(const QString& key)
{
    auto stmt = m_db.prepare("DELETE FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    return stmt->execute({key});
}

Status SettingsStore::set(const Session& actor, const QString& key, const QString& newValue)
{
    return set(actor, QList<std::pair<QString, QString>>{{key, newValue}});
}

Status SettingsStore::set(const Session& actor, const QList<std::pair<QString, QString>>& values)
{
    if (Status s = Authorizer::require(actor, Permission::ChangeSettings); !s)
        return s;
    return write(actor.accountId, actor.username, {}, values);
}

Status SettingsStore::setBySystem(const QString& why,
                                  const QList<std::pair<QString, QString>>& values)
{
    return write(0, u"system"_s, why, values);
}

Status SettingsStore::write(qint64 accountId, const QString& username, const QString& why,
                            const QList<std::pair<QString, QString>>& values)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const auto& [key, newValue] : values) {
        Result<std::optional<QString>> before = value(key);
        if (!before)
            return before.error();
        const QString stored = newValue.isNull() ? u""_s : newValue;
        if (Status s = setUnchecked(key, stored, accountId); !s)
            return s;
        QJsonObject detail{{u"new"_s, stored}};
        if (before->has_value())
            detail.insert(u"old"_s, **before);
        if (!why.isEmpty())
            detail.insert(u"by"_s, why);
        AuditEvent e;
        e.kind = AuditKind::SettingsChanged;
        e.accountId = accountId;
        e.username = username;
        e.subject = key;
        e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
        if (Result<AuditEvent> r = m_audit.recordInTransaction(e); !r)
            return r.error();
    }
    return tx->commit();
}

} // namespace pishkhan
