#include "ReceiptNumber.h"

#include "core/SolarHijri.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

QString ReceiptNumber::format(QDate businessDay, int counter, qint64 number)
{
    const QCalendar::YearMonthDay j = SolarHijri::parts(businessDay);
    return u"%1%2%3-%4-%5"_s.arg(j.year, 4, 10, QChar(u'0'))
        .arg(j.month, 2, 10, QChar(u'0'))
        .arg(j.day, 2, 10, QChar(u'0'))
        .arg(counter)
        .arg(number, 4, 10, QChar(u'0'));
}

} // namespace pishkhan
