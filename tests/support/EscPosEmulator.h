#pragma once

#include <QByteArray>
#include <QImage>
#include <QMutex>
#include <QStringList>
#include <QThread>

#include <array>

class QObject;
class QTcpServer;

namespace pishkhan::test {

// A receipt printer on 127.0.0.1 for tests and the benchmark: a QTcpServer on its own thread
// (the printer under test blocks while it waits for status answers) that parses the ESC/POS
// stream — ESC @, GS v 0 bands, ESC d, GS V, DLE EOT — records each command as text, rebuilds
// the printed bitmap from the bands and answers DLE EOT with the status bytes it is given.
// consume() is the parser alone, for bytes that arrive another way (a pseudo-terminal).
class EscPosEmulator
{
public:
    // Status bytes of a ready printer: DLE EOT 1, 2, 3, 4.
    static constexpr quint8 kReady = 0x12;

    EscPosEmulator();
    ~EscPosEmulator();
    EscPosEmulator(const EscPosEmulator&) = delete;
    EscPosEmulator& operator=(const EscPosEmulator&) = delete;

    // Listens on 127.0.0.1 at a free port.
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const { return m_port; }
    // Stops listening and drops the connections (a printer switched off).
    void stop();

    // The answer to DLE EOT n (n = 1…4).
    void setStatus(int request, quint8 byte);
    // A printer that ignores real-time requests.
    void setAnswersStatus(bool answers);

    // Parses bytes (a command may be split over calls) and returns the answers to send back.
    QByteArray consume(const QByteArray& bytes);

    // "ESC @", "GS v 0 m=0 x=72 y=128", "ESC d 3", "GS V 66 0", "DLE EOT 1", "?? 0x1f".
    [[nodiscard]] QStringList commands() const;
    // The bitmap the bands printed, Format_Mono with colour 0 white and colour 1 black.
    [[nodiscard]] QImage bitmap() const;
    [[nodiscard]] qint64 rasterBytes() const;
    [[nodiscard]] int connections() const;
    // Connections the printer side has closed: once it equals connections(), every byte sent
    // has been parsed.
    [[nodiscard]] int disconnections() const;
    // Forgets the commands, the bitmap and any half-parsed command.
    void clear();

private:
    // Parses one command at the start of m_pending; false when it is not complete yet.
    bool parseOne(QByteArray& replies);
    void appendBand(int xBytes, int lines, const char* data);

    mutable QMutex m_mutex;
    QByteArray m_pending;
    QStringList m_commands;
    QByteArray m_rows;
    int m_rowBytes = 0;
    int m_rowCount = 0;
    qint64 m_rasterBytes = 0;
    int m_connections = 0;
    int m_disconnections = 0;
    std::array<quint8, 5> m_status{0, kReady, kReady, kReady, kReady};
    bool m_answers = true;

    QThread m_thread;
    QObject* m_context = nullptr;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace pishkhan::test
