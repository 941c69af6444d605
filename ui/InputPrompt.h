#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace pishkhan::ui {

// The small modal questions of the supervisor's confirmations: the password again (void
// approval, day close) and a reason (void request, refusal). Keyboard only: type, Enter.
// nullopt when the user cancelled (Escape).
class InputPrompt
{
public:
    InputPrompt() = delete;

    // The dialog's object name is "passwordPrompt".
    [[nodiscard]] static std::optional<QString> password(QWidget* parent, const QString& title,
                                                         const QString& label);
    // The dialog's object name is "reasonPrompt".
    [[nodiscard]] static std::optional<QString> reason(QWidget* parent, const QString& title,
                                                       const QString& label);
};

} // namespace pishkhan::ui
