#include "ServeFlow.h"

#include "ServiceErrors.h"

#include "core/PersianText.h"
#include "storage/OutboxStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace pishkhan {

ServeFlow::ServeFlow(ServeBackend& backend, const ServiceCatalogue& catalogue, int officeDistrict,
                     QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_catalogue(catalogue)
    , m_officeDistrict(officeDistrict)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

namespace {

// Whether the input is a valid T, and if not the identifier's own reason.
template<typename T>
Status parsesAs(const QString& input)
{
    const auto parsed = T::parse(input);
    if (!parsed)
        return parsed.error();
    return {};
}

} // namespace

Status ServeFlow::checkNationalCode(const QString& input)
{
    return parsesAs<NationalCode>(input);
}

Status ServeFlow::checkMobile(const QString& input)
{
    return parsesAs<MobileNumber>(input);
}

Status ServeFlow::checkLegalEntityId(const QString& input)
{
    return parsesAs<LegalEntityId>(input);
}

Status ServeFlow::setCitizen(const QString& nationalCode, const QString& mobile)
{
    return startApplicant(std::nullopt, nationalCode, mobile);
}

Status ServeFlow::setCompanyApplicant(const QString& legalEntityId, const QString& nationalCode,
                                      const QString& mobile)
{
    if (m_step != Step::Citizen)
        return Error(u"flow.step"_s, QT_TRANSLATE_NOOP("Error", "This step is already done."));
    auto company = LegalEntityId::parse(legalEntityId);
    if (!company)
        return company.error();
    return startApplicant(std::move(company.value()), nationalCode, mobile);
}

Status ServeFlow::startApplicant(std::optional<LegalEntityId> company, const QString& nationalCode,
                                 const QString& mobile)
{
    if (m_step != Step::Citizen)
        return Error(u"flow.step"_s, QT_TRANSLATE_NOOP("Error", "This step is already done."));
    auto code = NationalCode::parse(nationalCode);
    if (!code)
        return code.error();
    auto phone = MobileNumber::parse(mobile);
    if (!phone)
        return phone.error();
    m_nationalCode = std::move(code.value());
    m_mobile = std::move(phone.value());
    m_legalEntityId = std::move(company);
    if (!m_presetService.isEmpty())
        return openForm(m_presetService, m_officeDistrict);
    setStep(Step::Service);
    return {};
}

Status ServeFlow::checkService(const QString& serviceId, int district) const
{
    const ServiceDefinition* service = m_catalogue.find(serviceId);
    if (!service)
        return ServiceErrors::unknownService(serviceId);
    if (!service->active)
        return ServiceErrors::inactiveService(serviceId);
    if (!service->isOfferedIn(district))
        return ServiceErrors::notInDistrict();
    const auto fee = service->fee();
    if (!fee)
        return fee.error();
    return {};
}

Status ServeFlow::chooseService(const QString& serviceId, int district)
{
    if (m_step != Step::Service)
        return Error(u"flow.step"_s, QT_TRANSLATE_NOOP("Error", "Enter the citizen first."));
    m_resumedInputs.clear();
    return openForm(serviceId, district);
}

Status ServeFlow::openForm(const QString& serviceId, int district)
{
    const Status ok = checkService(serviceId, district);
    if (!ok)
        return ok;
    const ServiceDefinition* service = m_catalogue.find(serviceId);
    if (m_legalEntityId && needsLicence(*service))
        return Error(u"service.company_not_allowed"_s,
                     QT_TRANSLATE_NOOP("Error", "This service is for the supervising engineer in "
                                                "person; a company cannot apply for it."),
                     serviceId);
    m_service = service;
    m_district = district;
    m_fields = {};
    m_engineer.reset();
    setStep(needsLicence(*service) ? Step::Licence : Step::Form);
    return {};
}

bool ServeFlow::needsLicence(const ServiceDefinition& service)
{
    return service.audience == u"supervising_engineers"_s;
}

Status ServeFlow::checkLicence(const QString& input)
{
    return parsesAs<EngineerLicence>(input);
}

Status ServeFlow::submitLicence(const QString& input)
{
    if (m_step != Step::Licence || !m_service || !m_nationalCode)
        return Error(u"flow.step"_s, QT_TRANSLATE_NOOP("Error", "Pick a service first."));
    if (m_busy)
        return Error(u"flow.busy"_s, QT_TRANSLATE_NOOP("Error", "Please wait for the answer."));
    const auto licence = EngineerLicence::parse(input);
    if (!licence)
        return licence.error();
    setBusy(true);
    const quint64 generation = m_generation;
    QPointer<ServeFlow> self(this);
    m_backend.verifyEngineer(
        m_nationalCode->canonical(), licence->canonical(),
        [self, generation](Answer<EngineerVerified> answer) {
            if (!self || self->m_generation != generation || self->m_step != Step::Licence)
                return;
            self->setBusy(false);
            if (!answer.ok()) {
                if (answer.failure.offline) {
                    // No fee is taken for an engineers-only request the backend has not
                    // vouched for: the way forward offline is a draft.
                    const Error offline(
                        u"engineer.offline"_s,
                        QT_TRANSLATE_NOOP("Error",
                                          "The licence cannot be checked while the municipal "
                                          "system is out of reach; keep the request as a draft "
                                          "(Ctrl+S) and serve it when the network is back."),
                        answer.failure.code);
                    emit self->failed(offline.userMessage(), offline.code());
                } else {
                    emit self->failed(answer.failure.userMessage, answer.failure.code);
                }
                return;
            }
            self->m_engineer = std::move(answer.value);
            self->setStep(Step::Form);
        });
    return {};
}

Money ServeFlow::fee() const
{
    return m_service ? m_service->fee().valueOr(Money()) : Money();
}

const FieldSchema* ServeFlow::field(const QString& name) const
{
    if (!m_service)
        return nullptr;
    for (const FieldSchema& f : m_service->fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

Status ServeFlow::checkField(const QString& name, const QString& input) const
{
    const FieldSchema* schema = field(name);
    if (!schema)
        return ServiceErrors::unknownField(name).forField(name);
    const auto value = schema->validate(input);
    if (!value)
        return value.error();
    return {};
}

Status ServeFlow::submitForm(const QMap<QString, QString>& inputs)
{
    if (m_step != Step::Form || !m_service)
        return Error(u"flow.step"_s, QT_TRANSLATE_NOOP("Error", "Pick a service first."));
    if (needsLicence(*m_service) && !m_engineer)
        return Error(u"engineer.not_verified"_s,
                     QT_TRANSLATE_NOOP("Error", "Check the engineer's licence first."));
    QMap<QString, QString> given = inputs;
    // The licence the backend verified, whatever the form holds.
    if (m_engineer)
        given.insert(kLicenceField.toString(), m_engineer->license);
    QJsonObject values;
    int district = m_district;
    bool districtFromCode = false;
    for (const FieldSchema& schema : m_service->fields) {
        auto value = schema.validate(given.value(schema.name));
        if (!value) {
            Error error = value.error();
            return error.prefixDetail(schema.name).forField(schema.name);
        }
        if (value->isUndefined())
            continue;
        // The first renovation code names the property, and so the district it is in.
        if (schema.type == FieldType::RenovationCode && !districtFromCode) {
            district = value->toObject().value(u"district"_s).toInt(district);
            districtFromCode = true;
        }
        values.insert(schema.name, *value);
    }
    if (!m_service->isOfferedIn(district))
        return ServiceErrors::notInDistrict(QString::number(district));
    m_fields = values;
    m_district = district;
    setStep(Step::Consent);
    return {};
}

qint64 ServeFlow::msUntilExpiry() const
{
    return hasChallenge() ? qMax<qint64>(0, m_challenge.expiresAtMs - now()) : 0;
}

qint64 ServeFlow::msUntilResend() const
{
    if (m_lastRequestAt == 0)
        return 0;
    return qMax<qint64>(0, m_lastRequestAt + kResendCooldownMs - now());
}

bool ServeFlow::canRequestCode() const
{
    return m_step == Step::Consent && !m_busy && msUntilResend() == 0;
}

void ServeFlow::requestCode()
{
    if (!canRequestCode())
        return;
    setBusy(true);
    const quint64 generation = m_generation;
    QPointer<ServeFlow> self(this);
    auto issued = [self, generation](Answer<OtpIssued> answer) {
        if (!self || self->m_generation != generation)
            return;
        self->setBusy(false);
        if (!answer.ok()) {
            emit self->failed(answer.failure.userMessage, answer.failure.code);
            return;
        }
        self->m_challenge = *answer.value;
        self->m_lastRequestAt = self->now();
        emit self->otpIssued();
    };
    if (m_legalEntityId)
        m_backend.requestCompanyOtp(m_legalEntityId->canonical(), m_nationalCode->canonical(),
                                    m_mobile->canonical(), m_service->id, std::move(issued));
    else
        m_backend.requestOtp(m_nationalCode->canonical(), m_mobile->canonical(), m_service->id,
                             std::move(issued));
}

Status ServeFlow::submitCode(const QString& code)
{
    if (m_step != Step::Consent || !hasChallenge())
        return Error(u"otp.no_challenge"_s,
                     QT_TRANSLATE_NOOP("Error", "Send a one-time code to the citizen first."));
    const QString digits = PersianText::cleanIdentifier(code);
    if (digits.size() != m_challenge.codeLength || !PersianText::isAsciiDigits(digits))
        return Error(u"otp.shape"_s,
                     QT_TRANSLATE_NOOP("Error", "The one-time code is six digits."));
    if (msUntilExpiry() == 0)
        return Error(u"otp.expired"_s,
                     QT_TRANSLATE_NOOP(
                         "Error", "The one-time code has expired; send the citizen a new one."));
    if (m_busy)
        return Error(u"flow.busy"_s, QT_TRANSLATE_NOOP("Error", "Please wait for the answer."));
    setBusy(true);
    const quint64 generation = m_generation;
    QPointer<ServeFlow> self(this);
    m_backend.verifyOtp(m_challenge.challengeId, digits,
                        [self, generation](Answer<ConsentIssued> answer) {
                            if (!self || self->m_generation != generation)
                                return;
                            self->setBusy(false);
                            if (!answer.ok()) {
                                emit self->failed(answer.failure.userMessage, answer.failure.code);
                                return;
                            }
                            self->m_consent = *answer.value;
                            self->setStep(Step::Payment);
                        });
    return {};
}

Status ServeFlow::pay(const Payment& payment)
{
    if (m_step != Step::Payment || m_consent.token.isEmpty())
        return Error(u"flow.step"_s,
                     QT_TRANSLATE_NOOP("Error", "The citizen's consent is needed before payment."));
    const auto normalized = Payment::normalized(payment);
    if (!normalized)
        return normalized.error();
    const auto feeOk = m_service->fee();
    if (!feeOk)
        return feeOk.error();

    if (m_requestId.isEmpty())
        m_requestId = OutboxStore::newRequestId();
    CommitRequest request;
    request.requestId = m_requestId;
    request.serviceId = m_service->id;
    request.serviceNameFa = m_service->nameFa;
    request.tariffRials = m_service->tariffRials;
    request.catalogueVersion = m_catalogue.version();
    request.district = m_district;
    request.nationalCode = m_nationalCode->canonical();
    request.mobile = m_mobile->canonical();
    if (m_legalEntityId)
        request.legalEntityId = m_legalEntityId->canonical();
    request.fields = m_fields;
    request.consentToken = m_consent.token;
    request.consentExpiresAtMs = m_consent.expiresAtMs;
    request.payment = *normalized;
    const Answer<Committed> committed = m_backend.commit(request);
    if (!committed.ok())
        return Error(committed.failure.code,
                     QT_TRANSLATE_NOOP("Error", "The fee could not be recorded."),
                     committed.failure.userMessage);
    m_committed = *committed.value;
    setStep(Step::Sending);
    setBusy(true);
    const quint64 generation = m_generation;
    QPointer<ServeFlow> self(this);
    m_backend.sendNow(m_committed.requestId, [self, generation](SendOutcome outcome) {
        if (!self || self->m_generation != generation)
            return;
        self->setBusy(false);
        self->m_outcome = std::move(outcome);
        self->setStep(Step::Done);
        emit self->finished();
    });
    return {};
}

void ServeFlow::back()
{
    switch (m_step) {
    case Step::Service:
        setStep(Step::Citizen);
        break;
    case Step::Licence:
        if (m_busy)
            break; // the licence's answer is on its way
        m_service = nullptr;
        m_engineer.reset();
        setStep(m_presetService.isEmpty() ? Step::Service : Step::Citizen);
        break;
    case Step::Form:
        if (m_service && needsLicence(*m_service)) {
            m_engineer.reset();
            setStep(Step::Licence);
            break;
        }
        m_service = nullptr;
        setStep(m_presetService.isEmpty() ? Step::Service : Step::Citizen);
        break;
    case Step::Consent:
        setStep(Step::Form);
        break;
    case Step::Citizen:
    case Step::Payment: // consent given: going back would waste it; reset() starts over
    case Step::Sending:
    case Step::Done:
        break;
    }
}

void ServeFlow::reset()
{
    ++m_generation;
    m_nationalCode.reset();
    m_mobile.reset();
    m_legalEntityId.reset();
    m_engineer.reset();
    m_service = nullptr;
    m_district = 0;
    m_fields = {};
    m_challenge = {};
    m_lastRequestAt = 0;
    m_consent = {};
    m_requestId.clear();
    m_committed = {};
    m_outcome = {};
    m_presetService.clear();
    m_resumedInputs.clear();
    m_resumedDraftId = 0;
    setBusy(false);
    setStep(Step::Citizen);
}

Status ServeFlow::startWith(const QString& serviceId)
{
    if (Status s = checkService(serviceId, m_officeDistrict); !s)
        return s;
    reset();
    m_presetService = serviceId;
    return {};
}

Result<DraftStore::Draft> ServeFlow::draftOf(const QMap<QString, QString>& inputs) const
{
    const bool atForm = m_step == Step::Form || m_step == Step::Licence;
    if (!atForm || !m_service || !m_nationalCode || !m_mobile)
        return Error(u"flow.step"_s,
                     QT_TRANSLATE_NOOP("Error", "A draft is kept from the form, before consent."));
    QJsonObject typed;
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
        typed.insert(it.key(), it.value());
    DraftStore::Draft draft;
    draft.id = m_resumedDraftId;
    draft.serviceId = m_service->id;
    draft.district = m_district;
    draft.nationalCode = m_nationalCode->canonical();
    draft.mobile = m_mobile->canonical();
    if (m_legalEntityId)
        draft.legalEntityId = m_legalEntityId->canonical();
    draft.fieldsJson = QString::fromUtf8(QJsonDocument(typed).toJson(QJsonDocument::Compact));
    return draft;
}

Status ServeFlow::resumeDraft(const DraftStore::Draft& draft)
{
    if (m_busy || m_step == Step::Sending)
        return Error(u"flow.step"_s,
                     QT_TRANSLATE_NOOP("Error", "Wait until this request has been sent."));
    auto code = NationalCode::parse(draft.nationalCode);
    if (!code)
        return code.error();
    auto phone = MobileNumber::parse(draft.mobile);
    if (!phone)
        return phone.error();
    std::optional<LegalEntityId> company;
    if (!draft.legalEntityId.isEmpty()) {
        auto id = LegalEntityId::parse(draft.legalEntityId);
        if (!id)
            return id.error();
        company = std::move(id.value());
    }
    if (Status s = checkService(draft.serviceId, draft.district); !s) {
        const QString cause = s.error().code();
        if (cause != u"service.unknown"_s && cause != u"service.inactive"_s &&
            cause != u"service.not_in_district"_s)
            return s;
        return Error(u"draft.service_gone"_s,
                     QT_TRANSLATE_NOOP("Error", "The draft's service is no longer offered "
                                                "here; the draft is kept."),
                     draft.serviceId + u": "_s + cause);
    }
    QMap<QString, QString> inputs;
    const QJsonObject typed = QJsonDocument::fromJson(draft.fieldsJson.toUtf8()).object();
    for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
        inputs.insert(it.key(), it.value().toString());

    reset();
    m_nationalCode = std::move(code.value());
    m_mobile = std::move(phone.value());
    m_legalEntityId = std::move(company);
    m_resumedInputs = std::move(inputs);
    m_resumedDraftId = draft.id;
    // An engineers-only service starts at the Licence step: a draft carries no verified licence.
    return openForm(draft.serviceId, draft.district);
}

void ServeFlow::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void ServeFlow::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace pishkhan
