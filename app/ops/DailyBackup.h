#pragma once

#include "StoreBackup.h"
#include "core/Result.h"

#include <QObject>

#include <optional>

namespace pishkhan {

class DeskRuntime;

// The scheduled daily backup of the desk settings ([backup]: folder, on/off, how many to
// keep). check() takes a backup when one is due (BackupSchedule: once per office-local day)
// and then prunes the folder to the retention count; the copy itself runs on a worker thread,
// since StoreBackup uses its own connections and a large store takes seconds.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    explicit DailyBackup(DeskRuntime& runtime, QObject* parent = nullptr);

    // Checks every interval while running (default ten minutes), and once right away.
    void start(int intervalMs = 10 * 60 * 1000);

    // The synchronous core of one check, for tests and pishkhanctl: nullopt when the daily
    // backup is off, no folder is set, or the last backup is recent enough.
    [[nodiscard]] Result<std::optional<StoreBackup::Outcome>> runIfDue(qint64 nowMs);

signals:
    void backedUp(const QString& filePath);
    void failed(const QString& message);

private:
    void check();
    [[nodiscard]] bool isDue(qint64 nowMs) const;

    DeskRuntime& m_runtime;
    bool m_running = false;
};

} // namespace pishkhan
