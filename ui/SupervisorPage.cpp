#include "SupervisorPage.h"

#include "AuditTrailPanel.h"
#include "BatchPanel.h"
#include "DayClosePanel.h"
#include "DayTotalsPanel.h"
#include "DisplayFormat.h"
#include "OfficeDayPanel.h"
#include "OfficeMonthPanel.h"
#include "RefundsPanel.h"
#include "ReportsPanel.h"
#include "ShiftHandoverPanel.h"
#include "VoidRequestsPanel.h"
#include "counter/DeskRuntime.h"

#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

SupervisorPage::SupervisorPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_tabs(new QTabWidget(this))
    , m_totals(new DayTotalsPanel(runtime, this))
    , m_voids(new VoidRequestsPanel(runtime, this))
    , m_close(new DayClosePanel(runtime, this))
    , m_reports(new ReportsPanel(runtime, this))
    , m_office(new OfficeDayPanel(runtime, this))
    , m_audit(new AuditTrailPanel(runtime, this))
    , m_timer(new QTimer(this))
    , m_refunds(new RefundsPanel(runtime, this))
    , m_shift(new ShiftHandoverPanel(runtime, this))
{
    setObjectName(u"supervisorPage"_s);
    auto* title = new QLabel(tr("Supervisor"), this);
    title->setObjectName(u"supervisorTitle"_s);
    DisplayFormat::makeTitle(title);
    m_tabs->setObjectName(u"supervisorTabs"_s);
    m_tabs->addTab(m_totals, tr("Today (Alt+1)"));
    m_tabs->addTab(m_voids, tr("Void requests (Alt+2)"));
    m_tabs->addTab(m_close, tr("Close the day (Alt+3)"));
    m_tabs->addTab(m_reports, tr("Reports (Alt+4)"));
    m_tabs->addTab(m_office, tr("Office (Alt+5)"));
    m_tabs->addTab(m_refunds, tr("Refunds (Alt+6)"));
    m_tabs->addTab(m_shift, tr("Shift handover (Alt+7)"));
    m_batches = new BatchPanel(runtime, this);
    m_officeMonth = new OfficeMonthPanel(runtime, this);
    m_tabs->addTab(m_batches, tr("Batches (Alt+8)"));
    m_tabs->addTab(m_officeMonth, tr("Office month (Alt+9)"));
    m_tabs->addTab(m_audit, tr("Audit trail (Alt+0)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    // Alt+digit picks a tab from anywhere on the page (the clerk's hands stay on the keys).
    for (int i = 0; i < m_tabs->count(); ++i) {
        // Window-wide: the focus may still be outside the page right after F6. A shortcut of a
        // hidden widget does not fire, so other screens keep their Alt+digit.
        // The tenth tab, the audit trail, is Alt+0: the digit after 9 on the keyboard row.
        const Qt::Key digit = m_tabs->widget(i) == m_audit ? Qt::Key_0 : Qt::Key(Qt::Key_1 + i);
        auto* key = new QShortcut(QKeySequence(Qt::ALT | digit), this);
        key->setContext(Qt::WindowShortcut);
        connect(key, &QShortcut::activated, this, [this, i] { showTab(i); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &SupervisorPage::refresh);
    // A decision or a close changes the figures of the other tabs.
    connect(m_voids, &VoidRequestsPanel::decided, m_totals, &DayTotalsPanel::refresh);
    connect(m_refunds, &RefundsPanel::refunded, m_totals, &DayTotalsPanel::refresh);
    connect(m_close, &DayClosePanel::closed, this, [this](const DayClose& close) {
        m_office->setLocalClose(close);
        m_totals->refresh();
    });
    // Fees taken at this counter while the page is open: the totals and the pending voids follow
    // within a few seconds. The close tab is left alone while the supervisor types counts.
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_tabs->currentWidget() == m_totals)
            m_totals->refresh();
        else if (m_tabs->currentWidget() == m_voids)
            m_voids->refresh();
    });
}

void SupervisorPage::showTab(int index)
{
    if (m_tabs->currentIndex() == index)
        refresh();
    else
        m_tabs->setCurrentIndex(index);
    m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void SupervisorPage::refresh()
{
    if (!m_runtime.ledger() || !m_runtime.session().isValid())
        return;
    QWidget* current = m_tabs->currentWidget();
    if (current == m_totals)
        m_totals->refresh();
    else if (current == m_voids)
        m_voids->refresh();
    else if (current == m_close)
        m_close->refresh();
    else if (current == m_reports)
        m_reports->refresh();
    else if (current == m_office)
        m_office->refresh();
    else if (current == m_refunds)
        m_refunds->refresh();
    else if (current == m_shift)
        m_shift->refresh();
    else if (current == m_audit)
        m_audit->refresh();
    else if (current == m_batches)
        m_batches->refresh();
    else if (current == m_officeMonth)
        m_officeMonth->refresh();
}

void SupervisorPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void SupervisorPage::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

} // namespace pishkhan::ui
