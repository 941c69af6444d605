#pragma once

#include "core/Result.h"

#include <QString>

namespace pishkhan {

// What a new password must be: at least kMinLength characters, not only digits repeated or in
// sequence, not the username, and not on a short list of the passwords most often seen in
// leaks (plus a few local favourites such as "pishkhan" and keyboard runs). The list is short
// on purpose: it catches the obvious choices without a data file to ship and update.
class PasswordPolicy
{
public:
    static constexpr int kMinLength = 8;

    // Error codes: auth.password_too_short, auth.password_common.
    [[nodiscard]] static Status check(const QString& password, const QString& username = {});
    [[nodiscard]] static bool isCommon(const QString& password);
};

} // namespace pishkhan
