#include "FollowUpQuery.h"

#include "FollowUpLookup.h"
#include "core/NationalCode.h"
#include "core/SolarHijri.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

qint64 startOfDay(QDate day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace

QDate FollowUpQuery::parseDay(const QString& text)
{
    static const QRegularExpression shape(u"^(\\d{4})[/\\-.](\\d{1,2})[/\\-.](\\d{1,2})$"_s);
    const QRegularExpressionMatch m = shape.match(FollowUpLookup::normalise(text));
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                 SolarHijri::calendar());
}

Result<FollowUpQuery> FollowUpQuery::parse(const Criteria& criteria, const QTimeZone& zone,
                                           int pageSize)
{
    FollowUpQuery q;
    q.m_pageSize = pageSize <= 0 ? kDefaultPageSize : std::min(pageSize, kMaxPageSize);
    const QString text = FollowUpLookup::normalise(criteria.text);
    const QString from = FollowUpLookup::normalise(criteria.fromDay);
    const QString to = FollowUpLookup::normalise(criteria.toDay);
    const QString clerk = criteria.clerkId.trimmed();
    const QString state = criteria.state.trimmed();
    const bool filtered = !from.isEmpty() || !to.isEmpty() || !clerk.isEmpty() || !state.isEmpty();
    if (text.isEmpty() && !filtered)
        return Error(u"followup.query_empty"_s,
                     QT_TRANSLATE_NOOP("Error", "Type a tracking code, a receipt number or a "
                                                "national code, or choose days, a clerk or a "
                                                "state."));
    if (!text.isEmpty()) {
        switch (FollowUpLookup::classify(text)) {
        case FollowUpLookup::QueryKind::Invalid:
            return Error(u"followup.query"_s,
                         QT_TRANSLATE_NOOP("Error", "Type a tracking code, a receipt number or a "
                                                    "national code."),
                         criteria.text);
        case FollowUpLookup::QueryKind::TrackingCode:
            q.m_kind = Kind::TrackingCode;
            q.m_identifier = text;
            break;
        case FollowUpLookup::QueryKind::ReceiptNumber:
            q.m_kind = Kind::ReceiptNumber;
            q.m_identifier = text;
            break;
        case FollowUpLookup::QueryKind::NationalCode:
            q.m_kind = Kind::NationalCode;
            q.m_identifier = NationalCode::parse(text)->canonical();
            break;
        }
        if (filtered && q.m_kind != Kind::NationalCode)
            return Error(u"followup.query_mixed"_s,
                         QT_TRANSLATE_NOOP("Error", "A tracking code or a receipt number names "
                                                    "one request: clear the days, clerk and "
                                                    "state, or search by national code."),
                         criteria.text);
    }
    for (const auto& [typed, day] : {std::pair{from, &q.m_fromDay}, std::pair{to, &q.m_toDay}}) {
        if (typed.isEmpty())
            continue;
        const QDate d = parseDay(typed);
        if (!d.isValid())
            return Error(u"followup.day"_s,
                         QT_TRANSLATE_NOOP("Error", "Type the day as year/month/day, for "
                                                    "example 1405/09/07."),
                         typed);
        *day = d;
    }
    if (q.m_fromDay && q.m_toDay && *q.m_toDay < *q.m_fromDay)
        return Error(u"followup.day_order"_s,
                     QT_TRANSLATE_NOOP("Error", "The last day comes before the first day."),
                     from + u".."_s + to);
    if (q.m_fromDay)
        q.m_fromMs = startOfDay(*q.m_fromDay, zone);
    if (q.m_toDay)
        q.m_toMs = startOfDay(q.m_toDay->addDays(1), zone);
    static const QRegularExpression userName(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    if (!clerk.isEmpty()) {
        if (!userName.match(clerk).hasMatch())
            return Error(u"followup.clerk"_s,
                         QT_TRANSLATE_NOOP("Error", "Type the clerk's user name."), clerk);
        q.m_clerkId = clerk;
    }
    if (!state.isEmpty()) {
        const auto s = outboxStateFromString(state);
        if (!s)
            return Error(u"followup.state"_s,
                         QT_TRANSLATE_NOOP("Error", "Choose one of the listed states."), state);
        q.m_state = *s;
    }
    return q;
}

QString FollowUpQuery::token(const Position& position)
{
    return QString::number(position.createdAt) + u'.' + QString::number(position.seq);
}

Result<FollowUpQuery::Position> FollowUpQuery::position(const QString& token)
{
    const QStringList parts = token.split(u'.');
    bool a = false;
    bool b = false;
    Position p;
    if (parts.size() == 2) {
        p.createdAt = parts[0].toLongLong(&a);
        p.seq = parts[1].toLongLong(&b);
    }
    if (!a || !b || p.seq <= 0)
        return Error(u"followup.page_token"_s,
                     QT_TRANSLATE_NOOP("Error", "The next page could not be found; search "
                                                "again."),
                     token);
    return p;
}

} // namespace pishkhan
