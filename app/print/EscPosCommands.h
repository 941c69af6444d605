#pragma once

#include <QByteArray>

class QImage;

namespace pishkhan {

// The ESC/POS bytes a receipt needs, as pure functions (no I/O): the transport sends them, the
// test emulator parses them back.
class EscPosCommands
{
public:
    EscPosCommands() = delete;

    // Lines per GS v 0 band: small enough for the receive buffer of a cheap printer (a band of
    // 576 dots is 72 bytes a line), large enough to keep the header overhead negligible.
    static constexpr int kDefaultBandLines = 128;
    static constexpr int kMaxBandLines = 2047;

    // What DLE EOT n asks for.
    enum class StatusRequest : quint8 {
        Printer = 1,
        OfflineCause = 2,
        ErrorCause = 3,
        PaperSensor = 4,
    };

    // ESC @: clears the buffer and the modes a previous job may have left.
    [[nodiscard]] static QByteArray init();
    // GS v 0 bands of a 1-bit image, top to bottom; a set bit prints a dot. The image is read
    // through its colour table (whichever index is the darker one prints), so any Format_Mono
    // or Format_MonoLSB image works; the width is padded to whole bytes with white.
    [[nodiscard]] static QByteArray raster(const QImage& image, int bandLines = kDefaultBandLines);
    // ESC d n: prints the buffer and feeds n lines (0–255).
    [[nodiscard]] static QByteArray feed(int lines);
    // GS V 66 0: feeds to the cutter and cuts, leaving a hinge so the receipt does not fall.
    [[nodiscard]] static QByteArray cut();
    // DLE EOT n: a real-time request, answered with one status byte even when offline.
    [[nodiscard]] static QByteArray statusRequest(StatusRequest request);
    // DLE EOT 1, 2 and 4 in one write: EscPosStatus::fromBytes takes the three answers.
    [[nodiscard]] static QByteArray statusRequests();
    // A whole job: init, the raster bands, a short feed and the cut.
    [[nodiscard]] static QByteArray job(const QImage& image, int bandLines = kDefaultBandLines,
                                        int feedLines = 3);
};

} // namespace pishkhan
