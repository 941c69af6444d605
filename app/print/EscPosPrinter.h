#pragma once

#include "DocumentPrinter.h"
#include "EscPosCommands.h"
#include "EscPosStatus.h"
#include "EscPosTarget.h"

namespace pishkhan {

// A receipt printer without a driver, spoken to in ESC/POS: the printer's status is asked
// first (DLE EOT), and only a printer that is not out of paper, open, failed or offline gets
// the job, rendered by ThermalRaster and sent as init, GS v 0 raster bands, a feed and a cut.
// Blocking: print() returns when the printer has taken every byte or has refused.
class EscPosPrinter final : public DocumentPrinter
{
public:
    struct Timeouts
    {
        int connectMs = 3000;
        // For the answers to DLE EOT: a printer that has not answered by then never will.
        int statusMs = 1500;
        // Per step of progress while sending: a busy printer takes bytes slowly, a stuck one
        // not at all.
        int writeMs = 15000;
    };

    EscPosPrinter(EscPosTarget target, PaperSize paper);

    // Error codes: print.bad_target, print.unreachable, print.cover_open, print.paper_out,
    // print.printer_error, print.offline, print.layout_failed, print.write_failed. Nothing of
    // the document is touched: on an error the caller keeps it and prints it again later.
    [[nodiscard]] Status print(const PrintableDocument& document) override;

    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }
    void setBandLines(int lines) { m_bandLines = lines; }
    // What the printer said before the last job; reported == false when it said nothing
    // (a write-only device, a printer that ignores DLE EOT): the job was sent without knowing.
    [[nodiscard]] const EscPosStatus& lastStatus() const { return m_lastStatus; }

private:
    EscPosTarget m_target;
    PaperSize m_paper;
    Timeouts m_timeouts;
    int m_bandLines = EscPosCommands::kDefaultBandLines;
    EscPosStatus m_lastStatus;
};

} // namespace pishkhan
