#pragma once

#include "core/Result.h"
#include "ledger/DayReport.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pishkhan {

// One counter of the office over a Solar Hijri month.
struct OfficeMonthCounter
{
    int counter = 0;
    QString deviceId;
    QString label;
    bool active = true;
    int closedDays = 0;
    LedgerTotals totals; // its verified closes
};

// One business day of the month: the counters that closed it.
struct OfficeMonthDay
{
    QDate day;
    int closes = 0;
    int unverified = 0; // closes whose signature the backend could not verify (not summed)
    LedgerTotals totals;
};

// The office-wide month the supervisor screen shows and exports: the backend's aggregate of
// every counter's signed day closes (GET /offices/current/months/{YYYYMM}, docs/api.md §4.16).
struct OfficeMonthTable
{
    QString month; // "140401"
    QString officeCode;
    QDate from;
    QDate to;
    int closes = 0;
    int unverifiedCloses = 0;
    LedgerTotals total;
    QList<OfficeMonthCounter> counters; // by counter
    QList<OfficeMonthDay> days;         // by date

    // day (Solar Hijri, Latin digits), closes, unverified, fee count, fee rials, void count,
    // void rials, net rials — one row per day, then one per counter, then the total. UTF-8
    // with a BOM.
    [[nodiscard]] QByteArray csv() const;
};

class OfficeMonthView
{
public:
    // "140401" for a day of Farvardin 1404.
    [[nodiscard]] static QString monthKey(QDate day);
    // Error code: office_view.malformed.
    [[nodiscard]] static Result<OfficeMonthTable> build(const QJsonObject& backend);
};

} // namespace pishkhan
