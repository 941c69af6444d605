#include "LocalStore.h"

#include "SchemaMigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error keyInvalid(const QString& path)
{
    // The product store is always encrypted; Database::open alone allows plaintext for
    // baselines and tests.
    return Error(u"storage.key_invalid"_s,
                 QT_TRANSLATE_NOOP("Error", "The database key is not a valid 256-bit key."),
                 u"opening "_s + path + u": the store needs a 32-byte key"_s);
}

// Read-only checks of an existing file: integrity and schema version.
Status inspectExisting(const QString& path, const QByteArray& rawKey)
{
    Result<Database> db = Database::open(path, rawKey, OpenMode::ReadOnly);
    if (!db)
        return db.error();
    Result<QString> check = db->queryText("PRAGMA quick_check");
    if (!check)
        return Error(u"storage.corrupt"_s,
                     QT_TRANSLATE_NOOP("Error", "The database file is damaged."),
                     check.error().detail(), check.error().nativeCode());
    if (*check != u"ok"_s)
        return Error(u"storage.corrupt"_s,
                     QT_TRANSLATE_NOOP("Error", "The database file is damaged."),
                     path + u": quick_check: "_s + check->left(200));
    Result<int> version = SchemaMigrator::currentVersion(*db);
    if (!version)
        return version.error();
    return SchemaMigrator::checkSupported(*version, path);
}

// SQLite 3.15 creates an empty -wal (and a -shm) even for a read-only connection as soon as it
// reads a WAL-mode header. When the store is refused, take back what this attempt created, so
// a refused file is left exactly as it was found; a -wal with content is never removed.
class CompanionCleanup
{
public:
    explicit CompanionCleanup(QString path)
        : m_path(std::move(path))
        , m_walExisted(QFileInfo::exists(m_path + u"-wal"_s))
        , m_shmExisted(QFileInfo::exists(m_path + u"-shm"_s))
    {}

    void undo() const
    {
        const QString wal = m_path + u"-wal"_s;
        if (!m_walExisted && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!m_shmExisted && !QFileInfo::exists(wal))
            QFile::remove(m_path + u"-shm"_s);
    }

private:
    QString m_path;
    bool m_walExisted;
    bool m_shmExisted;
};

// Upgrade safety: before a migration touches an existing store at an older schema, the whole
// store (WAL checkpointed into the main file first) is copied to
// "<name>.pre-v<old>-<yyyyMMddTHHmmssZ>.bak" beside it, with the same key. QSaveFile flushes
// the copy to disk before it gets its name, so a power cut during the upgrade that follows
// cannot leave a half-written backup behind a half-migrated store.
Status backupBeforeMigration(Database& db, const QString& path)
{
    const Result<int> version = SchemaMigrator::currentVersion(db);
    if (!version)
        return version.error();
    if (*version == 0 || *version >= SchemaMigrator::latestVersion())
        return {};

    const auto failed = [&path](const QString& why) {
        return Error(u"storage.backup_failed"_s,
                     QT_TRANSLATE_NOOP("Error", "The database could not be copied before its "
                                                "upgrade; it was left as it was."),
                     path + u": "_s + why);
    };
    const Result<qint64> busy = db.queryInt64("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!busy)
        return busy.error();
    if (*busy != 0)
        return failed(u"another connection kept the WAL from being checkpointed"_s);

    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QString base = path + u".pre-v"_s + QString::number(*version) + u'-' + stamp;
    QString target = base + u".bak"_s;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + u'-' + QString::number(n) + u".bak"_s;

    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return failed(source.errorString());
    QSaveFile copy(target);
    if (!copy.open(QIODevice::WriteOnly))
        return failed(target + u": "_s + copy.errorString());
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size())
            return failed(target + u": "_s + copy.errorString());
    }
    if (!copy.commit())
        return failed(target + u": "_s + copy.errorString());
    return {};
}

} // namespace

LocalStore::LocalStore(Database db, StoreReport report)
    : m_db(std::move(db))
    , m_report(std::move(report))
{}

Result<LocalStore> LocalStore::open(const QString& path, const QByteArray& rawKey)
{
    if (rawKey.size() != Database::kKeySize)
        return keyInvalid(path);

    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (existed) {
        const CompanionCleanup cleanup(path);
        if (Status s = inspectExisting(path, rawKey); !s) {
            cleanup.undo();
            return s.error();
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error(u"storage.cannot_open"_s,
                     QT_TRANSLATE_NOOP("Error", "The database file cannot be opened for writing; "
                                                "check the folder and its permissions."),
                     u"cannot create folder "_s + info.absolutePath());
    }

    Result<Database> db = Database::open(path, rawKey, OpenMode::ReadWriteCreate);
    if (!db)
        return db.error();
    if (Status s = db->enableWal(); !s)
        return s.error();
    if (existed) {
        if (Status s = backupBeforeMigration(*db, path); !s)
            return s.error();
    }

    Result<int> before = SchemaMigrator::migrate(*db);
    if (!before)
        return before.error();

    StoreReport report;
    report.path = path;
    report.fromVersion = *before;
    report.toVersion = SchemaMigrator::latestVersion();
    report.cipherVersion = db->cipherVersion();
    report.journalMode = db->queryText("PRAGMA journal_mode").valueOr(QString());
    if (!existed || *before == 0)
        report.outcome = StoreReport::Outcome::Created;
    else if (*before == report.toVersion)
        report.outcome = StoreReport::Outcome::Opened;
    else
        report.outcome = StoreReport::Outcome::Migrated;
    return LocalStore(std::move(*db), std::move(report));
}

Status LocalStore::check(const QString& path, const QByteArray& rawKey)
{
    if (rawKey.size() != Database::kKeySize)
        return keyInvalid(path);
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Error(u"storage.missing"_s,
                     QT_TRANSLATE_NOOP("Error", "There is no store in this data folder."), path);
    const CompanionCleanup cleanup(path);
    Status checked = inspectExisting(path, rawKey);
    cleanup.undo();
    return checked;
}

Result<QString> LocalStore::moveAside(const QString& path, const QDateTime& now)
{
    const QString suffix = u".broken-"_s + now.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = path + suffix;
    // Two failures within the same second must not overwrite the first one's evidence.
    for (int n = 2; QFile::exists(target); ++n)
        target = path + suffix + u'-' + QString::number(n);

    if (!QFile::exists(path))
        return Error(u"storage.move_aside_failed"_s,
                     QT_TRANSLATE_NOOP("Error", "The damaged database file could not be moved "
                                                "aside."),
                     path + u" does not exist"_s);
    // The main file last: while it is still in place, nothing can start a new store over
    // half-moved companions.
    for (const QString& companion : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + companion) && !QFile::rename(path + companion, target + companion))
            return Error(u"storage.move_aside_failed"_s,
                         QT_TRANSLATE_NOOP("Error", "The damaged database file could not be moved "
                                                    "aside."),
                         u"renaming "_s + path + companion + u" to "_s + target + companion);
    }
    if (!QFile::rename(path, target))
        return Error(u"storage.move_aside_failed"_s,
                     QT_TRANSLATE_NOOP("Error", "The damaged database file could not be moved "
                                                "aside."),
                     u"renaming "_s + path + u" to "_s + target);
    return target;
}

} // namespace pishkhan
