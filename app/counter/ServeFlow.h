#pragma once

#include "ServeBackend.h"
#include "ServiceCatalogue.h"
#include "core/EngineerLicence.h"
#include "core/LegalEntityId.h"
#include "core/MobileNumber.h"
#include "core/NationalCode.h"
#include "core/Result.h"
#include "storage/DraftStore.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace pishkhan {

// Serving one citizen, as a state machine the screens drive and the tests drive without a
// display:
//
//   Citizen ─setCitizen / setCompanyApplicant─▶ Service ─chooseService─▶ [Licence
//      ─submitLicence─▶] Form ─submitForm─▶ Consent ─requestCode, submitCode─▶ Payment
//      ─pay (commit fee + outbox, send now)─▶ Done
//
// The applicant is a person (national code and mobile) or a company (legal-entity id) served
// through the person who represents it: that person's national code and mobile receive the
// one-time code, and the consent binds the company and its representative.
//
// Licence: a service for supervising engineers (audience supervising_engineers) passes through
// the Licence step before its form. The licence's shape is checked here, then the backend says
// whether the citizen is the engineer holding it (docs/api.md §4.20); only then does the form
// open, its engineer_license field holding the verified licence (what the clerk types there is
// ignored). A refusal stays at Licence. Back from the form goes to Licence, back from Licence
// to Service. A resumed draft of such a service also starts at Licence. Companies cannot apply
// for these services (service.company_not_allowed).
// Offline: the licence cannot be checked without the backend, and an engineers-only request is
// never prepared without the check, so no fee is taken. The clerk keeps the request as a draft
// (draftOf works at the Licence step too: the typed licence is kept as the form's
// engineer_license input) and resumes it when the network is back.
//
// Every rule lives here: identifier checks, district availability, the council fee range,
// per-field validation, the one-time code's expiry and resend cool-down, the card reference.
// A refused step returns (or signals) an Error and stays where it was.
class ServeFlow : public QObject
{
    Q_OBJECT
public:
    enum class Step { Citizen, Service, Licence, Form, Consent, Payment, Sending, Done };
    Q_ENUM(Step)

    // The backend allows three codes per mobile in ten minutes: a 45 s cool-down keeps a clerk
    // from burning them while the SMS is still on its way.
    static constexpr qint64 kResendCooldownMs = 45'000;

    using NowFn = std::function<qint64()>;

    ServeFlow(ServeBackend& backend, const ServiceCatalogue& catalogue, int officeDistrict,
              QObject* parent = nullptr);

    void setClock(NowFn now) { m_now = std::move(now); }

    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // --- Citizen -----------------------------------------------------------------------
    [[nodiscard]] static Status checkNationalCode(const QString& input);
    [[nodiscard]] static Status checkMobile(const QString& input);
    [[nodiscard]] static Status checkLegalEntityId(const QString& input);
    Status setCitizen(const QString& nationalCode, const QString& mobile);
    // A company applicant (legal_entity_id.* errors first), through the person representing it.
    Status setCompanyApplicant(const QString& legalEntityId, const QString& nationalCode,
                               const QString& mobile);
    // The citizen, or the company's representative.
    [[nodiscard]] const std::optional<NationalCode>& nationalCode() const { return m_nationalCode; }
    [[nodiscard]] const std::optional<MobileNumber>& mobile() const { return m_mobile; }
    [[nodiscard]] bool isCompany() const { return m_legalEntityId.has_value(); }
    [[nodiscard]] const std::optional<LegalEntityId>& legalEntityId() const
    {
        return m_legalEntityId;
    }

    // --- Service -----------------------------------------------------------------------
    [[nodiscard]] const ServiceCatalogue& catalogue() const { return m_catalogue; }
    [[nodiscard]] int officeDistrict() const { return m_officeDistrict; }
    // Error codes: service.unknown, service.inactive, service.not_in_district,
    // service.engineers_only (the citizen is not checked here: the backend knows the
    // engineers; the flow only warns), fee.out_of_range.
    [[nodiscard]] Status checkService(const QString& serviceId, int district) const;
    Status chooseService(const QString& serviceId, int district);
    [[nodiscard]] const ServiceDefinition* service() const { return m_service; }
    [[nodiscard]] int district() const { return m_district; }
    [[nodiscard]] Money fee() const;

    // --- Licence -----------------------------------------------------------------------
    // The form field that carries the engineer's licence in engineers-only services.
    static constexpr QStringView kLicenceField = u"engineer_license";
    [[nodiscard]] static bool needsLicence(const ServiceDefinition& service);
    [[nodiscard]] static Status checkLicence(const QString& input);
    // Checks the shape (engineer_license.*), then asks the backend; answers with
    // stepChanged(Form) or failed() (engineer.offline when the backend cannot be reached).
    Status submitLicence(const QString& input);
    // The backend's answer once the licence is verified (cleared by back() and reset()).
    [[nodiscard]] const std::optional<EngineerVerified>& engineer() const { return m_engineer; }

    // --- Form --------------------------------------------------------------------------
    // One field, as typed (name → error); used for validation while typing.
    [[nodiscard]] Status checkField(const QString& name, const QString& input) const;
    // All fields: the first error is returned with the field name in Error::field(). A
    // renovation code decides the district; the service must be offered there.
    Status submitForm(const QMap<QString, QString>& inputs);
    [[nodiscard]] const QJsonObject& formValues() const { return m_fields; }

    // --- Consent -----------------------------------------------------------------------
    // Asks the backend to text a code; answers with otpIssued() or failed().
    void requestCode();
    [[nodiscard]] bool hasChallenge() const { return !m_challenge.challengeId.isEmpty(); }
    [[nodiscard]] const OtpIssued& challenge() const { return m_challenge; }
    [[nodiscard]] qint64 msUntilExpiry() const;
    [[nodiscard]] qint64 msUntilResend() const;
    [[nodiscard]] bool canRequestCode() const;
    // Checks the shape and the local expiry, then asks the backend; answers with
    // stepChanged(Payment) or failed(). Error codes (returned at once): otp.no_challenge,
    // otp.shape, otp.expired.
    Status submitCode(const QString& code);

    // --- Payment -----------------------------------------------------------------------
    // Commits fee and request together, then sends at once; finished() tells what happened.
    // Error codes (returned at once, nothing written): payment.* from Payment::normalized, and
    // the commit's errors.
    Status pay(const Payment& payment);
    [[nodiscard]] const Committed& committed() const { return m_committed; }
    [[nodiscard]] const SendOutcome& outcome() const { return m_outcome; }

    // Back one step (not once the fee is taken).
    void back();
    // A new citizen.
    void reset();

    // A new citizen for one service chosen beforehand (the property file's own key): the
    // service step is skipped once the citizen is known, and going back from the form goes
    // to the citizen. Refused like chooseService() when the service cannot be served here.
    Status startWith(const QString& serviceId);
    [[nodiscard]] const QString& presetService() const { return m_presetService; }

    // --- Drafts ------------------------------------------------------------------------
    // The citizen, service, district and the form inputs exactly as typed (incomplete or
    // invalid ones too), to keep in a DraftStore; only at the Form step, before consent
    // (flow.step otherwise) or at the Licence step (the typed licence as the engineer_license
    // input). The clerk and times are the caller's; a resumed draft keeps its id
    // so that saving again updates it. A draft holds no consent.
    [[nodiscard]] Result<DraftStore::Draft> draftOf(const QMap<QString, QString>& inputs) const;
    // Starts over with the draft's citizen, chooses its service again and opens the Form step;
    // resumedInputs() are then what to refill. draft.service_gone when the service left the
    // catalogue or is not offered in the draft's district, flow.step while busy or sending; on
    // any error nothing changes.
    Status resumeDraft(const DraftStore::Draft& draft);
    [[nodiscard]] const QMap<QString, QString>& resumedInputs() const { return m_resumedInputs; }
    // The draft this request was resumed from (0 when none): the caller deletes it once sent.
    [[nodiscard]] qint64 resumedDraftId() const { return m_resumedDraftId; }

signals:
    void stepChanged(pishkhan::ServeFlow::Step step);
    void busyChanged(bool busy);
    void otpIssued();
    // A backend refusal in the clerk's words; the step did not change.
    void failed(const QString& message, const QString& code);
    void finished();

private:
    void setStep(Step step);
    Status openForm(const QString& serviceId, int district);
    Status startApplicant(std::optional<LegalEntityId> company, const QString& nationalCode,
                          const QString& mobile);
    void setBusy(bool busy);
    [[nodiscard]] qint64 now() const { return m_now(); }
    [[nodiscard]] const FieldSchema* field(const QString& name) const;

    ServeBackend& m_backend;
    const ServiceCatalogue& m_catalogue;
    int m_officeDistrict = 0;
    NowFn m_now;

    Step m_step = Step::Citizen;
    bool m_busy = false;
    std::optional<NationalCode> m_nationalCode;
    std::optional<MobileNumber> m_mobile;
    std::optional<LegalEntityId> m_legalEntityId;
    std::optional<EngineerVerified> m_engineer;
    const ServiceDefinition* m_service = nullptr;
    int m_district = 0;
    QJsonObject m_fields;
    OtpIssued m_challenge;
    qint64 m_lastRequestAt = 0;
    ConsentIssued m_consent;
    QString m_requestId;
    Committed m_committed;
    SendOutcome m_outcome;
    quint64 m_generation = 0; // answers for an abandoned citizen are dropped
    QString m_presetService;
    QMap<QString, QString> m_resumedInputs;
    qint64 m_resumedDraftId = 0;
};

} // namespace pishkhan
