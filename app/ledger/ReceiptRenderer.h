#pragma once

#include "ReceiptData.h"
#include "ReceiptLabels.h"
#include "core/Result.h"
#include "print/PrintableDocument.h"

#include <QString>

class QTextDocument;

namespace pishkhan {

// Draws a receipt: Persian, right to left, Solar Hijri date and time, office, counter, clerk,
// service, fee in toman with Persian digits next to the council tariff, payment method,
// tracking code (or "queued") with its QR code, and the receipt number. Codes are wrapped in
// LRI … PDI so the bidi algorithm keeps "14050907-1-0042" and "1405-ABC-42" left to right
// inside the Persian lines. A reprint carries "copy n" at the top.
//
// Two targets: the 80 mm thermal roll (QPrinter with a custom page as tall as the receipt; to
// a PDF file when pdfPath is given, which is how tests and "save as PDF" use it) and an A5
// page (QPdfWriter).
class ReceiptRenderer
{
public:
    using Language = ReceiptLabels::Language;
    static constexpr qreal kThermalWidthMm = 80.0;

    ReceiptRenderer() = delete;

    // The receipt as HTML for QTextDocument (also what a preview widget shows).
    [[nodiscard]] static QString html(const ReceiptData& receipt, Language language);
    // Loads html() plus the QR image resource into doc.
    static Status fill(QTextDocument& doc, const ReceiptData& receipt, Language language,
                       qreal pointSize);

    // The receipt as the document every way to paper takes (PDF, system printer, ESC/POS).
    // Error code: render.failed (the QR could not be made).
    [[nodiscard]] static Result<PrintableDocument> printable(const ReceiptData& receipt,
                                                             Language language);

    // Error code: render.failed.
    static Status renderThermalPdf(const ReceiptData& receipt, const QString& pdfPath,
                                   Language language = Language::Persian);
    static Status renderA5Pdf(const ReceiptData& receipt, const QString& pdfPath,
                              Language language = Language::Persian);

private:
    // After the office name: what a refund receipt shows instead of the fee receipt.
    [[nodiscard]] static QString refundBody(const ReceiptData& receipt, Language language);
    // At the foot of every receipt: the follow-up site, the support line, the training mark.
    [[nodiscard]] static QString followUp(const ReceiptData& receipt, Language language);
};

} // namespace pishkhan
