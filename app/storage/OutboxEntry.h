#pragma once

#include "OutboxState.h"

#include <QString>

namespace pishkhan {

// One citizen request in the outbox. Identifier strings are already canonical (app/core
// parsed them); times are UTC epoch milliseconds.
struct OutboxEntry
{
    QString requestId; // client-made UUID v4: the Idempotency-Key of every retry
    QString serviceId;
    qint64 catalogueVersion = 0;
    QString nationalCode;
    QString mobile;
    QString citizenName;
    QString payload; // the service form as a JSON object
    QString feeReference;
    QString consentToken;
    qint64 consentExpiresAt = 0; // 0 = the service needs no consent; a mandate's: its end
    // A row an organisation sent under its standing mandate (docs/api.md §4.15) carries the
    // mandate instead of a consent token.
    QString mandateNumber;
    QString organisationId; // legal-entity id, canonical
    // A company applicant (docs/api.md §4.7 citizen.legal_entity_id), canonical; empty for a
    // person. nationalCode and mobile are then its representative's.
    QString applicantLegalEntityId;

    // Owned by the store; ignored by enqueue().
    OutboxState state = OutboxState::Queued;
    int attemptCount = 0;
    qint64 nextAttemptAt = 0;
    QString lastErrorCode;
    QString lastErrorMessage;   // English
    QString lastErrorMessageFa; // Persian, as the backend or the app said it
    QString trackingCode;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace pishkhan
