#include "Transaction.h"

#include "Database.h"

#include <utility>

namespace pishkhan {

Result<Transaction> Transaction::begin(Database& db)
{
    if (Status s = db.exec("BEGIN IMMEDIATE"); !s)
        return s.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Transaction& Transaction::operator=(Transaction&& other) noexcept
{
    if (this != &other) {
        if (m_db)
            (void)m_db->exec("ROLLBACK");
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Transaction::~Transaction()
{
    // A failed ROLLBACK here means SQLite already rolled back (e.g. after SQLITE_FULL or an
    // I/O error ended the transaction itself); there is nothing left to undo.
    if (m_db)
        (void)m_db->exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_db)
        return Error(QStringLiteral("storage.no_transaction"),
                     QT_TRANSLATE_NOOP("Error", "The local database reported an error."),
                     QStringLiteral("commit without an active transaction"));
    Status s = m_db->exec("COMMIT");
    if (s)
        m_db = nullptr;
    // On failure the guard stays active so scope exit rolls back.
    return s;
}

Status Transaction::rollback()
{
    if (!m_db)
        return {};
    Database* db = std::exchange(m_db, nullptr);
    return db->exec("ROLLBACK");
}

} // namespace pishkhan
