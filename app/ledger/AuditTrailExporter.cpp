#include "AuditTrailExporter.h"

#include "DocumentStyle.h"
#include "ExportFormat.h"
#include "core/SolarHijri.h"

#include <QDateTime>

namespace pishkhan {

using namespace Qt::StringLiterals;
using K = ReceiptLabels::Key;
using Language = ReceiptLabels::Language;

namespace {

SolarHijri::Digits digitsOf(const ReportContext& c)
{
    return c.language == Language::Persian ? SolarHijri::Digits::Persian
                                           : SolarHijri::Digits::Latin;
}

K stateKey(AuditTrailPage::EventState state)
{
    switch (state) {
    case AuditTrailPage::EventState::Verified:
        return K::AuditVerified;
    case AuditTrailPage::EventState::Broken:
        return K::AuditBroken;
    case AuditTrailPage::EventState::Unverified:
        return K::AuditUnverified;
    }
    return K::AuditUnverified;
}

QString stateName(AuditTrailPage::EventState state)
{
    // The CSV's machine column: stable English whatever the document language.
    return ReceiptLabels::text(stateKey(state), Language::English);
}

QString actorName(const QString& username, const ReportContext& c)
{
    return c.clerkNames.value(username, username);
}

// What the reader asked for, in words: "day — actor — kind".
QString filterText(const AuditTrailPage& page, const ReportContext& c)
{
    const AuditTrailQuery& q = page.query;
    const QString day = q.day.isValid() ? (c.language == Language::Persian
                                               ? SolarHijri::formatLongDateWithWeekday(q.day)
                                               : SolarHijri::formatDate(q.day, digitsOf(c)))
                                        : c.label(K::AuditAllDays);
    const QString actor = q.actor.isEmpty() ? c.label(K::AuditEveryone) : actorName(q.actor, c);
    const QString kind = q.kind ? auditKindDisplayName(*q.kind) : c.label(K::AuditAllKinds);
    return DocumentStyle::escape(day) + u" — "_s + DocumentStyle::escape(actor) + u" — "_s +
           DocumentStyle::escape(kind);
}

QString chainText(const AuditTrailPage& page, const ReportContext& c)
{
    if (!page.chain.failure)
        return DocumentStyle::escape(c.label(K::AuditChainHolds)) + u" "_s +
               DocumentStyle::number(page.chain.entriesChecked, c.language);
    return u"<b>"_s + DocumentStyle::escape(c.label(K::AuditChainBroken)) + u" "_s +
           DocumentStyle::number(page.chain.failure->sequence, c.language) + u"</b>"_s;
}

} // namespace

QByteArray AuditTrailExporter::csv(const AuditTrailPage& page, const ReportContext& c)
{
    QList<QStringList> rows;
    rows << QStringList{u"seq"_s,   u"at_utc"_s,     u"at_local"_s, u"kind"_s,   u"kind_name"_s,
                        u"actor"_s, u"actor_name"_s, u"subject"_s,  u"detail"_s, u"chain"_s};
    for (const AuditEvent& e : page.events) {
        rows << QStringList{
            QString::number(e.seq),
            QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs),
            SolarHijri::formatEpoch(e.at, c.effectiveZone(), SolarHijri::Digits::Latin),
            auditKindName(e.kind),
            auditKindDisplayName(e.kind),
            e.username,
            actorName(e.username, c),
            e.subject,
            e.detail,
            stateName(page.stateOf(e))};
    }
    return ExportFormat::csv(rows);
}

QString AuditTrailExporter::html(const AuditTrailPage& page, const ReportContext& c)
{
    QString h = ExportFormat::htmlHeader(c.label(K::AuditTrailTitle), filterText(page, c), c);
    h += u"<p align=\"center\">"_s + chainText(page, c) + u"</p>"_s;
    if (page.truncated)
        h += u"<p align=\"center\">"_s + DocumentStyle::escape(c.label(K::AuditTruncated)) +
             u"</p>"_s;
    QList<QStringList> rows;
    for (const AuditEvent& e : page.events) {
        const auto state = page.stateOf(e);
        QString stateCell = DocumentStyle::escape(c.label(stateKey(state)));
        if (state != AuditTrailPage::EventState::Verified)
            stateCell = u"<b>"_s + stateCell + u"</b>"_s;
        rows << QStringList{
            DocumentStyle::number(e.seq, c.language),
            DocumentStyle::code(SolarHijri::formatEpoch(e.at, c.effectiveZone(), digitsOf(c))),
            DocumentStyle::escape(auditKindDisplayName(e.kind)),
            DocumentStyle::escape(actorName(e.username, c)),
            DocumentStyle::code(e.subject),
            DocumentStyle::code(e.detail),
            stateCell};
    }
    h += ExportFormat::htmlTable({c.label(K::AuditSequence), c.label(K::DateTime),
                                  c.label(K::AuditEvent), c.label(K::AuditActor),
                                  c.label(K::AuditSubject), c.label(K::AuditDetail),
                                  c.label(K::AuditChain)},
                                 rows, c.language);
    return h + u"</body></html>"_s;
}

Status AuditTrailExporter::pdf(const AuditTrailPage& page, const ReportContext& c,
                               const QString& pdfPath)
{
    return ExportFormat::pdfFromHtml(html(page, c), c.label(K::AuditTrailTitle), pdfPath);
}

} // namespace pishkhan
