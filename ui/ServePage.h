#pragma once

#include "counter/ServeFlow.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

// Serve a citizen: one page per step of ServeFlow, all keyboard-driven (Enter advances,
// Escape goes back). The page only shows and forwards; every rule is in ServeFlow.
class ServePage : public QWidget
{
    Q_OBJECT
public:
    explicit ServePage(DeskRuntime& runtime, QWidget* parent = nullptr);

    [[nodiscard]] ServeFlow* flow() const { return m_flow; }
    // A fresh citizen (after ready(), when the catalogue is known).
    void startOver();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildCitizenStep();
    void buildServiceStep();
    void buildFormStep();
    void buildConsentStep();
    void buildPaymentStep();
    void buildDoneStep();
    void onStepChanged(ServeFlow::Step step);
    void showError(const QString& message);
    void advanceCitizen();
    void validateCitizenAsTyped();
    void refreshServices();
    void advanceService();
    void buildForm();
    void advanceForm();
    void advanceConsent();
    void tickCountdown();
    void advancePayment();
    void showOutcome();
    void printReceipt();

    DeskRuntime& m_runtime;
    ServeFlow* m_flow = nullptr;
    QLabel* m_stepTitle;
    QStackedWidget* m_steps;
    QLabel* m_error;

    QLineEdit* m_nationalCode;
    QLabel* m_nationalCodeHint;
    QLineEdit* m_mobile;
    QLabel* m_mobileHint;

    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_district;
    QListWidget* m_services;
    QLabel* m_serviceInfo;

    QWidget* m_formPage;
    QFormLayout* m_formLayout = nullptr;
    QLabel* m_formService;
    QMap<QString, QLineEdit*> m_fieldEdits;
    QMap<QString, QLabel*> m_fieldHints;

    QLabel* m_consentInfo;
    QPushButton* m_sendCode;
    QLabel* m_countdown;
    QLineEdit* m_code;
    QTimer* m_ticker;

    QLabel* m_feeLabel;
    QRadioButton* m_cash;
    QRadioButton* m_card;
    QLineEdit* m_terminal;
    QLineEdit* m_reference;

    QLabel* m_outcome;
    QTextBrowser* m_receipt;
    QPushButton* m_print;
    QPushButton* m_next;
    QLabel* m_printed;
};

} // namespace pishkhan::ui
