#pragma once

#include "ledger/VoidRequest.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// The clerks' void requests waiting for a supervisor: approve (the supervisor's password again,
// then LedgerService::approveVoid) or refuse (a reason, then refuseVoid). The rules — who may,
// once per fee, the password — are the ledger's; this only lists and asks.
class VoidRequestsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VoidRequestsPanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    void refresh();
    void approveCurrent();
    void refuseCurrent();
    [[nodiscard]] const QList<VoidRequest>& requests() const { return m_requests; }

signals:
    // A void entered the ledger or a request was decided: the totals changed.
    void decided();

private:
    [[nodiscard]] const VoidRequest* current() const;
    void showMessage(const QString& text, bool error);

    DeskRuntime& m_runtime;
    QTableWidget* m_table;
    QPushButton* m_approve;
    QPushButton* m_refuse;
    HintLabel* m_message;
    QList<VoidRequest> m_requests;
};

} // namespace pishkhan::ui
