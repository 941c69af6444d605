#pragma once

#include "print/PrintQueueStore.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// The "to print" list (F9): every document a printer did not take, oldest first, with why.
// Print again sends the same document through its kind's route as the settings say now (not
// a new copy); discarding one needs a reason, which goes to the audit trail. The rules are
// PrintService's; this page lists and asks.
class PrintQueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit PrintQueuePage(DeskRuntime& runtime, QWidget* parent = nullptr);

    void refresh();
    void retryCurrent();
    void discardCurrent();
    [[nodiscard]] const QList<PrintQueueStore::Job>& jobs() const { return m_jobs; }

    // The kind of document as the clerk calls it.
    [[nodiscard]] static QString kindName(DocumentKind kind);

signals:
    // The number of waiting documents changed (for a badge).
    void countChanged(int pending);

private:
    [[nodiscard]] const PrintQueueStore::Job* current() const;
    void showMessage(const QString& text, bool error);

    DeskRuntime& m_runtime;
    QLabel* m_count;
    QTableWidget* m_table;
    QPushButton* m_retry;
    QLineEdit* m_reason;
    QPushButton* m_discard;
    HintLabel* m_message;
    QList<PrintQueueStore::Job> m_jobs;
};

} // namespace pishkhan::ui
