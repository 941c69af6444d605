#include "Database.h"

#include "SqliteError.h"
#include "Statement.h"

#include <sqlcipher/sqlite3.h>

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <string_view>
#include <utility>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

QString fileContext(const QString& path)
{
    return u"opening "_s + path;
}

Error keyError(const QString& path, const char* why)
{
    return Error(u"storage.key_invalid"_s,
                 QT_TRANSLATE_NOOP("Error", "The database key is not a valid 256-bit key."),
                 fileContext(path) + u": "_s + QString::fromLatin1(why));
}

// The first bytes of an unencrypted SQLite file. SQLCipher writes a random salt there instead.
bool looksLikePlainSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Refines SQLITE_NOTADB, which SQLCipher returns alike for a wrong key, a damaged file and a
// file that is not a database: a file whose size is not a whole number of pages was never a
// complete database of ours, so that case need not blame the key.
Error notReadableError(int rc, sqlite3* db, const QString& path, bool encrypted)
{
    Error error = sqlite::makeError(rc, db, fileContext(path));
    if ((rc & 0xff) != SQLITE_NOTADB || !encrypted)
        return error;
    if (looksLikePlainSqlite(path))
        return Error(u"storage.plaintext_database"_s,
                     QT_TRANSLATE_NOOP("Error", "The database file is not encrypted; it was not "
                                                "made by this program and will not be used."),
                     error.detail(), error.nativeCode());
    const qint64 size = QFileInfo(path).size();
    if (size % Database::kPageSize != 0)
        return Error(u"storage.not_a_database"_s,
                     QT_TRANSLATE_NOOP("Error", "The database file is not a database or is "
                                                "damaged (truncated)."),
                     error.detail() + u"; file size "_s + QString::number(size) +
                         u" is not a whole number of pages"_s,
                     error.nativeCode());
    return Error(u"storage.wrong_key"_s,
                 QT_TRANSLATE_NOOP("Error", "The database file cannot be decrypted with the key "
                                            "stored on this computer: the key is wrong or the "
                                            "file is damaged."),
                 error.detail(), error.nativeCode());
}

Status execRaw(sqlite3* db, const char* sql, const QString& context)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    sqlite3_free(message); // sqlite3_errmsg() still holds the same text
    if (rc != SQLITE_OK)
        return sqlite::makeError(rc, db, context);
    return {};
}

// Returns the first column of the first row as text, or a null QString when there is no row.
Result<QString> queryTextRaw(sqlite3* db, const char* sql, const QString& context)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqlite::makeError(rc, db, context);
    }
    QString value;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        value = text ? QString::fromUtf8(text) : QString(u""_s);
        rc = sqlite3_step(stmt);
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(stmt);
    }
    if (rc != SQLITE_DONE) {
        Error error = sqlite::makeError(rc, db, context);
        sqlite3_finalize(stmt);
        return error;
    }
    sqlite3_finalize(stmt);
    return value;
}

// "x'<64 hex digits>'", SQLCipher's raw-key spelling, written straight into one buffer that
// the caller wipes: rawKey.toHex() would leave a hex copy of the key in freed memory.
QByteArray rawKeySpec(const QByteArray& rawKey)
{
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray spec(3 + 2 * rawKey.size(), Qt::Uninitialized);
    char* out = spec.data();
    *out++ = 'x';
    *out++ = '\'';
    for (char byte : rawKey) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = kHex[b >> 4];
        *out++ = kHex[b & 0x0f];
    }
    *out = '\'';
    return spec;
}

// Keys the connection and pins every cipher setting that differs between SQLCipher 3.x and 4.x
// to the 3.x values (what Debian's 3.4 can read), except the page size, which both set to 4096.
// With a raw key the PBKDF2 passphrase step is skipped, but the HMAC key is still derived with
// the KDF algorithm (2 iterations), so the algorithms must agree too. Returns cipher_version.
Result<QString> applyKey(sqlite3* db, const QByteArray& rawKey, const QString& path)
{
    QByteArray keySpec = rawKeySpec(rawKey);
    const int rc = sqlite3_key_v2(db, "main", keySpec.constData(), int(keySpec.size()));
    sqlite::secureZero(keySpec.data(), std::size_t(keySpec.size()));
    if (rc != SQLITE_OK)
        return sqlite::makeError(rc, db, fileContext(path) + u": setting the key"_s);

    Result<QString> version = queryTextRaw(db, "PRAGMA cipher_version", fileContext(path));
    if (!version)
        return version.error();
    if (version->isEmpty())
        // A plain SQLite library answers unknown pragmas with nothing: refuse rather than
        // silently write an unencrypted file.
        return Error(u"storage.no_encryption"_s,
                     QT_TRANSLATE_NOOP("Error", "This build has no database encryption "
                                                "(SQLCipher missing), so the store is not opened."),
                     fileContext(path));

    const int major = version->section(u'.', 0, 0).toInt();
    const QString context = fileContext(path) + u": cipher settings"_s;
    if (major >= 4) {
        if (Status s = execRaw(db,
                               "PRAGMA cipher_page_size = 4096;"
                               "PRAGMA kdf_iter = 64000;"
                               "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;"
                               "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;"
                               "PRAGMA cipher_plaintext_header_size = 0;",
                               context);
            !s)
            return s.error();
    } else {
        // 3.x has HMAC-SHA1 / PBKDF2-HMAC-SHA1 built in and no pragma to change them.
        if (Status s = execRaw(db,
                               "PRAGMA cipher_page_size = 4096;"
                               "PRAGMA kdf_iter = 64000;"
                               "PRAGMA cipher_use_hmac = ON;",
                               context);
            !s)
            return s.error();
    }
    return version;
}

// Opens, keys and proves the key (or that an unencrypted file is a database) by reading the
// schema, which only reads. On error the handle is closed and *out stays null.
Result<QString> openConnection(const QString& path, const QByteArray& rawKey, int flags,
                               sqlite3** out)
{
    *out = nullptr;
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqlite::makeError(rc, db, fileContext(path));
        sqlite3_close(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, Database::kBusyTimeoutMs);

    QString cipherVersion;
    if (!rawKey.isEmpty()) {
        Result<QString> version = applyKey(db, rawKey, path);
        if (!version) {
            sqlite3_close(db);
            return version.error();
        }
        cipherVersion = *version;
    }

    sqlite3_stmt* stmt = nullptr;
    rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK) {
        Error error = notReadableError(rc, db, path, !rawKey.isEmpty());
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return error;
    }
    sqlite3_finalize(stmt);

    // Sorts and temporary indices stay in memory so no clear-text temp file is ever written.
    if (Status s =
            execRaw(db, "PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;", fileContext(path));
        !s) {
        sqlite3_close(db);
        return s.error();
    }
    *out = db;
    return cipherVersion;
}

} // namespace

Result<Database> Database::open(const QString& path, const QByteArray& rawKey, OpenMode mode)
{
    if (!rawKey.isEmpty() && rawKey.size() != kKeySize)
        return keyError(path, "the key must be 32 bytes");

    const QFileInfo info(path);
    const bool existing = info.exists() && info.size() > 0;
    if (mode != OpenMode::ReadOnly && existing) {
        // Prove the key on a read-only connection first: closing a read-write connection
        // that failed could still checkpoint a leftover WAL into the file.
        sqlite3* probe = nullptr;
        Result<QString> probed = openConnection(path, rawKey, SQLITE_OPEN_READONLY, &probe);
        if (!probed)
            return probed.error();
        sqlite3_close(probe);
    }

    int flags = SQLITE_OPEN_READONLY;
    if (mode == OpenMode::ReadWrite)
        flags = SQLITE_OPEN_READWRITE;
    else if (mode == OpenMode::ReadWriteCreate)
        flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

    sqlite3* db = nullptr;
    Result<QString> version = openConnection(path, rawKey, flags, &db);
    if (!version)
        return version.error();
    Database database(db, path);
    database.m_cipherVersion = *version;
    database.m_encrypted = !rawKey.isEmpty();
    return database;
}

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cipherVersion(std::move(other.m_cipherVersion))
    , m_encrypted(other.m_encrypted)
    , m_cached(std::move(other.m_cached))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        m_cached.reset();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_cached = std::move(other.m_cached);
        m_path = std::move(other.m_path);
        m_cipherVersion = std::move(other.m_cipherVersion);
        m_encrypted = other.m_encrypted;
    }
    return *this;
}

Database::~Database()
{
    m_cached.reset();
    // close_v2 defers the close until leftover statements are finalized instead of leaking.
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<CachedStatement> Database::cached(const char* sql)
{
    if (!m_cached)
        m_cached = std::make_unique<std::map<std::string, Statement, std::less<>>>();
    const std::string_view text(sql);
    auto it = m_cached->find(text);
    if (it == m_cached->end()) {
        Result<Statement> stmt = prepare(sql);
        if (!stmt)
            return stmt.error();
        it = m_cached->emplace(std::string(text), std::move(*stmt)).first;
    }
    return CachedStatement(&it->second);
}

Status Database::exec(const char* sql)
{
    if (!m_db)
        return sqlite::makeError(SQLITE_MISUSE, nullptr, u"exec on a closed database"_s);
    return execRaw(m_db, sql, u"executing SQL on "_s + m_path);
}

Result<Statement> Database::prepare(const char* sql)
{
    if (!m_db)
        return sqlite::makeError(SQLITE_MISUSE, nullptr, u"prepare on a closed database"_s);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqlite::makeError(rc, m_db, u"preparing "_s + QString::fromUtf8(sql));
    }
    return Statement(m_db, stmt);
}

Result<Statement> Database::prepare(const QString& sql)
{
    return prepare(sql.toUtf8().constData());
}

Result<qint64> Database::queryInt64(const char* sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return sqlite::makeError(SQLITE_MISUSE, nullptr,
                                 u"no row returned by "_s + QString::fromUtf8(sql));
    return stmt->columnInt64(0);
}

Result<QString> Database::queryText(const char* sql)
{
    if (!m_db)
        return sqlite::makeError(SQLITE_MISUSE, nullptr, u"query on a closed database"_s);
    return queryTextRaw(m_db, sql, u"querying "_s + m_path);
}

Status Database::enableWal()
{
    Result<QString> mode = queryText("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (mode->compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error(u"storage.no_wal"_s,
                     QT_TRANSLATE_NOOP("Error", "The database could not be switched to "
                                                "write-ahead logging, so it is not safe to use."),
                     m_path + u": journal_mode is "_s + *mode);
    return exec("PRAGMA synchronous = FULL;");
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

Status Database::backupTo(Database& target)
{
    if (!m_db || !target.m_db)
        return sqlite::makeError(SQLITE_MISUSE, nullptr, u"backup of a closed database"_s);
    sqlite3_backup* backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup)
        return sqlite::makeError(sqlite3_extended_errcode(target.m_db), target.m_db,
                                 u"backup_init"_s);
    // One backup_step(-1) = one read transaction over the whole store. BUSY/LOCKED can only
    // come from a writer holding a lock at the moment the read starts (or a checkpoint).
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(25);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqlite::makeError(rc, nullptr, u"backup_step"_s);
    if (finished != SQLITE_OK)
        return sqlite::makeError(finished, nullptr, u"backup_finish"_s);
    return {};
}

Status Database::rekey(const QByteArray& rawKey)
{
    if (!m_db)
        return sqlite::makeError(SQLITE_MISUSE, nullptr, u"rekey on a closed database"_s);
    if (rawKey.size() != kKeySize)
        return keyError(m_path, "the key must be 32 bytes");
    QByteArray keySpec = rawKeySpec(rawKey);
    const int rc = sqlite3_rekey_v2(m_db, "main", keySpec.constData(), int(keySpec.size()));
    sqlite::secureZero(keySpec.data(), std::size_t(keySpec.size()));
    if (rc != SQLITE_OK)
        return sqlite::makeError(rc, m_db, u"rekey"_s);
    return {};
}

QString Database::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Status Database::close()
{
    if (!m_db)
        return {};
    m_cached.reset();
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK)
        return sqlite::makeError(rc, m_db, u"closing "_s + m_path);
    m_db = nullptr;
    return {};
}

} // namespace pishkhan
