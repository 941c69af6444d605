#pragma once

#include "core/Result.h"

#include "CachedStatement.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace pishkhan {

class Statement;

enum class OpenMode {
    ReadOnly,
    ReadWrite,       // the file must exist
    ReadWriteCreate, // created (empty) when missing
};

// One SQLCipher connection (RAII; movable, not copyable). Not thread-safe: one thread owns it.
//
// open() never writes to an existing file before the key is proven right: it first reads the
// schema through a read-only connection (which can neither checkpoint a WAL nor roll back a
// journal), and only then opens the connection that is returned. So a wrong key or a file that
// is not a database leaves the file and its -wal byte-for-byte as they were.
class Database
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kPageSize = 4096;
    static constexpr int kBusyTimeoutMs = 5000;

    // rawKey: 32 bytes used as the raw AES-256 key (no passphrase KDF); empty = unencrypted
    // (only for baselines and tests of the plaintext control case).
    [[nodiscard]] static Result<Database> open(const QString& path, const QByteArray& rawKey,
                                               OpenMode mode = OpenMode::ReadWriteCreate);

    Database() = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    // SQLCipher's PRAGMA cipher_version ("3.4.1", "4.5.6 community"); empty when unencrypted.
    [[nodiscard]] const QString& cipherVersion() const { return m_cipherVersion; }

    // Runs one or more statements that return no rows the caller needs.
    Status exec(const char* sql);
    [[nodiscard]] Result<Statement> prepare(const char* sql);
    [[nodiscard]] Result<Statement> prepare(const QString& sql);
    // The same statement prepared once per connection, for SQL a hot path runs for every row
    // (the sync engine's batch bookkeeping: parsing it anew each time cost a sixth of a drain).
    // The cache is keyed by the text of sql, so any buffer holding the same SQL finds the same
    // statement. Ready to bind; never hold two leases on the same SQL at once.
    [[nodiscard]] Result<CachedStatement> cached(const char* sql);

    // First column of the first row (errors when there is no row).
    [[nodiscard]] Result<qint64> queryInt64(const char* sql);
    [[nodiscard]] Result<QString> queryText(const char* sql);

    // Switches to WAL (checking the mode SQLite actually took, since it can refuse) and sets
    // synchronous=FULL so a commit that returned survives power loss.
    Status enableWal();

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    // Closes now; errors if statements are still alive (they must be destroyed first).
    Status close();

    // Copies every page of this database into target's main database in one read transaction
    // (SQLite's online backup), so the copy is a consistent snapshot even while others write.
    // A writer holding a lock at the start is waited for a few seconds (busy/locked retried).
    Status backupTo(Database& target);
    // Re-encrypts the whole file under a new 32-byte raw key (SQLCipher's rekey). Needs the
    // connection to be the only one and out of WAL mode.
    Status rekey(const QByteArray& rawKey);

    // The SQLite library's version ("3.40.1").
    [[nodiscard]] static QString libraryVersion();

    // For tools and tests that need the C API directly.
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, QString path);

    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
    bool m_encrypted = false;
    // Behind a pointer so the statements keep their address when the Database moves.
    std::unique_ptr<std::map<std::string, Statement, std::less<>>> m_cached;
};

} // namespace pishkhan
