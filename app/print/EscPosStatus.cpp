#include "EscPosStatus.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// DLE EOT 1: printer status.
constexpr quint8 kOfflineBit = 0x08;
constexpr quint8 kFeedButton = 0x40;
// DLE EOT 2: offline cause.
constexpr quint8 kCoverOpen = 0x04;
constexpr quint8 kStoppedPaperEnd = 0x20;
constexpr quint8 kErrorOccurred = 0x40;
// DLE EOT 4: roll paper sensor (two bits each, for the printers that report either one).
constexpr quint8 kNearEnd = 0x0C;
constexpr quint8 kPaperEnd = 0x60;

} // namespace

bool EscPosStatus::isStatusByte(quint8 byte)
{
    return (byte & 0x93) == 0x12;
}

std::optional<EscPosStatus> EscPosStatus::fromBytes(quint8 printer, quint8 offlineCause,
                                                    quint8 paper)
{
    if (!isStatusByte(printer) || !isStatusByte(offlineCause) || !isStatusByte(paper))
        return std::nullopt;
    EscPosStatus s;
    s.reported = true;
    s.offline = (printer & kOfflineBit) != 0;
    s.feedButtonPressed = (printer & kFeedButton) != 0;
    s.coverOpen = (offlineCause & kCoverOpen) != 0;
    s.error = (offlineCause & kErrorOccurred) != 0;
    s.paperOut = (offlineCause & kStoppedPaperEnd) != 0 || (paper & kPaperEnd) != 0;
    s.paperNearEnd = (paper & kNearEnd) != 0;
    return s;
}

Status EscPosStatus::readiness() const
{
    if (!reported)
        return {};
    // An open cover also blinds the paper sensor on most printers: name the cover first, it is
    // what the clerk must close before a missing roll can even be seen.
    if (coverOpen)
        return Error(u"print.cover_open"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "The receipt printer's cover is open. Close it and print "
                                       "again."),
                     u"DLE EOT 2 reports the cover open"_s);
    if (paperOut)
        return Error(u"print.paper_out"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "The receipt printer is out of paper. Load a new roll and "
                                       "print again."),
                     u"DLE EOT reports the paper end"_s);
    if (error)
        return Error(u"print.printer_error"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "The receipt printer reports an error (for example a "
                                       "jammed cutter). Check it and print again."),
                     u"DLE EOT 2 reports an error"_s);
    if (offline)
        return Error(u"print.offline"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "The receipt printer is offline. Check that it is ready "
                                       "and print again."),
                     u"DLE EOT 1 reports the printer offline"_s);
    return {};
}

} // namespace pishkhan
