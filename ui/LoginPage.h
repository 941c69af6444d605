#pragma once

#include "security/Session.h"

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
// asks for the first administrator instead (AccountService::createFirstAdmin). After an
// administrator reset the password, the log-in asks for a new one before anything else
// (AccountService::changeRequiredPassword); the core refuses everything else meanwhile.
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
    void choosePassword();
    // The log-in gave a session that must change its password first: ask for a new one.
    void askForNewPassword(const Session& session, const QString& givenPassword);

    DeskRuntime& m_runtime;
    bool m_firstRun = false;
    // Set while the person chooses a new password: the session log-in gave, and the password
    // they logged in with (what changeRequiredPassword checks again).
    Session m_pending;
    QString m_givenPassword;
    QLabel* m_title;
    QLabel* m_office;
    HintLabel* m_mode;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLabel* m_displayNameLabel;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_confirmLabel;
    HintLabel* m_message;
    QPushButton* m_submit;
};

} // namespace pishkhan::ui
