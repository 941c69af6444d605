#pragma once

#include "Result.h"

#include <QCalendar>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace pishkhan {

// Solar Hijri (Jalali) dates for receipts, reports and date fields. Moments are stored as UTC
// epoch milliseconds; they become a calendar day only in the office's time zone, so a fee
// taken at 00:30 Tehran time belongs to that Tehran day, not to the previous UTC day.
//
// Formatting goes through QLocale(Persian, Iran).toString(…, QCalendar(Jalali)): the
// QDate::toString(format, calendar) shortcut uses the C locale and prints Latin month names.
class SolarHijri
{
public:
    enum class Digits { Persian, Latin };

    SolarHijri() = delete;

    [[nodiscard]] static QCalendar calendar();
    [[nodiscard]] static QLocale persianLocale();
    // Asia/Tehran. Offices are all in Iran; tests pass a zone explicitly.
    [[nodiscard]] static QTimeZone officeTimeZone();

    // "۱۴۰۵/۰۹/۰۷" or "1405/09/07". Empty for an invalid date.
    [[nodiscard]] static QString formatDate(QDate date, Digits digits = Digits::Persian);
    // "۷ آذر ۱۴۰۵".
    [[nodiscard]] static QString formatLongDate(QDate date);
    // "شنبه ۷ آذر ۱۴۰۵".
    [[nodiscard]] static QString formatLongDateWithWeekday(QDate date);
    // The moment in the office zone: "۱۴۰۵/۰۹/۰۷ ۱۴:۰۵".
    [[nodiscard]] static QString formatDateTime(const QDateTime& moment, const QTimeZone& office,
                                                Digits digits = Digits::Persian);
    [[nodiscard]] static QString formatEpoch(qint64 epochMs, const QTimeZone& office,
                                             Digits digits = Digits::Persian);

    // The office-local calendar day a moment belongs to: the key of a day close.
    [[nodiscard]] static QDate businessDay(qint64 epochMs, const QTimeZone& office);
    [[nodiscard]] static QDate businessDay(const QDateTime& moment, const QTimeZone& office);

    // "1405/09/07", "۱۴۰۵/۹/۷", "1405-09-07": year (four digits) first, Persian/Arabic/ASCII
    // digits, bidi marks tolerated.
    // Error codes: jalali.empty, jalali.shape, jalali.nonexistent (1393/12/30, month 13…).
    static Result<QDate> parse(QStringView input);

    // Jalali year, month (1–12) and day of a Gregorian-backed QDate.
    [[nodiscard]] static QCalendar::YearMonthDay parts(QDate date);
    // "فروردین" … "اسفند"; empty outside 1–12.
    [[nodiscard]] static QString monthName(int month);
};

} // namespace pishkhan
