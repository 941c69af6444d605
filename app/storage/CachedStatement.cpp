#include "CachedStatement.h"

#include "Statement.h"

namespace pishkhan {

CachedStatement::~CachedStatement()
{
    if (m_statement)
        (void)m_statement->reset();
}

} // namespace pishkhan
