#pragma once

#include "Database.h"
#include "StoreReport.h"
#include "core/Result.h"

#include <QDateTime>

namespace pishkhan {

// The counter's encrypted database, opened the one safe way:
//   1. an existing file is first read through a read-only connection: key proven
//      (Database::open) and PRAGMA quick_check passed, and its schema version compared with
//      this build's — all before anything can write to it;
//   2. only then WAL, synchronous=FULL and the migrations to the newest schema.
// A wrong key, a damaged file or a file that is not a database is reported with the file's
// path and left exactly as it was; moveAside() is the only way past it.
class LocalStore
{
public:
    [[nodiscard]] static Result<LocalStore> open(const QString& path, const QByteArray& rawKey);

    // Step 1 of open() alone: whether the existing file at path opens with rawKey (key
    // proven, quick_check passed, schema version supported). Nothing is written, and any
    // -wal/-shm the probe made is removed again. Error codes as open()'s, storage.missing when
    // there is no file.
    [[nodiscard]] static Status check(const QString& path, const QByteArray& rawKey);

    // Renames the file and its -wal/-shm to "<name>.broken-<yyyyMMddTHHmmssZ>" so a new store
    // can be created at path. Returns the new path of the main file.
    [[nodiscard]] static Result<QString>
    moveAside(const QString& path, const QDateTime& now = QDateTime::currentDateTimeUtc());

    LocalStore(LocalStore&&) noexcept = default;
    LocalStore& operator=(LocalStore&&) noexcept = default;

    [[nodiscard]] Database& database() { return m_db; }
    [[nodiscard]] const StoreReport& report() const { return m_report; }

private:
    LocalStore(Database db, StoreReport report);

    Database m_db;
    StoreReport m_report;
};

} // namespace pishkhan
