#pragma once

#include "core/Result.h"
#include "counter/ServeFlow.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan {
struct RequestResubmission;
}

namespace pishkhan::ui {

class HintLabel;
class ServeCitizenStep;
class ServeConsentStep;
class ServeFormStep;
class ServeLicenceStep;
class ServePaymentStep;
class ServeReceiptStep;
class ServeServiceStep;

// Serve a citizen: one widget per step of ServeFlow, all keyboard-driven (Enter advances,
// Escape goes back). The steps only show and collect; this page forwards what they collect to
// ServeFlow, where every rule is, and shows the step the flow is at.
class ServePage : public QWidget
{
    Q_OBJECT
public:
    explicit ServePage(DeskRuntime& runtime, QWidget* parent = nullptr);

    [[nodiscard]] ServeFlow* flow() const { return m_flow; }
    // A fresh citizen (after ready(), when the catalogue is known).
    void startOver();
    // A fresh citizen for a service chosen beforehand: the picker is skipped.
    void startWith(const QString& serviceId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onStepChanged(ServeFlow::Step step);
    void showStep(QWidget* step, const QString& title);
    void showError(const QString& message);
    void advanceCitizen();
    void validateCitizenAsTyped();
    void refreshServices();
    void describeCurrentService();
    void advanceService();
    void showForm();
    void validateFieldAsTyped(const QString& name, const QString& text);
    void advanceForm();
    void requestCode();
    void advanceConsent();
    void tickCountdown();
    void advancePayment();
    void showOutcome();
    void printReceipt();

    DeskRuntime& m_runtime;
    ServeFlow* m_flow = nullptr;
    QLabel* m_stepTitle;
    QStackedWidget* m_steps;
    HintLabel* m_error;
    ServeCitizenStep* m_citizen;
    ServeServiceStep* m_service;
    ServeFormStep* m_form;
    ServeConsentStep* m_consent;
    ServePaymentStep* m_payment;
    ServeReceiptStep* m_receipt;
    QTimer* m_ticker;

public:
    // "Fix and resubmit" of a request the municipality rejected after accepting it: a new
    // request with the rejected one's citizen, service and form already filled in; the clerk
    // corrects the form and goes on as usual (consent, fee). Once the new request is committed
    // it is linked to the rejected one, which leaves the attention list.
    void startFrom(const pishkhan::RequestResubmission& rejected);

private:
    void linkResubmission();
    QString m_resubmitting; // the rejected request this citizen's new request replaces

public:
    // Keeps what was typed at the form as a draft (Ctrl+S), then starts a new citizen.
    void saveDraft();
    // Resumes a saved draft: its citizen, its service and the form refilled as typed. The draft
    // is deleted once its request is committed. A draft that cannot be resumed (gone, its
    // service no longer offered) leaves the page at a new citizen and says why.
    Status resumeDraft(qint64 draftId);

private:
    void forgetResumedDraft();
    QPushButton* m_saveDraft = nullptr;

private:
    // Engineers-only services: the licence checked before the form.
    void showLicence();
    void validateLicenceAsTyped();
    void advanceLicence();
    ServeLicenceStep* m_licence = nullptr;
};

} // namespace pishkhan::ui
