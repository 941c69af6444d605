#include "Statement.h"

#include "SqliteError.h"

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace pishkhan {

using namespace Qt::StringLiterals;

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

QString Statement::sqlText() const
{
    const char* sql = m_stmt ? sqlite3_sql(m_stmt) : nullptr;
    return sql ? QString::fromUtf8(sql) : QString();
}

Status Statement::check(int rc, const char* what) const
{
    if (rc == SQLITE_OK)
        return {};
    return sqlite::makeError(rc, m_db, QString::fromLatin1(what) + u" in "_s + sqlText());
}

Result<int> Statement::indexOf(const char* name) const
{
    const int index = m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
    if (index == 0)
        return sqlite::makeError(SQLITE_RANGE, nullptr,
                                 u"no parameter "_s + QString::fromUtf8(name) + u" in "_s +
                                     sqlText());
    return index;
}

Status Statement::bindInt64(int index, qint64 value)
{
    return check(sqlite3_bind_int64(m_stmt, index, value), "binding");
}

Status Statement::bindText(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    return check(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT),
        "binding");
}

Status Statement::bindBlob(int index, const QByteArray& value)
{
    if (value.isNull())
        return bindNull(index);
    return check(
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT),
        "binding");
}

Status Statement::bindNull(int index)
{
    return check(sqlite3_bind_null(m_stmt, index), "binding");
}

Status Statement::bindInt64(const char* name, qint64 value)
{
    Result<int> index = indexOf(name);
    return index ? bindInt64(*index, value) : Status(index.error());
}

Status Statement::bindText(const char* name, const QString& value)
{
    Result<int> index = indexOf(name);
    return index ? bindText(*index, value) : Status(index.error());
}

Status Statement::bindBlob(const char* name, const QByteArray& value)
{
    Result<int> index = indexOf(name);
    return index ? bindBlob(*index, value) : Status(index.error());
}

Status Statement::bindNull(const char* name)
{
    Result<int> index = indexOf(name);
    return index ? bindNull(*index) : Status(index.error());
}

Status Statement::bind(int index, const SqlValue& value)
{
    const SqlValue::Value& v = value.value();
    if (const auto* integer = std::get_if<qint64>(&v))
        return bindInt64(index, *integer);
    if (const auto* text = std::get_if<QString>(&v))
        return bindText(index, *text);
    if (const auto* blob = std::get_if<QByteArray>(&v))
        return bindBlob(index, *blob);
    return bindNull(index);
}

Status Statement::bind(const char* name, const SqlValue& value)
{
    Result<int> index = indexOf(name);
    return index ? bind(*index, value) : Status(index.error());
}

Status Statement::bindAll(std::initializer_list<SqlValue> values)
{
    int index = 1;
    for (const SqlValue& value : values) {
        if (Status s = bind(index++, value); !s)
            return s;
    }
    return {};
}

Status Statement::bindAll(std::initializer_list<Named> values)
{
    for (const Named& named : values) {
        if (Status s = bind(named.name, named.value); !s)
            return s;
    }
    return {};
}

Status Statement::execute(std::initializer_list<SqlValue> values)
{
    Status s = bindAll(values);
    if (s)
        s = execute();
    return all(s, reset());
}

Status Statement::execute(std::initializer_list<Named> values)
{
    Status s = bindAll(values);
    if (s)
        s = execute();
    return all(s, reset());
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return sqlite::makeError(SQLITE_MISUSE, nullptr, u"step on an empty statement"_s);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqlite::makeError(rc, m_db, u"running "_s + sqlText());
    // Leaves the statement re-runnable; the error is already captured.
    sqlite3_reset(m_stmt);
    return error;
}

Status Statement::execute()
{
    Result<bool> row = step();
    if (!row)
        return row.error();
    if (*row)
        return sqlite::makeError(SQLITE_MISUSE, nullptr, u"unexpected row from "_s + sqlText());
    return {};
}

Status Statement::reset()
{
    if (!m_stmt)
        return {};
    // sqlite3_reset repeats the last step's error; that error was already reported by step().
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return {};
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char*>(data), size);
}

QByteArrayView Statement::columnUtf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QByteArrayView(text, sqlite3_column_bytes(m_stmt, column));
}

Statement::RawColumn Statement::rawColumn(int column) const
{
    sqlite3_value* value = sqlite3_column_value(m_stmt, column);
    if (sqlite3_value_type(value) == SQLITE_INTEGER)
        return {true, sqlite3_value_int64(value), {}};
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    if (!text)
        return {};
    return {false, 0, QByteArrayView(text, sqlite3_value_bytes(value))};
}

} // namespace pishkhan
