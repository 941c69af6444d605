#pragma once

#include "core/Result.h"
#include "storage/HashChain.h"

#include <QString>

#include <optional>

namespace pishkhan {

class Database;

// What a store holds and whether it can be trusted: the facts a backup manifest records and
// a restore compares.
struct StoreInspection
{
    int schemaVersion = 0;
    QString cipherVersion;
    qint64 outboxRows = 0;
    qint64 ledgerEntries = 0;
    qint64 ledgerHeadSeq = 0; // 0 = empty ledger
    QString ledgerHeadHash = HashChain::genesisHex();
    qint64 auditEvents = 0;
    QString integrity;                             // "ok" or the first lines integrity_check said
    std::optional<HashChain::Failure> ledgerBreak; // first bad ledger entry
    std::optional<HashChain::Failure> auditBreak;  // first bad audit event

    [[nodiscard]] bool isSound() const
    {
        return integrity == QStringLiteral("ok") && !ledgerBreak && !auditBreak;
    }
    // The first problem as an Error (storage.corrupt or chain.broken naming the entry);
    // an empty Status when sound.
    [[nodiscard]] Status problem(const QString& path) const;
};

// Reads a store through the given (already keyed) connection: PRAGMA integrity_check, the
// ledger chain and the audit chain re-walked, and the row counts. Only reads, so it is safe on
// a backup file opened read-only and on the live store while the app writes to it.
class StoreInspector
{
public:
    StoreInspector() = delete;

    // An Error only when the store cannot be read at all; damage and broken chains are
    // reported in the answer, so the caller can name the entry.
    [[nodiscard]] static Result<StoreInspection> inspect(Database& db);
};

} // namespace pishkhan
