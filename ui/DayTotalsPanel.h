#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
struct LedgerTotals;
} // namespace pishkhan

namespace pishkhan::ui {

class HintLabel;

// Today's totals of this counter, live: the open business day's report per clerk, per service
// and per payment method (LedgerService::dayReport). The supervisor page refreshes it when it
// is shown and on a timer while it stays on screen.
class DayTotalsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DayTotalsPanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    void refresh();
    [[nodiscard]] QTableWidget* clerkTable() const { return m_byClerk; }

private:
    static void fillRow(QTableWidget* table, int row, const QString& name,
                        const LedgerTotals& totals);

    DeskRuntime& m_runtime;
    QLabel* m_day;
    QLabel* m_total;
    HintLabel* m_error;
    QTableWidget* m_byClerk;
    QTableWidget* m_byService;
    QTableWidget* m_byMethod;
};

} // namespace pishkhan::ui
