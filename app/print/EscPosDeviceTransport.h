#pragma once

#include "EscPosTransport.h"

#include <QString>

namespace pishkhan {

// A printer behind a device file: USB printer class (/dev/usb/lp0) or a serial port
// (/dev/ttyS0, /dev/ttyUSB0, which is switched to raw bytes so no newline is rewritten).
// Non-blocking with poll(): a printer out of paper stops taking bytes, and the counter must
// get an answer rather than hang. Opened read-write when the device allows it; a write-only
// device gives no status, and read() then says nothing rather than inventing one.
class EscPosDeviceTransport final : public EscPosTransport
{
public:
    explicit EscPosDeviceTransport(QString path);
    ~EscPosDeviceTransport() override;

    [[nodiscard]] Status open(int timeoutMs) override;
    [[nodiscard]] Status write(const QByteArray& data, int timeoutMs) override;
    [[nodiscard]] QByteArray read(int count, int timeoutMs) override;
    [[nodiscard]] bool canRead() const override { return m_readable; }
    void close() override;

private:
    QString m_path;
    int m_fd = -1;
    bool m_readable = false;
};

} // namespace pishkhan
