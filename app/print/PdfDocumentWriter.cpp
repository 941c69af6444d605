#include "PdfDocumentWriter.h"

#include "PaperLayout.h"

#include <QFile>
#include <QFileInfo>
#include <QPrinter>

namespace pishkhan {

using namespace Qt::StringLiterals;

PdfDocumentWriter::PdfDocumentWriter(QString pdfPath, PaperSize paper)
    : m_pdfPath(std::move(pdfPath))
    , m_paper(paper)
{}

Status PdfDocumentWriter::print(const PrintableDocument& document)
{
    return write(document, m_paper, m_pdfPath);
}

Status PdfDocumentWriter::write(const PrintableDocument& document, PaperSize paper,
                                const QString& pdfPath)
{
    QFile::remove(pdfPath);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdfPath);
        printer.setResolution(300);
        printer.setDocName(document.title);
        if (Status s = PaperLayout::print(document, paper, printer); !s)
            return s;
    } // the PDF is finished when the printer goes away
    // QPrinter reports nothing itself: an unwritable folder only shows as a missing file.
    if (QFileInfo(pdfPath).size() <= 0)
        return Error(u"print.pdf_failed"_s,
                     QT_TRANSLATE_NOOP("Error", "The PDF file could not be written."), pdfPath);
    return {};
}

} // namespace pishkhan
