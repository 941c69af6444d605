#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace pishkhan {

// A prepared statement (RAII; movable, not copyable). Must not outlive its Database.
// Binds are 1-based like SQLite's; names include their prefix (":id").
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Status bindInt64(int index, qint64 value);
    Status bindText(int index, const QString& value); // UTF-8; a null QString binds NULL
    Status bindBlob(int index, const QByteArray& value);
    Status bindNull(int index);

    Status bindInt64(const char* name, qint64 value);
    Status bindText(const char* name, const QString& value);
    Status bindBlob(const char* name, const QByteArray& value);
    Status bindNull(const char* name);

    // true = a row is available, false = done.
    [[nodiscard]] Result<bool> step();
    // step() for statements that return no rows; an unexpected row is an error.
    Status execute();
    // Ready to run again; bindings are cleared too, so a stale value cannot leak into the next run.
    Status reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool columnIsNull(int column) const; // 0-based like SQLite's
    [[nodiscard]] qint64 columnInt64(int column) const;
    [[nodiscard]] QString columnText(int column) const; // NULL -> null QString
    [[nodiscard]] QByteArray columnBlob(int column) const;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }
    [[nodiscard]] sqlite3_stmt* handle() const { return m_stmt; }

private:
    [[nodiscard]] Result<int> indexOf(const char* name) const;
    Status check(int rc, const char* what) const;
    [[nodiscard]] QString sqlText() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace pishkhan
