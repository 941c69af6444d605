#pragma once

#include "ApiReply.h"
#include "ApiTypes.h"
#include "HttpResponse.h"

#include <QJsonObject>

namespace pishkhan {

// The one place that reads and writes the JSON of docs/api.md. Decoding is strict about what
// it uses — each member it reads must have the contract's type and range — and tolerant of
// members it does not know (a newer backend may add some). Anything else is an ApiError of
// kind Malformed, which the sync engine retries: no input can crash the client, which the
// fuzz target (tests/fuzz) and the seeded mutation test keep honest.
class ApiCodec
{
public:
    static constexpr QStringView kProblemPrefix = u"urn:pishkhan:problem:";

    // Sorts a non-success answer (or a transport failure) by how to react.
    [[nodiscard]] static ApiError classify(const HttpResponse& response);
    // A problem+json body; false when the body is not one.
    [[nodiscard]] static bool decodeProblem(const QByteArray& body, ApiProblem* problem);
    // Retry-After in milliseconds (delta-seconds form only), -1 when absent or malformed.
    [[nodiscard]] static qint64 retryAfterMs(const HttpResponse& response);

    [[nodiscard]] static ApiReply<ServerTime> decodeTime(const HttpResponse& response);
    [[nodiscard]] static ApiReply<Activation> decodeActivation(const HttpResponse& response);
    [[nodiscard]] static ApiReply<CatalogueAnswer> decodeCatalogue(const HttpResponse& response);
    [[nodiscard]] static ApiReply<OtpChallenge> decodeChallenge(const HttpResponse& response);
    [[nodiscard]] static ApiReply<ConsentGrant> decodeConsent(const HttpResponse& response);
    [[nodiscard]] static ApiReply<SubmitAnswer> decodeSubmit(const HttpResponse& response);
    // sentKeys: the item keys of the batch in order; the answer must cover each exactly once.
    [[nodiscard]] static ApiReply<BatchAnswer> decodeBatch(const HttpResponse& response,
                                                           const QStringList& sentKeys);
    [[nodiscard]] static ApiReply<StatusAnswer> decodeStatus(const HttpResponse& response);
    [[nodiscard]] static ApiReply<DayCloseAck> decodeDayCloseAck(const HttpResponse& response);
    // Any 200 answer that is a JSON object (property file, office day view, device).
    [[nodiscard]] static ApiReply<QJsonObject> decodeObject(const HttpResponse& response);

    // Encoders (compact JSON; QJsonObject sorts members, so equal content gives equal bytes,
    // which the backend's idempotency fingerprint relies on).
    [[nodiscard]] static QByteArray encode(const QJsonObject& object);
    [[nodiscard]] static QByteArray encodeActivation(const QString& officeCode,
                                                     const QString& activationCode,
                                                     const QString& publicKeyBase64,
                                                     const QString& deviceLabel);
    // legalEntityId: a company applicant's (docs/api.md §4.6), empty for a person.
    [[nodiscard]] static QByteArray encodeChallenge(const QString& nationalCode,
                                                    const QString& mobile, const QString& serviceId,
                                                    const QString& legalEntityId = {});
    [[nodiscard]] static QByteArray encodeVerify(const QString& code);
    // items: request bodies (as for a single submit); each gets its "idempotency_key".
    [[nodiscard]] static QByteArray encodeBatch(const QList<QPair<QString, QJsonObject>>& items);
    [[nodiscard]] static QByteArray encodeDayClose(const QByteArray& closeBytes,
                                                   const QByteArray& signature);

    [[nodiscard]] static qint64 parseTime(const QString& rfc3339); // -1 when not valid
    [[nodiscard]] static QString formatTime(qint64 epochMs);
};

} // namespace pishkhan
