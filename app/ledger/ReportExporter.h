#pragma once

#include "DayClose.h"
#include "DayReport.h"
#include "ReceiptLabels.h"
#include "ReportContext.h"
#include "ShiftReport.h"
#include "core/Result.h"
#include "print/PrintableDocument.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace pishkhan {

// Exports of the day report and the date-range (monthly) report:
//  - CSV: UTF-8 with a BOM (so spreadsheet programs open Persian right), comma separated,
//    amounts as plain rials for arithmetic, Solar Hijri dates with Latin digits;
//  - PDF: A4, right to left in Persian, Noto Sans Arabic, toman with Persian digits, Solar
//    Hijri dates, laid out by QTextDocument (it paginates long reports).
class ReportExporter
{
public:
    ReportExporter() = delete;

    [[nodiscard]] static QByteArray dayCsv(const DayReport& report, const ReportContext& context);
    [[nodiscard]] static QByteArray rangeCsv(const RangeReport& report,
                                             const ReportContext& context);

    [[nodiscard]] static QString dayHtml(const DayReport& report, const ReportContext& context);
    [[nodiscard]] static QString rangeHtml(const RangeReport& report, const ReportContext& context);

    // The close sheet the supervisor signs off and files: totals, each drawer's expected and
    // counted cash, card batches per terminal, the perpetual total, the chain head, the device
    // signature and — the proof that the previous day reached the municipality complete — the
    // backend's acknowledgement of the previous close.
    [[nodiscard]] static QString closeHtml(const DayClose& close, const ReportContext& context);

    // Error code: render.failed.
    static Status closePdf(const DayClose& close, const ReportContext& context,
                           const QString& pdfPath);
    static Status dayPdf(const DayReport& report, const ReportContext& context,
                         const QString& pdfPath);
    static Status rangePdf(const RangeReport& report, const ReportContext& context,
                           const QString& pdfPath);
    // Writes bytes to path atomically (QSaveFile). Error code: export.write.
    static Status writeFile(const QString& path, const QByteArray& bytes);

    // The close's drawers and card terminals as CSV rows (kind, id, ledger/expected, counted/
    // settled, difference, in rials): what a spreadsheet reconciles.
    [[nodiscard]] static QByteArray closeCsv(const DayClose& close, const ReportContext& context);
    // The X report of one clerk (and, when counted is given, the handover's count).
    [[nodiscard]] static QString shiftHtml(const ShiftReport& report, const ReportContext& context,
                                           const std::optional<Money>& counted = std::nullopt);
    static Status shiftPdf(const ShiftReport& report, const ReportContext& context,
                           const QString& pdfPath,
                           const std::optional<Money>& counted = std::nullopt);
    // The X report and the close sheet as documents for any way to paper (PrintService).
    [[nodiscard]] static PrintableDocument
    shiftPrintable(const ShiftReport& report, const ReportContext& context,
                   const std::optional<Money>& counted = std::nullopt);
    [[nodiscard]] static PrintableDocument closePrintable(const DayClose& close,
                                                          const ReportContext& context);
};

} // namespace pishkhan
