#include "ServePage.h"

#include "core/PersianText.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReceiptRenderer.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

QLabel* hintLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color:#b3261e"_s);
    return label;
}

// Identifier fields stay left to right inside a right-to-left form.
void makeLtr(QLineEdit* edit)
{
    edit->setLayoutDirection(Qt::LeftToRight);
    edit->setAlignment(Qt::AlignLeft);
}

// Focus moves once the key event that changed the step is finished: the page switch hides
// the widget that had focus, and Qt settles focus only after that event returns.
void focusLater(QWidget* widget)
{
    QTimer::singleShot(0, widget, [widget] { widget->setFocus(Qt::OtherFocusReason); });
}

QString money(const Money& fee)
{
    return UiLanguage::isPersian() ? fee.displayToman() : fee.displayTomanEnglish();
}

} // namespace

ServePage::ServePage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_stepTitle(new QLabel(this))
    , m_steps(new QStackedWidget(this))
    , m_error(hintLabel(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(u"servePage"_s);
    m_stepTitle->setObjectName(u"serveStepTitle"_s);
    m_error->setObjectName(u"serveError"_s);
    QFont big = m_stepTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_stepTitle->setFont(big);

    buildCitizenStep();
    buildServiceStep();
    buildFormStep();
    buildConsentStep();
    buildPaymentStep();
    buildDoneStep();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_error);

    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &ServePage::tickCountdown);
}

void ServePage::buildCitizenStep()
{
    auto* page = new QWidget(this);
    m_nationalCode = new QLineEdit(page);
    m_nationalCode->setObjectName(u"citizenNationalCode"_s);
    m_nationalCodeHint = hintLabel(page);
    m_nationalCodeHint->setObjectName(u"citizenNationalCodeHint"_s);
    m_mobile = new QLineEdit(page);
    m_mobile->setObjectName(u"citizenMobile"_s);
    m_mobileHint = hintLabel(page);
    m_mobileHint->setObjectName(u"citizenMobileHint"_s);
    makeLtr(m_nationalCode);
    makeLtr(m_mobile);
    m_nationalCode->setPlaceholderText(tr("10 digits"));
    m_mobile->setPlaceholderText(tr("09xxxxxxxxx"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("National code"), m_nationalCode);
    form->addRow(QString(), m_nationalCodeHint);
    form->addRow(tr("Mobile number"), m_mobile);
    form->addRow(QString(), m_mobileHint);
    connect(m_nationalCode, &QLineEdit::textEdited, this, &ServePage::validateCitizenAsTyped);
    connect(m_mobile, &QLineEdit::textEdited, this, &ServePage::validateCitizenAsTyped);
    connect(m_nationalCode, &QLineEdit::returnPressed, m_mobile, qOverload<>(&QWidget::setFocus));
    connect(m_mobile, &QLineEdit::returnPressed, this, &ServePage::advanceCitizen);
    m_steps->addWidget(page);
}

void ServePage::buildServiceStep()
{
    auto* page = new QWidget(this);
    m_search = new QLineEdit(page);
    m_search->setObjectName(u"serviceSearch"_s);
    m_search->setPlaceholderText(tr("Search by Persian or English name"));
    m_category = new QComboBox(page);
    m_category->setObjectName(u"serviceCategory"_s);
    m_district = new QComboBox(page);
    m_district->setObjectName(u"serviceDistrict"_s);
    m_services = new QListWidget(page);
    m_services->setObjectName(u"serviceList"_s);
    m_serviceInfo = new QLabel(page);
    m_serviceInfo->setObjectName(u"serviceInfo"_s);
    m_serviceInfo->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Search"), m_search);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("District"), m_district);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_services, 1);
    layout->addWidget(m_serviceInfo);
    connect(m_search, &QLineEdit::textChanged, this, &ServePage::refreshServices);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ServePage::refreshServices);
    connect(m_district, &QComboBox::currentIndexChanged, this, &ServePage::refreshServices);
    connect(m_search, &QLineEdit::returnPressed, this, &ServePage::advanceService);
    connect(m_services, &QListWidget::itemActivated, this, &ServePage::advanceService);
    connect(m_services, &QListWidget::currentRowChanged, this, [this] {
        if (!m_flow || !m_services->currentItem()) {
            m_serviceInfo->clear();
            return;
        }
        const QString id = m_services->currentItem()->data(Qt::UserRole).toString();
        const ServiceDefinition* s = m_flow->catalogue().find(id);
        if (!s)
            return;
        const Status ok = m_flow->checkService(id, m_district->currentData().toInt());
        m_serviceInfo->setText(UiLanguage::pick(s->descriptionFa, s->descriptionEn) +
                               (ok ? QString() : u"\n"_s + ok.error().userMessage()));
    });
    m_steps->addWidget(page);
}

void ServePage::buildFormStep()
{
    m_formPage = new QWidget(this);
    m_formService = new QLabel(m_formPage);
    m_formService->setObjectName(u"formService"_s);
    m_formService->setWordWrap(true);
    auto* layout = new QVBoxLayout(m_formPage);
    layout->addWidget(m_formService);
    auto* holder = new QWidget(m_formPage);
    holder->setObjectName(u"formFields"_s);
    m_formLayout = new QFormLayout(holder);
    layout->addWidget(holder);
    layout->addStretch(1);
    m_steps->addWidget(m_formPage);
}

void ServePage::buildConsentStep()
{
    auto* page = new QWidget(this);
    m_consentInfo = new QLabel(page);
    m_consentInfo->setObjectName(u"consentInfo"_s);
    m_consentInfo->setWordWrap(true);
    m_sendCode = new QPushButton(page);
    m_sendCode->setObjectName(u"consentSendCode"_s);
    m_countdown = new QLabel(page);
    m_countdown->setObjectName(u"consentCountdown"_s);
    m_code = new QLineEdit(page);
    m_code->setObjectName(u"consentCode"_s);
    makeLtr(m_code);
    m_code->setPlaceholderText(tr("6 digits"));
    auto* form = new QFormLayout;
    form->addRow(QString(), m_sendCode);
    form->addRow(QString(), m_countdown);
    form->addRow(tr("One-time code"), m_code);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_consentInfo);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_sendCode, &QPushButton::clicked, this, [this] {
        m_error->clear();
        if (m_flow)
            m_flow->requestCode();
    });
    connect(m_code, &QLineEdit::returnPressed, this, &ServePage::advanceConsent);
    m_steps->addWidget(page);
}

void ServePage::buildPaymentStep()
{
    auto* page = new QWidget(this);
    m_feeLabel = new QLabel(page);
    m_feeLabel->setObjectName(u"paymentFee"_s);
    m_cash = new QRadioButton(tr("Cash"), page);
    m_cash->setObjectName(u"paymentCash"_s);
    m_card = new QRadioButton(tr("Card (office terminal)"), page);
    m_card->setObjectName(u"paymentCard"_s);
    m_terminal = new QLineEdit(page);
    m_terminal->setObjectName(u"paymentTerminal"_s);
    m_reference = new QLineEdit(page);
    m_reference->setObjectName(u"paymentReference"_s);
    makeLtr(m_terminal);
    makeLtr(m_reference);
    m_terminal->setPlaceholderText(tr("8 digits"));
    m_reference->setPlaceholderText(tr("trace number (6 or 12 digits)"));
    m_cash->setChecked(true);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Fee"), m_feeLabel);
    form->addRow(QString(), m_cash);
    form->addRow(QString(), m_card);
    form->addRow(tr("Terminal id"), m_terminal);
    form->addRow(tr("Card reference"), m_reference);
    const auto cardFields = [this] {
        m_terminal->setEnabled(m_card->isChecked());
        m_reference->setEnabled(m_card->isChecked());
    };
    connect(m_card, &QRadioButton::toggled, this, cardFields);
    cardFields();
    for (QLineEdit* edit : {m_terminal, m_reference})
        connect(edit, &QLineEdit::returnPressed, this, &ServePage::advancePayment);
    m_steps->addWidget(page);
}

void ServePage::buildDoneStep()
{
    auto* page = new QWidget(this);
    m_outcome = new QLabel(page);
    m_outcome->setObjectName(u"doneOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receipt = new QTextBrowser(page);
    m_receipt->setObjectName(u"doneReceipt"_s);
    m_print = new QPushButton(tr("Print receipt"), page);
    m_print->setObjectName(u"donePrint"_s);
    m_next = new QPushButton(tr("Next citizen"), page);
    m_next->setObjectName(u"doneNext"_s);
    m_printed = new QLabel(page);
    m_printed->setObjectName(u"donePrinted"_s);
    m_printed->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_outcome);
    layout->addWidget(m_receipt, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_printed);
    connect(m_print, &QPushButton::clicked, this, &ServePage::printReceipt);
    connect(m_next, &QPushButton::clicked, this, &ServePage::startOver);
    m_steps->addWidget(page);
}

void ServePage::startOver()
{
    if (!m_flow && m_runtime.serveBackend()) {
        m_flow = new ServeFlow(*m_runtime.serveBackend(), m_runtime.catalogue(),
                               m_runtime.settings().officeDistrict, this);
        connect(m_flow, &ServeFlow::stepChanged, this, &ServePage::onStepChanged);
        connect(m_flow, &ServeFlow::failed, this,
                [this](const QString& message) { showError(message); });
        connect(m_flow, &ServeFlow::otpIssued, this, [this] {
            m_error->clear();
            m_consentInfo->setText(tr("A code was sent to %1. Ask the citizen to read it out.")
                                       .arg(UiLanguage::code(m_flow->challenge().mobileMasked)));
            m_code->setFocus();
            tickCountdown();
        });
        connect(m_flow, &ServeFlow::busyChanged, this, [this](bool busy) {
            // The page stays usable while a call is out (the clerk can keep typing); the flow
            // itself refuses a second submission while busy.
            m_stepTitle->setEnabled(!busy);
            tickCountdown();
            if (!busy && m_flow->step() == ServeFlow::Step::Consent)
                m_code->setFocus();
        });
        connect(m_flow, &ServeFlow::finished, this, &ServePage::showOutcome);
    }
    m_nationalCode->clear();
    m_mobile->clear();
    m_nationalCodeHint->clear();
    m_mobileHint->clear();
    m_code->clear();
    m_terminal->clear();
    m_reference->clear();
    m_cash->setChecked(true);
    m_printed->clear();
    m_error->clear();
    if (m_flow)
        m_flow->reset();
    onStepChanged(ServeFlow::Step::Citizen);
}

void ServePage::onStepChanged(ServeFlow::Step step)
{
    m_error->clear();
    m_ticker->stop();
    switch (step) {
    case ServeFlow::Step::Citizen:
        m_stepTitle->setText(tr("1. Citizen"));
        m_steps->setCurrentIndex(0);
        focusLater(m_nationalCode);
        break;
    case ServeFlow::Step::Service: {
        m_stepTitle->setText(tr("2. Service"));
        m_steps->setCurrentIndex(1);
        const ServiceCatalogue& catalogue = m_flow->catalogue();
        const QSignalBlocker b1(m_category);
        const QSignalBlocker b2(m_district);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const auto& c : catalogue.categories())
            m_category->addItem(c.name(), c.id);
        m_district->clear();
        for (const auto& d : catalogue.districts())
            m_district->addItem(d.name(), d.id);
        m_district->setCurrentIndex(qMax(0, m_district->findData(m_flow->officeDistrict())));
        m_search->clear();
        refreshServices();
        focusLater(m_search);
        break;
    }
    case ServeFlow::Step::Form:
        m_stepTitle->setText(tr("3. Form"));
        buildForm();
        m_steps->setCurrentIndex(2);
        break;
    case ServeFlow::Step::Consent:
        m_stepTitle->setText(tr("4. Citizen's consent"));
        m_steps->setCurrentIndex(3);
        m_consentInfo->setText(tr("Send a one-time code to the citizen's mobile %1.")
                                   .arg(UiLanguage::code(m_flow->mobile()->masked())));
        m_code->clear();
        m_countdown->clear();
        m_ticker->start();
        tickCountdown();
        // Enter in the empty code field sends the code; later, Enter submits what was typed.
        focusLater(m_code);
        break;
    case ServeFlow::Step::Payment:
        m_stepTitle->setText(tr("5. Payment"));
        m_steps->setCurrentIndex(4);
        m_feeLabel->setText(
            u"<b>%1</b> — %2"_s.arg(money(m_flow->fee()), m_flow->service()->name()));
        focusLater(m_cash);
        break;
    case ServeFlow::Step::Sending:
        m_stepTitle->setText(tr("Sending…"));
        break;
    case ServeFlow::Step::Done:
        m_stepTitle->setText(tr("6. Receipt"));
        m_steps->setCurrentIndex(5);
        break;
    }
}

void ServePage::showError(const QString& message)
{
    m_error->setText(message);
}

void ServePage::validateCitizenAsTyped()
{
    const auto hint = [](QLineEdit* edit, QLabel* label, const Status& ok) {
        // Say nothing while the field is still being typed from empty.
        label->setText(edit->text().isEmpty() || ok ? QString() : ok.error().userMessage());
    };
    hint(m_nationalCode, m_nationalCodeHint, ServeFlow::checkNationalCode(m_nationalCode->text()));
    hint(m_mobile, m_mobileHint, ServeFlow::checkMobile(m_mobile->text()));
}

void ServePage::advanceCitizen()
{
    if (!m_flow) {
        showError(tr("The counter is still starting; wait a moment."));
        return;
    }
    const Status nc = ServeFlow::checkNationalCode(m_nationalCode->text());
    m_nationalCodeHint->setText(nc ? QString() : nc.error().userMessage());
    const Status mobile = ServeFlow::checkMobile(m_mobile->text());
    m_mobileHint->setText(mobile ? QString() : mobile.error().userMessage());
    if (!nc) {
        m_nationalCode->setFocus();
        return;
    }
    if (!mobile) {
        m_mobile->setFocus();
        return;
    }
    if (m_flow->catalogue().isEmpty()) {
        showError(tr("The service catalogue has not arrived yet; wait for the first sync."));
        return;
    }
    const Status ok = m_flow->setCitizen(m_nationalCode->text(), m_mobile->text());
    if (!ok)
        showError(ok.error().userMessage());
}

void ServePage::refreshServices()
{
    if (!m_flow)
        return;
    const int district = m_district->currentData().toInt();
    const QString current = m_services->currentItem()
                                ? m_services->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_services->clear();
    const auto found =
        m_flow->catalogue().search(m_search->text(), m_category->currentData().toString());
    for (const ServiceDefinition* s : found) {
        const auto fee = s->fee();
        QString text = s->name() + u"  —  "_s + (fee ? money(*fee) : tr("fee out of range"));
        if (!s->isOfferedIn(district))
            text += u"  ("_s + tr("not offered in this district") + u')';
        auto* item = new QListWidgetItem(text, m_services);
        item->setData(Qt::UserRole, s->id);
        if (!s->isOfferedIn(district) || !fee)
            item->setForeground(Qt::gray);
        if (s->id == current)
            m_services->setCurrentItem(item);
    }
    if (!m_services->currentItem() && m_services->count() > 0)
        m_services->setCurrentRow(0);
}

void ServePage::advanceService()
{
    if (!m_flow || !m_services->currentItem()) {
        showError(tr("No service matches the search."));
        return;
    }
    const Status ok =
        m_flow->chooseService(m_services->currentItem()->data(Qt::UserRole).toString(),
                              m_district->currentData().toInt());
    if (!ok)
        showError(ok.error().userMessage());
}

void ServePage::buildForm()
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_fieldEdits.clear();
    m_fieldHints.clear();
    const ServiceDefinition* service = m_flow->service();
    m_formService->setText(u"<b>%1</b> — %2"_s.arg(service->name(), money(m_flow->fee())));
    QLineEdit* previous = nullptr;
    for (const FieldSchema& field : service->fields) {
        auto* edit = new QLineEdit;
        edit->setObjectName(u"field_"_s + field.name);
        auto* hint = hintLabel(nullptr);
        hint->setObjectName(u"fieldHint_"_s + field.name);
        switch (field.type) {
        case FieldType::RenovationCode:
            makeLtr(edit);
            edit->setPlaceholderText(tr("district-area-block-property-building-apartment-shop"));
            break;
        case FieldType::RegisteredPlate:
            makeLtr(edit);
            edit->setPlaceholderText(tr("section-main-sub"));
            break;
        case FieldType::JalaliDate:
            makeLtr(edit);
            edit->setPlaceholderText(tr("yyyy/mm/dd (Solar Hijri)"));
            break;
        case FieldType::NationalCode:
        case FieldType::Mobile:
        case FieldType::Number:
            makeLtr(edit);
            break;
        case FieldType::Choice: {
            QStringList labels;
            for (const FieldChoice& c : field.choices)
                labels.append(UiLanguage::pick(c.labelFa, c.labelEn));
            edit->setPlaceholderText(labels.join(u" / "_s));
            break;
        }
        case FieldType::Text:
            break;
        }
        const QString label = field.label() + (field.required ? u" *"_s : QString());
        m_formLayout->addRow(label, edit);
        m_formLayout->addRow(QString(), hint);
        const QString name = field.name;
        connect(edit, &QLineEdit::textEdited, this, [this, name, edit, hint] {
            const Status ok = m_flow->checkField(name, edit->text());
            hint->setText(edit->text().isEmpty() || ok ? QString() : ok.error().userMessage());
        });
        connect(edit, &QLineEdit::returnPressed, this, &ServePage::advanceForm);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        m_fieldEdits.insert(field.name, edit);
        m_fieldHints.insert(field.name, hint);
    }
    if (!service->fields.isEmpty())
        focusLater(m_fieldEdits.value(service->fields.first().name));
}

void ServePage::advanceForm()
{
    QMap<QString, QString> inputs;
    for (auto it = m_fieldEdits.cbegin(); it != m_fieldEdits.cend(); ++it)
        inputs.insert(it.key(), it.value()->text());
    for (auto it = m_fieldEdits.cbegin(); it != m_fieldEdits.cend(); ++it) {
        const Status ok = m_flow->checkField(it.key(), it.value()->text());
        m_fieldHints.value(it.key())->setText(ok ? QString() : ok.error().userMessage());
    }
    const Status ok = m_flow->submitForm(inputs);
    if (!ok) {
        showError(ok.error().userMessage());
        const QString field = ok.error().field();
        if (QLineEdit* edit = m_fieldEdits.value(field))
            edit->setFocus();
    }
}

void ServePage::advanceConsent()
{
    m_error->clear();
    if (m_code->text().trimmed().isEmpty() && m_flow->canRequestCode() && !m_flow->hasChallenge()) {
        m_flow->requestCode();
        return;
    }
    const Status ok = m_flow->submitCode(m_code->text());
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
    const QLocale locale;
    const qint64 resend = (m_flow->msUntilResend() + 999) / 1000;
    m_sendCode->setText(!m_flow->hasChallenge() ? tr("Send code (Enter)")
                        : resend > 0 ? tr("Send again in %1 s").arg(locale.toString(resend))
                                     : tr("Send a new code"));
    m_sendCode->setEnabled(m_flow->canRequestCode());
    if (m_flow->hasChallenge()) {
        const qint64 left = (m_flow->msUntilExpiry() + 999) / 1000;
        m_countdown->setText(
            left > 0 ? tr("The code expires in %1:%2")
                           .arg(locale.toString(left / 60),
                                UiLanguage::digits(u"%1"_s.arg(left % 60, 2, 10, QChar(u'0'))))
                     : tr("The code has expired; send a new one."));
    }
}

void ServePage::advancePayment()
{
    const Payment payment = m_card->isChecked()
                                ? Payment::card(m_terminal->text(), m_reference->text())
                                : Payment::cash();
    const Status ok = m_flow->pay(payment);
    if (!ok)
        showError(ok.error().userMessage());
}

void ServePage::showOutcome()
{
    const SendOutcome& outcome = m_flow->outcome();
    const QString receiptNo = UiLanguage::code(m_flow->committed().receiptNumber);
    switch (outcome.kind) {
    case SendOutcome::Kind::Accepted:
        m_outcome->setText(
            tr("Request accepted. Tracking code: %1 — receipt %2")
                .arg(u"<b>"_s + UiLanguage::code(outcome.trackingCode) + u"</b>"_s, receiptNo));
        break;
    case SendOutcome::Kind::Queued:
        m_outcome->setText(tr("Queued, will be sent automatically. Receipt %1").arg(receiptNo));
        break;
    case SendOutcome::Kind::NeedsAttention:
        m_outcome->setText(tr("The municipality refused the request: %1. Receipt %2")
                               .arg(outcome.message, receiptNo));
        break;
    }
    if (LedgerService* ledger = m_runtime.ledger()) {
        const auto receiptData =
            ledger->receipt(m_flow->committed().ledgerSeq, m_runtime.session().displayName);
        if (receiptData)
            m_receipt->setHtml(ReceiptRenderer::html(
                *receiptData, UiLanguage::isPersian() ? ReceiptRenderer::Language::Persian
                                                      : ReceiptRenderer::Language::English));
        else
            m_receipt->setPlainText(receiptData.error().userMessage());
    }
    focusLater(m_print);
}

void ServePage::printReceipt()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger || !m_flow)
        return;
    const auto receiptData =
        ledger->receipt(m_flow->committed().ledgerSeq, m_runtime.session().displayName);
    if (!receiptData) {
        showError(receiptData.error().userMessage());
        return;
    }
    // No printer configured: the thermal layout goes to a PDF beside the store.
    const QString dir = QDir(m_runtime.options().dataDir).filePath(u"receipts"_s);
    QDir().mkpath(dir);
    const QString path =
        QDir(dir).filePath(QString(receiptData->receiptNumber).replace(u'/', u'-') + u".pdf"_s);
    const Status ok = ReceiptRenderer::renderThermalPdf(*receiptData, path,
                                                        UiLanguage::isPersian()
                                                            ? ReceiptRenderer::Language::Persian
                                                            : ReceiptRenderer::Language::English);
    if (!ok) {
        showError(ok.error().userMessage());
        return;
    }
    m_printed->setText(
        tr("Receipt saved: %1").arg(UiLanguage::code(QDir::toNativeSeparators(path))));
    m_next->setFocus();
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
            if (m_sendCode->hasFocus()) {
                m_flow->requestCode();
                return;
            }
            advanceConsent();
            return;
        case ServeFlow::Step::Payment:
            advancePayment();
            return;
        case ServeFlow::Step::Done:
            if (m_print->hasFocus())
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

} // namespace pishkhan::ui
