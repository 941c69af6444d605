#pragma once

#include <QWidget>

class QLineEdit;

namespace pishkhan::ui {

class HintLabel;

// Serving, step 1: the citizen's national code and mobile number, each with the hint ServePage
// fills in while they are typed. Enter in the national code moves to the mobile; Enter in the
// mobile asks to go on.
class ServeCitizenStep : public QWidget
{
    Q_OBJECT
public:
    explicit ServeCitizenStep(QWidget* parent = nullptr);

    [[nodiscard]] QString nationalCode() const;
    [[nodiscard]] QString mobile() const;
    [[nodiscard]] QLineEdit* nationalCodeEdit() const { return m_nationalCode; }
    [[nodiscard]] QLineEdit* mobileEdit() const { return m_mobile; }
    void setNationalCodeHint(const QString& text);
    void setMobileHint(const QString& text);
    // Empty fields, no hints: a fresh citizen.
    void clear();

signals:
    // Either field was changed by the clerk.
    void edited();
    void submitted();

private:
    QLineEdit* m_nationalCode;
    HintLabel* m_nationalCodeHint;
    QLineEdit* m_mobile;
    HintLabel* m_mobileHint;
};

} // namespace pishkhan::ui
