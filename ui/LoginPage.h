#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// Log in, with the office, the counter and training mode in plain sight. On a fresh store it
// asks for the first administrator instead (AccountService::createFirstAdmin).
class LoginPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoginPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Re-reads office/counter and whether a first admin is needed; clears the password.
    void refresh();

signals:
    void loggedIn();

private:
    void submit();

    DeskRuntime& m_runtime;
    bool m_firstRun = false;
    QLabel* m_title;
    QLabel* m_office;
    HintLabel* m_mode;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLabel* m_displayNameLabel;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_confirmLabel;
    HintLabel* m_message;
    QPushButton* m_submit;
};

} // namespace pishkhan::ui
