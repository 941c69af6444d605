#include "RefundsPanel.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "InputPrompt.h"
#include "PrintOutcome.h"
#include "counter/DeskRuntime.h"
#include "counter/ReceiptCopies.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReceiptNumber.h"
#include "ledger/ReceiptRenderer.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

RefundsPanel::RefundsPanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_table(new QTableWidget(this))
    , m_amount(new QLineEdit(this))
    , m_reversal(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_refund(new QPushButton(tr("Refund…"), this))
    , m_cancelReceipt(new QLineEdit(this))
    , m_cancelReason(new QLineEdit(this))
    , m_cancel(new QPushButton(tr("Cancel the request"), this))
    , m_message(DisplayFormat::hint(this))
{
    setObjectName(u"refundsPanel"_s);
    m_table->setObjectName(u"refundCandidates"_s);
    m_amount->setObjectName(u"refundAmount"_s);
    m_reversal->setObjectName(u"refundReversal"_s);
    m_reason->setObjectName(u"refundReason"_s);
    m_refund->setObjectName(u"refundApprove"_s);
    m_cancelReceipt->setObjectName(u"cancelReceipt"_s);
    m_cancelReason->setObjectName(u"cancelReason"_s);
    m_cancel->setObjectName(u"cancelRequest"_s);
    m_message->setObjectName(u"refundMessage"_s);
    DisplayFormat::setUpTable(m_table, {tr("Receipt"), tr("Clerk"), tr("Service"), tr("Amount"),
                                        tr("Payment"), tr("Why refundable")});
    m_amount->setPlaceholderText(tr("empty = the whole fee"));
    m_reversal->setPlaceholderText(tr("card fees: the reversal slip's reference"));
    DisplayFormat::keepLeftToRight(m_reversal);
    DisplayFormat::keepLeftToRight(m_cancelReceipt);
    m_cancelReceipt->setPlaceholderText(u"14050907-1-0042"_s);
    for (QPushButton* b : {m_refund, m_cancel})
        b->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Amount (toman)"), m_amount);
    form->addRow(tr("Reversal reference"), m_reversal);
    form->addRow(tr("Reason"), m_reason);
    auto* cancelForm = new QFormLayout;
    cancelForm->addRow(tr("Receipt number"), m_cancelReceipt);
    cancelForm->addRow(tr("Reason"), m_cancelReason);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refund);
    buttons->addStretch(1);
    auto* cancelButtons = new QHBoxLayout;
    cancelButtons->addWidget(m_cancel);
    cancelButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Fees that may be refunded: the municipality rejected the "
                                    "request, or it was cancelled"),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Cancel a request already sent (allowed until the "
                                    "municipality starts work on it)"),
                                 this));
    layout->addLayout(cancelForm);
    layout->addLayout(cancelButtons);
    layout->addWidget(m_message);

    connect(m_refund, &QPushButton::clicked, this, &RefundsPanel::refundCurrent);
    connect(m_reason, &QLineEdit::returnPressed, this, &RefundsPanel::refundCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &RefundsPanel::cancelByReceipt);
    connect(m_cancelReason, &QLineEdit::returnPressed, this, &RefundsPanel::cancelByReceipt);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_refund->setEnabled(current() != nullptr); });
}

const LedgerEntry* RefundsPanel::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_candidates.size() ? &m_candidates[row].first : nullptr;
}

void RefundsPanel::showMessage(const QString& text, bool error)
{
    m_message->setKind(error ? HintLabel::Kind::Error : HintLabel::Kind::Ok);
    m_message->setText(text);
}

void RefundsPanel::refresh()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    const qint64 selected = current() ? current()->seq : 0;
    auto candidates = ledger->refundCandidates(m_runtime.session());
    if (!candidates) {
        m_candidates.clear();
        showMessage(candidates.error().userMessage(), true);
    } else {
        m_candidates = *candidates;
    }
    m_table->setRowCount(int(m_candidates.size()));
    int keep = 0;
    for (int row = 0; row < m_candidates.size(); ++row) {
        const LedgerEntry& fee = m_candidates[row].first;
        const ServiceDefinition* s = m_runtime.catalogue().find(fee.serviceId);
        m_table->setItem(row, 0,
                         DisplayFormat::cell(UiLanguage::code(
                             ReceiptNumber::format(fee.businessDay, fee.counter, fee.receiptNo))));
        m_table->setItem(row, 1, DisplayFormat::cell(fee.clerkId));
        m_table->setItem(row, 2, DisplayFormat::cell(s ? s->name() : fee.serviceId));
        m_table->setItem(row, 3, DisplayFormat::cell(DisplayFormat::money(fee.amount), true));
        m_table->setItem(
            row, 4,
            DisplayFormat::cell(fee.payment.method == PaymentMethod::Card
                                    ? tr("Card %1").arg(UiLanguage::code(fee.payment.terminalId))
                                    : tr("Cash")));
        m_table->setItem(row, 5,
                         DisplayFormat::cell(m_candidates[row].second == u"cancelled"_s
                                                 ? tr("Cancelled")
                                                 : tr("Rejected by the municipality")));
        if (fee.seq == selected)
            keep = row;
    }
    if (!m_candidates.isEmpty())
        m_table->setCurrentCell(keep, 0);
    m_refund->setEnabled(current() != nullptr);
}

void RefundsPanel::refundCurrent()
{
    const LedgerEntry* fee = current();
    LedgerService* ledger = m_runtime.ledger();
    if (!fee || !ledger)
        return;
    const RefundRequest request{fee->seq, m_reason->text(), m_amount->text(), m_reversal->text()};
    if (Status s = ledger->checkRefund(m_runtime.session(), request); !s) {
        showMessage(s.error().userMessage(), true);
        return;
    }
    const auto password =
        InputPrompt::password(this, tr("Approve the refund"),
                              tr("Your password, to refund the fee of receipt %1:")
                                  .arg(UiLanguage::code(ReceiptNumber::format(
                                      fee->businessDay, fee->counter, fee->receiptNo))));
    if (!password)
        return;
    const auto entry = ledger->refundFee(m_runtime.session(), *password, request);
    if (!entry) {
        showMessage(entry.error().userMessage(), true);
        return;
    }
    // The refund receipt: to the refund receipts' printer when one is set, else saved where
    // the day's documents go. The citizen signs the printout.
    auto receipt = ledger->receipt(entry->seq);
    QString saved;
    QString printError;
    const bool toPrinter =
        m_runtime.settings().printRoutes.route(DocumentKind::RefundReceipt).way !=
        PrinterRoute::Way::None;
    if (toPrinter && m_runtime.receiptCopies()) {
        const auto language = UiLanguage::isPersian() ? ReceiptRenderer::Language::Persian
                                                      : ReceiptRenderer::Language::English;
        const auto printed =
            m_runtime.receiptCopies()->printEntry(m_runtime.session(), entry->seq, language);
        if (!printed)
            printError = PrintOutcome::failure(printed.error());
    } else if (receipt) {
        const QString path = QDir(m_runtime.options().dataDir)
                                 .filePath(u"refund-"_s + QString::number(entry->seq) + u".pdf"_s);
        if (ReceiptRenderer::renderThermalPdf(*receipt, path))
            saved = path;
    }
    m_lastPdf = saved;
    m_amount->clear();
    m_reversal->clear();
    m_reason->clear();
    refresh();
    showMessage(saved.isEmpty()
                    ? tr("The refund of %1 was recorded.").arg(DisplayFormat::money(entry->amount))
                    : tr("The refund of %1 was recorded; its receipt: %2")
                          .arg(DisplayFormat::money(entry->amount),
                               UiLanguage::code(QDir::toNativeSeparators(saved))),
                false);
    if (!printError.isEmpty())
        showMessage(tr("The refund of %1 was recorded, but its receipt was not printed: %2")
                        .arg(DisplayFormat::money(entry->amount), printError),
                    true);
    emit refunded();
}

void RefundsPanel::cancelByReceipt()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    const auto fee = ledger->feeByReceiptNumber(m_cancelReceipt->text());
    if (!fee) {
        showMessage(fee.error().userMessage(), true);
        return;
    }
    // A cancel asked before: say where it stands (the backend's refusal in its own words).
    if (auto known = ledger->cancelOf(fee->seq); known && known->has_value()) {
        const RequestCancelStore::Cancel& c = **known;
        if (c.state == RequestCancelStore::State::Refused) {
            showMessage(tr("The cancel was refused: %1 The request goes on.")
                            .arg(c.detail.isEmpty() ? tr("work had already started.") : c.detail),
                        true);
            return;
        }
        if (c.state == RequestCancelStore::State::Cancelled) {
            showMessage(tr("The request was cancelled; its fee can now be refunded."), false);
            return;
        }
    }
    const auto cancel =
        ledger->requestCancel(m_runtime.session(), fee->seq, m_cancelReason->text());
    if (!cancel) {
        showMessage(cancel.error().userMessage(), true);
        return;
    }
    m_cancelReason->clear();
    showMessage(tr("The cancel of %1 is queued and goes to the municipality with the next sync.")
                    .arg(UiLanguage::code(cancel->trackingCode)),
                false);
}

bool RefundsPanel::select(qint64 feeSeq)
{
    refresh();
    for (int row = 0; row < m_candidates.size(); ++row)
        if (m_candidates[row].first.seq == feeSeq) {
            m_table->setCurrentCell(row, 0);
            QTimer::singleShot(0, m_amount, [this] { m_amount->setFocus(Qt::OtherFocusReason); });
            return true;
        }
    return false;
}

} // namespace pishkhan::ui
