#include "AuditTrail.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "core/SolarHijri.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pishkhan {

using namespace Qt::StringLiterals;

AuditTrailPage::EventState AuditTrailPage::stateOf(const AuditEvent& event) const
{
    if (!chain.failure)
        return EventState::Verified;
    if (event.seq < chain.failure->sequence)
        return EventState::Verified;
    if (event.seq == chain.failure->sequence)
        return EventState::Broken;
    return EventState::Unverified;
}

AuditTrail::AuditTrail(AuditLog& log, QTimeZone zone)
    : m_log(log)
    , m_zone(zone.isValid() ? zone : SolarHijri::officeTimeZone())
{}

Result<AuditTrailPage> AuditTrail::read(const Session& reader, const AuditTrailQuery& query)
{
    if (Status s = Authorizer::require(reader, Permission::ReadAudit); !s)
        return s.error();
    if (query.limit <= 0)
        return Error(u"audit.limit"_s,
                     QT_TRANSLATE_NOOP("Error", "The number of events to show must be positive."),
                     u"limit "_s + QString::number(query.limit));

    AuditLog::Filter filter;
    if (query.day.isValid()) {
        // The office's calendar day, whatever zone the PC is set to; a day with a clock change
        // is 23 or 25 hours long, which startOfDay of the next day gets right.
        filter.fromMs = query.day.startOfDay(m_zone).toMSecsSinceEpoch();
        filter.toMs = query.day.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch();
    }
    filter.username = query.actor;
    if (query.kind)
        filter.kinds = {*query.kind};
    // One more than asked, to know whether there were more.
    filter.limit = query.limit + 1;

    Result<QList<AuditEvent>> events = m_log.read(reader, filter);
    if (!events)
        return events.error();
    Result<HashChain::Report> chain = m_log.verify();
    if (!chain)
        return chain.error();

    AuditTrailPage page;
    page.query = query;
    page.events = std::move(*events);
    page.truncated = page.events.size() > query.limit;
    if (page.truncated)
        page.events.resize(query.limit);
    page.chain = std::move(*chain);
    return page;
}

Result<QStringList> AuditTrail::actors(const Session& reader)
{
    return m_log.actors(reader);
}

Status AuditTrail::recordExport(const Session& reader, const AuditTrailPage& page,
                                const QString& format)
{
    if (Status s = Authorizer::require(reader, Permission::ReadAudit); !s)
        return s;
    QJsonObject detail{{u"format"_s, format}, {u"rows"_s, qint64(page.events.size())}};
    if (page.query.day.isValid())
        detail.insert(u"day"_s, page.query.day.toString(Qt::ISODate));
    if (!page.query.actor.isEmpty())
        detail.insert(u"actor"_s, page.query.actor);
    if (page.query.kind)
        detail.insert(u"kind"_s, auditKindName(*page.query.kind));
    detail.insert(u"chain"_s, page.chainHolds() ? u"verified"_s : u"broken"_s);
    Result<AuditEvent> recorded =
        m_log.record(AuditKind::Export, reader, u"audit_trail"_s,
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace pishkhan
