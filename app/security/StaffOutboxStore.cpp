#include "StaffOutboxStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QUuid>

namespace pishkhan {

StaffOutboxStore::StaffOutboxStore(Database& db)
    : m_db(db)
{}

Status StaffOutboxStore::enqueue(const StaffRecord& record, bool create, qint64 now)
{
    auto stmt = m_db.prepare("INSERT INTO staff_outbox (username, idempotency_key, body, "
                             "created_at) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    const QString body =
        QString::fromUtf8(QJsonDocument(record.toPushJson(create)).toJson(QJsonDocument::Compact));
    return stmt->execute(
        {record.username, QUuid::createUuid().toString(QUuid::WithoutBraces), body, now});
}

Result<QList<StaffOutboxStore::Pending>> StaffOutboxStore::pending(int max)
{
    auto stmt = m_db.prepare("SELECT seq, username, idempotency_key, body FROM staff_outbox "
                             "WHERE state = 'pending' ORDER BY seq LIMIT ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({qint64(max)}); !s)
        return s.error();
    return stmt->collect([](const Row& row) {
        return Pending{row.int64(0), row.text(1), row.text(2), row.text(3).toUtf8()};
    });
}

Result<qint64> StaffOutboxStore::pendingCount()
{
    return m_db.queryInt64("SELECT COUNT(*) FROM staff_outbox WHERE state = 'pending'");
}

Result<bool> StaffOutboxStore::hasPending(const QString& username)
{
    auto stmt =
        m_db.prepare("SELECT COUNT(*) FROM staff_outbox WHERE state = 'pending' AND username = ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({username}); !s)
        return s.error();
    Result<std::optional<qint64>> n = stmt->first([](const Row& row) { return row.int64(0); });
    if (!n)
        return n.error();
    return n->value_or(0) > 0;
}

Status StaffOutboxStore::markSent(qint64 seq, qint64 revision, qint64 now)
{
    auto stmt = m_db.prepare("UPDATE staff_outbox SET state = 'sent', revision = ?, "
                             "answered_at = ? WHERE seq = ? AND state = 'pending'");
    if (!stmt)
        return stmt.error();
    return stmt->execute({revision, now, seq});
}

Status StaffOutboxStore::markRefused(qint64 seq, const QString& code, qint64 now)
{
    auto stmt = m_db.prepare("UPDATE staff_outbox SET state = 'refused', error = ?, "
                             "answered_at = ? WHERE seq = ? AND state = 'pending'");
    if (!stmt)
        return stmt.error();
    return stmt->execute({code, now, seq});
}

Result<qint64> StaffOutboxStore::sinceRevision()
{
    return m_db.queryInt64("SELECT since_revision FROM staff_sync WHERE id = 1");
}

Status StaffOutboxStore::setSinceRevision(qint64 revision)
{
    auto stmt = m_db.prepare("UPDATE staff_sync SET since_revision = ? WHERE id = 1");
    if (!stmt)
        return stmt.error();
    return stmt->execute({revision});
}

} // namespace pishkhan
