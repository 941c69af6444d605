#pragma once

#include "core/Result.h"

#include <QString>

namespace pishkhan {

// Where an ESC/POS printer listens: raw TCP ("tcp://192.168.1.50:9100", the port defaults to
// 9100) or a device file ("/dev/usb/lp0" for USB, "/dev/ttyS0" or "/dev/ttyUSB0" for serial).
struct EscPosTarget
{
    enum class Kind {
        None,
        Tcp,
        Device,
    };
    static constexpr quint16 kDefaultPort = 9100;

    Kind kind = Kind::None;
    QString host;
    quint16 port = kDefaultPort;
    QString devicePath;

    // Error code: print.bad_target (empty, another scheme, no host, a port out of range, a path
    // outside /dev).
    [[nodiscard]] static Result<EscPosTarget> parse(const QString& text);
    [[nodiscard]] static EscPosTarget tcp(QString host, quint16 port = kDefaultPort);
    [[nodiscard]] static EscPosTarget device(QString path);

    // The text parse() takes back.
    [[nodiscard]] QString toString() const;
};

} // namespace pishkhan
