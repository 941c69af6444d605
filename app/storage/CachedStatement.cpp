#include "CachedStatement.h"

#include "Statement.h"

namespace pishkhan {

CachedStatement::~CachedStatement()
{
    // reset() only repeats the error of the statement's last step, which the caller of that
    // step has already been given.
    if (m_statement)
        (void)m_statement->reset();
}

} // namespace pishkhan
