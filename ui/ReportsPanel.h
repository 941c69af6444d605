#pragma once

#include "ledger/DayReport.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTextBrowser;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// Reports: one business day, or a range of days by Solar Hijri month and service; shown as the
// exporter renders them and exported to CSV or PDF. The figures come from the ledger on the
// UI thread (index-only queries); the file is written on a worker thread under a progress
// dialog, so a long PDF never freezes the counter.
class ReportsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Csv, Pdf };

    explicit ReportsPanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Fills both dates with the open business day.
    void refresh();
    void showReport();
    // Starts writing the shown report to path; exportFinished() reports the outcome.
    void exportTo(const QString& path, Format format);
    [[nodiscard]] bool isExporting() const { return m_exporting; }

signals:
    void exportFinished(bool ok, const QString& message);

private:
    void askExport(Format format);
    void showError(const QString& message);

    DeskRuntime& m_runtime;
    QLineEdit* m_from;
    QLineEdit* m_to;
    HintLabel* m_error;
    QTextBrowser* m_view;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QLabel* m_status;
    std::optional<DayReport> m_day;
    std::optional<RangeReport> m_range;
    bool m_exporting = false;
};

} // namespace pishkhan::ui
