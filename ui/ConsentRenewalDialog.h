#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pishkhan {
class ConsentRenewal;
struct BackendFailure;
} // namespace pishkhan

namespace pishkhan::ui {

class HintLabel;

// A new consent for one waiting request: the citizen's masked mobile, "Send code", the code the
// citizen reads out, "Verify". Every decision is ConsentRenewal's; this only shows its steps and
// its Persian sentences. Keyboard: Enter on "Send code" sends, the code field takes the focus
// once the code is out, Enter in it verifies; Escape closes. Closes itself (accepted) once the
// request is back in the sending queue.
class ConsentRenewalDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes ownership of renewal, which must have a request chosen.
    ConsentRenewalDialog(ConsentRenewal* renewal, const QString& serviceName,
                         QWidget* parent = nullptr);

    [[nodiscard]] ConsentRenewal& renewal() { return *m_renewal; }

private:
    void sendCode();
    void verify();
    void showFailure(const BackendFailure& failure);
    void showStep();

    ConsentRenewal* m_renewal;
    QLabel* m_mobile;
    QPushButton* m_send;
    QLineEdit* m_code;
    QPushButton* m_verify;
    HintLabel* m_status;
    HintLabel* m_error;
};

} // namespace pishkhan::ui
