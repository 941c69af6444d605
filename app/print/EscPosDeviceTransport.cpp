#include "EscPosDeviceTransport.h"

#include <QDeadlineTimer>
#include <QFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

[[maybe_unused]] QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

Error writeFailed(const QString& detail)
{
    return Error(u"print.write_failed"_s,
                 QT_TRANSLATE_NOOP("Error", "The receipt could not be sent to the printer."),
                 detail);
}

} // namespace

EscPosDeviceTransport::EscPosDeviceTransport(QString path)
    : m_path(std::move(path))
{}

EscPosDeviceTransport::~EscPosDeviceTransport()
{
    close();
}

#ifdef Q_OS_UNIX

Status EscPosDeviceTransport::open(int /*timeoutMs: opening a device does not wait*/)
{
    close();
    const QByteArray path = QFile::encodeName(m_path);
    m_fd = ::open(path.constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    m_readable = m_fd >= 0;
    if (m_fd < 0 && (errno == EACCES || errno == EINVAL || errno == EROFS))
        m_fd = ::open(path.constData(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        const int code = errno;
        return Error(u"print.unreachable"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "The receipt printer cannot be reached. Check that it is "
                                       "switched on and its cable or network."),
                     m_path + u": "_s + systemError(code), code);
    }
    if (::isatty(m_fd) == 1) {
        // A serial line: raw bytes, no echo, no CR/LF translation. The speed stays what the
        // port is set to (the printer's DIP switches and stty agree on it).
        termios tio{};
        if (::tcgetattr(m_fd, &tio) == 0) {
            ::cfmakeraw(&tio);
            tio.c_cflag |= CLOCAL | CREAD;
            if (::tcsetattr(m_fd, TCSANOW, &tio) != 0) {
                const int code = errno;
                close();
                return Error(u"print.unreachable"_s,
                             QT_TRANSLATE_NOOP("Error",
                                               "The receipt printer cannot be reached. Check that "
                                               "it is switched on and its cable or network."),
                             m_path + u": cannot set raw mode: "_s + systemError(code), code);
            }
        }
    }
    return {};
}

Status EscPosDeviceTransport::write(const QByteArray& data, int timeoutMs)
{
    if (m_fd < 0)
        return writeFailed(m_path + u": not open"_s);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n =
            ::write(m_fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == ENOSPC)
            // What the Linux USB printer driver answers when the printer reports no paper.
            return Error(u"print.paper_out"_s,
                         QT_TRANSLATE_NOOP("Error",
                                           "The receipt printer is out of paper. Load a new roll "
                                           "and print again."),
                         m_path + u": "_s + systemError(ENOSPC) + u" after "_s +
                             QString::number(done) + u" bytes"_s);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return writeFailed(m_path + u": "_s + systemError(errno));
        // The printer's buffer is full: wait for it to take more, as long as it keeps moving.
        pollfd p{m_fd, POLLOUT, 0};
        int ready = 0;
        do {
            ready = ::poll(&p, 1, timeoutMs);
        } while (ready < 0 && errno == EINTR);
        if (ready == 0)
            return writeFailed(m_path + u": the printer took no bytes for "_s +
                               QString::number(timeoutMs) + u" ms ("_s + QString::number(done) +
                               u" of "_s + QString::number(data.size()) + u" sent)"_s);
        if (ready < 0 || (p.revents & (POLLERR | POLLHUP | POLLNVAL)) != 0)
            return writeFailed(m_path + u": the device went away"_s);
    }
    return {};
}

QByteArray EscPosDeviceTransport::read(int count, int timeoutMs)
{
    QByteArray got;
    if (m_fd < 0 || !m_readable)
        return got;
    const QDeadlineTimer deadline(timeoutMs);
    char buffer[64];
    while (got.size() < count) {
        const ssize_t n = ::read(m_fd, buffer, std::min<size_t>(sizeof buffer, count - got.size()));
        if (n > 0) {
            got.append(buffer, n);
            continue;
        }
        if (n == 0)
            break; // end of file: this device answers nothing
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            break; // a printer without a back channel (usblp: EIO) answers nothing either
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            break;
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left)) <= 0)
            break;
    }
    return got;
}

void EscPosDeviceTransport::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_readable = false;
}

#else

// Receipt printers on other systems are reached over TCP (or through the system's queue).
Status EscPosDeviceTransport::open(int)
{
    return Error(u"print.unreachable"_s,
                 QT_TRANSLATE_NOOP("Error",
                                   "The receipt printer cannot be reached. Check that it is "
                                   "switched on and its cable or network."),
                 m_path + u": device files are used on Linux only"_s);
}

Status EscPosDeviceTransport::write(const QByteArray&, int)
{
    return writeFailed(m_path + u": not open"_s);
}

QByteArray EscPosDeviceTransport::read(int, int)
{
    return {};
}

void EscPosDeviceTransport::close() {}

#endif

} // namespace pishkhan
