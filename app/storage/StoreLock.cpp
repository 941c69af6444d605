#include "StoreLock.h"

#include <QLockFile>

namespace pishkhan {

using namespace Qt::StringLiterals;

StoreLock::StoreLock(QString storePath, std::unique_ptr<QLockFile> file)
    : m_storePath(std::move(storePath))
    , m_file(std::move(file))
{}

StoreLock::StoreLock(StoreLock&&) noexcept = default;
StoreLock& StoreLock::operator=(StoreLock&&) noexcept = default;
StoreLock::~StoreLock() = default; // QLockFile removes its file when destroyed

QString StoreLock::lockPathFor(const QString& storePath)
{
    return storePath + u".lock"_s;
}

Result<StoreLock> StoreLock::acquire(const QString& storePath)
{
    const QString path = lockPathFor(storePath);
    auto file = std::make_unique<QLockFile>(path);
    // Never stale by age; a dead holder is still recognised by its process id.
    file->setStaleLockTime(0);
    if (file->tryLock(0))
        return StoreLock(storePath, std::move(file));
    if (file->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString program;
        const bool known = file->getLockInfo(&pid, &host, &program);
        return Error(
            u"store.locked"_s,
            QT_TRANSLATE_NOOP("Error", "Another program (Pishkhan Desk or pishkhanctl) "
                                       "is using this store; close it and try again."),
            known ? u"%1 held by %2 (process %3 on %4)"_s.arg(path, program).arg(pid).arg(host)
                  : path);
    }
    return Error(u"store.lock_failed"_s,
                 QT_TRANSLATE_NOOP("Error", "The store's lock file cannot be written; check "
                                            "the data folder's permissions and free space."),
                 path);
}

} // namespace pishkhan
