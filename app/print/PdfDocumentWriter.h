#pragma once

#include "DocumentPrinter.h"

#include <QString>

namespace pishkhan {

// The way to paper when no printer is chosen: a PDF file, laid out exactly as the printer
// would print it.
class PdfDocumentWriter final : public DocumentPrinter
{
public:
    PdfDocumentWriter(QString pdfPath, PaperSize paper);

    // Error codes: print.layout_failed, print.pdf_failed (the file was not written).
    [[nodiscard]] Status print(const PrintableDocument& document) override;

    // The same, without an object.
    [[nodiscard]] static Status write(const PrintableDocument& document, PaperSize paper,
                                      const QString& pdfPath);

private:
    QString m_pdfPath;
    PaperSize m_paper;
};

} // namespace pishkhan
