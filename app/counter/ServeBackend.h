#pragma once

#include "ledger/PaymentMethod.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace pishkhan {

struct ServiceDefinition;

// Why the backend (or the local store behind it) did not give its answer, already in words
// for the clerk: the backend's Persian sentence in a Persian UI, a translated one otherwise.
struct BackendFailure
{
    QString code;         // "api.problem.otp-code-wrong", "net.timeout", ...
    QString userMessage;  // shown as is
    bool offline = false; // no answer at all (network, 5xx, 503): the request can be queued
};

template<typename T>
struct Answer
{
    std::optional<T> value;
    BackendFailure failure;
    [[nodiscard]] bool ok() const { return value.has_value(); }
};

struct OtpIssued
{
    QString challengeId;
    qint64 expiresAtMs = 0;
    int codeLength = 6;
    QString mobileMasked;
};

struct ConsentIssued
{
    QString token;
    qint64 expiresAtMs = 0;
};

// The backend's word that a person is the supervising engineer holding a licence (docs/api.md
// §4.20).
struct EngineerVerified
{
    QString license; // canonical, "11-300-12345"
    QString nameFa;
    QString nameEn;
    qint64 validUntilMs = 0; // 0 = not given
};

// Everything the counter commits for one citizen: the outbox row and the fee, together.
struct CommitRequest
{
    QString requestId; // the idempotency key for life
    QString serviceId;
    QString serviceNameFa;
    qint64 tariffRials = 0;
    QString catalogueVersion;
    int district = 0;
    QString nationalCode; // canonical
    QString mobile;       // canonical
    // A company applicant's legal-entity id (canonical); nationalCode and mobile are then its
    // representative's. Empty for a person.
    QString legalEntityId;
    QJsonObject fields;
    QString consentToken;
    qint64 consentExpiresAtMs = 0;
    Payment payment;
};

struct Committed
{
    QString requestId;
    qint64 ledgerSeq = 0;
    QString receiptNumber;
};

struct SendOutcome
{
    enum class Kind { Accepted, Queued, NeedsAttention };
    Kind kind = Kind::Queued;
    QString trackingCode;
    QString message; // NeedsAttention: the backend's reason
};

// What the serve-a-citizen flow needs from the rest of the product: the backend's consent
// calls, the ledger's atomic "fee + outbox row" commit, and the sync engine's interactive
// send. Callbacks run later on the caller's thread, never inside the call, so the flow (and
// the UI above it) never waits.
class ServeBackend
{
public:
    virtual ~ServeBackend() = default;

    virtual void requestOtp(const QString& nationalCode, const QString& mobile,
                            const QString& serviceId,
                            std::function<void(Answer<OtpIssued>)> done) = 0;
    virtual void verifyOtp(const QString& challengeId, const QString& code,
                           std::function<void(Answer<ConsentIssued>)> done) = 0;
    // The one-time code for a company applicant: sent to its representative's mobile; the
    // consent binds the company and the representative.
    virtual void requestCompanyOtp(const QString& legalEntityId, const QString& nationalCode,
                                   const QString& mobile, const QString& serviceId,
                                   std::function<void(Answer<OtpIssued>)> done) = 0;
    // Is this national code the engineer holding this licence (canonical)? Asked before an
    // engineers-only form is opened.
    virtual void verifyEngineer(const QString& nationalCode, const QString& license,
                                std::function<void(Answer<EngineerVerified>)> done) = 0;
    // Local and short (one transaction): the receipt exists once this returns.
    [[nodiscard]] virtual Answer<Committed> commit(const CommitRequest& request) = 0;
    // Sends a committed request at once; falls back to the queue when the backend is away.
    virtual void sendNow(const QString& requestId, std::function<void(SendOutcome)> done) = 0;
};

} // namespace pishkhan
