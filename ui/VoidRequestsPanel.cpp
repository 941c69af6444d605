#include "VoidRequestsPanel.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "InputPrompt.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReceiptNumber.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

VoidRequestsPanel::VoidRequestsPanel(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_table(new QTableWidget(this))
    , m_approve(new QPushButton(tr("Approve the void…"), this))
    , m_refuse(new QPushButton(tr("Refuse…"), this))
    , m_message(DisplayFormat::hint(this))
{
    setObjectName(u"voidRequestsPanel"_s);
    m_table->setObjectName(u"voidRequests"_s);
    m_approve->setObjectName(u"voidApprove"_s);
    m_refuse->setObjectName(u"voidRefuse"_s);
    m_message->setObjectName(u"voidMessage"_s);
    DisplayFormat::setUpTable(m_table, {tr("Receipt"), tr("Clerk"), tr("Service"), tr("Amount"),
                                        tr("Asked at"), tr("Reason")});
    for (QPushButton* b : {m_approve, m_refuse})
        b->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_refuse);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Void requests waiting for a supervisor"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_approve, &QPushButton::clicked, this, &VoidRequestsPanel::approveCurrent);
    connect(m_refuse, &QPushButton::clicked, this, &VoidRequestsPanel::refuseCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_approve->setEnabled(current() != nullptr);
        m_refuse->setEnabled(current() != nullptr);
    });
}

const VoidRequest* VoidRequestsPanel::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_requests.size() ? &m_requests[row] : nullptr;
}

void VoidRequestsPanel::showMessage(const QString& text, bool error)
{
    m_message->setKind(error ? HintLabel::Kind::Error : HintLabel::Kind::Ok);
    m_message->setText(text);
}

void VoidRequestsPanel::refresh()
{
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    // The timer refreshes this list while the supervisor reads it: keep the selected request
    // selected, so a refresh never moves the choice to another clerk's fee.
    const qint64 selected = current() ? current()->id : 0;
    auto pending = ledger->pendingVoidRequests(m_runtime.session());
    if (!pending) {
        m_requests.clear();
        showMessage(pending.error().userMessage(), true);
    } else {
        m_requests = *pending;
    }
    m_table->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const VoidRequest& r = m_requests[row];
        const ServiceDefinition* s = m_runtime.catalogue().find(r.fee.serviceId);
        const QString receipt =
            ReceiptNumber::format(r.fee.businessDay, r.fee.counter, r.fee.receiptNo);
        m_table->setItem(row, 0, DisplayFormat::cell(UiLanguage::code(receipt)));
        m_table->setItem(row, 1, DisplayFormat::cell(r.clerkId));
        m_table->setItem(row, 2, DisplayFormat::cell(s ? s->name() : r.fee.serviceId));
        m_table->setItem(row, 3, DisplayFormat::cell(DisplayFormat::money(r.fee.amount), true));
        m_table->setItem(row, 4, DisplayFormat::cell(DisplayFormat::moment(r.requestedAt)));
        m_table->setItem(row, 5, DisplayFormat::cell(r.reason));
    }
    int row = 0;
    for (int i = 0; i < m_requests.size(); ++i)
        if (m_requests[i].id == selected)
            row = i;
    if (!m_requests.isEmpty())
        m_table->setCurrentCell(row, 0);
    m_approve->setEnabled(current() != nullptr);
    m_refuse->setEnabled(current() != nullptr);
}

void VoidRequestsPanel::approveCurrent()
{
    const VoidRequest* r = current();
    LedgerService* ledger = m_runtime.ledger();
    if (!r || !ledger)
        return;
    const qint64 id = r->id;
    const auto password = InputPrompt::password(
        this, tr("Approve the void"),
        tr("Your password, to approve the void of %1:").arg(DisplayFormat::money(r->fee.amount)));
    if (!password)
        return;
    const auto entry = ledger->approveVoid(m_runtime.session(), *password, id);
    if (!entry) {
        showMessage(entry.error().userMessage(), true);
        return;
    }
    refresh();
    showMessage(tr("The void was approved and recorded."), false);
    emit decided();
}

void VoidRequestsPanel::refuseCurrent()
{
    const VoidRequest* r = current();
    LedgerService* ledger = m_runtime.ledger();
    if (!r || !ledger)
        return;
    const qint64 id = r->id;
    const auto note = InputPrompt::reason(this, tr("Refuse the void"),
                                          tr("Why is the void refused? The clerk will see this."));
    if (!note)
        return;
    const Status ok = ledger->refuseVoid(m_runtime.session(), id, *note);
    if (!ok) {
        showMessage(ok.error().userMessage(), true);
        return;
    }
    refresh();
    showMessage(tr("The void request was refused."), false);
    emit decided();
}

} // namespace pishkhan::ui
