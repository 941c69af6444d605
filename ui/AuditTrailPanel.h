#pragma once

#include "security/AuditTrail.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// The audit trail for a supervisor or an administrator: filter by day (Solar Hijri, empty =
// every day), person and kind; whether the chain verifies, and per event whether the verified
// part covers it; export of exactly what is shown to CSV or PDF. Reading, verifying and the
// export's own audit event are AuditTrail's; this panel only collects the filter and shows.
class AuditTrailPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Csv, Pdf };

    explicit AuditTrailPanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Reloads the people list and the shown page with the current filter.
    void refresh();
    void showTrail();
    // Writes the shown page to path; exportFinished() reports the outcome.
    void exportTo(const QString& path, Format format);

    [[nodiscard]] const std::optional<AuditTrailPage>& page() const { return m_page; }

signals:
    void exportFinished(bool ok, const QString& message);

private:
    void askExport(Format format);
    void fillActors();
    void showError(const QString& message);

    DeskRuntime& m_runtime;
    QLineEdit* m_day;
    QComboBox* m_actor;
    QComboBox* m_kind;
    HintLabel* m_chain;
    HintLabel* m_error;
    QTableWidget* m_table;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QLabel* m_status;
    std::optional<AuditTrailPage> m_page;
};

} // namespace pishkhan::ui
