#include "PaperLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

Error PaperLayout::layoutError(const QString& detail)
{
    return Error(u"print.layout_failed"_s,
                 QT_TRANSLATE_NOOP("Error", "The document could not be laid out for printing."),
                 detail);
}

Status PaperLayout::print(const PrintableDocument& document, PaperSize paper, QPrinter& printer)
{
    printer.setFullPage(true);
    const qreal dpi = printer.resolution();
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&printer);
    document.loadInto(doc, paper);

    if (PrintableDocument::isRoll(paper)) {
        const qreal widthMm = PrintableDocument::widthMm(paper);
        doc.setTextWidth((widthMm - 2 * kRollMarginMm) / 25.4 * dpi);
        const qreal heightMm = doc.size().height() / dpi * 25.4 + 2 * kRollMarginMm;
        // A roll has no page height: the page is as tall as the document.
        const QPageSize page(QSizeF(widthMm, heightMm), QPageSize::Millimeter,
                             u"Roll %1 mm"_s.arg(widthMm), QPageSize::ExactMatch);
        if (!printer.setPageLayout(
                QPageLayout(page, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter)))
            return layoutError(u"the printer refused a %1 mm roll page"_s.arg(widthMm));
        QPainter painter;
        if (!painter.begin(&printer))
            return layoutError(u"cannot start painting on "_s + printer.printerName() +
                               printer.outputFileName());
        const qreal marginPx = kRollMarginMm / 25.4 * dpi;
        painter.translate(marginPx, marginPx);
        doc.drawContents(&painter);
        painter.end();
        return {};
    }

    const QPageSize page(paper == PaperSize::A5 ? QPageSize::A5 : QPageSize::A4);
    const QMarginsF margins(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm);
    if (!printer.setPageLayout(
            QPageLayout(page, QPageLayout::Portrait, margins, QPageLayout::Millimeter)))
        return layoutError(u"the printer refused the page size "_s + page.name());
    printer.setFullPage(false);
    const QRect paint = printer.pageLayout().paintRectPixels(qRound(dpi));
    doc.setPageSize(QSizeF(paint.width(), paint.height()));
    // print() paginates and reports nothing; an unopened device shows as an inactive painter,
    // which the caller's output check (file size, job state) catches.
    doc.print(&printer);
    return {};
}

} // namespace pishkhan
