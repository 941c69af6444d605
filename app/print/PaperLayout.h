#pragma once

#include "PrintableDocument.h"
#include "core/Result.h"

class QPrinter;

namespace pishkhan {

// Lays a document out on a QPrinter, whichever its output (a PDF file or a system queue): a
// roll gets one page exactly as tall as the text, A5 and A4 paginate with 15 mm margins. The
// layout is done in the printer's own pixels, so a point size means the same on every paper.
class PaperLayout
{
public:
    PaperLayout() = delete;

    static constexpr qreal kRollMarginMm = 4.0;
    static constexpr qreal kPageMarginMm = 15.0;

    // Error code: print.layout_failed (the page size was refused or painting could not start).
    static Status print(const PrintableDocument& document, PaperSize paper, QPrinter& printer);

    // print.layout_failed, for every way to paper that lays a document out.
    [[nodiscard]] static Error layoutError(const QString& detail);
};

} // namespace pishkhan
