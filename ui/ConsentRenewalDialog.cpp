#include "ConsentRenewalDialog.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/ConsentRenewal.h"
#include "counter/UiLanguage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ConsentRenewalDialog::ConsentRenewalDialog(ConsentRenewal* renewal, const QString& serviceName,
                                           QWidget* parent)
    : QDialog(parent)
    , m_renewal(renewal)
    , m_mobile(new QLabel(this))
    , m_send(new QPushButton(tr("Send code"), this))
    , m_code(new QLineEdit(this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_status(new HintLabel(HintLabel::Kind::Plain, this))
    , m_error(DisplayFormat::hint(this))
{
    m_renewal->setParent(this);
    setObjectName(u"consentRenewalDialog"_s);
    setWindowTitle(tr("Renew the citizen's consent"));

    auto* intro = new QLabel(tr("The citizen's consent for this request has expired or was "
                                "refused. Send a new one-time code to the citizen's mobile and "
                                "type the code the citizen reads out; the request is then sent "
                                "again as the same request."),
                             this);
    intro->setWordWrap(true);
    m_mobile->setObjectName(u"consentRenewalMobile"_s);
    m_mobile->setText(UiLanguage::code(m_renewal->maskedMobile()));
    m_mobile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* service = new QLabel(serviceName, this);
    service->setObjectName(u"consentRenewalService"_s);
    service->setWordWrap(true);
    m_send->setObjectName(u"consentRenewalSend"_s);
    m_send->setAutoDefault(true);
    m_code->setObjectName(u"consentRenewalCode"_s);
    m_code->setMaxLength(12);
    m_code->setPlaceholderText(tr("Six digits"));
    DisplayFormat::keepLeftToRight(m_code);
    m_verify->setObjectName(u"consentRenewalVerify"_s);
    m_verify->setAutoDefault(false);
    m_status->setObjectName(u"consentRenewalStatus"_s);
    m_status->setWordWrap(true);
    m_error->setObjectName(u"consentRenewalError"_s);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Service"), service);
    form->addRow(tr("Mobile"), m_mobile);
    form->addRow(QString(), m_send);
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_verify);
    form->addRow(tr("One-time code"), codeRow);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(u"consentRenewalClose"_s);
    if (QPushButton* b = close->button(QDialogButtonBox::Close))
        b->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_send, &QPushButton::clicked, this, &ConsentRenewalDialog::sendCode);
    connect(m_verify, &QPushButton::clicked, this, &ConsentRenewalDialog::verify);
    connect(m_code, &QLineEdit::returnPressed, this, &ConsentRenewalDialog::verify);
    connect(m_renewal, &ConsentRenewal::codeSent, this, [this] {
        m_mobile->setText(UiLanguage::code(m_renewal->maskedMobile()));
        m_status->setKind(HintLabel::Kind::Ok);
        m_status->setText(tr("The code was sent to %1. Type the code the citizen reads out.")
                              .arg(UiLanguage::code(m_renewal->maskedMobile())));
        m_send->setText(tr("Send a new code"));
        showStep();
        m_code->setFocus(Qt::OtherFocusReason);
    });
    connect(m_renewal, &ConsentRenewal::failed, this, &ConsentRenewalDialog::showFailure);
    connect(m_renewal, &ConsentRenewal::renewed, this, [this] {
        m_status->setKind(HintLabel::Kind::Ok);
        m_status->setText(tr("The new consent is saved; the request is back in the sending "
                             "queue under the same request id."));
        showStep();
        accept();
    });
    showStep();
    QTimer::singleShot(0, m_send, [this] { m_send->setFocus(Qt::OtherFocusReason); });
}

void ConsentRenewalDialog::showStep()
{
    using Step = ConsentRenewal::Step;
    const Step step = m_renewal->step();
    const bool busy = m_renewal->isBusy();
    m_send->setEnabled(!busy && step != Step::Renewed);
    m_code->setEnabled(step == Step::AwaitingCode || step == Step::Verifying);
    m_verify->setEnabled(step == Step::AwaitingCode);
    if (busy) {
        m_status->setKind(HintLabel::Kind::Busy);
        m_status->setText(step == Step::SendingCode ? tr("Sending the code…")
                                                    : tr("Checking the code…"));
    }
}

void ConsentRenewalDialog::sendCode()
{
    m_error->clear();
    const Status started = m_renewal->sendCode();
    if (!started)
        m_error->setText(started.error().userMessage());
    showStep();
}

void ConsentRenewalDialog::verify()
{
    m_error->clear();
    const Status started = m_renewal->verify(m_code->text());
    if (!started) {
        m_error->setText(started.error().userMessage());
        m_code->setFocus(Qt::OtherFocusReason);
        m_code->selectAll();
    }
    showStep();
}

void ConsentRenewalDialog::showFailure(const BackendFailure& failure)
{
    m_status->clear();
    m_error->setText(failure.userMessage);
    showStep();
    // After a wrong code the clerk types it again; after a refused send, sends again.
    QWidget* next = m_renewal->step() == ConsentRenewal::Step::AwaitingCode
                        ? static_cast<QWidget*>(m_code)
                        : static_cast<QWidget*>(m_send);
    next->setFocus(Qt::OtherFocusReason);
    if (next == m_code)
        m_code->selectAll();
}

} // namespace pishkhan::ui
