#pragma once

#include "DayClose.h"
#include "DayReport.h"
#include "ReceiptLabels.h"
#include "core/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace pishkhan {

// Who the report is for and how to name things in it.
struct ReportContext
{
    QString officeName;
    QString officeCode;
    int counter = 0;
    qint64 generatedAt = 0;              // UTC epoch ms
    QTimeZone zone;                      // invalid = Asia/Tehran
    QMap<QString, QString> serviceNames; // id → Persian name
    QMap<QString, QString> clerkNames;   // username → display name (missing: the username)
    ReceiptLabels::Language language = ReceiptLabels::Language::Persian;
};

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
    // Any of the project's HTML documents as an A4 PDF, laid out like the reports (the
    // invoice uses it). Error code: render.failed.
    static Status htmlPdf(const QString& html, const QString& title, const QString& pdfPath);
};

} // namespace pishkhan
