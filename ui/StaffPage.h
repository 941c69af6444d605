#pragma once

#include "core/Result.h"
#include "security/Account.h"

#include <QList>
#include <QWidget>

class QCheckBox;
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

// The office's staff (administrators): every account with its role and state, a form to add a
// clerk, supervisor or administrator, and for the selected account: reset the password,
// unlock, disable or enable, change the role. Every rule and refusal is AccountService's; this
// page only collects and shows (errors in the UI language). Changes reach the office's other
// counters at the next sync.
class StaffPage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Reads the accounts again (after a sync, on showing the page).
    void refresh();

private:
    void addAccount();
    void resetPassword();
    void unlock();
    void toggleActive();
    void changeRole();
    void selectionChanged();
    // The account selected in the table; null when none.
    [[nodiscard]] const Account* selected() const;
    // Shows the outcome of an action: the error, or `done` and a fresh table.
    void report(const Status& status, const QString& done);
    void fillRoles(QComboBox* combo);

    DeskRuntime& m_runtime;
    QList<Account> m_accounts;
    QTableWidget* m_table;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QCheckBox* m_mustChange;
    QPushButton* m_add;
    QLabel* m_selectedName;
    QLineEdit* m_newPassword;
    QPushButton* m_reset;
    QPushButton* m_unlock;
    QPushButton* m_toggleActive;
    QComboBox* m_newRole;
    QPushButton* m_changeRole;
    HintLabel* m_message;
};

} // namespace pishkhan::ui
