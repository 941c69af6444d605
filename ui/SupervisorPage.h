#pragma once

#include <QWidget>

class QTabWidget;
class QTimer;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class AuditTrailPanel;
class DayClosePanel;
class DayTotalsPanel;
class OfficeDayPanel;
class ReportsPanel;
class RefundsPanel;
class ShiftHandoverPanel;
class VoidRequestsPanel;
class BatchPanel;
class OfficeMonthPanel;

// The supervisor's screen (F6): today's totals, void requests, the day close with the cash
// count, reports and exports, the office's counters and the audit trail. Each tab is its own panel;
// this page keeps them fresh — on show, on a timer while on screen, and after a decision that
// changes the figures.
class SupervisorPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 5'000;

    explicit SupervisorPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Reloads the tab on screen.
    void refresh();
    void showTab(int index);

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] DayTotalsPanel* totals() const { return m_totals; }
    [[nodiscard]] VoidRequestsPanel* voids() const { return m_voids; }
    [[nodiscard]] DayClosePanel* dayClose() const { return m_close; }
    [[nodiscard]] ReportsPanel* reports() const { return m_reports; }
    [[nodiscard]] OfficeDayPanel* office() const { return m_office; }
    [[nodiscard]] AuditTrailPanel* auditTrail() const { return m_audit; }
    [[nodiscard]] RefundsPanel* refunds() const { return m_refunds; }
    [[nodiscard]] ShiftHandoverPanel* shiftHandover() const { return m_shift; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    DeskRuntime& m_runtime;
    QTabWidget* m_tabs;
    DayTotalsPanel* m_totals;
    VoidRequestsPanel* m_voids;
    DayClosePanel* m_close;
    ReportsPanel* m_reports;
    OfficeDayPanel* m_office;
    AuditTrailPanel* m_audit;
    QTimer* m_timer;
    RefundsPanel* m_refunds;
    ShiftHandoverPanel* m_shift;

public:
    [[nodiscard]] BatchPanel* batches() const { return m_batches; }
    [[nodiscard]] OfficeMonthPanel* officeMonth() const { return m_officeMonth; }

private:
    BatchPanel* m_batches = nullptr;
    OfficeMonthPanel* m_officeMonth = nullptr;
};

} // namespace pishkhan::ui
