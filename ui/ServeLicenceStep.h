#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace pishkhan::ui {

class HintLabel;

// Serving an engineers-only service, the step before the form: the supervising engineer's
// licence number (left to right, Persian digits accepted), the hint ServePage writes while it is
// typed, and the engineer's name once the municipality has verified it. Enter asks to check.
class ServeLicenceStep : public QWidget
{
    Q_OBJECT
public:
    explicit ServeLicenceStep(QWidget* parent = nullptr);

    // The service and the citizen the licence is checked for.
    void setInfo(const QString& text);
    [[nodiscard]] QString licence() const;
    void setLicence(const QString& text);
    [[nodiscard]] QLineEdit* licenceEdit() const { return m_licence; }
    void setHint(const QString& text);
    // The verified engineer's name; empty hides it.
    void setEngineer(const QString& text);
    void clear();

signals:
    void edited();
    void submitted();

private:
    QLabel* m_info;
    QLineEdit* m_licence;
    HintLabel* m_hint;
    HintLabel* m_engineer;
};

} // namespace pishkhan::ui
