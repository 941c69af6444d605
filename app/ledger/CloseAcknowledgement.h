#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace pishkhan {

// The backend's signed receipt for an uploaded day close (docs/api.md §4.11): "received up to
// entry N, hash H". Kept byte for byte (ack + signature) so it can be shown to an auditor and
// re-verified with the server key; the next close carries it.
struct CloseAcknowledgement
{
    QByteArray ack;       // the signed acknowledgement bytes (UTF-8 JSON)
    QByteArray signature; // Ed25519 over ack
    QString keyId;
    QDate businessDay;
    qint64 receivedUpToEntry = 0;
    QString lastEntryHash;
    QString closeSha256;
    QString receivedAt; // RFC 3339 as the backend wrote it

    // From the 201/200 answer {ack, signature, key_id, …}: decodes ack's members.
    // Error code: close.ack_invalid.
    [[nodiscard]] static Result<CloseAcknowledgement> fromAnswer(const QJsonObject& answer);
    // From the raw acknowledgement bytes and signature. Error code: close.ack_invalid.
    [[nodiscard]] static Result<CloseAcknowledgement>
    fromBytes(const QByteArray& ack, const QByteArray& signature, const QString& keyId);
};

} // namespace pishkhan
