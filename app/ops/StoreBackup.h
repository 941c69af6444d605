#pragma once

#include "BackupManifest.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pishkhan {

// A consistent, encrypted copy of the store while the app keeps writing to it.
//
// How: SQLite's online backup API between a read-only connection to the store and a new file,
// both keyed with the store key (SQLCipher copies pages as they are, so the copy is encrypted
// under the same key and the recovery key opens it). The whole copy is one step, i.e. one read
// transaction: in WAL mode the app's writers are not blocked, and the copy is exactly the store
// as of one commit — a prefix of the writers' commits, never half of a transaction.
//
// The copy is written to "<name>.part", re-opened and checked (integrity_check, ledger and
// audit chains), flushed to disk, and only then renamed to its final name; the JSON manifest
// (BackupManifest) is written beside it last. So a file with the final name is always a whole,
// checked backup, and an interrupted backup leaves at most a ".part" file.
class StoreBackup
{
public:
    struct Outcome
    {
        QString filePath;
        QString manifestPath;
        BackupManifest manifest;
        qint64 elapsedMs = 0;
    };

    StoreBackup(QString storePath, QByteArray key, bool training = false);

    // Writes "<prefix>-backup-<yyyyMMddTHHmmssZ>.db" and its ".json" into folder (created when
    // missing). Error codes: backup.folder, backup.copy, backup.unsound (the store itself
    // fails its checks: no backup is labelled good), backup.write, storage.*.
    [[nodiscard]] Result<Outcome> writeTo(const QString& folder, qint64 nowMs) const;

    // The file name for a backup taken at nowMs; BackupSchedule reads the time back from it.
    [[nodiscard]] static QString fileNameFor(qint64 nowMs, bool training);

private:
    QString m_storePath;
    QByteArray m_key;
    bool m_training;
};

} // namespace pishkhan
