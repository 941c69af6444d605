#pragma once

#include "core/Result.h"
#include "storage/OutboxEntry.h"

#include <QJsonObject>

namespace pishkhan {

// Turns an outbox row into the body of POST /api/v1/requests (docs/api.md §4.7).
//
// The row's payload is the request's JSON object without the parts the row holds in columns:
//   {"district": 6, "fields": {...}, "fee_rials": 80000,
//    "receipt_number": "...", "payment": {"method": "cash"}, "catalogue_version": "..."}
// (district, fields and fee_rials required; the rest optional). service_id, citizen
// {national_code, mobile, legal_entity_id for a company} and consent_token come from the row's
// columns and win over any copy
// in the payload; created_at is the row's creation time unless the payload has one.
// The result depends only on the row, so every retry sends byte-identical JSON — which the
// backend's idempotency fingerprint needs.
class OutboxRequestBody
{
public:
    [[nodiscard]] static Result<QJsonObject> build(const OutboxEntry& entry);
};

} // namespace pishkhan
