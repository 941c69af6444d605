#include "ConsentRenewal.h"

#include "core/DigitMask.h"
#include "core/PersianText.h"
#include "storage/OutboxStore.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

Error renewalBusy()
{
    return Error(u"renewal.busy"_s,
                 QT_TRANSLATE_NOOP("Error", "Wait for the answer to the previous step."));
}

} // namespace

ConsentRenewal::ConsentRenewal(Database& db, ServeBackend& backend, NowFn now,
                               std::function<void()> wakeSync, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_backend(backend)
    , m_now(std::move(now))
    , m_wakeSync(std::move(wakeSync))
{}

Result<QList<OutboxEntry>> ConsentRenewal::pending(Database& db, qint64 now)
{
    OutboxStore outbox(db);
    return outbox.consentsToRenew(now);
}

Status ConsentRenewal::choose(const QString& requestId)
{
    ++m_generation; // answers for an earlier choice no longer count
    m_step = Step::None;
    m_request = {};
    m_challenge = {};
    m_failure = {};
    OutboxStore outbox(m_db);
    Result<std::optional<OutboxEntry>> found = outbox.find(requestId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return OutboxStore::notFound(requestId);
    const OutboxEntry& e = **found;
    if (Status renewable = OutboxStore::consentRenewable(e); !renewable)
        return renewable;
    if (!OutboxStore::needsConsentRenewal(e, m_now()))
        return Error(u"consent.renew_not_needed"_s,
                     QT_TRANSLATE_NOOP("Error", "This request's consent is still valid; it "
                                                "needs no new code."),
                     u"request "_s + requestId + u" is "_s + outboxStateName(e.state));
    m_request = e;
    m_step = Step::Chosen;
    return {};
}

QString ConsentRenewal::maskedMobile() const
{
    if (!m_challenge.mobileMasked.isEmpty())
        return m_challenge.mobileMasked;
    return DigitMask::mask(m_request.mobile);
}

Status ConsentRenewal::sendCode()
{
    if (m_step == Step::None || m_step == Step::Renewed)
        return Error(u"renewal.no_request"_s,
                     QT_TRANSLATE_NOOP("Error", "Choose a request whose consent must be renewed."));
    if (isBusy())
        return renewalBusy();
    m_step = Step::SendingCode;
    m_failure = {};
    const Step back = m_challenge.challengeId.isEmpty() ? Step::Chosen : Step::AwaitingCode;
    QPointer<ConsentRenewal> self(this);
    const quint64 generation = m_generation;
    auto issued = [self, generation, back](Answer<OtpIssued> answer) {
        if (!self || self->m_generation != generation)
            return;
        if (!answer.ok()) {
            self->fail(answer.failure, back);
            return;
        }
        self->m_challenge = *answer.value;
        self->m_step = Step::AwaitingCode;
        emit self->codeSent();
    };
    // A company's consent binds the company and its representative: the renewed one must too,
    // or the backend refuses the request as another applicant's.
    if (!m_request.applicantLegalEntityId.isEmpty())
        m_backend.requestCompanyOtp(m_request.applicantLegalEntityId, m_request.nationalCode,
                                    m_request.mobile, m_request.serviceId, std::move(issued));
    else
        m_backend.requestOtp(m_request.nationalCode, m_request.mobile, m_request.serviceId,
                             std::move(issued));
    return {};
}

Status ConsentRenewal::verify(const QString& code)
{
    if (isBusy())
        return renewalBusy();
    if (m_step != Step::AwaitingCode || m_challenge.challengeId.isEmpty())
        return Error(u"otp.no_challenge"_s,
                     QT_TRANSLATE_NOOP("Error", "Send a one-time code to the citizen first."));
    const QString digits = PersianText::cleanIdentifier(code);
    if (digits.size() != m_challenge.codeLength || !PersianText::isAsciiDigits(digits))
        return Error(u"otp.shape"_s,
                     QT_TRANSLATE_NOOP("Error", "The one-time code is six digits."));
    m_step = Step::Verifying;
    m_failure = {};
    QPointer<ConsentRenewal> self(this);
    const quint64 generation = m_generation;
    m_backend.verifyOtp(m_challenge.challengeId, digits,
                        [self, generation](Answer<ConsentIssued> answer) {
                            if (!self || self->m_generation != generation)
                                return;
                            if (!answer.ok()) {
                                self->fail(answer.failure, Step::AwaitingCode);
                                return;
                            }
                            // The request may have left the queue while the citizen read the code
                            // (an earlier send accepted after all): the store refuses, and the new
                            // token stays unused.
                            OutboxStore outbox(self->m_db);
                            const Status stored =
                                outbox.renewConsent(self->m_request.requestId, answer.value->token,
                                                    answer.value->expiresAtMs, self->m_now());
                            if (!stored) {
                                self->fail(stored.error(), Step::AwaitingCode);
                                return;
                            }
                            self->m_step = Step::Renewed;
                            if (self->m_wakeSync)
                                self->m_wakeSync();
                            emit self->renewed(self->m_request.requestId);
                        });
    return {};
}

void ConsentRenewal::fail(BackendFailure failure, Step back)
{
    m_failure = std::move(failure);
    m_step = back;
    emit failed(m_failure);
}

void ConsentRenewal::fail(const Error& error, Step back)
{
    fail(BackendFailure{error.code(), error.userMessage(), false}, back);
}

} // namespace pishkhan
