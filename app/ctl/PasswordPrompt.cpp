#include "PasswordPrompt.h"

#include <QByteArray>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error noTerminal()
{
    return Error(u"usage.no_terminal"_s,
                 QT_TRANSLATE_NOOP("Error", "There is no terminal to ask the password on; "
                                            "use --user and --password-fd."));
}

} // namespace

Result<QString> PasswordPrompt::readLine(int fd)
{
    QByteArray line;
    char c = 0;
    for (;;) {
#ifdef Q_OS_WIN
        const int n = ::_read(fd, &c, 1);
#else
        const ssize_t n = ::read(fd, &c, 1);
#endif
        if (n < 0)
            return Error(u"usage.password_fd"_s,
                         QT_TRANSLATE_NOOP("Error", "The password could not be read from the "
                                                    "given file descriptor."),
                         u"fd "_s + QString::number(fd));
        if (n == 0 || c == '\n')
            break;
        line += c;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    QString out = QString::fromUtf8(line);
    line.fill('\0');
    return out;
}

Result<QString> PasswordPrompt::ask(const QString& prompt, bool hidden)
{
#ifdef Q_OS_WIN
    // Not written yet for the Windows console (SetConsoleMode); scripts use --password-fd.
    Q_UNUSED(prompt);
    Q_UNUSED(hidden);
    return noTerminal();
#else
    // The terminal itself, not stdin/stdout: those may be a pipe or a file in a script.
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return noTerminal();
    std::fputs(prompt.toUtf8().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const int fd = fileno(tty);
    const bool restore = hidden && tcgetattr(fd, &saved) == 0;
    if (restore) {
        termios quiet = saved;
        quiet.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    Result<QString> line = readLine(fd);
    if (restore) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputs("\n", tty);
    }
    std::fclose(tty);
    return line;
#endif
}

} // namespace pishkhan
