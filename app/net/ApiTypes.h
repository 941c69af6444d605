#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Decoded answers of docs/api.md. Plain values: ApiCodec fills them only after checking every
// member it reads, so a consumer never meets a half-decoded answer.
namespace pishkhan {

// A problem+json document (docs/api.md §2).
struct ApiProblem
{
    QString slug; // "national-code-invalid" (the type without "urn:pishkhan:problem:")
    QString title;
    QString titleFa;
    int status = 0;
    QString detail;
    QString field;
    qint64 retryAfterSeconds = -1;
    QString usedBy; // consent-token-used: the tracking code that used it
};

struct ServerTime
{
    qint64 epochMs = 0;
    QString now;
};

struct Activation
{
    QString deviceId;
    QString token;
    int counter = 0;
    QString officeCode;
    QString officeNameFa;
    int officeDistrict = 0;
    QString serverKeyId;
};

struct CatalogueAnswer
{
    bool notModified = false; // 304: the cached copy is current
    QByteArray etag;          // as sent in the ETag header, quotes included
    QString version;
    int serviceCount = 0;
    QByteArray body; // the verified JSON document, to cache as is
};

struct OtpChallenge
{
    QString challengeId;
    QString expiresAt;
    qint64 expiresAtMs = 0;
    int codeLength = 6;
    int attemptsLeft = 0;
    QString mobileMasked;
};

struct ConsentGrant
{
    QString token;
    QString serviceId;
    qint64 expiresAtMs = 0;
};

struct SubmitAnswer
{
    int httpStatus = 0; // 201 stored now, 200 stored before under this key
    QString trackingCode;
    QString idempotencyKey;
    QString status; // received, in_review, done, rejected
    qint64 receivedAtMs = 0;
    qint64 nextUpdateAtMs = 0; // 0 = none
};

// One item of a batch answer: an answer or a problem.
struct BatchItemResult
{
    int index = 0;
    QString idempotencyKey;
    int httpStatus = 0;
    bool ok = false;
    SubmitAnswer answer; // ok
    ApiProblem problem;  // !ok
};

struct BatchAnswer
{
    int accepted = 0;
    int refused = 0;
    QList<BatchItemResult> results;
};

struct StatusEvent
{
    QString status;
    qint64 atMs = 0;
    QString noteFa;
    QString noteEn;
};

struct RequestStatus
{
    QString trackingCode;
    QString idempotencyKey;
    QString serviceId;
    QString status;
    bool isFinal = false;
    qint64 nextUpdateAtMs = 0; // 0 = none
    QList<StatusEvent> history;
    QByteArray resultJson; // compact JSON of "result", empty when null
    QString rejectionCode;
    QString rejectionFa;
    QString rejectionEn;
};

struct StatusAnswer
{
    qint64 asOfMs = 0;
    QStringList unknownTrackingCodes;
    QStringList unknownIdempotencyKeys;
    QList<RequestStatus> requests;
};

struct DayCloseAck
{
    int httpStatus = 0; // 201 new, 200 the stored acknowledgement of the same close
    QByteArray ack;     // the signed acknowledgement bytes (decoded from base64)
    QByteArray signature;
    QString keyId;
    QJsonObject ackDocument;
};

} // namespace pishkhan
