#pragma once

#include "VoidRequest.h"
#include "core/Result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pishkhan {

class Database;

// Rows of table void_request (schema v6). The database keeps the workflow honest by itself:
// one pending request per fee (partial unique index), a decided row never changes again and
// no row is ever deleted (triggers). The caller holds the transaction.
class VoidRequestStore
{
public:
    explicit VoidRequestStore(Database& db);

    [[nodiscard]] Result<VoidRequest> insert(qint64 feeSeq, const QString& clerkId,
                                             const QString& reason, qint64 now);
    [[nodiscard]] Result<std::optional<VoidRequest>> find(qint64 id);
    [[nodiscard]] Result<std::optional<VoidRequest>> pendingForFee(qint64 feeSeq);
    [[nodiscard]] Result<QList<VoidRequest>> pending();
    // Pending requests about fees of one counter's business day.
    [[nodiscard]] Result<qint64> pendingForDay(int counter, QDate day);
    Status markApproved(qint64 id, const QString& supervisorId, qint64 voidSeq, qint64 now);
    Status markRefused(qint64 id, const QString& supervisorId, const QString& note, qint64 now);

private:
    Result<QList<VoidRequest>> select(const char* where, qint64 arg);
    // Changes exactly the one pending row or reports why not.
    Status expectOneChanged(qint64 id);

    Database& m_db;
};

} // namespace pishkhan
