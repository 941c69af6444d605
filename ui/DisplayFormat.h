#pragma once

#include <QDate>
#include <QString>

class QLineEdit;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace pishkhan {
class DeskRuntime;
class Money;
struct ReportContext;
class Error;
class ApiError;
} // namespace pishkhan

namespace pishkhan::ui {

class HintLabel;

// How the screens write amounts, counts and dates in the clerk's language: toman with Persian
// digits and separators in Persian, Latin digits in English; Solar Hijri dates in Persian.
// Shared so every table of the supervisor screens reads the same.
class DisplayFormat
{
public:
    DisplayFormat() = delete;

    [[nodiscard]] static QString money(const Money& amount);
    [[nodiscard]] static QString count(qint64 n);
    [[nodiscard]] static QString day(QDate date);
    [[nodiscard]] static QString moment(qint64 epochMs);
    // The backend's sentence in the clerk's language.
    [[nodiscard]] static QString apiMessage(const ApiError& error);

    // Who a report or close sheet is for, in the clerk's language (ReportExporter).
    [[nodiscard]] static ReportContext reportContext(DeskRuntime& runtime);

    // A read-only table cell; numbers are aligned to the trailing edge.
    [[nodiscard]] static QTableWidgetItem* cell(const QString& text, bool number = false);
    // Columns sized to their contents, rows selected whole, no vertical header.
    static void setUpTable(QTableWidget* table, const QStringList& headers);
    // A bold, larger page title.
    static void makeTitle(QWidget* label);
    // A word-wrapped error hint under a field or at the foot of a page, empty until needed.
    [[nodiscard]] static HintLabel* hint(QWidget* parent);
    // Identifier fields (national code, mobile, card, tracking code, addresses) stay left to
    // right inside a right-to-left form.
    static void keepLeftToRight(QLineEdit* edit);
};

} // namespace pishkhan::ui
