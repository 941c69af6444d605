#pragma once

#include "ledger/Invoice.h"

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

// A batch file of requests from an organisation (a bank branch, a notary) or with the citizens'
// consent tokens: pick the CSV, pick the organisation it is billed to (the office's list from
// the municipality, or none for cash), run it, read each row's outcome, save the batch's
// invoice as a PDF. Every rule is in BatchSubmitterRun; this panel only collects and shows.
class BatchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BatchPanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Reloads the office's organisations from the local list.
    void refresh();
    // Asks the municipality for the office's organisations and their mandates.
    void fetchOrganisations();
    // Runs the batch file in the file field for the chosen organisation.
    void run();
    // Writes the last invoice as a PDF.
    bool saveInvoice(const QString& path);

    [[nodiscard]] QTableWidget* rows() const { return m_rows; }
    [[nodiscard]] const std::optional<Invoice>& invoice() const { return m_invoice; }
    [[nodiscard]] bool isFetching() const { return m_pending != 0; }

private:
    void showOutcome();

    DeskRuntime& m_runtime;
    QLineEdit* m_file;
    QComboBox* m_organisation;
    QPushButton* m_run;
    QPushButton* m_saveInvoice;
    QLabel* m_state;
    QLabel* m_invoiceLabel;
    QTableWidget* m_rows;
    std::optional<Invoice> m_invoice;
    quint64 m_pending = 0;
};

} // namespace pishkhan::ui
