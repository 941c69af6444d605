#include "OfficeDayView.h"

#include "OfficeTotalsJson.h"
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

Status fillFromDocument(const QJsonObject& close, OfficeDayRow& row)
{
    const QString where = u"counter "_s + QString::number(row.counter);
    if (!OfficeTotalsJson::totals(close.value(u"totals"_s).toObject(), row.totals))
        return OfficeTotalsJson::malformed(where + u": close totals"_s);
    for (const QJsonValue& v : close.value(u"lines"_s).toArray()) {
        const QJsonObject line = v.toObject();
        const QString clerk = line.value(u"clerk"_s).toString();
        LedgerTotals t;
        if (clerk.isEmpty() || !OfficeTotalsJson::totals(line, t))
            return OfficeTotalsJson::malformed(where + u": close line"_s);
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
            return OfficeTotalsJson::malformed(u"business_date is not the day asked for"_s);
        if (!backend.value(u"counters"_s).isArray())
            return OfficeTotalsJson::malformed(u"counters is not an array"_s);
        for (const QJsonValue& v : backend.value(u"counters"_s).toArray()) {
            const QJsonObject c = v.toObject();
            qint64 number = 0;
            if (!OfficeTotalsJson::nonNegativeInteger(c.value(u"counter"_s), number) ||
                number < 1 || number > 999)
                return OfficeTotalsJson::malformed(u"counter number"_s);
            OfficeDayRow row;
            row.counter = int(number);
            row.deviceId = c.value(u"device_id"_s).toString();
            row.label = c.value(u"label"_s).toString();
            row.active = c.value(u"active"_s).toBool(true);
            row.local = !local.deviceId.isEmpty() ? row.deviceId == local.deviceId
                                                  : row.counter == local.counter;
            if (c.value(u"closed"_s).toBool()) {
                if (!c.value(u"close"_s).isObject())
                    return OfficeTotalsJson::malformed(u"closed counter without its close"_s);
                row.state = OfficeDayRow::State::Uploaded;
                row.receivedAt = c.value(u"received_at"_s).toString();
                if (Status s = fillFromDocument(c.value(u"close"_s).toObject(), row); !s)
                    return s.error();
            } else if (row.local) {
                fillFromLocal(local, row);
            }
            if (row.local) {
                if (localSeen)
                    return OfficeTotalsJson::malformed(u"this counter listed twice"_s);
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
