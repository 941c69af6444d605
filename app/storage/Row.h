#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pishkhan {

class Statement;

// The current row of a Statement, read by 0-based column. A view: valid while the statement
// stays on that row. Converts from a Statement so one row reader serves every caller.
class Row
{
public:
    Row(const Statement& statement)
        : m_statement(statement)
    {}

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] std::optional<qint64> optionalInt64(int column) const; // NULL -> nullopt
    [[nodiscard]] QString text(int column) const;                        // NULL -> null QString
    [[nodiscard]] QByteArray blob(int column) const;

private:
    const Statement& m_statement;
};

} // namespace pishkhan
