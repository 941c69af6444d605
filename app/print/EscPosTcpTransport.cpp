#include "EscPosTcpTransport.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace pishkhan {

using namespace Qt::StringLiterals;

EscPosTcpTransport::EscPosTcpTransport(QString host, quint16 port)
    : m_host(std::move(host))
    , m_port(port)
{}

EscPosTcpTransport::~EscPosTcpTransport()
{
    close();
}

Status EscPosTcpTransport::open(int timeoutMs)
{
    close();
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(timeoutMs)) {
        const QString why = m_socket->errorString();
        m_socket.reset();
        return Error(u"print.unreachable"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "The receipt printer cannot be reached. Check that it is "
                                       "switched on and its cable or network."),
                     m_host + u':' + QString::number(m_port) + u": "_s + why);
    }
    return {};
}

Status EscPosTcpTransport::write(const QByteArray& data, int timeoutMs)
{
    auto failed = [this](const QString& why) {
        return Error(u"print.write_failed"_s,
                     QT_TRANSLATE_NOOP("Error", "The receipt could not be sent to the printer."),
                     m_host + u':' + QString::number(m_port) + u": "_s + why);
    };
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return failed(u"not connected"_s);
    if (m_socket->write(data) != data.size())
        return failed(m_socket->errorString());
    // The timeout is per step of progress: a printer printing a long receipt takes bytes
    // slowly but steadily, a stuck one not at all.
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(timeoutMs))
            return failed(m_socket->errorString());
    }
    return {};
}

QByteArray EscPosTcpTransport::read(int count, int timeoutMs)
{
    QByteArray got;
    if (!m_socket)
        return got;
    const QDeadlineTimer deadline(timeoutMs);
    while (got.size() < count) {
        if (m_socket->bytesAvailable() == 0) {
            const qint64 left = deadline.remainingTime();
            if (left <= 0 || !m_socket->waitForReadyRead(static_cast<int>(left)))
                break;
        }
        got += m_socket->read(count - got.size());
    }
    return got;
}

void EscPosTcpTransport::close()
{
    if (!m_socket)
        return;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->waitForDisconnected(1000);
    }
    m_socket.reset();
}

} // namespace pishkhan
