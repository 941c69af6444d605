#pragma once

#include <QByteArray>
#include <QString>

namespace pishkhan::sandbox {

// Plain rows of the sandbox database. Citizen identifiers never appear here in clear: the
// store keeps SHA-256 hashes (to match a consent to a citizen) and masked forms (to show).

struct DeviceRecord
{
    QString id;
    QString officeCode;
    int counter = 0;
    QString label;
    QByteArray publicKey; // raw Ed25519, 32 bytes
    qint64 activatedAt = 0;
    qint64 revokedAt = 0; // 0 = active
};

struct IdempotencyRecord
{
    QString fingerprint;
    int status = 0;
    QByteArray contentType;
    QByteArray headers; // JSON array of [name, value]
    QByteArray body;
};

struct ChallengeRecord
{
    QString id;
    QString deviceId;
    QString mobileHash;
    QString citizenHash;
    QString serviceId;
    QString codeHash;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    int wrongAttempts = 0;
    QString state; // pending | verified | burned
};

struct ConsentRecord
{
    QString tokenHash;
    QString challengeId;
    QString citizenHash;
    QString serviceId;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    qint64 usedAt = 0; // 0 = not used yet
    QString usedBy;    // tracking code
};

struct RequestRecord
{
    qint64 seq = 0;
    QString trackingCode;
    QString deviceId;
    QString clientKey;
    QString fingerprint;
    QString serviceId;
    int district = 0;
    qint64 receivedAt = 0;
    qint64 reviewAt = 0;
    qint64 finalAt = 0;
    QString outcome;        // done | rejected
    QByteArray result;      // JSON: result or rejection
    QByteArray payload;     // JSON: the request as stored (identifiers masked)
    QByteArray answer;      // JSON: the first answer, replayed byte for byte
    qint64 cancelledAt = 0; // 0 = not cancelled (table request_cancels)
};

struct DayCloseRecord
{
    QString deviceId;
    QString businessDate;
    QString officeCode;
    int counter = 0;
    QByteArray closeDocument; // the exact signed bytes
    QByteArray signature;
    QString closeSha256;
    QByteArray ack; // JSON answer (signed acknowledgement)
    qint64 receivedAt = 0;
};

// One account of an office's staff (docs/api.md §4.13). The verifier is kept sealed
// (AES-256-GCM, ReplaySeal's format) under the sandbox's staff key, never in the clear.
struct StaffMemberRecord
{
    QString officeCode;
    QString username;
    QString displayName;
    QString role;
    bool active = true;
    QByteArray sealedVerifier;
    bool mustChangePassword = false;
    qint64 revision = 0; // per office, 1, 2, 3, ...
    qint64 updatedAt = 0;
    QString updatedByDevice;
    QString updatedByClerk;
};

// A standing mandate an organisation (a bank branch, a notary) registered with the
// municipality for one office: its rows need no per-citizen one-time code for the services
// it names.
struct MandateRecord
{
    QString mandateNumber;
    QString officeCode;
    QString legalEntityId; // canonical eleven digits
    QString organisationName;
    QString services; // comma-separated service ids
    qint64 validFrom = 0;
    qint64 validUntil = 0;
    qint64 registeredAt = 0;
};

} // namespace pishkhan::sandbox
