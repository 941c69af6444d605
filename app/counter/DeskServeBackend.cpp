#include "DeskServeBackend.h"

#include "PropertyInquiry.h"
#include "UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReceiptNumber.h"
#include "net/ApiClient.h"
#include "net/ApiCodec.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pishkhan {

DeskServeBackend::DeskServeBackend(ApiClient& api, LedgerService& ledger, SyncEngine& sync,
                                   SessionFn session, TariffFn tariffTable, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_ledger(ledger)
    , m_sync(sync)
    , m_session(std::move(session))
    , m_tariffTable(std::move(tariffTable))
{
    connect(&m_sync, &SyncEngine::requestSent, this,
            [this](const QString& id, const QString& tracking) {
                deliver(id, {SendOutcome::Kind::Accepted, tracking, {}});
            });
    connect(&m_sync, &SyncEngine::requestQueued, this,
            [this](const QString& id, const QString& reason) {
                deliver(id, {SendOutcome::Kind::Queued, {}, reason});
            });
    connect(&m_sync, &SyncEngine::requestNeedsAttention, this,
            [this](const QString& id, const QString& reasonFa) {
                deliver(id, {SendOutcome::Kind::NeedsAttention, {}, reasonFa});
            });
}

BackendFailure DeskServeBackend::failureFrom(const ApiError& error)
{
    BackendFailure failure;
    failure.code = error.code();
    failure.offline = error.isRetryable();
    if (UiLanguage::isPersian()) {
        failure.userMessage = error.messageFa();
    } else {
        failure.userMessage =
            error.problem().title.isEmpty() ? error.error().userMessage() : error.problem().title;
    }
    if (failure.userMessage.isEmpty())
        failure.userMessage = error.error().userMessage();
    return failure;
}

void DeskServeBackend::requestOtp(const QString& nationalCode, const QString& mobile,
                                  const QString& serviceId,
                                  std::function<void(Answer<OtpIssued>)> done)
{
    m_api.requestOtp(nationalCode, mobile, serviceId,
                     [done = std::move(done)](ApiReply<OtpChallenge> reply) {
                         Answer<OtpIssued> answer;
                         if (!reply) {
                             answer.failure = failureFrom(reply.error());
                         } else {
                             answer.value = OtpIssued{reply->challengeId, reply->expiresAtMs,
                                                      reply->codeLength, reply->mobileMasked};
                         }
                         done(std::move(answer));
                     });
}

void DeskServeBackend::verifyOtp(const QString& challengeId, const QString& code,
                                 std::function<void(Answer<ConsentIssued>)> done)
{
    m_api.verifyOtp(challengeId, code, [done = std::move(done)](ApiReply<ConsentGrant> reply) {
        Answer<ConsentIssued> answer;
        if (!reply)
            answer.failure = failureFrom(reply.error());
        else
            answer.value = ConsentIssued{reply->token, reply->expiresAtMs};
        done(std::move(answer));
    });
}

void DeskServeBackend::requestCompanyOtp(const QString& legalEntityId, const QString& nationalCode,
                                         const QString& mobile, const QString& serviceId,
                                         std::function<void(Answer<OtpIssued>)> done)
{
    m_api.requestCompanyOtp(legalEntityId, nationalCode, mobile, serviceId,
                            [done = std::move(done)](ApiReply<OtpChallenge> reply) {
                                Answer<OtpIssued> answer;
                                if (!reply) {
                                    answer.failure = failureFrom(reply.error());
                                } else {
                                    answer.value =
                                        OtpIssued{reply->challengeId, reply->expiresAtMs,
                                                  reply->codeLength, reply->mobileMasked};
                                }
                                done(std::move(answer));
                            });
}

void DeskServeBackend::verifyEngineer(const QString& nationalCode, const QString& license,
                                      std::function<void(Answer<EngineerVerified>)> done)
{
    m_api.verifyEngineer(
        nationalCode, license, [done = std::move(done), license](ApiReply<QJsonObject> reply) {
            Answer<EngineerVerified> answer;
            if (!reply) {
                answer.failure = failureFrom(reply.error());
                done(std::move(answer));
                return;
            }
            EngineerVerified engineer;
            engineer.license = reply->value(u"license"_s).toString(license);
            engineer.nameFa = reply->value(u"name_fa"_s).toString();
            engineer.nameEn = reply->value(u"name_en"_s).toString();
            const QString until = reply->value(u"valid_until"_s).toString();
            if (!until.isEmpty())
                engineer.validUntilMs = ApiCodec::parseTime(until);
            // The backend vouches for the licence it was asked about, nothing else.
            if (engineer.license != license) {
                const Error mismatch(u"engineer.answer_mismatch"_s,
                                     QT_TRANSLATE_NOOP("Error", "The municipality answered about "
                                                                "another licence; check it again."),
                                     engineer.license);
                answer.failure = {mismatch.code(), mismatch.userMessage(), false};
            } else {
                answer.value = std::move(engineer);
            }
            done(std::move(answer));
        });
}

Answer<Committed> DeskServeBackend::commit(const CommitRequest& request)
{
    // The outbox payload (see OutboxRequestBody): what the row's columns do not hold.
    QJsonObject payment{{u"method"_s, paymentMethodToString(request.payment.method)}};
    if (request.payment.method == PaymentMethod::Card)
        payment.insert(u"reference"_s, request.payment.reference);
    const QJsonObject payload{{u"district"_s, request.district},
                              {u"fields"_s, request.fields},
                              {u"fee_rials"_s, request.tariffRials},
                              {u"payment"_s, payment},
                              {u"catalogue_version"_s, request.catalogueVersion}};
    FeeRequest fee;
    fee.request.requestId = request.requestId;
    fee.request.serviceId = request.serviceId;
    fee.request.nationalCode = request.nationalCode;
    fee.request.mobile = request.mobile;
    fee.request.applicantLegalEntityId = request.legalEntityId;
    fee.request.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    fee.request.consentToken = request.consentToken;
    fee.request.consentExpiresAt = request.consentExpiresAtMs;
    fee.tariffTableId = m_tariffTable();
    fee.payment = request.payment;

    Answer<Committed> answer;
    const Result<LedgerEntry> entry =
        PropertyInquiry::isPropertyInquiry(request.serviceId)
            ? m_ledger.recordAuditedFee(m_session(), fee,
                                        PropertyInquiry::auditEvent(request.requestId,
                                                                    request.nationalCode,
                                                                    request.fields))
            : m_ledger.recordFee(m_session(), fee);
    if (!entry) {
        answer.failure = {entry.error().code(), entry.error().userMessage(), false};
        return answer;
    }
    answer.value =
        Committed{request.requestId, entry->seq,
                  ReceiptNumber::format(entry->businessDay, entry->counter, entry->receiptNo)};
    return answer;
}

void DeskServeBackend::sendNow(const QString& requestId, std::function<void(SendOutcome)> done)
{
    m_waiting.insert(requestId, std::move(done));
    m_sync.sendNow(requestId);
}

void DeskServeBackend::deliver(const QString& requestId, SendOutcome outcome)
{
    auto callback = m_waiting.take(requestId);
    if (callback)
        callback(std::move(outcome));
}

} // namespace pishkhan
