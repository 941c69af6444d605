#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace pishkhan {

class Database;

// Proves each closed business day of the ledger against what was signed about it. The chain
// walk (LedgerStore::verifyChain) only proves that the entries agree with each other: whoever
// holds the store key can drop the ledger's triggers, change an amount and recompute every
// hash after it, and that walk still holds. A closed day cannot be rewritten that way: the
// hash of its last entry is in the close the counter signed and in the acknowledgement the
// municipality signed, and a rewrite changes that hash.
//
// For every closed day, oldest first: the stored close's signature verifies with its public
// key and its document names the stored last entry and hash; the ledger entry it ends at still
// has that hash; and when the municipality acknowledged it, the acknowledgement verifies with
// the backend's recorded signing key and names the same entry, hash and close document.
class ClosedDayVerifier
{
public:
    struct Report
    {
        int daysChecked = 0;             // closed days that held before the first that did not
        int acknowledgementsChecked = 0; // of those, how many had an acknowledgement
        std::optional<QDate> brokenDay;  // the first closed day that does not hold
        int brokenCounter = 0;
        // ledger.closed_day_mismatch; its detail names the day (Jalali and ISO) and the reason.
        std::optional<Error> broken;
    };

    explicit ClosedDayVerifier(Database& db);

    // serverKeys: the backend's day-close signing keys by key id (BackendSigningKeys). An
    // acknowledgement under a key id that is not among them does not prove its day. An Error
    // only for storage failures; a day that does not hold is a Report with broken set.
    [[nodiscard]] Result<Report> verify(const QHash<QString, QByteArray>& serverKeys);

    // The error for a day that does not hold: "closed day 1404/01/02 (2025-03-22), counter 1:
    // <reason>".
    [[nodiscard]] static Error mismatch(QDate day, int counter, const QString& reason);

private:
    Database& m_db;
};

} // namespace pishkhan
