#include "QueueCommand.h"

#include "CtlContext.h"
#include "core/MobileNumber.h"
#include "core/NationalCode.h"
#include "storage/OutboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// Lists and shows mask the citizen's identifiers, as every screen and export does.
QString maskedCode(const QString& code)
{
    auto parsed = NationalCode::parse(code);
    return parsed ? parsed->masked() : u"?"_s;
}

QString maskedMobile(const QString& mobile)
{
    auto parsed = MobileNumber::parse(mobile);
    return parsed ? parsed->masked() : u"?"_s;
}

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate)
                  : QString();
}

QJsonObject entryJson(const OutboxEntry& e)
{
    return {{u"request_id"_s, e.requestId},
            {u"service_id"_s, e.serviceId},
            {u"state"_s, outboxStateName(e.state)},
            {u"national_code"_s, maskedCode(e.nationalCode)},
            {u"mobile"_s, maskedMobile(e.mobile)},
            {u"attempts"_s, e.attemptCount},
            {u"tracking_code"_s, e.trackingCode},
            {u"last_error_code"_s, e.lastErrorCode},
            {u"last_error"_s, e.lastErrorMessage},
            {u"last_error_fa"_s, e.lastErrorMessageFa},
            {u"created_at"_s, isoTime(e.createdAt)},
            {u"updated_at"_s, isoTime(e.updatedAt)},
            {u"consent_expires_at"_s, isoTime(e.consentExpiresAt)}};
}

} // namespace

QString QueueCommand::summary() const
{
    return u"queue list|show ID|retry ID: the outbox; retry sends a needs-attention request again"_s;
}

int QueueCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, u"list, show ID or retry ID"_s,
                                 u"list|show|retry [ID]"_s);
    parser.addOptions({
        {u"state"_s,
         u"list: only this state (queued, sending, accepted, rejected, needs_attention)."_s,
         u"state"_s},
        {u"limit"_s, u"list: at most <n> rows per state (default 100)."_s, u"n"_s, u"100"_s},
    });
    if (auto done = parse(context, parser, arguments,
                          u"The outbox: list requests by state, show one, or retry one that "
                          u"needs attention (same request id, so the backend never does it "
                          u"twice). Citizen identifiers are masked."_s))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!((action == u"list"_s && positional.size() == 1) ||
          ((action == u"show"_s || action == u"retry"_s) && positional.size() == 2)))
        return context.usage(u"expected: queue list | queue show ID | queue retry ID"_s,
                             helpText(parser));
    QList<OutboxState> states = {OutboxState::NeedsAttention, OutboxState::Queued,
                                 OutboxState::Sending,        OutboxState::Accepted,
                                 OutboxState::Rejected,       OutboxState::Withdrawn};
    if (parser.isSet(u"state"_s)) {
        const auto state = outboxStateFromString(parser.value(u"state"_s));
        if (!state)
            return context.usage(u"unknown state "_s + parser.value(u"state"_s), helpText(parser));
        states = {*state};
    }

    Result<Session> session = context.login(Permission::ServeCitizen);
    if (!session)
        return context.fail(session.error());
    Result<Database*> db = context.store();
    if (!db)
        return context.fail(db.error());
    OutboxStore outbox(**db);

    if (action == u"list"_s) {
        QJsonArray rows;
        for (const OutboxState state : states) {
            Result<QList<OutboxEntry>> list =
                outbox.listByState(state, parser.value(u"limit"_s).toInt());
            if (!list)
                return context.fail(list.error());
            for (const OutboxEntry& e : *list) {
                if (context.options().json)
                    rows.append(entryJson(e));
                else
                    context.out() << e.requestId << "  " << outboxStateName(e.state) << "  "
                                  << e.serviceId << "  " << maskedCode(e.nationalCode) << "  "
                                  << (e.trackingCode.isEmpty() ? e.lastErrorCode : e.trackingCode)
                                  << "\n";
            }
        }
        if (context.options().json)
            context.printJson({{u"ok"_s, true}, {u"requests"_s, rows}});
        context.out() << Qt::flush;
        return int(ExitCode::Ok);
    }

    const QString id = positional.at(1);
    if (action == u"retry"_s) {
        if (Status s = outbox.resubmit(id, QDateTime::currentMSecsSinceEpoch()); !s)
            return context.fail(s.error());
    }
    Result<std::optional<OutboxEntry>> found = outbox.find(id);
    if (!found)
        return context.fail(found.error());
    if (!*found)
        return context.fail(OutboxStore::notFound(id));
    const QJsonObject o = entryJson(**found);
    if (context.options().json) {
        QJsonObject answer{{u"ok"_s, true}, {u"request"_s, o}};
        context.printJson(answer);
    } else {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            context.out() << it.key() << ": " << it.value().toVariant().toString() << "\n";
        if (action == u"retry"_s)
            context.out() << "queued again; it goes out with the next sync\n";
        context.out() << Qt::flush;
    }
    return int(ExitCode::Ok);
}

} // namespace pishkhan
