#include "EscPosEmulator.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstring>

namespace pishkhan::test {

using namespace Qt::StringLiterals;

namespace {

quint8 at(const QByteArray& b, qsizetype i)
{
    return static_cast<quint8>(b.at(i));
}

} // namespace

EscPosEmulator::EscPosEmulator()
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

EscPosEmulator::~EscPosEmulator()
{
    stop();
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool EscPosEmulator::listen()
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &ok] {
            m_server = new QTcpServer(m_context);
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                    {
                        QMutexLocker lock(&m_mutex);
                        ++m_connections;
                        m_pending.clear(); // a new job starts on a clean parser
                    }
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        const QByteArray replies = consume(socket->readAll());
                        if (!replies.isEmpty())
                            socket->write(replies);
                    });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                        // Bytes that came with the close are parsed before it counts.
                        const QByteArray last = consume(socket->readAll());
                        Q_UNUSED(last);
                        QMutexLocker lock(&m_mutex);
                        ++m_disconnections;
                        socket->deleteLater();
                    });
                }
            });
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void EscPosEmulator::stop()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server; // its sockets are its children
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
}

void EscPosEmulator::setStatus(int request, quint8 byte)
{
    QMutexLocker lock(&m_mutex);
    if (request >= 1 && request <= 4)
        m_status[static_cast<size_t>(request)] = byte;
}

void EscPosEmulator::setAnswersStatus(bool answers)
{
    QMutexLocker lock(&m_mutex);
    m_answers = answers;
}

QByteArray EscPosEmulator::consume(const QByteArray& bytes)
{
    QMutexLocker lock(&m_mutex);
    m_pending += bytes;
    QByteArray replies;
    while (!m_pending.isEmpty() && parseOne(replies)) {
    }
    return replies;
}

bool EscPosEmulator::parseOne(QByteArray& replies)
{
    const QByteArray& p = m_pending;
    const quint8 first = at(p, 0);
    auto consumed = [this](qsizetype n, const QString& command) {
        m_commands.append(command);
        m_pending.remove(0, n);
        return true;
    };
    if (first == 0x1B) { // ESC
        if (p.size() < 2)
            return false;
        if (at(p, 1) == '@')
            return consumed(2, u"ESC @"_s);
        if (at(p, 1) == 'd') {
            if (p.size() < 3)
                return false;
            return consumed(3, u"ESC d %1"_s.arg(at(p, 2)));
        }
        return consumed(2, u"ESC ?? 0x%1"_s.arg(at(p, 1), 2, 16, QChar(u'0')));
    }
    if (first == 0x1D) { // GS
        if (p.size() < 2)
            return false;
        if (at(p, 1) == 'v') {
            if (p.size() < 8)
                return false;
            const int m = at(p, 3);
            const int xBytes = at(p, 4) | (at(p, 5) << 8);
            const int lines = at(p, 6) | (at(p, 7) << 8);
            const qsizetype size = 8 + qsizetype(xBytes) * lines;
            if (p.size() < size)
                return false;
            appendBand(xBytes, lines, p.constData() + 8);
            m_rasterBytes += size - 8;
            return consumed(size, u"GS v %1 m=%2 x=%3 y=%4"_s.arg(QLatin1Char(p.at(2)))
                                      .arg(m)
                                      .arg(xBytes)
                                      .arg(lines));
        }
        if (at(p, 1) == 'V') {
            if (p.size() < 3)
                return false;
            const int m = at(p, 2);
            // Function B (65, 66) and C, D (97, 98, 103, 104) carry a feed amount n.
            const bool withN = m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104;
            if (!withN)
                return consumed(3, u"GS V %1"_s.arg(m));
            if (p.size() < 4)
                return false;
            return consumed(4, u"GS V %1 %2"_s.arg(m).arg(at(p, 3)));
        }
        return consumed(2, u"GS ?? 0x%1"_s.arg(at(p, 1), 2, 16, QChar(u'0')));
    }
    if (first == 0x10) { // DLE
        if (p.size() < 3)
            return false;
        if (at(p, 1) == 0x04) {
            const int n = at(p, 2);
            if (m_answers && n >= 1 && n <= 4)
                replies.append(static_cast<char>(m_status[static_cast<size_t>(n)]));
            return consumed(3, u"DLE EOT %1"_s.arg(n));
        }
        return consumed(1, u"DLE ??"_s);
    }
    return consumed(1, u"?? 0x%1"_s.arg(first, 2, 16, QChar(u'0')));
}

void EscPosEmulator::appendBand(int xBytes, int lines, const char* data)
{
    if (m_rowCount == 0)
        m_rowBytes = xBytes;
    if (xBytes != m_rowBytes) {
        // A band of another width than the first: recorded as a command, not drawn.
        m_commands.append(u"!! band width %1 after %2"_s.arg(xBytes).arg(m_rowBytes));
        return;
    }
    m_rows.append(data, qsizetype(xBytes) * lines);
    m_rowCount += lines;
}

QStringList EscPosEmulator::commands() const
{
    QMutexLocker lock(&m_mutex);
    return m_commands;
}

QImage EscPosEmulator::bitmap() const
{
    QMutexLocker lock(&m_mutex);
    if (m_rowCount == 0)
        return {};
    QImage image(m_rowBytes * 8, m_rowCount, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < m_rowCount; ++y)
        std::memcpy(image.scanLine(y), m_rows.constData() + qsizetype(y) * m_rowBytes,
                    static_cast<size_t>(m_rowBytes));
    return image;
}

qint64 EscPosEmulator::rasterBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_rasterBytes;
}

int EscPosEmulator::connections() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

int EscPosEmulator::disconnections() const
{
    QMutexLocker lock(&m_mutex);
    return m_disconnections;
}

void EscPosEmulator::clear()
{
    QMutexLocker lock(&m_mutex);
    m_pending.clear();
    m_commands.clear();
    m_rows.clear();
    m_rowBytes = 0;
    m_rowCount = 0;
    m_rasterBytes = 0;
}

} // namespace pishkhan::test
