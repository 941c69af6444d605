#pragma once

#include "EscPosTransport.h"

#include <QString>

#include <memory>

class QTcpSocket;

namespace pishkhan {

// Raw TCP to a network receipt printer (port 9100, "JetDirect" style): the bytes go as they
// are, DLE EOT answers come back on the same connection.
class EscPosTcpTransport final : public EscPosTransport
{
public:
    EscPosTcpTransport(QString host, quint16 port);
    ~EscPosTcpTransport() override;

    [[nodiscard]] Status open(int timeoutMs) override;
    [[nodiscard]] Status write(const QByteArray& data, int timeoutMs) override;
    [[nodiscard]] QByteArray read(int count, int timeoutMs) override;
    [[nodiscard]] bool canRead() const override { return true; }
    void close() override;

private:
    QString m_host;
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
};

} // namespace pishkhan
