#include "StoreBackup.h"

#include "DurableFile.h"
#include "RecoveryKey.h"
#include "StoreInspector.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error backupCopyError(const QString& detail, int native = 0)
{
    return Error(u"backup.copy"_s,
                 QT_TRANSLATE_NOOP("Error", "The backup copy of the database could not be made."),
                 detail, native);
}

Error writeError(const QString& detail)
{
    return Error(u"backup.write"_s,
                 QT_TRANSLATE_NOOP("Error", "The backup could not be written to the chosen "
                                            "folder; check the disk and its free space."),
                 detail);
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

Status copyPages(Database& source, Database& target)
{
    if (Status copied = source.backupTo(target); !copied)
        return backupCopyError(copied.error().detail(), copied.error().nativeCode());
    return {};
}

} // namespace

StoreBackup::StoreBackup(QString storePath, QByteArray key, bool training)
    : m_storePath(std::move(storePath))
    , m_key(std::move(key))
    , m_training(training)
{}

QString StoreBackup::fileNameFor(qint64 nowMs, bool training)
{
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    return (training ? u"training-backup-"_s : u"pishkhan-backup-"_s) + stamp + u".db"_s;
}

Result<StoreBackup::Outcome> StoreBackup::writeTo(const QString& folder, qint64 nowMs) const
{
    QElapsedTimer timer;
    timer.start();
    if (!QDir().mkpath(folder))
        return Error(u"backup.folder"_s,
                     QT_TRANSLATE_NOOP("Error", "The backup folder cannot be created or used."),
                     folder);

    const QString name = fileNameFor(nowMs, m_training);
    QString finalPath = QDir(folder).filePath(name);
    // Two backups in the same second must not overwrite each other.
    for (int n = 2; QFileInfo::exists(finalPath); ++n)
        finalPath = QDir(folder).filePath(name.chopped(3) + u'-' + QString::number(n) + u".db"_s);
    const QString partPath = finalPath + u".part"_s;
    removeWithCompanions(partPath);

    {
        Result<Database> source = Database::open(m_storePath, m_key, OpenMode::ReadOnly);
        if (!source)
            return source.error();
        Result<Database> target = Database::open(partPath, m_key, OpenMode::ReadWriteCreate);
        if (!target)
            return target.error();
        if (Status copied = copyPages(*source, *target); !copied) {
            (void)target->close();
            removeWithCompanions(partPath);
            return copied.error();
        }
        // The copied header says WAL like the store; a backup is one file at rest, so it is
        // turned back into a rollback-journal database (the restore turns WAL on again).
        (void)target->queryText("PRAGMA journal_mode = DELETE");
        if (Status closed = target->close(); !closed) {
            removeWithCompanions(partPath);
            return closed.error();
        }
    }

    StoreInspection facts;
    {
        Result<Database> copy = Database::open(partPath, m_key, OpenMode::ReadOnly);
        if (!copy) {
            removeWithCompanions(partPath);
            return copy.error();
        }
        Result<StoreInspection> inspected = StoreInspector::inspect(*copy);
        if (!inspected) {
            (void)copy->close();
            removeWithCompanions(partPath);
            return inspected.error();
        }
        facts = *inspected;
        (void)copy->close();
    }
    QFile::remove(partPath + u"-wal"_s);
    QFile::remove(partPath + u"-shm"_s);
    if (Status sound = facts.problem(m_storePath); !sound) {
        removeWithCompanions(partPath);
        Error error = sound.error();
        return Error(u"backup.unsound"_s,
                     QT_TRANSLATE_NOOP("Error", "The store fails its own checks, so no backup "
                                                "was made; run \"pishkhanctl ledger verify\"."),
                     error.code() + u": "_s + error.detail(), error.nativeCode());
    }

    if (!DurableFile::syncFile(partPath) || !QFile::rename(partPath, finalPath) ||
        !DurableFile::syncFolder(folder)) {
        removeWithCompanions(partPath);
        return writeError(u"renaming "_s + partPath + u" to "_s + finalPath);
    }

    Outcome out;
    out.filePath = finalPath;
    out.manifestPath = finalPath.chopped(3) + u".json"_s;
    BackupManifest& m = out.manifest;
    m.takeFacts(facts);
    m.createdAt = nowMs;
    m.appVersion = QStringLiteral(PISHKHAN_VERSION);
    m.backupFile = QFileInfo(finalPath).fileName();
    m.fileSize = QFileInfo(finalPath).size();
    m.fileSha256 = sha256Of(finalPath);
    m.keyFingerprint = RecoveryKey::fingerprint(m_key);
    m.training = m_training;

    QSaveFile manifest(out.manifestPath);
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(m.toJson()) < 0 ||
        !manifest.commit())
        return writeError(out.manifestPath + u": "_s + manifest.errorString());
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace pishkhan
