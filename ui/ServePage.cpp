#include "ServePage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "PrintOutcome.h"
#include "ServeCitizenStep.h"
#include "ServeConsentStep.h"
#include "ServeFormStep.h"
#include "ServeLicenceStep.h"
#include "ServePaymentStep.h"
#include "ServeReceiptStep.h"
#include "ServeServiceStep.h"
#include "counter/DeskRuntime.h"
#include "counter/FollowUpLookup.h"
#include "counter/ReceiptCopies.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReceiptRenderer.h"

#include <QDateTime>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

// Focus moves once the key event that changed the step is finished: the page switch hides
// the widget that had focus, and Qt settles focus only after that event returns. By then the
// clerk may have left for another screen (F10 right after Ctrl+S): a hidden page takes nothing.
void focusLater(QWidget* widget)
{
    QTimer::singleShot(0, widget, [widget] {
        if (widget->isVisible())
            widget->setFocus(Qt::OtherFocusReason);
    });
}

// What a check says under a field: nothing while the field is still empty or when it passes.
QString hintFor(const QString& typed, const Status& ok)
{
    return typed.isEmpty() || ok ? QString() : ok.error().userMessage();
}

ReceiptRenderer::Language receiptLanguage()
{
    return UiLanguage::isPersian() ? ReceiptRenderer::Language::Persian
                                   : ReceiptRenderer::Language::English;
}

} // namespace

ServePage::ServePage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_stepTitle(new QLabel(this))
    , m_steps(new QStackedWidget(this))
    , m_error(DisplayFormat::hint(this))
    , m_citizen(new ServeCitizenStep(m_steps))
    , m_service(new ServeServiceStep(m_steps))
    , m_form(new ServeFormStep(m_steps))
    , m_consent(new ServeConsentStep(m_steps))
    , m_payment(new ServePaymentStep(m_steps))
    , m_receipt(new ServeReceiptStep(m_steps))
    , m_ticker(new QTimer(this))
{
    setObjectName(u"servePage"_s);
    m_stepTitle->setObjectName(u"serveStepTitle"_s);
    m_error->setObjectName(u"serveError"_s);
    DisplayFormat::makeTitle(m_stepTitle);
    m_steps->addWidget(m_citizen);
    m_steps->addWidget(m_service);
    m_steps->addWidget(m_form);
    m_steps->addWidget(m_consent);
    m_steps->addWidget(m_payment);
    m_steps->addWidget(m_receipt);
    m_licence = new ServeLicenceStep(m_steps);
    m_steps->addWidget(m_licence);
    connect(m_licence, &ServeLicenceStep::edited, this, &ServePage::validateLicenceAsTyped);
    connect(m_licence, &ServeLicenceStep::submitted, this, &ServePage::advanceLicence);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_steps, 1);
    m_saveDraft = new QPushButton(tr("Keep as draft (Ctrl+S)"), this);
    m_saveDraft->setObjectName(u"serveSaveDraft"_s);
    m_saveDraft->setAutoDefault(false);
    m_saveDraft->hide();
    layout->addWidget(m_saveDraft, 0, Qt::AlignLeading);
    layout->addWidget(m_error);
    connect(m_saveDraft, &QPushButton::clicked, this, &ServePage::saveDraft);
    auto* keepDraft = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    keepDraft->setContext(Qt::WidgetWithChildrenShortcut);
    connect(keepDraft, &QShortcut::activated, this, &ServePage::saveDraft);

    connect(m_citizen, &ServeCitizenStep::edited, this, &ServePage::validateCitizenAsTyped);
    connect(m_citizen, &ServeCitizenStep::submitted, this, &ServePage::advanceCitizen);
    connect(m_service, &ServeServiceStep::filtersChanged, this, &ServePage::refreshServices);
    connect(m_service, &ServeServiceStep::currentServiceChanged, this,
            &ServePage::describeCurrentService);
    connect(m_service, &ServeServiceStep::serviceChosen, this, &ServePage::advanceService);
    connect(m_form, &ServeFormStep::fieldEdited, this, &ServePage::validateFieldAsTyped);
    connect(m_form, &ServeFormStep::submitted, this, &ServePage::advanceForm);
    connect(m_consent, &ServeConsentStep::sendCodeClicked, this, &ServePage::requestCode);
    connect(m_consent, &ServeConsentStep::submitted, this, &ServePage::advanceConsent);
    connect(m_payment, &ServePaymentStep::submitted, this, &ServePage::advancePayment);
    connect(m_receipt, &ServeReceiptStep::printRequested, this, &ServePage::printReceipt);
    connect(m_receipt, &ServeReceiptStep::nextRequested, this, &ServePage::startOver);

    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &ServePage::tickCountdown);
}

void ServePage::startOver()
{
    m_resubmitting.clear();
    if (!m_flow && m_runtime.serveBackend()) {
        m_flow = new ServeFlow(*m_runtime.serveBackend(), m_runtime.catalogue(),
                               m_runtime.settings().officeDistrict, this);
        connect(m_flow, &ServeFlow::stepChanged, this, &ServePage::onStepChanged);
        connect(m_flow, &ServeFlow::failed, this, [this](const QString& message) {
            // A refused licence is said under the licence itself, where the clerk looks.
            if (m_flow->step() == ServeFlow::Step::Licence) {
                m_licence->setHint(message);
                m_licence->licenceEdit()->selectAll();
                return;
            }
            showError(message);
        });
        connect(m_flow, &ServeFlow::otpIssued, this, [this] {
            m_error->clear();
            m_consent->setInfo(tr("A code was sent to %1. Ask the citizen to read it out.")
                                   .arg(UiLanguage::code(m_flow->challenge().mobileMasked)));
            m_consent->codeEdit()->setFocus();
            tickCountdown();
        });
        connect(m_flow, &ServeFlow::busyChanged, this, [this](bool busy) {
            // The page stays usable while a call is out (the clerk can keep typing); the flow
            // itself refuses a second submission while busy.
            m_stepTitle->setEnabled(!busy);
            tickCountdown();
            if (!busy && m_flow->step() == ServeFlow::Step::Consent)
                m_consent->codeEdit()->setFocus();
        });
        connect(m_flow, &ServeFlow::finished, this, &ServePage::showOutcome);
    }
    m_citizen->clear();
    m_licence->clear();
    m_consent->clearCode();
    m_payment->clear();
    m_receipt->setPrinted(QString());
    m_error->clear();
    if (m_flow)
        m_flow->reset();
    onStepChanged(ServeFlow::Step::Citizen);
}

void ServePage::startWith(const QString& serviceId)
{
    startOver();
    if (!m_flow)
        return;
    if (const Status ok = m_flow->startWith(serviceId); !ok) {
        showError(ok.error().userMessage());
        return;
    }
    if (const ServiceDefinition* service = m_flow->catalogue().find(serviceId))
        m_stepTitle->setText(tr("1. Citizen — %1").arg(service->name()));
}

void ServePage::showStep(QWidget* step, const QString& title)
{
    m_stepTitle->setText(title);
    m_steps->setCurrentWidget(step);
}

void ServePage::onStepChanged(ServeFlow::Step step)
{
    m_error->clear();
    m_error->setKind(HintLabel::Kind::Error);
    m_ticker->stop();
    m_saveDraft->setVisible(step == ServeFlow::Step::Form || step == ServeFlow::Step::Licence);
    switch (step) {
    case ServeFlow::Step::Citizen:
        showStep(m_citizen, tr("1. Citizen"));
        focusLater(m_citizen->firstEdit());
        break;
    case ServeFlow::Step::Licence:
        showLicence();
        break;
    case ServeFlow::Step::Service:
        showStep(m_service, tr("2. Service"));
        m_service->showCatalogue(m_flow->catalogue(), m_flow->officeDistrict());
        refreshServices();
        focusLater(m_service->searchEdit());
        break;
    case ServeFlow::Step::Form:
        m_stepTitle->setText(tr("3. Form"));
        showForm();
        m_steps->setCurrentWidget(m_form);
        break;
    case ServeFlow::Step::Consent:
        showStep(m_consent, tr("4. Citizen's consent"));
        if (m_flow->isCompany())
            m_consent->setInfo(
                tr("Send a one-time code to the mobile %1 of the representative of the company "
                   "%2.")
                    .arg(UiLanguage::code(m_flow->mobile()->masked()),
                         UiLanguage::code(m_flow->legalEntityId()->canonical())));
        else
            m_consent->setInfo(tr("Send a one-time code to the citizen's mobile %1.")
                                   .arg(UiLanguage::code(m_flow->mobile()->masked())));
        m_consent->clearCode();
        m_consent->setCountdown(QString());
        m_ticker->start();
        tickCountdown();
        // Enter in the empty code field sends the code; later, Enter submits what was typed.
        focusLater(m_consent->codeEdit());
        break;
    case ServeFlow::Step::Payment:
        showStep(m_payment, tr("5. Payment"));
        m_payment->setFee(u"<b>%1</b> — %2"_s.arg(DisplayFormat::money(m_flow->fee()),
                                                  m_flow->service()->name()));
        focusLater(m_payment->cashButton());
        break;
    case ServeFlow::Step::Sending:
        // The payment step stays in view until the outcome is known.
        m_stepTitle->setText(tr("Sending…"));
        break;
    case ServeFlow::Step::Done:
        showStep(m_receipt, tr("6. Receipt"));
        break;
    }
}

void ServePage::showError(const QString& message)
{
    m_error->setText(message);
}

void ServePage::validateCitizenAsTyped()
{
    m_citizen->setLegalEntityIdHint(
        m_citizen->isCompany() ? hintFor(m_citizen->legalEntityId(),
                                         ServeFlow::checkLegalEntityId(m_citizen->legalEntityId()))
                               : QString());
    m_citizen->setNationalCodeHint(hintFor(
        m_citizen->nationalCode(), ServeFlow::checkNationalCode(m_citizen->nationalCode())));
    m_citizen->setMobileHint(
        hintFor(m_citizen->mobile(), ServeFlow::checkMobile(m_citizen->mobile())));
}

void ServePage::advanceCitizen()
{
    if (!m_flow) {
        showError(tr("The counter is still starting; wait a moment."));
        return;
    }
    const bool company = m_citizen->isCompany();
    const Status legal =
        company ? ServeFlow::checkLegalEntityId(m_citizen->legalEntityId()) : Status();
    m_citizen->setLegalEntityIdHint(legal ? QString() : legal.error().userMessage());
    const Status nc = ServeFlow::checkNationalCode(m_citizen->nationalCode());
    m_citizen->setNationalCodeHint(nc ? QString() : nc.error().userMessage());
    const Status mobile = ServeFlow::checkMobile(m_citizen->mobile());
    m_citizen->setMobileHint(mobile ? QString() : mobile.error().userMessage());
    if (!legal) {
        m_citizen->legalEntityIdEdit()->setFocus();
        return;
    }
    if (!nc) {
        m_citizen->nationalCodeEdit()->setFocus();
        return;
    }
    if (!mobile) {
        m_citizen->mobileEdit()->setFocus();
        return;
    }
    if (m_flow->catalogue().isEmpty()) {
        showError(tr("The service catalogue has not arrived yet; wait for the first sync."));
        return;
    }
    const Status ok =
        company ? m_flow->setCompanyApplicant(m_citizen->legalEntityId(), m_citizen->nationalCode(),
                                              m_citizen->mobile())
                : m_flow->setCitizen(m_citizen->nationalCode(), m_citizen->mobile());
    if (!ok)
        showError(ok.error().userMessage());
}

void ServePage::refreshServices()
{
    if (!m_flow)
        return;
    const int district = m_service->districtId();
    QList<ServeServiceStep::Row> rows;
    for (const ServiceDefinition* s :
         m_flow->catalogue().search(m_service->searchText(), m_service->categoryId())) {
        const auto fee = s->fee();
        QString text =
            s->name() + u"  —  "_s + (fee ? DisplayFormat::money(*fee) : tr("fee out of range"));
        if (!s->isOfferedIn(district))
            text += u"  ("_s + tr("not offered in this district") + u')';
        rows.append({s->id, text, s->isOfferedIn(district) && fee});
    }
    m_service->showServices(rows);
}

void ServePage::describeCurrentService()
{
    const QString id = m_service->currentServiceId();
    if (!m_flow || id.isEmpty()) {
        m_service->setInfo(QString());
        return;
    }
    const ServiceDefinition* s = m_flow->catalogue().find(id);
    if (!s)
        return;
    const Status ok = m_flow->checkService(id, m_service->districtId());
    m_service->setInfo(UiLanguage::pick(s->descriptionFa, s->descriptionEn) +
                       (ok ? QString() : u"\n"_s + ok.error().userMessage()));
}

void ServePage::advanceService()
{
    const QString id = m_service->currentServiceId();
    if (!m_flow || id.isEmpty()) {
        showError(tr("No service matches the search."));
        return;
    }
    const Status ok = m_flow->chooseService(id, m_service->districtId());
    if (!ok)
        showError(ok.error().userMessage());
}

void ServePage::showForm()
{
    const ServiceDefinition* service = m_flow->service();
    QString title = u"<b>%1</b> — %2"_s.arg(service->name(), DisplayFormat::money(m_flow->fee()));
    if (const auto& engineer = m_flow->engineer())
        title += u"<br>"_s + tr("Supervising engineer: %1, licence %2 (verified)")
                                 .arg(UiLanguage::pick(engineer->nameFa, engineer->nameEn),
                                      UiLanguage::code(engineer->license));
    m_form->showForm(title, service->fields);
    if (const auto& engineer = m_flow->engineer()) {
        // What was typed into a resumed draft, then the licence the municipality verified,
        // which the clerk cannot change here (Esc goes back to the licence).
        const QMap<QString, QString>& typed = m_flow->resumedInputs();
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            m_form->fill(it.key(), it.value());
        if (QLineEdit* edit = m_form->field(ServeFlow::kLicenceField.toString())) {
            edit->setText(engineer->license);
            edit->setReadOnly(true);
        }
    }
    if (QLineEdit* first = m_form->firstField())
        focusLater(first);
}

void ServePage::validateFieldAsTyped(const QString& name, const QString& text)
{
    // The refusal of the last Enter speaks of what was typed then, not of the field now.
    m_error->clear();
    m_form->setHint(name, hintFor(text, m_flow->checkField(name, text)));
}

void ServePage::advanceForm()
{
    const QMap<QString, QString> inputs = m_form->inputs();
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        const Status ok = m_flow->checkField(it.key(), it.value());
        m_form->setHint(it.key(), ok ? QString() : ok.error().userMessage());
    }
    const Status ok = m_flow->submitForm(inputs);
    if (!ok) {
        // A field's refusal is said once, under that field; the rest under the form.
        const QString field = ok.error().field();
        if (QLineEdit* edit = m_form->field(field)) {
            m_form->setHint(field, ok.error().userMessage());
            edit->setFocus();
        } else {
            showError(ok.error().userMessage());
        }
    }
}

void ServePage::requestCode()
{
    m_error->clear();
    if (m_flow)
        m_flow->requestCode();
}

void ServePage::advanceConsent()
{
    m_error->clear();
    if (m_consent->code().trimmed().isEmpty() && m_flow->canRequestCode() &&
        !m_flow->hasChallenge()) {
        m_flow->requestCode();
        return;
    }
    const Status ok = m_flow->submitCode(m_consent->code());
    if (!ok)
        showError(ok.error().userMessage());
}

void ServePage::tickCountdown()
{
    if (!m_flow || m_flow->step() != ServeFlow::Step::Consent) {
        m_ticker->stop();
        return;
    }
    if (!m_ticker->isActive())
        m_ticker->start();
    const qint64 resend = (m_flow->msUntilResend() + 999) / 1000;
    m_consent->setSendButton(!m_flow->hasChallenge() ? tr("Send code (Enter)")
                             : resend > 0
                                 ? tr("Send again in %1 s").arg(DisplayFormat::count(resend))
                                 : tr("Send a new code"),
                             m_flow->canRequestCode());
    if (m_flow->hasChallenge()) {
        const qint64 left = (m_flow->msUntilExpiry() + 999) / 1000;
        m_consent->setCountdown(
            left > 0 ? tr("The code expires in %1:%2")
                           .arg(DisplayFormat::count(left / 60),
                                UiLanguage::digits(u"%1"_s.arg(left % 60, 2, 10, QChar(u'0'))))
                     : tr("The code has expired; send a new one."));
    }
}

void ServePage::advancePayment()
{
    const Payment payment = m_payment->isCard()
                                ? Payment::card(m_payment->terminal(), m_payment->reference())
                                : Payment::cash();
    const Status ok = m_flow->pay(payment);
    if (!ok)
        showError(ok.error().userMessage());
}

void ServePage::showOutcome()
{
    const SendOutcome& outcome = m_flow->outcome();
    const QString receiptNo = UiLanguage::code(m_flow->committed().receiptNumber);
    // A company's request says whose it is: the representative is not the applicant.
    const QString company =
        m_flow->isCompany()
            ? u"<br>"_s + tr("Applicant: the company with national id %1, through its "
                             "representative.")
                              .arg(UiLanguage::code(m_flow->legalEntityId()->canonical()))
            : QString();
    switch (outcome.kind) {
    case SendOutcome::Kind::Accepted:
        m_receipt->setOutcome(
            tr("Request accepted. Tracking code: %1 — receipt %2")
                .arg(u"<b>"_s + UiLanguage::code(outcome.trackingCode) + u"</b>"_s, receiptNo) +
            company);
        break;
    case SendOutcome::Kind::Queued:
        m_receipt->setOutcome(tr("Queued, will be sent automatically. Receipt %1").arg(receiptNo) +
                              company);
        break;
    case SendOutcome::Kind::NeedsAttention:
        m_receipt->setOutcome(tr("The municipality refused the request: %1. Receipt %2")
                                  .arg(outcome.message, receiptNo) +
                              company);
        break;
    }
    if (LedgerService* ledger = m_runtime.ledger()) {
        const auto receiptData =
            ledger->receipt(m_flow->committed().ledgerSeq, m_runtime.session().displayName);
        // The preview is the paper's document, QR image and all.
        const auto printable = receiptData
                                   ? ReceiptRenderer::printable(*receiptData, receiptLanguage())
                                   : Result<PrintableDocument>(receiptData.error());
        if (printable)
            m_receipt->setReceipt(*printable);
        else
            m_receipt->setReceiptText(printable.error().userMessage());
    }
    focusLater(m_receipt->printButton());
}

void ServePage::printReceipt()
{
    ReceiptCopies* copies = m_runtime.receiptCopies();
    if (!copies || !m_flow)
        return;
    // The first print is the original; pressing print again is a copy counted in the ledger.
    const auto printed =
        copies->print(m_runtime.session(), m_flow->committed().ledgerSeq, receiptLanguage());
    if (!printed) {
        showError(PrintOutcome::failure(printed.error()));
        return;
    }
    const QString copy = printed->copyNo > 0
                             ? tr(" (copy %1)").arg(DisplayFormat::count(printed->copyNo))
                             : QString();
    if (printed->delivered.route.way == PrinterRoute::Way::None) {
        // No printer for receipts: the roll layout went to a PDF beside the store.
        m_receipt->setPrinted(
            tr("Receipt saved: %1")
                .arg(UiLanguage::code(QDir::toNativeSeparators(printed->delivered.pdfPath))) +
            copy);
        PrintOutcome::openPdf(printed->delivered.pdfPath);
    } else {
        m_receipt->setPrinted(tr("Receipt sent to the printer %1.")
                                  .arg(UiLanguage::code(printed->delivered.route.target)) +
                              copy);
    }
    m_receipt->nextButton()->setFocus();
}

void ServePage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_flow) {
        m_flow->back();
        return;
    }
    // A QLineEdit passes Return on after emitting returnPressed (which already advanced):
    // only Enter on a button or radio button is handled here.
    const bool fromLineEdit = qobject_cast<QLineEdit*>(focusWidget()) != nullptr;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_flow &&
        !fromLineEdit) {
        // Enter on a button or radio of the step advances too.
        switch (m_flow->step()) {
        case ServeFlow::Step::Consent:
            if (m_consent->isSendButtonFocused()) {
                m_flow->requestCode();
                return;
            }
            advanceConsent();
            return;
        case ServeFlow::Step::Payment:
            advancePayment();
            return;
        case ServeFlow::Step::Done:
            if (m_receipt->printButton()->hasFocus())
                printReceipt();
            else
                startOver();
            return;
        default:
            break;
        }
    }
    QWidget::keyPressEvent(event);
}

void ServePage::startFrom(const RequestResubmission& rejected)
{
    startOver();
    if (!m_flow)
        return;
    // The same applicant as the rejected request: a company again through its representative.
    const Status applicant =
        rejected.legalEntityId.isEmpty()
            ? m_flow->setCitizen(rejected.nationalCode, rejected.mobile)
            : m_flow->setCompanyApplicant(rejected.legalEntityId, rejected.nationalCode,
                                          rejected.mobile);
    if (!applicant) {
        showError(applicant.error().userMessage());
        return;
    }
    if (Status ok = m_flow->chooseService(rejected.serviceId, rejected.district); !ok) {
        showError(ok.error().userMessage());
        return;
    }
    for (auto it = rejected.fields.cbegin(); it != rejected.fields.cend(); ++it)
        m_form->fill(it.key(), it.value());
    if (m_flow->step() == ServeFlow::Step::Licence)
        m_licence->setLicence(rejected.fields.value(ServeFlow::kLicenceField.toString()));
    m_resubmitting = rejected.rejectedRequestId;
    connect(m_flow, &ServeFlow::finished, this, &ServePage::linkResubmission, Qt::UniqueConnection);
}

void ServePage::linkResubmission()
{
    LedgerService* ledger = m_runtime.ledger();
    const QString newRequest = m_flow ? m_flow->committed().requestId : QString();
    if (m_resubmitting.isEmpty() || newRequest.isEmpty() || !ledger)
        return;
    FollowUpLookup lookup(m_runtime.database(), ledger->store());
    const Status linked =
        lookup.recordResubmission(m_resubmitting, newRequest, m_runtime.session().username,
                                  QDateTime::currentMSecsSinceEpoch());
    m_resubmitting.clear();
    if (!linked)
        showError(linked.error().userMessage());
}

void ServePage::saveDraft()
{
    if (!m_flow ||
        (m_flow->step() != ServeFlow::Step::Form && m_flow->step() != ServeFlow::Step::Licence))
        return;
    QMap<QString, QString> typed;
    if (m_flow->step() == ServeFlow::Step::Form) {
        typed = m_form->inputs();
    } else {
        // Kept with the form's other inputs of a resumed draft.
        typed = m_flow->resumedInputs();
        typed.insert(ServeFlow::kLicenceField.toString(), m_licence->licence());
    }
    auto draft = m_flow->draftOf(typed);
    if (!draft) {
        showError(draft.error().userMessage());
        return;
    }
    draft->clerkId = m_runtime.session().username;
    auto saved = DraftStore(m_runtime.database()).save(*draft, QDateTime::currentMSecsSinceEpoch());
    if (!saved) {
        showError(saved.error().userMessage());
        return;
    }
    startOver();
    m_error->setKind(HintLabel::Kind::Ok);
    m_error->setText(tr("The draft was kept. F10 lists the drafts."));
}

Status ServePage::resumeDraft(qint64 draftId)
{
    startOver();
    if (!m_flow)
        return Error(u"flow.not_ready"_s,
                     QT_TRANSLATE_NOOP("Error", "The counter is still starting; wait a moment."));
    auto draft = DraftStore(m_runtime.database()).load(draftId);
    if (!draft)
        return draft.error();
    if (!draft->has_value())
        return Error(u"draft.not_found"_s,
                     QT_TRANSLATE_NOOP("Error", "The draft is no longer kept on this PC."));
    if (Status ok = m_flow->resumeDraft(**draft); !ok)
        return ok;
    const QMap<QString, QString>& inputs = m_flow->resumedInputs();
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
        m_form->fill(it.key(), it.value());
    connect(m_flow, &ServeFlow::finished, this, &ServePage::forgetResumedDraft,
            Qt::UniqueConnection);
    return {};
}

void ServePage::forgetResumedDraft()
{
    // Once the request is committed the draft has served its purpose.
    if (!m_flow || m_flow->resumedDraftId() == 0 || m_flow->committed().requestId.isEmpty())
        return;
    if (Status ok = DraftStore(m_runtime.database()).remove(m_flow->resumedDraftId()); !ok)
        qWarning("serve draft %lld not removed: %s", m_flow->resumedDraftId(),
                 qPrintable(ok.error().code()));
}

void ServePage::showLicence()
{
    showStep(m_licence, tr("3. Engineer's licence"));
    const ServiceDefinition* service = m_flow->service();
    m_licence->setInfo(tr("<b>%1</b> is for supervising engineers: the municipality checks that "
                          "the citizen with national code %2 holds this licence.")
                           .arg(service ? service->name() : QString(),
                                UiLanguage::code(m_flow->nationalCode()->masked())));
    m_licence->setEngineer(QString());
    m_licence->setHint(QString());
    // A resumed draft or a rejected request brings the licence typed before.
    const QString typed = m_flow->resumedInputs().value(ServeFlow::kLicenceField.toString());
    if (m_licence->licence().isEmpty() && !typed.isEmpty())
        m_licence->setLicence(typed);
    focusLater(m_licence->licenceEdit());
}

void ServePage::validateLicenceAsTyped()
{
    m_licence->setEngineer(QString());
    m_licence->setHint(
        hintFor(m_licence->licence(), ServeFlow::checkLicence(m_licence->licence())));
}

void ServePage::advanceLicence()
{
    if (!m_flow)
        return;
    m_error->clear();
    const Status ok = m_flow->submitLicence(m_licence->licence());
    if (!ok) {
        m_licence->setHint(ok.error().userMessage());
        return;
    }
    m_licence->setHint(QString());
}

} // namespace pishkhan::ui
