#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace pishkhan::ui {

class HintLabel;

// Serving, step 1: who applies — a person (national code and mobile) or a company (its
// legal-entity id, and the national code and mobile of the person representing it, who gets
// the one-time code) — each field with the hint ServePage fills in while it is typed. The kind
// is a combo (Tab to it and arrow keys, or Ctrl+1 person / Ctrl+2 company); Enter moves from field
// to field and, in the mobile, asks to go on.
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

    // --- Company applicant ---
    [[nodiscard]] bool isCompany() const;
    void setCompany(bool company);
    [[nodiscard]] QString legalEntityId() const;
    [[nodiscard]] QLineEdit* legalEntityIdEdit() const { return m_legalEntityId; }
    [[nodiscard]] QComboBox* kindCombo() const { return m_kind; }
    void setLegalEntityIdHint(const QString& text);
    // The field the step starts at: the legal-entity id for a company, else the national code.
    [[nodiscard]] QLineEdit* firstEdit() const;

signals:
    // Either field was changed by the clerk.
    void edited();
    void submitted();

private:
    void showKind();

    QLineEdit* m_nationalCode;
    HintLabel* m_nationalCodeHint;
    QLineEdit* m_mobile;
    HintLabel* m_mobileHint;
    QComboBox* m_kind;
    QLineEdit* m_legalEntityId;
    HintLabel* m_legalEntityIdHint;
    QLabel* m_nationalCodeLabel;
    QLabel* m_mobileLabel;
    QFormLayout* m_form;
};

} // namespace pishkhan::ui
