#include "RetentionPurger.h"

#include "AuditLog.h"
#include "Clock.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pishkhan {

using namespace Qt::StringLiterals;

RetentionPurger::RetentionPurger(Database& db, AuditLog& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<int> RetentionPurger::retentionDays()
{
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({QString::fromLatin1(kSettingKey)}); !s)
        return s.error();
    Result<std::optional<QString>> stored = stmt->first([](const Row& row) { return row.text(0); });
    if (!stored)
        return stored.error();
    bool ok = false;
    const int days = stored->value_or(QString()).toInt(&ok);
    return ok && days > 0 ? days : kDefaultDays;
}

Result<int> RetentionPurger::purge(int days)
{
    if (days <= 0) {
        Result<int> configured = retentionDays();
        if (!configured)
            return configured.error();
        days = *configured;
    }
    const qint64 now = m_clock.nowMs();
    const qint64 cutoff = now - qint64(days) * 24 * 60 * 60 * 1000;

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // Empty strings rather than NULL: the columns are NOT NULL since the first schema. A row
    // that an older version purged (payload only) is cleared of the rest now.
    auto upd = m_db.prepare(
        "UPDATE outbox SET payload = '{}', national_code = '', mobile = '', citizen_name = '', "
        "consent_token = '', payload_purged_at = coalesce(payload_purged_at, ?) "
        "WHERE state IN ('accepted', 'rejected') AND updated_at < ? "
        "AND (payload_purged_at IS NULL OR national_code <> '' OR mobile <> '' "
        "OR citizen_name <> '' OR consent_token <> '')");
    if (!upd)
        return upd.error();
    if (Status s = upd->execute({now, cutoff}); !s)
        return s.error();
    const int purged = m_db.changes();

    auto run = m_db.prepare("INSERT INTO retention_runs (ran_at, cutoff, purged) VALUES (?, ?, ?)");
    if (!run)
        return run.error();
    if (Status s = run->execute({now, cutoff, purged}); !s)
        return s.error();
    if (purged > 0) {
        AuditEvent e;
        e.kind = AuditKind::RetentionPurge;
        e.username = u"system"_s;
        e.subject = u"outbox.payload"_s;
        e.detail =
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"purged"_s, purged}, {u"days"_s, days}})
                                  .toJson(QJsonDocument::Compact));
        if (Result<AuditEvent> r = m_audit.recordInTransaction(e); !r)
            return r.error();
    }
    if (Status c = tx->commit(); !c)
        return c.error();
    return purged;
}

} // namespace pishkhan
