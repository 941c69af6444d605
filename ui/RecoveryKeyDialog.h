#pragma once

#include "ops/RecoveryKey.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace pishkhan::ui {

class HintLabel;

// Shown once to the administrator of a live counter: the store key as a recovery key (14
// groups), to print or write down and keep away from the PC. Typing back one group, chosen at
// random, proves it was written down; without it the dialog does not close with "done".
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryKeyDialog(const RecoveryKey& key, int confirmGroup, QWidget* parent = nullptr);

    [[nodiscard]] int confirmGroup() const { return m_group; }

private:
    void print();
    void confirm();

    RecoveryKey m_key;
    int m_group;
    QLineEdit* m_typed;
    HintLabel* m_message;
};

} // namespace pishkhan::ui
