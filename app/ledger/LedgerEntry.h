#pragma once

#include "PaymentMethod.h"
#include "core/Money.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pishkhan {

enum class EntryKind { Fee, Void, Reprint, Refund };

[[nodiscard]] QString entryKindToString(EntryKind kind);
[[nodiscard]] std::optional<EntryKind> entryKindFromString(QStringView text);

// One row of the fee ledger (table ledger_entry). Nothing here is ever updated: a void is a
// new Void entry whose targetSeq is the fee, a reprint a new Reprint entry whose targetSeq is
// the fee and whose copyNo counts the copies, a refund a new Refund entry whose targetSeq is the
// fee, whose amount is what went back and whose payment is the way it went back (a card
// refund's reference is the reversal's). Times are UTC epoch milliseconds; business days
// are office-local (Asia/Tehran) calendar days.
struct LedgerEntry
{
    qint64 seq = 0; // chain position 1, 2, …; set by LedgerStore::append
    EntryKind kind = EntryKind::Fee;
    QDate businessDay;   // the day the entry counts in (never a sealed day)
    int jalaliMonth = 0; // 140501 = Farvardin 1405 of businessDay; set by append, for reports
    int counter = 0;
    qint64 receiptNo = 0; // Fee only: 1..N per counter per business day; 0 otherwise
    qint64 createdAt = 0;
    QString clerkId;
    QString serviceId;
    Money amount; // the fee, or for a Void the amount given back; 0 for a Reprint
    Money tariff; // the council tariff the fee was charged under
    Payment payment;
    QString requestId; // the outbox row recorded in the same transaction (Fee)
    QString tariffTableId;
    QString tariffTableSha256;
    qint64 targetSeq = 0; // Void/Reprint: the fee it refers to
    QString reason;       // Void, Refund
    QString supervisorId; // Void, Refund: the approving supervisor
    int copyNo = 0;       // Reprint: 1 for the first copy
    bool late = false;    // its clock day was already closed, so it went to the open day
    QDate clockDay;       // the office-local day the clock said when it was recorded
    QString prevHash;     // lower-case hex
    QString hash;         // lower-case hex

    // The canonical fields hashed into the chain (HashChain encoding v1), in this order:
    //  1 seq  2 kind  3 business_day (YYYY-MM-DD)  4 jalali_month  5 counter_no  6 receipt_no
    //  7 created_at  8 clerk_id  9 service_id  10 amount_rials  11 tariff_rials
    //  12 payment_method  13 terminal_id  14 payment_reference  15 request_id
    //  16 tariff_table_id  17 tariff_table_sha256  18 target_seq  19 reason  20 supervisor_id
    //  21 copy_no  22 late (0/1)  23 clock_day
    //  24 organisation_id — ONLY when not empty (invoice payments and their voids/reprints)
    // Integers are decimal ASCII; an absent value (NULL column: receipt_no, target_seq,
    // copy_no of entries that have none, empty texts) is the empty byte string.
    // Field 24 is left out, not encoded empty, for every entry without an organisation, so
    // entries written before the column existed hash exactly as they did; the field count is
    // part of the hashed bytes, so 23 fields and 24 fields never encode alike.
    // Every stored column except prev_hash and hash is covered, so no column can change
    // without breaking the chain.
    [[nodiscard]] QList<QByteArray> canonicalFields() const;
    static constexpr int kFieldCount = 23; // without the optional organisation_id
};

} // namespace pishkhan
