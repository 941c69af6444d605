#pragma once

// Shared by bench_store (SQLCipher, through the product's OutboxStore) and
// bench_store_baseline (plain SQLite). Qt Core only: the baseline must not link any pishkhan
// library, and both sides must insert byte-identical rows, so the rows are made here from the
// row index alone (no clock, no random source).

#include <QList>
#include <QString>

namespace pishkhan::bench {

// The values a caller hands to OutboxStore::enqueue(); the store adds state, attempts and the
// timestamps from `now`.
struct BenchRow
{
    QString requestId; // UUID v4, lower case, derived from the index
    QString serviceId;
    qint64 catalogueVersion = 0;
    QString nationalCode; // valid checksum
    QString mobile;       // canonical 09xxxxxxxxx
    QString citizenName;  // Persian
    QString payload;      // JSON object, about 420–600 bytes of UTF-8
    QString feeReference;
    QString consentToken;
    qint64 consentExpiresAt = 0;
    qint64 now = 0;
};

// Row number `index`; single-commit rows use 0..n-1, bulk rows continue after them.
[[nodiscard]] BenchRow benchRow(qint64 index);
[[nodiscard]] QList<BenchRow> benchRows(qint64 first, qint64 count);

// The spec file bench_store writes and bench_store_baseline reads (JSON object keys).
inline constexpr char kSpecSchema[] = "schema"; // array of CREATE statements, in order
inline constexpr char kSpecUserVersion[] = "user_version";
inline constexpr char kSpecInsert[] = "insert";   // the exact INSERT text enqueue() ran
inline constexpr char kSpecPragmas[] = "pragmas"; // name -> value as the store reports it
inline constexpr char kSpecJournalMode[] = "journal_mode";

// The line the baseline prints for the driver: "BENCH_BASELINE key=value key=value ...".
inline constexpr char kBaselineTag[] = "BENCH_BASELINE";

[[nodiscard]] double median(QList<double> values);

} // namespace pishkhan::bench
