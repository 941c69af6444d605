#pragma once

#include "ServeBackend.h"
#include "ServiceCatalogue.h"
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
//   Citizen ─setCitizen─▶ Service ─chooseService─▶ Form ─submitForm─▶ Consent
//      ─requestCode, submitCode─▶ Payment ─pay (commit fee + outbox, send now)─▶ Done
//
// Every rule lives here: identifier checks, district availability, the council fee range,
// per-field validation, the one-time code's expiry and resend cool-down, the card reference.
// A refused step returns (or signals) an Error and stays where it was.
class ServeFlow : public QObject
{
    Q_OBJECT
public:
    enum class Step { Citizen, Service, Form, Consent, Payment, Sending, Done };
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
    Status setCitizen(const QString& nationalCode, const QString& mobile);
    [[nodiscard]] const std::optional<NationalCode>& nationalCode() const { return m_nationalCode; }
    [[nodiscard]] const std::optional<MobileNumber>& mobile() const { return m_mobile; }

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
    // (flow.step otherwise). The clerk and times are the caller's; a resumed draft keeps its id
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
