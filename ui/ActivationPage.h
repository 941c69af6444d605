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

// A live counter that has never been activated: the office code and the one-time activation
// code the municipality issued for this PC. DeskRuntime::activate does the work and answers
// with ready() or activationFailed(), whose reason this page shows.
class ActivationPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivationPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    void prepare();

private:
    void submit();

    DeskRuntime& m_runtime;
    QLabel* m_server;
    QLineEdit* m_office;
    QLineEdit* m_code;
    QLineEdit* m_label;
    HintLabel* m_message;
    QPushButton* m_submit;
};

} // namespace pishkhan::ui
