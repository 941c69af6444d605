#pragma once

#include "PrintableDocument.h"
#include "core/Result.h"

#include <QImage>

namespace pishkhan {

// A document as the 1-bit image a thermal printer prints: the full print width of the roll
// (576 dots on 80 mm, 384 on 58 mm, at 203 dpi), as tall as the text plus a small margin.
// Receipt printers cannot shape Persian, so the text is shaped and laid out here by Qt and
// the printer only gets dots. Images (the QR code) are scaled by whole dots per module, so
// every module is a crisp square a phone can read.
class ThermalRaster
{
public:
    ThermalRaster() = delete;

    static constexpr int kDotsPerInch = 203;
    // 576 and 384 dots are already the printable width (the head stops 4–5 mm short of the
    // paper's edges), so 1 mm each side is enough; 2 mm above and below.
    static constexpr int kSideMarginDots = 8;
    static constexpr int kMarginDots = 16;
    // Grey levels below this print (antialiased text is drawn first, then thresholded: a
    // little darker than half keeps the thin strokes of Persian letters whole).
    static constexpr int kThreshold = 150;

    // 576 or 384; 0 for a paper that is not a roll.
    [[nodiscard]] static int widthDots(PaperSize paper);

    // Format_Mono, colour 0 white and colour 1 black (a set bit is a printed dot, as in
    // GS v 0). Error code: print.layout_failed (not a roll, or nothing to lay out).
    [[nodiscard]] static Result<QImage> render(const PrintableDocument& document, PaperSize paper);
};

} // namespace pishkhan
