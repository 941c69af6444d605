#pragma once

#include "core/Result.h"

#include <QString>

namespace pishkhan {

// How pishkhanctl gets a user name and a password: from the terminal (the password without
// echo) or, for scripts, one line from an inherited file descriptor (--password-fd N), so a
// password never appears in the process list or the shell history.
class PasswordPrompt
{
public:
    PasswordPrompt() = delete;

    // One line (without its newline) from fd. Error code: usage.password_fd.
    [[nodiscard]] static Result<QString> readLine(int fd);
    // Asks on the controlling terminal; echo is off when hidden. Error code: usage.no_terminal.
    [[nodiscard]] static Result<QString> ask(const QString& prompt, bool hidden);
};

} // namespace pishkhan
