#include "AttentionPage.h"

#include "ConsentRenewalDialog.h"
#include "DisplayFormat.h"
#include "FollowUpPage.h"
#include "HintLabel.h"
#include "counter/ConsentRenewal.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

QString reasonOf(const FollowUpRecord& r)
{
    return UiLanguage::pick(r.reasonFa(), r.reasonEn());
}

} // namespace

AttentionPage::AttentionPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_table(new QTableWidget(this))
    , m_reason(DisplayFormat::hint(this))
    , m_editor(new QWidget(this))
    , m_form(new QFormLayout(m_editor))
    , m_error(DisplayFormat::hint(this))
    , m_done(new QLabel(this))
    , m_resubmit(new QPushButton(this))
{
    setObjectName(u"attentionPage"_s);
    auto* title = new QLabel(tr("Requests that need attention"), this);
    title->setObjectName(u"attentionTitle"_s);
    DisplayFormat::makeTitle(title);

    m_table->setObjectName(u"attentionList"_s);
    DisplayFormat::setUpTable(
        m_table, {tr("Receipt"), tr("Service"), tr("National code"), tr("Mobile"), tr("Reason")});

    m_reason->setObjectName(u"attentionReason"_s);
    m_reason->setBold(true);
    m_editor->setObjectName(u"attentionEditor"_s);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_error->setObjectName(u"attentionError"_s);
    m_done->setObjectName(u"attentionDone"_s);
    m_done->setWordWrap(true);
    m_resubmit->setObjectName(u"attentionResubmit"_s);
    m_resubmit->setText(tr("Send again (Enter)"));
    m_resubmit->setAutoDefault(false);
    m_resubmit->setEnabled(false);

    auto* hint = new QLabel(
        tr("Select a request, correct its form and press Enter to send it again."), this);
    hint->setObjectName(u"attentionHint"_s);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_reason);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resubmit);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_done);
    layout->addStretch(1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AttentionPage::showSelected);
    m_table->installEventFilter(this);
    connect(m_resubmit, &QPushButton::clicked, this, &AttentionPage::resubmit);

    m_nextSteps = new QWidget(this);
    m_nextSteps->setObjectName(u"attentionNextSteps"_s);
    m_resubmitNew = new QPushButton(tr("Fix and serve again as a new request"), m_nextSteps);
    m_resubmitNew->setObjectName(u"attentionResubmitNew"_s);
    m_refund = new QPushButton(tr("Refund the fee…"), m_nextSteps);
    m_refund->setObjectName(u"attentionRefund"_s);
    auto* steps = new QHBoxLayout(m_nextSteps);
    steps->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_resubmitNew, m_refund}) {
        b->setAutoDefault(true); // Enter on the focused step starts it
        steps->addWidget(b);
    }
    steps->addStretch(1);
    layout->insertWidget(layout->indexOf(m_editor), m_nextSteps);
    m_nextSteps->hide();
    connect(m_resubmitNew, &QPushButton::clicked, this, &AttentionPage::resubmitAsNew);
    connect(m_refund, &QPushButton::clicked, this, &AttentionPage::refund);

    m_renewConsent = new QPushButton(tr("Renew consent (Ctrl+R)"), this);
    m_renewConsent->setObjectName(u"attentionRenewConsent"_s);
    m_renewConsent->setAutoDefault(true);
    m_renewConsent->hide();
    buttons->insertWidget(1, m_renewConsent);
    connect(m_renewConsent, &QPushButton::clicked, this, &AttentionPage::renewConsent);
    auto* renewKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    renewKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(renewKey, &QShortcut::activated, this, &AttentionPage::renewConsent);
}

bool AttentionPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the list moves to the selected request's form.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        if (enter && m_nextSteps && m_nextSteps->isVisible()) {
            QPushButton* first = m_resubmitNew->isVisible() ? m_resubmitNew : m_refund;
            QTimer::singleShot(0, first, [first] { first->setFocus(Qt::OtherFocusReason); });
            return true;
        }
        if (enter && !m_edits.isEmpty()) {
            QLineEdit* first = m_edits.first();
            first->show();
            QTimer::singleShot(0, first, [first] {
                first->setFocus(Qt::OtherFocusReason);
                first->selectAll();
            });
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttentionPage::refresh()
{
    const int previous = m_table->currentRow();
    LedgerService* ledger = m_runtime.ledger();
    if (!ledger)
        return;
    FollowUpLookup lookup(m_runtime.database(), ledger->store());
    auto found = lookup.needsAttention();
    m_requests = found ? *found : QList<FollowUpRecord>{};
    m_error->setText(found ? QString() : found.error().userMessage());
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const FollowUpRecord& r = m_requests[row];
        const auto* service = m_runtime.catalogue().find(r.request.serviceId);
        m_table->setItem(row, 0,
                         DisplayFormat::cell(r.receiptNumber.isEmpty()
                                                 ? u"—"_s
                                                 : UiLanguage::code(r.receiptNumber)));
        m_table->setItem(row, 1,
                         DisplayFormat::cell(service ? service->name() : r.request.serviceId));
        m_table->setItem(row, 2, DisplayFormat::cell(UiLanguage::code(r.maskedNationalCode())));
        m_table->setItem(row, 3, DisplayFormat::cell(UiLanguage::code(r.maskedMobile())));
        m_table->setItem(row, 4, DisplayFormat::cell(reasonOf(r)));
    }
    if (!m_requests.isEmpty())
        m_table->setCurrentCell(qBound(0, previous, int(m_requests.size()) - 1), 0);
    showSelected();
    QTimer::singleShot(0, m_table, [this] {
        if (!m_requests.isEmpty())
            m_table->setFocus(Qt::OtherFocusReason);
    });
}

void AttentionPage::showSelected()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_edits.clear();
    m_amendment.reset();
    m_error->clear();
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_requests.size();
    m_resubmit->setEnabled(any);
    m_editor->setVisible(any);
    m_reason->setVisible(any);
    if (m_nextSteps)
        m_nextSteps->hide();
    if (m_renewConsent)
        m_renewConsent->setVisible(
            any && OutboxStore::needsConsentRenewal(m_requests[row].request,
                                                    QDateTime::currentMSecsSinceEpoch()));
    if (!any)
        return;
    if (m_requests[row].rejectedAfterAcceptance()) {
        showRejected(m_requests[row]);
        return;
    }
    const OutboxEntry& e = m_requests[row].request;
    m_reason->setText(tr("The municipality says: %1").arg(reasonOf(m_requests[row])));
    auto amendment = RequestAmendment::load(e, m_runtime.catalogue());
    if (!amendment) {
        m_error->setText(amendment.error().userMessage());
        m_resubmit->setEnabled(false);
        return;
    }
    m_amendment = *amendment;
    for (const RequestAmendment::Field& f : m_amendment->fields()) {
        auto* edit = new QLineEdit(f.text, m_editor);
        edit->setObjectName(u"amend_"_s + f.name);
        DisplayFormat::keepLeftToRight(edit);
        connect(edit, &QLineEdit::returnPressed, this, &AttentionPage::resubmit);
        const QString label = f.name == QLatin1StringView(RequestAmendment::kDistrict)
                                  ? tr("District number")
                                  : f.label;
        m_form->addRow(label, edit);
        m_edits.append(edit);
    }
}

void AttentionPage::resubmit()
{
    if (!m_amendment || m_edits.isEmpty())
        return;
    QMap<QString, QString> texts;
    for (QLineEdit* edit : std::as_const(m_edits))
        texts.insert(edit->objectName().mid(6), edit->text());
    const Status ok =
        m_amendment->resubmit(m_runtime.database(), texts, QDateTime::currentMSecsSinceEpoch());
    if (!ok) {
        QString field = ok.error().field();
        for (const RequestAmendment::Field& f : m_amendment->fields())
            if (f.name == field) {
                field = f.name == QLatin1StringView(RequestAmendment::kDistrict)
                            ? tr("District number")
                            : f.label;
                if (QLineEdit* edit = m_editor->findChild<QLineEdit*>(u"amend_"_s + f.name))
                    edit->setFocus(Qt::OtherFocusReason);
            }
        m_error->setText(tr("%1 — %2").arg(field, ok.error().userMessage()));
        return;
    }
    m_done->setText(tr("Sent again under the same request; it is in the sending queue."));
    if (SyncEngine* sync = m_runtime.sync())
        sync->syncNow();
    refresh();
}

const FollowUpRecord* AttentionPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_requests.size() ? &m_requests[row] : nullptr;
}

void AttentionPage::showRejected(const FollowUpRecord& record)
{
    m_editor->hide();
    m_resubmit->setEnabled(false);
    m_reason->setText(
        tr("The municipality rejected this request after accepting it: %1").arg(reasonOf(record)));
    m_resubmitNew->setVisible(record.nextSteps.contains(FollowUpRecord::NextStep::ResubmitAsNew));
    m_refund->setVisible(record.nextSteps.contains(FollowUpRecord::NextStep::Refund));
    m_nextSteps->show();
}

void AttentionPage::resubmitAsNew()
{
    const FollowUpRecord* r = selected();
    if (!r || !r->nextSteps.contains(FollowUpRecord::NextStep::ResubmitAsNew))
        return;
    auto seed = FollowUpLookup::resubmission(*r, m_runtime.catalogue());
    if (!seed) {
        m_error->setText(seed.error().userMessage());
        return;
    }
    emit resubmitAsNewRequested(*seed);
}

void AttentionPage::refund()
{
    const FollowUpRecord* r = selected();
    if (!r || !r->nextSteps.contains(FollowUpRecord::NextStep::Refund))
        return;
    emit refundRequested(r->feeSeq);
}

} // namespace pishkhan::ui

namespace pishkhan::ui {

void AttentionPage::renewConsent()
{
    const FollowUpRecord* r = selected();
    ServeBackend* backend = m_runtime.serveBackend();
    if (!r || !backend || m_renewalDialog)
        return;
    SyncEngine* sync = m_runtime.sync();
    auto* renewal = new ConsentRenewal(
        m_runtime.database(), *backend, [] { return QDateTime::currentMSecsSinceEpoch(); },
        [sync] {
            if (sync)
                sync->syncNow();
        });
    const Status chosen = renewal->choose(r->request.requestId);
    if (!chosen) {
        delete renewal;
        m_error->setText(chosen.error().userMessage());
        return;
    }
    const auto* service = m_runtime.catalogue().find(r->request.serviceId);
    auto* dialog =
        new ConsentRenewalDialog(renewal, service ? service->name() : r->request.serviceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_renewalDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this](int result) {
        m_renewalDialog = nullptr;
        if (result == QDialog::Accepted) {
            m_done->setText(tr("The consent was renewed; the request is back in the sending "
                               "queue under the same request id."));
            refresh();
        } else {
            QTimer::singleShot(0, m_table, [this] { m_table->setFocus(Qt::OtherFocusReason); });
        }
    });
    dialog->open();
}

} // namespace pishkhan::ui
