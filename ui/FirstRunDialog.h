#pragma once

#include "counter/DeskSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace pishkhan::ui {

class HintLabel;

// The first start on a PC with no settings and no store: practise in training mode (the
// built-in sandbox, nothing reaches the municipality), or connect to the municipality's
// backend (address, and the key pin or CA file the municipality gives). The choice is checked
// by DeskSettings' rules; "live" leads to the activation page.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget* parent = nullptr);

    [[nodiscard]] bool training() const;
    // Live: the connection settings chosen (valid once accepted).
    [[nodiscard]] DeskSettings liveSettings() const;

private:
    void submit();
    void updateEnabled();

    QRadioButton* m_training;
    QRadioButton* m_live;
    QLineEdit* m_url;
    QLineEdit* m_pin;
    QLineEdit* m_caFile;
    HintLabel* m_message;
};

} // namespace pishkhan::ui
