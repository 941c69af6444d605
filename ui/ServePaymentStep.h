#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace pishkhan::ui {

// Serving, step 5: the fee and how it is paid, cash or by card on the office's terminal (the
// terminal id and the trace number are asked only for a card). Enter in either asks to go on.
class ServePaymentStep : public QWidget
{
    Q_OBJECT
public:
    explicit ServePaymentStep(QWidget* parent = nullptr);

    // Rich text: the fee and the service it is for.
    void setFee(const QString& text);
    [[nodiscard]] bool isCard() const;
    [[nodiscard]] QString terminal() const;
    [[nodiscard]] QString reference() const;
    [[nodiscard]] QRadioButton* cashButton() const { return m_cash; }
    // Cash, no card details: a fresh citizen.
    void clear();

signals:
    void submitted();

private:
    QLabel* m_fee;
    QRadioButton* m_cash;
    QRadioButton* m_card;
    QLineEdit* m_terminal;
    QLineEdit* m_reference;
};

} // namespace pishkhan::ui
