#pragma once

#include "counter/FollowUpLookup.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

// "Follow up": find a request by tracking code, receipt number or national code; its state,
// the backend's status history and result; reprint of its receipt, marked as a copy.
class FollowUpPage : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Empties the page and puts the cursor in the search box.
    void startOver();
    void search();
    void reprint();
    [[nodiscard]] const QList<FollowUpRecord>& results() const { return m_results; }

    // Translated names of outbox states and backend statuses (shared with Needs attention).
    [[nodiscard]] static QString stateName(OutboxState state);
    [[nodiscard]] static QString statusName(const QString& status);

private:
    void showDetails();
    [[nodiscard]] const FollowUpRecord* current() const;

    DeskRuntime& m_runtime;
    QLineEdit* m_query;
    QLabel* m_error;
    QTableWidget* m_table;
    QTextBrowser* m_details;
    QPushButton* m_reprint;
    QTextBrowser* m_receipt;
    QLabel* m_printed;
    QList<FollowUpRecord> m_results;
};

} // namespace pishkhan::ui
