#pragma once

#include "Row.h"
#include "SqlValue.h"
#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace pishkhan {

// The first failure among statuses in argument order, or success when none failed. Every
// argument is evaluated (in no particular order), so it suits independent steps only.
template<typename... S>
Status all(S&&... statuses)
{
    Status result;
    ((result.ok() && !statuses.ok() ? (void)(result = statuses) : (void)0), ...);
    return result;
}

// A prepared statement (RAII; movable, not copyable). Must not outlive its Database.
// Binds are 1-based like SQLite's; names include their prefix (":id").
class Statement
{
public:
    // One named parameter and its value, for bindAll({{":id", id}, {":now", now}}).
    struct Named
    {
        const char* name;
        SqlValue value;
    };

    // A column's value without a copy, for loops over many rows: an INTEGER as its number,
    // anything else as the bytes of its text form (none for NULL). Valid until the next
    // step() or reset().
    struct RawColumn
    {
        bool isInteger = false;
        qint64 integer = 0;
        QByteArrayView text;
    };

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

    Status bind(int index, const SqlValue& value);
    Status bind(const char* name, const SqlValue& value);
    // Binds the values to ?1, ?2, ... in order; stops at the first failure.
    Status bindAll(std::initializer_list<SqlValue> values);
    // Binds each value to its named parameter; stops at the first failure.
    Status bindAll(std::initializer_list<Named> values);

    // true = a row is available, false = done.
    [[nodiscard]] Result<bool> step();
    // step() for statements that return no rows; an unexpected row is an error.
    Status execute();
    // bindAll(values) and execute(), then reset() so the statement is ready to bind again.
    Status execute(std::initializer_list<SqlValue> values);
    Status execute(std::initializer_list<Named> values);
    // Ready to run again; bindings are cleared too, so a stale value cannot leak into the next run.
    Status reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool columnIsNull(int column) const; // 0-based like SQLite's
    [[nodiscard]] qint64 columnInt64(int column) const;
    [[nodiscard]] QString columnText(int column) const; // NULL -> null QString
    [[nodiscard]] QByteArray columnBlob(int column) const;
    // The text form of a column without a copy (a null view for NULL); valid until the next
    // step() or reset().
    [[nodiscard]] QByteArrayView columnUtf8(int column) const;
    // Reads each column through one sqlite3_value, whose accessors, unlike the column ones,
    // do not take the connection's mutex on every call.
    [[nodiscard]] RawColumn rawColumn(int column) const;

    // Steps through the remaining rows, calling visit(row) on each. visit returns void, or a
    // Status whose failure stops the walk and is returned.
    template<typename Visit>
    Status forEachRow(Visit&& visit);
    // Every remaining row, each turned into a T by read(row). T defaults to what read returns.
    template<typename T = void, typename Read>
    auto collect(Read&& read);
    // The next row turned into a T by read(row); nullopt when there is none. Later rows are
    // left unread.
    template<typename T = void, typename Read>
    auto first(Read&& read);

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

private:
    template<typename T, typename Read>
    using RowValue =
        std::conditional_t<std::is_void_v<T>, std::invoke_result_t<Read&, const Row&>, T>;

    [[nodiscard]] Result<int> indexOf(const char* name) const;
    Status check(int rc, const char* what) const;
    [[nodiscard]] QString sqlText() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

template<typename Visit>
Status Statement::forEachRow(Visit&& visit)
{
    for (;;) {
        Result<bool> row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if constexpr (std::is_void_v<std::invoke_result_t<Visit&, const Row&>>) {
            visit(Row(*this));
        } else {
            if (Status s = visit(Row(*this)); !s)
                return s;
        }
    }
}

template<typename T, typename Read>
auto Statement::collect(Read&& read)
{
    using Value = RowValue<T, Read>;
    QList<Value> values;
    if (Status s = forEachRow([&](const Row& row) { values.append(Value(read(row))); }); !s)
        return Result<QList<Value>>(s.error());
    return Result<QList<Value>>(std::move(values));
}

template<typename T, typename Read>
auto Statement::first(Read&& read)
{
    using Value = RowValue<T, Read>;
    Result<bool> row = step();
    if (!row)
        return Result<std::optional<Value>>(row.error());
    if (!*row)
        return Result<std::optional<Value>>(std::optional<Value>());
    return Result<std::optional<Value>>(std::optional<Value>(Value(read(Row(*this)))));
}

} // namespace pishkhan
