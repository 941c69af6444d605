#pragma once

#include "ReportContext.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pishkhan {

// The file formats every export shares, so a day report, a close sheet and the audit trail
// open the same way in a spreadsheet or a PDF viewer:
//  - CSV: UTF-8 with a BOM (so spreadsheet programs open Persian right), comma separated,
//    CRLF line ends, fields quoted only when they hold a comma, a quote or a line break;
//  - PDF: A4 portrait with 15 mm margins, laid out from HTML by QTextDocument (it paginates
//    long documents), in the documents' Persian-capable font.
class ExportFormat
{
public:
    ExportFormat() = delete;

    [[nodiscard]] static QByteArray csv(const QList<QStringList>& rows);

    // The opening of an HTML document: title, office, counter, subtitle (already escaped) and
    // when it was generated, in the context's language and direction.
    [[nodiscard]] static QString htmlHeader(const QString& title, const QString& subtitle,
                                            const ReportContext& context);
    // One bordered table; cells are HTML already escaped by the caller. Persian tables get
    // dir="rtl", so the first column stands on the right.
    [[nodiscard]] static QString htmlTable(const QStringList& headers,
                                           const QList<QStringList>& rows,
                                           ReceiptLabels::Language language);
    // Error code: render.failed (the file is missing or empty afterwards).
    static Status pdfFromHtml(const QString& html, const QString& title, const QString& pdfPath);
};

} // namespace pishkhan
