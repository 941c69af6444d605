#pragma once

#include "counter/FollowUpLookup.h"

#include <QWidget>

#include <optional>

class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// "Needs attention": requests the municipality refused for a reason the clerk can fix, with its
// Persian reason; the clerk corrects the form and sends it again under the same request id.
class AttentionPage : public QWidget
{
    Q_OBJECT
public:
    explicit AttentionPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Reloads the list and puts the cursor in it.
    void refresh();
    void resubmit();
    [[nodiscard]] const QList<FollowUpRecord>& requests() const { return m_requests; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSelected();

    DeskRuntime& m_runtime;
    QTableWidget* m_table;
    HintLabel* m_reason;
    QWidget* m_editor;
    QFormLayout* m_form;
    HintLabel* m_error;
    QLabel* m_done;
    QPushButton* m_resubmit;
    QList<FollowUpRecord> m_requests;
    std::optional<RequestAmendment> m_amendment;
    QList<QLineEdit*> m_edits;

    // Requests the municipality rejected after accepting them: final at the backend, so the next
    // steps (which the core offers per request) are serving the citizen again as a new request
    // and refunding the fee.
signals:
    void resubmitAsNewRequested(const pishkhan::RequestResubmission& rejected);
    void refundRequested(qint64 feeSeq);

public:
    void resubmitAsNew();
    void refund();

private:
    // Shows the rejected request's reason and its next steps instead of the amendment form.
    void showRejected(const FollowUpRecord& record);
    [[nodiscard]] const FollowUpRecord* selected() const;

    QWidget* m_nextSteps = nullptr;
    QPushButton* m_resubmitNew = nullptr;
    QPushButton* m_refund = nullptr;

    // A request whose consent expired in the queue or was refused: a new one-time code for the
    // same request (Ctrl+R), in ConsentRenewalDialog.
public:
    void renewConsent();
    [[nodiscard]] QDialog* renewalDialog() const { return m_renewalDialog; }

private:
    QPushButton* m_renewConsent = nullptr;
    QDialog* m_renewalDialog = nullptr;
};

} // namespace pishkhan::ui
