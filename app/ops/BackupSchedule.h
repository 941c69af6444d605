#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace pishkhan {

// When the daily backup is due and which old backups to remove. The setting itself (on/off,
// folder, how many to keep) lives with the desk's settings; this is the rule, with the clock
// passed in so it is tested without waiting for a day.
//
// Due: there is no backup yet; or the newest one was taken on an earlier office-local day and
// the office-local time is past the hour of the day backups run; or the newest one is dated in
// the future by more than an hour (the PC's clock was wrong then or is now — take a backup
// rather than trust either).
class BackupSchedule
{
public:
    struct BackupFile
    {
        QString path;     // the .db file
        qint64 takenAt{}; // UTC epoch ms, read from the name
    };

    static constexpr int kDefaultKeep = 14;

    explicit BackupSchedule(int hourOfDay = 0, QTimeZone zone = {});

    [[nodiscard]] bool isDue(std::optional<qint64> lastBackupMs, qint64 nowMs) const;

    // Backups in folder (this program's names only, of the given mode), newest first.
    [[nodiscard]] static QList<BackupFile> list(const QString& folder, bool training = false);
    [[nodiscard]] static std::optional<qint64> lastBackupAt(const QString& folder,
                                                            bool training = false);
    // Keeps the newest `keep` backups (at least 1) and removes the older ones with their
    // manifests. Touches nothing but files named like this program's backups. Returns the
    // removed .db paths. Error code: backup.prune.
    [[nodiscard]] static Result<QStringList> prune(const QString& folder, int keep,
                                                   bool training = false);

private:
    int m_hourOfDay;
    QTimeZone m_zone;
};

} // namespace pishkhan
