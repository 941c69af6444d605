#pragma once

#include "DayClose.h"

#include <QByteArray>

namespace pishkhan {

// The canonical close document: compact UTF-8 JSON with object members in name order (QJson
// sorts them) and arrays in a fixed order, so the same close always gives the same bytes.
// The signature covers these exact bytes and the backend stores them as uploaded, so no JSON
// canonicalisation is ever needed to verify (docs/api.md §4.11).
//
// Members: type "pishkhan.day-close.v1", device_id, office_code, counter, business_date,
// closed_at, supervisor, last_entry_seq, last_entry_hash, totals {count, amount_rials,
// fee_count, fee_amount_rials, void_count, void_amount_rials, reprint_count},
// previous_grand_total_rials, grand_total_rials, lines[] (clerk × service × method),
// drawers[] {clerk, expected_rials, counted_rials, difference_rials}, card_terminals[]
// {terminal_id, fee_count, fee_amount_rials, void_count, void_amount_rials, references,
// void_references}, late_entries[] (seq), previous_acknowledgement (or null).
class DayCloseDocument
{
public:
    DayCloseDocument() = delete;

    [[nodiscard]] static QByteArray encode(const DayClose& close);
    // Ed25519 over the document bytes with the given raw public key.
    [[nodiscard]] static bool verify(const QByteArray& document, const QByteArray& signature,
                                     const QByteArray& publicKey);
    // SHA-256 of the document, lower-case hex (what the acknowledgement's close_sha256 holds).
    [[nodiscard]] static QString sha256Hex(const QByteArray& document);
};

} // namespace pishkhan
