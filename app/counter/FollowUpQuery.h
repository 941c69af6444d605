#pragma once

#include "core/Result.h"
#include "storage/OutboxState.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pishkhan {

// A follow-up search as the clerk asked for it: one identifier (tracking code, receipt number or
// national code) or a list by business days, clerk and state — the filters combine with each
// other and with a national code. Built only through parse(), so every query a search runs has
// been checked; results come newest first, a page at a time (keyset: the page token is the
// position of the last row shown, so rows written meanwhile never shift a page).
class FollowUpQuery
{
public:
    enum class Kind { TrackingCode, ReceiptNumber, NationalCode, Filter };

    // What the clerk typed, as typed (Persian, Arabic or Latin digits; days as Jalali
    // "1405/09/07"). Empty fields are not filters.
    struct Criteria
    {
        QString text;
        QString fromDay;
        QString toDay;
        QString clerkId;
        QString state; // an outbox state name ("accepted"), empty = any
    };

    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxPageSize = 500;

    // Error codes: followup.query_empty (nothing to search by), followup.query (not a tracking
    // code, receipt number or valid national code), followup.day (not a Jalali day),
    // followup.day_order (the range ends before it starts), followup.clerk (not a user name),
    // followup.state (no such state), followup.query_mixed (a tracking code or receipt number
    // with filters: it names one request already).
    [[nodiscard]] static Result<FollowUpQuery> parse(const Criteria& criteria,
                                                     const QTimeZone& zone, int pageSize = 0);
    // A Jalali day as typed ("1405/09/07", "۱۴۰۵-۹-۷"); an invalid QDate when it is not one.
    [[nodiscard]] static QDate parseDay(const QString& text);

    [[nodiscard]] Kind kind() const { return m_kind; }
    // The canonical identifier (tracking code, receipt number, national code); empty for Filter.
    [[nodiscard]] const QString& identifier() const { return m_identifier; }
    [[nodiscard]] std::optional<QDate> fromDay() const { return m_fromDay; }
    [[nodiscard]] std::optional<QDate> toDay() const { return m_toDay; }
    // UTC epoch ms bounds of the day range: [fromMs, toMs); 0 = open.
    [[nodiscard]] qint64 fromMs() const { return m_fromMs; }
    [[nodiscard]] qint64 toMs() const { return m_toMs; }
    [[nodiscard]] const QString& clerkId() const { return m_clerkId; }
    [[nodiscard]] std::optional<OutboxState> state() const { return m_state; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    // Whether a request not on this PC may be looked up at the backend for it.
    [[nodiscard]] bool canAskBackend() const
    {
        return (m_kind == Kind::TrackingCode || m_kind == Kind::NationalCode) && !m_fromDay &&
               !m_toDay && m_clerkId.isEmpty() && !m_state;
    }

    // The page token: the (created_at, seq) of the last row of a page. Error code:
    // followup.page_token when the text is not one.
    struct Position
    {
        qint64 createdAt = 0;
        qint64 seq = 0;
    };
    [[nodiscard]] static QString token(const Position& position);
    [[nodiscard]] static Result<Position> position(const QString& token);

private:
    Kind m_kind = Kind::Filter;
    QString m_identifier;
    std::optional<QDate> m_fromDay;
    std::optional<QDate> m_toDay;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_clerkId;
    std::optional<OutboxState> m_state;
    int m_pageSize = kDefaultPageSize;
};

} // namespace pishkhan
