#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pishkhan::ui {

// Serving, step 4: the citizen's consent by a one-time code sent to their mobile. ServePage
// writes what the button, the note and the countdown say; the step collects the code.
class ServeConsentStep : public QWidget
{
    Q_OBJECT
public:
    explicit ServeConsentStep(QWidget* parent = nullptr);

    void setInfo(const QString& text);
    void setSendButton(const QString& text, bool enabled);
    void setCountdown(const QString& text);
    [[nodiscard]] QString code() const;
    void clearCode();
    [[nodiscard]] QLineEdit* codeEdit() const { return m_code; }
    [[nodiscard]] bool isSendButtonFocused() const;

signals:
    void sendCodeClicked();
    // Enter in the code field.
    void submitted();

private:
    QLabel* m_info;
    QPushButton* m_sendCode;
    QLabel* m_countdown;
    QLineEdit* m_code;
};

} // namespace pishkhan::ui
