#pragma once

#include "DocumentPrinter.h"

#include <QString>

namespace pishkhan {

// A printer the operating system knows (a CUPS queue on Linux), by the name QPrinterInfo lists.
// Qt hands CUPS a PDF of the page PaperLayout draws; CUPS does the rest. What Qt can tell is
// checked before the job (the queue exists and is not stopped) and after it (the job was not
// refused); a printer that runs out of paper later is for the print system's own queue.
class SystemPrinter final : public DocumentPrinter
{
public:
    SystemPrinter(QString printerName, PaperSize paper);

    // Error codes: print.no_such_printer, print.offline, print.refused, print.layout_failed.
    [[nodiscard]] Status print(const PrintableDocument& document) override;

    // The checks before a job: print.no_such_printer, print.offline.
    [[nodiscard]] static Status checkReady(const QString& printerName);

private:
    QString m_printerName;
    PaperSize m_paper;
};

} // namespace pishkhan
