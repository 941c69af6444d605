#pragma once

#include "ledger/LedgerEntry.h"

#include <QList>
#include <QWidget>

#include <utility>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// Refunds and cancels (supervisor, Alt+6). The fees the ledger says may be refunded (their
// request was rejected after acceptance, or cancelled) with the amount, the card reversal's
// reference and the reason; the refund is recorded with the supervisor's password and its
// receipt saved as a PDF. Below, a request already sent is cancelled by its receipt number;
// the backend's answer (cancelled, or refused because work began) shows in Persian.
// Every rule is the ledger's: this panel only collects and shows.
class RefundsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RefundsPanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    void refresh();
    void refundCurrent();
    void cancelByReceipt();
    // Where the last refund receipt was saved (empty before one).
    [[nodiscard]] const QString& lastReceiptPdf() const { return m_lastPdf; }

signals:
    void refunded();

private:
    [[nodiscard]] const LedgerEntry* current() const;
    void showMessage(const QString& text, bool error);

    DeskRuntime& m_runtime;
    QList<std::pair<LedgerEntry, QString>> m_candidates;
    QTableWidget* m_table;
    QLineEdit* m_amount;
    QLineEdit* m_reversal;
    QLineEdit* m_reason;
    QPushButton* m_refund;
    QLineEdit* m_cancelReceipt;
    QLineEdit* m_cancelReason;
    QPushButton* m_cancel;
    HintLabel* m_message;
    QString m_lastPdf;

public:
    // Reloads the list and selects this fee (a refund started from the attention list), with
    // the cursor in the amount; false when the fee is not among the refundable ones.
    bool select(qint64 feeSeq);
};

} // namespace pishkhan::ui
