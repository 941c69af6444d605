#pragma once

#include "core/Result.h"

#include <QObject>

#include <optional>

namespace pishkhan {

class AuditLog;
class Clock;
class Database;

// Runs the retention purge (RetentionPurger) once a day while the counter is open, so
// citizens' data of final requests goes when the period is over without anyone remembering
// to run a command. "Once a day" is read from retention_runs, which survives restarts: the
// purge is due when it never ran, when its last run is 24 hours old, or when that run is dated
// in the future (the PC's clock was wrong then or is now — purging again is harmless).
class RetentionSchedule : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kPeriodMs = 24LL * 60 * 60 * 1000;

    RetentionSchedule(Database& db, AuditLog& audit, const Clock& clock, QObject* parent = nullptr);

    // Checks every interval while the counter runs (default an hour), the first time a minute
    // after the start, when the window is up and the clerk's first work is done.
    void start(int intervalMs = 60 * 60 * 1000, int firstCheckMs = 60 * 1000);

    // One check: nullopt when the last run is recent enough, else how many requests the purge
    // cleared.
    [[nodiscard]] Result<std::optional<int>> runIfDue();

signals:
    void purged(int count);
    void failed(const QString& message);

private:
    void check();

    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pishkhan
