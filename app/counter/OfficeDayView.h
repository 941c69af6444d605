#pragma once

#include "core/Money.h"
#include "core/Result.h"
#include "ledger/DayClose.h"
#include "ledger/DayReport.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pishkhan {

// One counter of the office on a business day, as the supervisor screen lists it.
struct OfficeDayRow
{
    enum class State {
        Uploaded,    // the backend holds this counter's signed close
        NotUploaded, // closed on this PC, the upload has not reached the backend yet
        Open,        // not closed (this PC: the figures are the close preview)
    };
    int counter = 0;
    QString deviceId;
    QString label;
    bool local = false; // this PC's counter
    bool active = true;
    State state = State::Open;
    bool hasFigures = false;             // false: another counter that has not closed
    QMap<QString, LedgerTotals> byClerk; // clerk id → totals
    LedgerTotals totals;
    QString receivedAt; // Uploaded: when the backend received it (RFC 3339)
};

// The office-wide day view: the backend's closes of every counter
// (GET /offices/current/day-closes, docs/api.md §4.12) next to this counter's own close or
// close preview, as one table. Core only: the supervisor screen renders it.
struct OfficeDayTable
{
    QDate day;
    QString officeCode;
    bool backendReached = false;
    QList<OfficeDayRow> rows; // by counter
    LedgerTotals grandTotal;  // every row with figures (uploaded or local)
    LedgerTotals uploadedTotal;
    int uploadedCount = 0;
    int notUploadedCount = 0; // rows not Uploaded
};

// This counter's side of the view.
struct LocalCounterDay
{
    QString deviceId;
    int counter = 0;
    QString label;
    std::optional<DayClose> close; // the signed close, or the preview when not sealed
    bool sealed = false;           // close is the signed close of the day
};

class OfficeDayView
{
public:
    // backend: the officeDayCloses answer, or an empty object when the backend was not reached
    // (the table then shows this counter only). Error code: office_view.malformed.
    [[nodiscard]] static Result<OfficeDayTable> build(const QJsonObject& backend,
                                                      const LocalCounterDay& local, QDate day);
};

} // namespace pishkhan
