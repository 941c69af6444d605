#include "OfficeMonthView.h"

#include "OfficeTotalsJson.h"
#include "core/SolarHijri.h"

#include <QJsonArray>

#include <cmath>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QString OfficeMonthView::monthKey(QDate day)
{
    const QCalendar::YearMonthDay p = SolarHijri::parts(day);
    return QString::number(p.year) + QString::number(p.month).rightJustified(2, u'0');
}

Result<OfficeMonthTable> OfficeMonthView::build(const QJsonObject& b)
{
    OfficeMonthTable t;
    t.month = b.value(u"month"_s).toString();
    t.officeCode = b.value(u"office_code"_s).toString();
    t.from = QDate::fromString(b.value(u"from"_s).toString(), Qt::ISODate);
    t.to = QDate::fromString(b.value(u"to"_s).toString(), Qt::ISODate);
    qint64 closes = 0, unverified = 0;
    if (t.month.size() != 6 || !t.from.isValid() || !t.to.isValid() ||
        !OfficeTotalsJson::nonNegativeInteger(b.value(u"closes"_s), closes) ||
        !OfficeTotalsJson::nonNegativeInteger(b.value(u"unverified_closes"_s), unverified) ||
        !OfficeTotalsJson::totals(b.value(u"totals"_s).toObject(), t.total))
        return OfficeTotalsJson::malformed(u"month header"_s);
    t.closes = int(closes);
    t.unverifiedCloses = int(unverified);
    for (const QJsonValue& v : b.value(u"counters"_s).toArray()) {
        const QJsonObject o = v.toObject();
        OfficeMonthCounter c;
        qint64 counter = 0, days = 0;
        if (!OfficeTotalsJson::nonNegativeInteger(o.value(u"counter"_s), counter) ||
            !OfficeTotalsJson::nonNegativeInteger(o.value(u"closed_days"_s), days) ||
            !OfficeTotalsJson::totals(o.value(u"totals"_s).toObject(), c.totals))
            return OfficeTotalsJson::malformed(u"month counter"_s);
        c.counter = int(counter);
        c.closedDays = int(days);
        c.deviceId = o.value(u"device_id"_s).toString();
        c.label = o.value(u"label"_s).toString();
        c.active = o.value(u"active"_s).toBool(true);
        t.counters += c;
    }
    for (const QJsonValue& v : b.value(u"days"_s).toArray()) {
        const QJsonObject o = v.toObject();
        OfficeMonthDay d;
        d.day = QDate::fromString(o.value(u"business_date"_s).toString(), Qt::ISODate);
        if (!d.day.isValid() ||
            !OfficeTotalsJson::totals(o.value(u"totals"_s).toObject(), d.totals))
            return OfficeTotalsJson::malformed(u"month day"_s);
        for (const QJsonValue& c : o.value(u"counters"_s).toArray()) {
            ++d.closes;
            d.unverified += c.toObject().value(u"verified"_s).toBool() ? 0 : 1;
        }
        t.days += d;
    }
    return t;
}

QByteArray OfficeMonthTable::csv() const
{
    QString out = u"\uFEFF"_s;
    auto row = [&out](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells)
            quoted << csvField(c);
        out += quoted.join(u',') + u"\r\n"_s;
    };
    auto totals = [](const LedgerTotals& t) {
        return QStringList{QString::number(t.feeCount), QString::number(t.feeAmount.rials()),
                           QString::number(t.voidCount), QString::number(t.voidAmount.rials()),
                           QString::number(t.net().rials())};
    };
    row({u"day_or_counter"_s, u"closes"_s, u"unverified"_s, u"fee_count"_s, u"fee_rials"_s,
         u"void_count"_s, u"void_rials"_s, u"net_rials"_s});
    for (const OfficeMonthDay& d : days)
        row(QStringList{SolarHijri::formatDate(d.day, SolarHijri::Digits::Latin),
                        QString::number(d.closes), QString::number(d.unverified)} +
            totals(d.totals));
    for (const OfficeMonthCounter& c : counters)
        row(QStringList{u"counter "_s + QString::number(c.counter), QString::number(c.closedDays),
                        QString()} +
            totals(c.totals));
    row(QStringList{u"total "_s + month, QString::number(closes),
                    QString::number(unverifiedCloses)} +
        totals(total));
    return out.toUtf8();
}

} // namespace pishkhan
