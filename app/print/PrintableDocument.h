#pragma once

#include <QImage>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

class QTextDocument;

namespace pishkhan {

// What a counter hands over on paper. Every producer (receipt, answer, property file, X and Z
// sheets, reports) builds one of these, and every way to paper (a PDF, a system printer through
// CUPS, an ESC/POS thermal printer as a raster image) takes one: producers know nothing of
// printers and printers nothing of fees or answers.
enum class DocumentKind {
    Receipt,
    RefundReceipt,
    Answer,
    PropertyFile,
    ShiftSheet,
    DayCloseSheet,
    Report,
};

// Where the text is laid out: a thermal roll has no page height, A5 and A4 paginate.
enum class PaperSize {
    Roll80mm,
    Roll58mm,
    A5,
    A4,
};

struct PrintableDocument
{
    DocumentKind kind = DocumentKind::Receipt;
    // What the "to print" list shows, e.g. the receipt number and the service.
    QString title;
    // The receipt number or tracking code the paper is about; a reprint of it is counted by
    // whoever owns that number (the ledger for receipts).
    QString reference;
    // QTextDocument HTML, complete with its own direction (DocumentStyle writes it).
    QString html;
    bool rightToLeft = true;
    // The producer's typeface (DocumentStyle::fontFamily() for the Persian documents).
    QString fontFamily;
    // Resource URL -> image, for <img src="…"> in html (the QR codes).
    QMap<QUrl, QImage> images;

    // The point size a document of this kind is set in on the given paper.
    [[nodiscard]] static qreal pointSize(PaperSize paper);
    [[nodiscard]] static qreal widthMm(PaperSize paper);
    [[nodiscard]] static bool isRoll(PaperSize paper);

    // html, images, direction, font and point size into doc (its layout paint device is the
    // caller's: set it first so a point size means the same on every device).
    void loadInto(QTextDocument& doc, PaperSize paper) const;
};

[[nodiscard]] QString documentKindKey(DocumentKind kind);
[[nodiscard]] std::optional<DocumentKind> documentKindFromKey(const QString& key);
[[nodiscard]] QString paperSizeKey(PaperSize paper);
[[nodiscard]] std::optional<PaperSize> paperSizeFromKey(const QString& key);

} // namespace pishkhan
