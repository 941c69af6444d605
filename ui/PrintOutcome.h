#pragma once

#include "core/Error.h"
#include "print/PrintableDocument.h"

#include <QString>

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

// What a page says and does after handing a document to PrintService: the printer's Persian
// message (plus where the document is now, when it waits in the "to print" list) and, for a
// document that went to a PDF, the desktop's own viewer.
class PrintOutcome
{
public:
    PrintOutcome() = delete;

    [[nodiscard]] static QString failure(const Error& error);
    // Opens a PDF with the desktop's viewer (not under tests: PISHKHAN_NO_VIEWER).
    static void openPdf(const QString& path);

    // Any page's "print": the document through the runtime's PrintService, and what to tell
    // the clerk (printed, saved as a PDF and opened, or why not and where it waits).
    struct Told
    {
        QString text;
        bool error = false;
    };
    static Told print(DeskRuntime& runtime, const PrintableDocument& document);
};

} // namespace pishkhan::ui
