#pragma once

#include "ledger/ShiftReport.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// Shift handover (supervisor, Alt+7): the X report of one clerk for the open day so far (fees,
// voids, refunds by payment method, the cash the drawer should hold), the counted cash with the
// difference as it is typed, and "record" — which writes only an audit event. The report can
// be saved as a PDF. Nothing here changes the ledger; the Z report is the day close.
class ShiftHandoverPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ShiftHandoverPanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    void refresh();
    void recordHandover();
    bool saveReportPdf(const QString& path);

private:
    void showReport();
    void updateDifference();
    void showMessage(const QString& text, bool error);

    DeskRuntime& m_runtime;
    std::optional<ShiftReport> m_report;
    QComboBox* m_clerk;
    QTextBrowser* m_view;
    QLineEdit* m_counted;
    QLabel* m_difference;
    QPushButton* m_record;
    QPushButton* m_pdf;
    HintLabel* m_message;
};

} // namespace pishkhan::ui
