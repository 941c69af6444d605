#pragma once

#include "counter/OfficeMonthView.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

// The office-wide month (OfficeMonthView): the municipality's sum of every counter's signed day
// closes of a Solar Hijri month, per day and per counter, with CSV and PDF exports. The backend
// is asked without blocking.
class OfficeMonthPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OfficeMonthPanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Loads the month in the month field (this month at first).
    void refresh();
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);

    [[nodiscard]] QTableWidget* days() const { return m_days; }
    [[nodiscard]] QTableWidget* counters() const { return m_counters; }
    [[nodiscard]] bool isLoading() const { return m_pending != 0; }
    [[nodiscard]] const std::optional<OfficeMonthTable>& table() const { return m_table; }

private:
    void load(const QString& month);
    void fill();
    [[nodiscard]] QString html() const;

    DeskRuntime& m_runtime;
    QLineEdit* m_month;
    QLabel* m_state;
    QTableWidget* m_days;
    QTableWidget* m_counters;
    QLabel* m_total;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    std::optional<OfficeMonthTable> m_table;
    quint64 m_pending = 0;
};

} // namespace pishkhan::ui
