#include "RetentionSchedule.h"

#include "Clock.h"
#include "DraftRetention.h"
#include "RetentionPurger.h"
#include "SettingsStore.h"
#include "storage/Database.h"
#include "storage/DraftStore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace pishkhan {

namespace {
Q_LOGGING_CATEGORY(lcRetention, "pishkhan.retention")
} // namespace

RetentionSchedule::RetentionSchedule(Database& db, AuditLog& audit, const Clock& clock,
                                     QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

void RetentionSchedule::start(int intervalMs, int firstCheckMs)
{
    auto* timer = new QTimer(this);
    timer->setInterval(intervalMs);
    connect(timer, &QTimer::timeout, this, &RetentionSchedule::check);
    timer->start();
    QTimer::singleShot(firstCheckMs, this, &RetentionSchedule::check);
}

Result<std::optional<int>> RetentionSchedule::runIfDue()
{
    // -1: the purge never ran.
    Result<qint64> last = m_db.queryInt64("SELECT ifnull(max(ran_at), -1) FROM retention_runs");
    if (!last)
        return last.error();
    const qint64 now = m_clock.nowMs();
    if (*last >= 0 && *last <= now && now - *last < kPeriodMs)
        return std::optional<int>();
    Result<int> purged = RetentionPurger(m_db, m_audit, m_clock).purge();
    if (!purged)
        return purged.error();
    // Serve drafts are working copies, not records: on the same schedule, those untouched for
    // the office's draft period go. They were never sent, so nothing is audited.
    SettingsStore settings(m_db, m_audit, m_clock);
    Result<int> days = DraftRetention(settings).days();
    if (!days)
        return days.error();
    Result<int> drafts = DraftStore(m_db).purgeOlderThan(*days, now);
    if (!drafts)
        return drafts.error();
    if (*drafts > 0)
        qCInfo(lcRetention) << "retention purge removed" << *drafts << "old serve drafts";
    return std::optional<int>(*purged);
}

void RetentionSchedule::check()
{
    Result<std::optional<int>> ran = runIfDue();
    if (!ran) {
        qCWarning(lcRetention).noquote()
            << "retention purge failed:" << ran.error().code() << ran.error().message();
        emit failed(ran.error().userMessage());
        return;
    }
    if (ran->has_value()) {
        qCInfo(lcRetention) << "retention purge cleared" << **ran << "final requests";
        emit purged(**ran);
    }
}

} // namespace pishkhan
