#include "OfficeDayView.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

Error malformed(const QString& detail)
{
    // The API codec's sentence for an answer that breaks the contract (already translated).
    return Error(u"office_view.malformed"_s,
                 QT_TRANSLATE_NOOP("Error", "The server sent an answer this program does not "
                                            "understand; it will try again."),
                 detail);
}

// A non-negative JSON integer (rials fit in a double exactly up to 2^53).
bool integer(const QJsonValue& v, qint64& out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d >= 0.0) || d > 9007199254740991.0 || std::floor(d) != d)
        return false;
    out = qint64(d);
    return true;
}

// LedgerTotals from a close document's totals object or line (DayCloseDocument's shape).
bool totalsFrom(const QJsonObject& o, LedgerTotals& t)
{
    qint64 feeCount = 0, feeAmount = 0, voidCount = 0, voidAmount = 0, reprints = 0;
    if (!integer(o.value(u"fee_count"_s), feeCount) ||
        !integer(o.value(u"fee_amount_rials"_s), feeAmount) ||
        !integer(o.value(u"void_count"_s), voidCount) ||
        !integer(o.value(u"void_amount_rials"_s), voidAmount))
        return false;
    if (o.contains(u"reprint_count"_s) && !integer(o.value(u"reprint_count"_s), reprints))
        return false;
    t.feeCount = feeCount;
    t.feeAmount = Money::fromRials(feeAmount);
    t.voidCount = voidCount;
    t.voidAmount = Money::fromRials(voidAmount);
    t.reprintCount = reprints;
    return true;
}

Status fillFromDocument(const QJsonObject& close, OfficeDayRow& row)
{
    const QString where = u"counter "_s + QString::number(row.counter);
    if (!totalsFrom(close.value(u"totals"_s).toObject(), row.totals))
        return malformed(where + u": close totals"_s);
    for (const QJsonValue& v : close.value(u"lines"_s).toArray()) {
        const QJsonObject line = v.toObject();
        const QString clerk = line.value(u"clerk"_s).toString();
        LedgerTotals t;
        if (clerk.isEmpty() || !totalsFrom(line, t))
            return malformed(where + u": close line"_s);
        row.byClerk[clerk].add(t);
    }
    row.hasFigures = true;
    return {};
}

void fillFromLocal(const LocalCounterDay& local, OfficeDayRow& row)
{
    row.state = local.sealed ? OfficeDayRow::State::NotUploaded : OfficeDayRow::State::Open;
    if (!local.close)
        return;
    row.totals = local.close->report.totals;
    row.byClerk = local.close->report.byClerk();
    row.hasFigures = true;
}

} // namespace

Result<OfficeDayTable> OfficeDayView::build(const QJsonObject& backend,
                                            const LocalCounterDay& local, QDate day)
{
    OfficeDayTable table;
    table.day = day;
    table.backendReached = !backend.isEmpty();
    bool localSeen = false;
    if (table.backendReached) {
        table.officeCode = backend.value(u"office_code"_s).toString();
        const QDate answered =
            QDate::fromString(backend.value(u"business_date"_s).toString(), Qt::ISODate);
        if (!answered.isValid() || answered != day)
            return malformed(u"business_date is not the day asked for"_s);
        if (!backend.value(u"counters"_s).isArray())
            return malformed(u"counters is not an array"_s);
        for (const QJsonValue& v : backend.value(u"counters"_s).toArray()) {
            const QJsonObject c = v.toObject();
            qint64 number = 0;
            if (!integer(c.value(u"counter"_s), number) || number < 1 || number > 999)
                return malformed(u"counter number"_s);
            OfficeDayRow row;
            row.counter = int(number);
            row.deviceId = c.value(u"device_id"_s).toString();
            row.label = c.value(u"label"_s).toString();
            row.active = c.value(u"active"_s).toBool(true);
            row.local = !local.deviceId.isEmpty() ? row.deviceId == local.deviceId
                                                  : row.counter == local.counter;
            if (c.value(u"closed"_s).toBool()) {
                if (!c.value(u"close"_s).isObject())
                    return malformed(u"closed counter without its close"_s);
                row.state = OfficeDayRow::State::Uploaded;
                row.receivedAt = c.value(u"received_at"_s).toString();
                if (Status s = fillFromDocument(c.value(u"close"_s).toObject(), row); !s)
                    return s.error();
            } else if (row.local) {
                fillFromLocal(local, row);
            }
            if (row.local) {
                if (localSeen)
                    return malformed(u"this counter listed twice"_s);
                localSeen = true;
                if (row.label.isEmpty())
                    row.label = local.label;
            }
            table.rows.append(row);
        }
    }
    if (!localSeen) {
        OfficeDayRow row;
        row.counter = local.counter;
        row.deviceId = local.deviceId;
        row.label = local.label;
        row.local = true;
        fillFromLocal(local, row);
        table.rows.append(row);
    }
    std::stable_sort(
        table.rows.begin(), table.rows.end(),
        [](const OfficeDayRow& a, const OfficeDayRow& b) { return a.counter < b.counter; });
    for (const OfficeDayRow& row : std::as_const(table.rows)) {
        if (row.hasFigures)
            table.grandTotal.add(row.totals);
        if (row.state == OfficeDayRow::State::Uploaded) {
            table.uploadedTotal.add(row.totals);
            ++table.uploadedCount;
        } else {
            ++table.notUploadedCount;
        }
    }
    return table;
}

} // namespace pishkhan
