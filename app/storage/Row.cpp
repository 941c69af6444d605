#include "Row.h"

#include "Statement.h"

namespace pishkhan {

bool Row::isNull(int column) const
{
    return m_statement.columnIsNull(column);
}

qint64 Row::int64(int column) const
{
    return m_statement.columnInt64(column);
}

std::optional<qint64> Row::optionalInt64(int column) const
{
    if (m_statement.columnIsNull(column))
        return std::nullopt;
    return m_statement.columnInt64(column);
}

QString Row::text(int column) const
{
    return m_statement.columnText(column);
}

QByteArray Row::blob(int column) const
{
    return m_statement.columnBlob(column);
}

} // namespace pishkhan
