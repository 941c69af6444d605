#include "OfficeMonthEndpoints.h"

#include "Clock.h"
#include "Ed25519Signer.h"
#include "SandboxStore.h"

#include "core/SolarHijri.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace pishkhan::sandbox {

namespace {

// The members of a close's totals that a month sums (docs/api.md §4.11).
const QStringList& totalMembers()
{
    static const QStringList members = {
        QStringLiteral("count"),      QStringLiteral("amount_rials"),
        QStringLiteral("fee_count"),  QStringLiteral("fee_amount_rials"),
        QStringLiteral("void_count"), QStringLiteral("void_amount_rials")};
    return members;
}

void addTotals(QJsonObject& sum, const QJsonObject& totals)
{
    for (const QString& m : totalMembers())
        sum.insert(m, sum.value(m).toInteger() + totals.value(m).toInteger());
}

QJsonObject zeroTotals()
{
    QJsonObject t;
    for (const QString& m : totalMembers())
        t.insert(m, 0);
    return t;
}

} // namespace

ApiResponse OfficeMonthEndpoints::month(const ApiCall& call)
{
    const QString key = call.params.value(0);
    const int year = key.left(4).toInt();
    const int monthNo = key.mid(4).toInt();
    const QCalendar calendar = SolarHijri::calendar();
    if (key.size() != 6 || year < 1300 || monthNo < 1 || monthNo > 12)
        return ApiResponse::problem(Problem(QStringLiteral("query-invalid"),
                                            QStringLiteral("month must be Solar Hijri YYYYMM")));
    const QDate from(year, monthNo, 1, calendar);
    const QDate to(year, monthNo, calendar.daysInMonth(monthNo, year), calendar);
    auto devices = m_context.store.devicesOfOffice(call.device.officeCode);
    auto closes = m_context.store.dayClosesOfOfficeBetween(
        call.device.officeCode, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (!devices || !closes)
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));

    QMap<QString, DeviceRecord> byId;
    for (const DeviceRecord& d : *devices)
        byId.insert(d.id, d);
    QJsonObject total = zeroTotals();
    QMap<QString, QJsonObject> counterTotals; // device id → totals
    QMap<QString, int> closedDays;
    QMap<QString, QJsonArray> dayCounters; // business date → counters
    QMap<QString, QJsonObject> dayTotals;
    int unverified = 0;
    for (const DayCloseRecord& c : *closes) {
        const QJsonObject totals = QJsonDocument::fromJson(c.closeDocument)
                                       .object()
                                       .value(QStringLiteral("totals"))
                                       .toObject();
        const bool verified =
            byId.contains(c.deviceId) &&
            Ed25519Signer::verify(byId.value(c.deviceId).publicKey, c.closeDocument, c.signature);
        unverified += verified ? 0 : 1;
        // A close whose signature does not verify is listed, never summed.
        if (verified) {
            addTotals(total, totals);
            if (!counterTotals.contains(c.deviceId))
                counterTotals.insert(c.deviceId, zeroTotals());
            addTotals(counterTotals[c.deviceId], totals);
            if (!dayTotals.contains(c.businessDate))
                dayTotals.insert(c.businessDate, zeroTotals());
            addTotals(dayTotals[c.businessDate], totals);
        }
        ++closedDays[c.deviceId];
        dayCounters[c.businessDate].append(
            QJsonObject{{QStringLiteral("device_id"), c.deviceId},
                        {QStringLiteral("counter"), c.counter},
                        {QStringLiteral("totals"), totals},
                        {QStringLiteral("close_sha256"), c.closeSha256},
                        {QStringLiteral("received_at"), Clock::toRfc3339(c.receivedAt)},
                        {QStringLiteral("verified"), verified}});
    }
    QJsonArray counters;
    for (const DeviceRecord& d : *devices) {
        if (d.revokedAt != 0 && !closedDays.contains(d.id))
            continue;
        counters.append(
            QJsonObject{{QStringLiteral("device_id"), d.id},
                        {QStringLiteral("counter"), d.counter},
                        {QStringLiteral("label"), d.label},
                        {QStringLiteral("active"), d.revokedAt == 0},
                        {QStringLiteral("closed_days"), closedDays.value(d.id)},
                        {QStringLiteral("totals"), counterTotals.value(d.id, zeroTotals())}});
    }
    QJsonArray days;
    for (auto it = dayCounters.cbegin(); it != dayCounters.cend(); ++it)
        days.append(QJsonObject{{QStringLiteral("business_date"), it.key()},
                                {QStringLiteral("totals"), dayTotals.value(it.key(), zeroTotals())},
                                {QStringLiteral("counters"), it.value()}});
    return ApiResponse::json(200, {{QStringLiteral("office_code"), call.device.officeCode},
                                   {QStringLiteral("month"), key},
                                   {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                   {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                   {QStringLiteral("closes"), static_cast<qint64>(closes->size())},
                                   {QStringLiteral("unverified_closes"), unverified},
                                   {QStringLiteral("totals"), total},
                                   {QStringLiteral("counters"), counters},
                                   {QStringLiteral("days"), days}});
}

} // namespace pishkhan::sandbox
