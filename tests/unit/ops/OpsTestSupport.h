#pragma once

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QStringList>

namespace pishkhan::test {

// Every row of a query as "cell|cell|…": compares whole tables before and after an operation.
inline QStringList rows(Database& db, const char* sql)
{
    using namespace Qt::StringLiterals;
    QStringList out;
    auto stmt = db.prepare(sql);
    if (!stmt)
        return {u"<error>"_s};
    while (stmt->step().valueOr(false)) {
        QStringList cells;
        for (int c = 0; c < stmt->columnCount(); ++c)
            cells += stmt->columnText(c);
        out += cells.join(u'|');
    }
    return out;
}

} // namespace pishkhan::test
