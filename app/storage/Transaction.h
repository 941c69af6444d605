#pragma once

#include "core/Result.h"

namespace pishkhan {

class Database;

// BEGIN IMMEDIATE on creation, ROLLBACK on scope exit unless commit() succeeded.
// IMMEDIATE takes the write lock up front so a read-then-write transaction cannot fail half
// way with SQLITE_BUSY after it has already decided what to write.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    Status rollback();
    [[nodiscard]] bool isActive() const { return m_db != nullptr; }

private:
    explicit Transaction(Database* db)
        : m_db(db)
    {}

    Database* m_db = nullptr;
};

} // namespace pishkhan
