#pragma once

#include "LedgerEntry.h"
#include "TariffTable.h"
#include "core/Result.h"
#include "storage/HashChain.h"
#include "storage/Statement.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace pishkhan {

class Database;

// The fee ledger's rows (schema v5: ledger_entry, receipt_counter, tariff_table). This class
// knows the table and the chain, not the business rules (LedgerService holds those: roles,
// the council range, payments, voids). The database itself refuses UPDATE and DELETE, an
// entry into a sealed day and a fee under an unknown tariff table, so even a bug here or a
// hand-made INSERT cannot break those rules quietly.
//
// Writes (append, registerTariffTable) must run inside a Transaction the caller holds: the
// receipt number, the chain link and the fee's outbox row are decided in that one transaction,
// so a crash leaves either all of them or none, and numbers cannot skip or repeat.
// Not thread-safe; keeps prepared statements, so it must not outlive its Database.
class LedgerStore
{
public:
    struct Head
    {
        qint64 seq = 0;                         // 0 = empty ledger
        QString hash = HashChain::genesisHex(); // stored hash of entry seq
    };

    explicit LedgerStore(Database& db);

    // Appends draft as the next entry: fills seq, jalaliMonth, receiptNo (Fee: next number of
    // draft.counter on draft.businessDay), prevHash and hash. Error codes: ledger.day_sealed
    // (the day or a later one is closed), storage.* (constraints: council range, unknown
    // tariff table, second void of the same fee).
    [[nodiscard]] Result<LedgerEntry> append(LedgerEntry draft);

    // Stores a tariff table once; the same table again is a no-op; other content under the
    // same id is refused (tariff.conflict).
    Status registerTariffTable(const TariffTable& table, qint64 now);
    [[nodiscard]] Result<std::optional<TariffTable>> tariffTable(const QString& id);
    // Service names and tariffs over every stored table (the most recently recorded wins),
    // for receipts and reports.
    [[nodiscard]] Result<QMap<QString, TariffTable::Service>> serviceDirectory();

    [[nodiscard]] Result<std::optional<LedgerEntry>> entry(qint64 seq);
    [[nodiscard]] Result<std::optional<LedgerEntry>> findByReceipt(int counter, QDate day,
                                                                   qint64 receiptNo);
    [[nodiscard]] Result<std::optional<LedgerEntry>> findByRequestId(const QString& requestId);
    // In chain order.
    [[nodiscard]] Result<QList<LedgerEntry>> entriesForDay(int counter, QDate day);
    [[nodiscard]] Result<std::optional<LedgerEntry>> voidOf(qint64 feeSeq);
    [[nodiscard]] Result<std::optional<LedgerEntry>> refundOf(qint64 feeSeq);
    [[nodiscard]] Result<int> reprintCount(qint64 feeSeq);
    [[nodiscard]] Result<Head> head();
    // The newest sealed business day of the counter, if any.
    [[nodiscard]] Result<std::optional<QDate>> lastClosedDay(int counter);
    // Business days of the counter that hold entries and are not closed, oldest first.
    [[nodiscard]] Result<QList<QDate>> openDaysWithEntries(int counter);

    // Re-walks the whole chain in seq order. Reads the columns' bytes straight from SQLite and
    // hashes them with OpenSSL, producing exactly HashChain::encode()'s bytes (a test holds
    // the two paths equal) at well over 500,000 entries/s. A broken chain is a Report whose
    // failure names the first bad entry, not an Error.
    [[nodiscard]] Result<HashChain::Report> verifyChain();
    // The same walk split over `workers` threads, each on its own read-only connection to the
    // store file (so it needs the path and key): each segment trusts its first entry's stored
    // prev_hash and the seams are checked afterwards against the previous segment's last hash,
    // so the answer — including the first bad entry — is the single walk's.
    [[nodiscard]] static Result<HashChain::Report>
    verifyChainParallel(const QString& path, const QByteArray& key, int workers,
                        qint64 minEntriesPerWorker = 50'000);
    // The same through HashChain::verify() and canonicalFields(): slower, kept as the
    // reference the fast path is tested against.
    [[nodiscard]] Result<HashChain::Report> verifyChainReference();

    // One contiguous part of the chain as a worker walked it.
    struct Segment
    {
        HashChain::Report report;
        qint64 firstSeq = 0;
        QString firstPrevHex; // the first entry's stored prev_hash
    };
    [[nodiscard]] static Result<Segment> walkSegment(Database& db, qint64 fromSeq, qint64 toSeq,
                                                     bool trustFirstPrev);

    // The SELECT list every reader uses; column i < 23 is canonical field i + 1.
    static const char* const kColumns;
    [[nodiscard]] static LedgerEntry readEntry(const Row& row);

private:
    Result<std::optional<LedgerEntry>> queryOne(const char* sql, qint64 a);

    Database& m_db;
};

} // namespace pishkhan
