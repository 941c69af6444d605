#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace pishkhan {

// The one writer of a store: a lock file ("<store>.lock", QLockFile) beside the database that
// the counter holds for as long as it runs. Whoever holds it may run crash recovery (return
// "sending" rows to the queue), sync, rekey, restore over or move aside the store; everyone
// else is refused with store.locked and only reads. Without it a second process would put the
// rows the first one is sending back into the queue and send them again under its feet.
//
// A lock whose holder died (crash, power cut, SIGKILL) is taken over: QLockFile sees that its
// process is gone. The lock never goes stale by age — a counter may run for months.
class StoreLock
{
public:
    StoreLock(StoreLock&&) noexcept;
    StoreLock& operator=(StoreLock&&) noexcept;
    ~StoreLock();

    [[nodiscard]] static QString lockPathFor(const QString& storePath);

    // Takes the store's lock without waiting. Error codes: store.locked (another live process
    // holds it; the detail names its process id and program), store.lock_failed (the lock file
    // cannot be written: permissions, disk).
    [[nodiscard]] static Result<StoreLock> acquire(const QString& storePath);

    [[nodiscard]] const QString& storePath() const { return m_storePath; }

private:
    StoreLock(QString storePath, std::unique_ptr<QLockFile> file);

    QString m_storePath;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace pishkhan
