#pragma once

#include "ledger/DayClose.h"

#include <QDate>
#include <QMap>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// Close the day: the close preview (expected cash per clerk's drawer, card batches per
// terminal), one count field per drawer with the difference as it is typed, then the
// supervisor's password and LedgerService::closeDay. After the close the signed summary is
// shown and can be saved as a PDF. The counts are checked and the close signed by the ledger.
class DayClosePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DayClosePanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Loads the preview of the open business day (no-op while a signed summary is shown).
    void refresh();
    void closeTheDay();
    // Writes the signed summary shown on screen to a PDF.
    bool saveSummaryPdf(const QString& path);
    [[nodiscard]] const std::optional<DayClose>& lastClose() const { return m_closed; }

signals:
    void closed(const pishkhan::DayClose& close);

private:
    void updateDifference(int row);
    // The terminal's settlement as typed against its batch, shown as it is typed.
    void updateSettlement(int row);
    // The settlements typed so far (rows with both fields empty are left out).
    [[nodiscard]] QMap<QString, SettlementInput> typedSettlements() const;
    void showSummary(const DayClose& close);
    void showError(const QString& message);
    void askPdfPath();

    DeskRuntime& m_runtime;
    QDate m_day;
    std::optional<DayClose> m_preview;
    std::optional<DayClose> m_closed;
    QLabel* m_title;
    QWidget* m_counting; // drawers and terminals: hidden once the day is signed
    HintLabel* m_error;
    QTableWidget* m_drawers;
    QTableWidget* m_terminals;
    QPushButton* m_close;
    QTextBrowser* m_summary;
    QPushButton* m_pdf;
    QLabel* m_saved;
    QMap<QString, QLineEdit*> m_counts; // clerk id → count field
    // terminal id → its settlement total and count fields
    QMap<QString, std::pair<QLineEdit*, QLineEdit*>> m_settlements;
    QPushButton* m_print = nullptr; // the close sheet through PrintService
};

} // namespace pishkhan::ui
