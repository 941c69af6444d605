#pragma once

#include "counter/FollowUpLookup.h"
#include "counter/FollowUpSearchWorker.h"
#include "print/PrintableDocument.h"

#include <QWidget>

class QComboBox;
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

// "Follow up": find a request by tracking code, receipt number or national code; its state,
// the backend's status history and result; reprint of its receipt, marked as a copy; a void
// request to the supervisor for its fee.
class FollowUpPage : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Empties the page and puts the cursor in the search box.
    void startOver();
    void search();
    void reprint();
    // Asks a supervisor to void the selected request's fee (a reason, then
    // LedgerService::requestVoid).
    void requestVoid();
    [[nodiscard]] const QList<FollowUpRecord>& results() const { return m_results; }
    // The selected request's answer as a printable document (AnswerDocument), handed to
    // whoever prints through printRequested().
    void printAnswer();

    // Translated names of outbox states and backend statuses (shared with Needs attention).
    [[nodiscard]] static QString stateName(OutboxState state);
    [[nodiscard]] static QString statusName(const QString& status);

signals:
    void printRequested(const pishkhan::PrintableDocument& document);

private:
    void showDetails();
    // Asks the municipality whether the shown answer is genuine (docs/api.md §4.17).
    void verifyAnswer(const QString& trackingCode, const QString& answerHash);
    [[nodiscard]] const FollowUpRecord* current() const;

    DeskRuntime& m_runtime;
    QLineEdit* m_query;
    HintLabel* m_error;
    QTableWidget* m_table;
    QTextBrowser* m_details;
    QPushButton* m_reprint;
    QPushButton* m_requestVoid;
    QTextBrowser* m_receipt;
    QLabel* m_printed;
    QList<FollowUpRecord> m_results;
    QPushButton* m_printAnswer;
    QLabel* m_verdict;
    quint64 m_verifying = 0;

    // Searches run on FollowUpSearchWorker (its own thread and connection), a page at a time:
    // a list of past days never holds the window up.
public:
    // Whether a search or a next page is on its way.
    [[nodiscard]] bool isSearching() const { return m_ticket != 0 || m_asking != 0; }
    // The next page of the last search, appended to the list (PgDn).
    void nextPage();

private:
    void runSearch(const FollowUpQuery& query, const QString& pageToken);
    void showPage(quint64 ticket, const FollowUpResultPage& page);
    void fillTable();
    // Nothing on this PC for a tracking code or national code: the backend is asked for the
    // office's other counters (docs/api.md §4.9, §4.19); rows found are marked so.
    void askOtherCounters(const FollowUpQuery& query);

    QLineEdit* m_fromDay = nullptr;
    QLineEdit* m_toDay = nullptr;
    QLineEdit* m_clerk = nullptr;
    QComboBox* m_state = nullptr;
    QPushButton* m_nextPage = nullptr;
    FollowUpSearchWorker* m_worker = nullptr;
    std::optional<FollowUpQuery> m_lastQuery;
    QString m_nextToken;
    quint64 m_ticket = 0;
    bool m_appending = false;
    quint64 m_asking = 0;
};

} // namespace pishkhan::ui
