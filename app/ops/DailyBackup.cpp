#include "DailyBackup.h"

#include "BackupSchedule.h"
#include "counter/DeskRuntime.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcBackup, "pishkhan.backup")
}

DailyBackup::DailyBackup(DeskRuntime& runtime, QObject* parent)
    : QObject(parent)
    , m_runtime(runtime)
{}

void DailyBackup::start(int intervalMs)
{
    auto* timer = new QTimer(this);
    timer->setInterval(intervalMs);
    connect(timer, &QTimer::timeout, this, &DailyBackup::check);
    timer->start();
    QTimer::singleShot(0, this, &DailyBackup::check);
}

namespace {

// The part that may run on a worker: its own connections to the store and the backup folder.
Result<StoreBackup::Outcome> writeAndPrune(const QString& storePath, const QByteArray& key,
                                           const QString& folder, int keep, bool training,
                                           qint64 nowMs)
{
    Result<StoreBackup::Outcome> done =
        StoreBackup(storePath, key, training).writeTo(folder, nowMs);
    if (!done)
        return done.error();
    // Pruning only after a good backup: a failing disk never costs the older copies.
    if (Result<QStringList> pruned = BackupSchedule::prune(folder, keep, training); !pruned)
        qCWarning(lcBackup).noquote() << "pruning old backups failed:" << pruned.error().message();
    return done;
}

} // namespace

bool DailyBackup::isDue(qint64 nowMs) const
{
    const DeskSettings& s = m_runtime.settings();
    if (!s.dailyBackup || s.backupDir.isEmpty())
        return false;
    return BackupSchedule().isDue(BackupSchedule::lastBackupAt(s.backupDir, m_runtime.isTraining()),
                                  nowMs);
}

Result<std::optional<StoreBackup::Outcome>> DailyBackup::runIfDue(qint64 nowMs)
{
    if (!isDue(nowMs))
        return std::optional<StoreBackup::Outcome>();
    Result<QByteArray> key = m_runtime.readStoreKey();
    if (!key)
        return key.error();
    const DeskSettings& s = m_runtime.settings();
    Result<StoreBackup::Outcome> done = writeAndPrune(
        m_runtime.storePath(), *key, s.backupDir, s.backupRetention, m_runtime.isTraining(), nowMs);
    if (!done)
        return done.error();
    return std::optional<StoreBackup::Outcome>(*done);
}

void DailyBackup::check()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_running || !m_runtime.isOpen() || !isDue(now))
        return;
    // The keychain is asked here, on the GUI thread (it talks D-Bus); only the copy moves.
    Result<QByteArray> key = m_runtime.readStoreKey();
    if (!key) {
        emit failed(key.error().userMessage());
        return;
    }
    m_running = true;
    const DeskSettings& s = m_runtime.settings();
    auto* watcher = new QFutureWatcher<Result<StoreBackup::Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_running = false;
        const Result<StoreBackup::Outcome> r = watcher->result();
        watcher->deleteLater();
        if (!r) {
            qCWarning(lcBackup).noquote() << "daily backup failed:" << r.error().message();
            emit failed(r.error().userMessage());
            return;
        }
        qCInfo(lcBackup) << "daily backup written in" << r->elapsedMs << "ms";
        emit backedUp(r->filePath);
    });
    watcher->setFuture(QtConcurrent::run(writeAndPrune, m_runtime.storePath(), *key, s.backupDir,
                                         s.backupRetention, m_runtime.isTraining(), now));
}

} // namespace pishkhan
