#include "SolarHijri.h"

#include "PersianText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

QString withDigits(const QString& persian, SolarHijri::Digits digits)
{
    // The numeric formats contain no names, so folding the Persian result is exact and keeps a
    // single formatting path for both digit sets.
    return digits == SolarHijri::Digits::Persian ? persian : PersianText::foldDigits(persian);
}

Error shapeError()
{
    return Error(u"jalali.shape"_s,
                 QT_TRANSLATE_NOOP("Error", "Enter the date as year/month/day, like 1405/09/07."));
}

} // namespace

QCalendar SolarHijri::calendar()
{
    return QCalendar(QCalendar::System::Jalali);
}

QLocale SolarHijri::persianLocale()
{
    return QLocale(QLocale::Persian, QLocale::Iran);
}

QTimeZone SolarHijri::officeTimeZone()
{
    return QTimeZone("Asia/Tehran");
}

QString SolarHijri::formatDate(QDate date, Digits digits)
{
    if (!date.isValid())
        return {};
    return withDigits(persianLocale().toString(date, u"yyyy/MM/dd"_s, calendar()), digits);
}

QString SolarHijri::formatLongDate(QDate date)
{
    if (!date.isValid())
        return {};
    return persianLocale().toString(date, u"d MMMM yyyy"_s, calendar());
}

QString SolarHijri::formatLongDateWithWeekday(QDate date)
{
    if (!date.isValid())
        return {};
    return persianLocale().toString(date, u"dddd d MMMM yyyy"_s, calendar());
}

QString SolarHijri::formatDateTime(const QDateTime& moment, const QTimeZone& office, Digits digits)
{
    if (!moment.isValid())
        return {};
    return withDigits(
        persianLocale().toString(moment.toTimeZone(office), u"yyyy/MM/dd HH:mm"_s, calendar()),
        digits);
}

QString SolarHijri::formatEpoch(qint64 epochMs, const QTimeZone& office, Digits digits)
{
    return formatDateTime(QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()), office,
                          digits);
}

QDate SolarHijri::businessDay(qint64 epochMs, const QTimeZone& office)
{
    return businessDay(QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()), office);
}

QDate SolarHijri::businessDay(const QDateTime& moment, const QTimeZone& office)
{
    return moment.toTimeZone(office).date();
}

Result<QDate> SolarHijri::parse(QStringView input)
{
    QString text;
    for (const QChar c : input) {
        if (PersianText::isBidiOrInvisibleMark(c) || c.unicode() == 0x200C)
            continue;
        // "/" "-" "." and the Arabic decimal separator that Persian keyboards give for "/".
        const bool separator = c == u'/' || c == u'-' || c == u'.' || c.unicode() == 0x066B ||
                               c.unicode() == 0x2215 || c.unicode() == 0x2044;
        text.append(separator ? QChar(u'/') : c);
    }
    text = PersianText::foldDigits(text).trimmed();
    if (text.isEmpty())
        return Error(u"jalali.empty"_s, QT_TRANSLATE_NOOP("Error", "Enter the date."));

    const QStringList fields = text.split(u'/');
    if (fields.size() != 3)
        return shapeError();
    for (const QString& field : fields) {
        if (!PersianText::isAsciiDigits(field.trimmed()))
            return shapeError();
    }
    const QString year = fields.at(0).trimmed();
    const QString month = fields.at(1).trimmed();
    const QString day = fields.at(2).trimmed();
    if (year.size() != 4 || month.size() > 2 || day.size() > 2)
        return shapeError();

    const int y = year.toInt();
    const int m = month.toInt();
    const int d = day.toInt();
    const QCalendar jalali = calendar();
    if (!jalali.isDateValid(y, m, d))
        return Error(u"jalali.nonexistent"_s,
                     QT_TRANSLATE_NOOP("Error", "This date does not exist in the calendar."));
    return jalali.dateFromParts(y, m, d);
}

QCalendar::YearMonthDay SolarHijri::parts(QDate date)
{
    return calendar().partsFromDate(date);
}

QString SolarHijri::monthName(int month)
{
    if (month < 1 || month > 12)
        return {};
    // Any Jalali year works: month names do not depend on the year.
    return calendar().standaloneMonthName(persianLocale(), month, 1400);
}

} // namespace pishkhan
