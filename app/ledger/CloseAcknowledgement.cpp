#include "CloseAcknowledgement.h"

#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error ackInvalid(const QString& detail)
{
    return Error(u"close.ack_invalid"_s,
                 QT_TRANSLATE_NOOP("Error", "The backend's acknowledgement of the day close is "
                                            "not valid."),
                 detail);
}

} // namespace

Result<CloseAcknowledgement> CloseAcknowledgement::fromBytes(const QByteArray& ack,
                                                             const QByteArray& signature,
                                                             const QString& keyId)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ack, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ackInvalid(u"ack is not a JSON object"_s);
    const QJsonObject o = doc.object();
    if (o.value(u"type"_s).toString() != u"pishkhan.day-close-ack.v1"_s)
        return ackInvalid(u"unexpected ack type"_s);
    CloseAcknowledgement a;
    a.ack = ack;
    a.signature = signature;
    a.keyId = keyId.isEmpty() ? o.value(u"key_id"_s).toString() : keyId;
    a.businessDay = QDate::fromString(o.value(u"business_date"_s).toString(), Qt::ISODate);
    a.receivedUpToEntry = qint64(o.value(u"received_up_to_entry"_s).toDouble());
    a.lastEntryHash = o.value(u"last_entry_hash"_s).toString();
    a.closeSha256 = o.value(u"close_sha256"_s).toString();
    a.receivedAt = o.value(u"received_at"_s).toString();
    if (!a.businessDay.isValid() || a.receivedUpToEntry < 0 || a.lastEntryHash.size() != 64 ||
        a.closeSha256.size() != 64)
        return ackInvalid(u"ack lacks business_date, received_up_to_entry or hashes"_s);
    if (signature.size() != 64)
        return ackInvalid(u"signature is not 64 bytes"_s);
    return a;
}

Result<CloseAcknowledgement> CloseAcknowledgement::fromAnswer(const QJsonObject& answer)
{
    const auto ack = QByteArray::fromBase64Encoding(answer.value(u"ack"_s).toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    const auto sig =
        QByteArray::fromBase64Encoding(answer.value(u"signature"_s).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!ack || !sig)
        return ackInvalid(u"ack or signature is not base64"_s);
    return fromBytes(ack.decoded, sig.decoded, answer.value(u"key_id"_s).toString());
}

} // namespace pishkhan
