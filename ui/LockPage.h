#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pishkhan {
class IdleLock;
}

namespace pishkhan::ui {

class HintLabel;

// What covers the counter while it is locked (idle, or Ctrl+Shift+L). It only asks the same
// person's password — IdleLock decides — and never touches the screens underneath, so a
// half-served citizen's form is exactly as it was after unlocking.
class LockPage : public QWidget
{
    Q_OBJECT
public:
    explicit LockPage(QWidget* parent = nullptr);

    // Shows who locked it and clears the password field.
    void showFor(IdleLock* lock);

signals:
    void unlocked();
    void logOutRequested();

private:
    void submit();

    IdleLock* m_lock = nullptr;
    QLabel* m_who;
    QLineEdit* m_password;
    HintLabel* m_message;
    QPushButton* m_unlock;
    QPushButton* m_logOut;
};

} // namespace pishkhan::ui
