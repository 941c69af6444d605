#include "LedgerCommand.h"

#include "CtlContext.h"
#include "ledger/ClosedDayVerifier.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "security/AuditLog.h"
#include "security/BackendSigningKeys.h"
#include "security/KeyVault.h"

#include <QJsonObject>

#include <algorithm>
#include <thread>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString LedgerCommand::summary() const
{
    return u"ledger verify: re-walk the ledger and audit hash chains and prove every closed day, "
           u"name the first bad entry or day"_s;
}

int LedgerCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"verify"_s, u"Verify the hash chains."_s, u"verify"_s);
    if (auto done = parse(context, parser, arguments,
                          u"Re-walks the fee ledger's and the audit trail's hash chains, then "
                          u"holds every closed day's last entry to the close the counter signed "
                          u"and to the municipality's signed acknowledgement (checked with the "
                          u"backend key recorded at activation). Exit 0 when all hold; exit 1 "
                          u"naming the first entry or closed day that does not."_s))
        return *done;
    if (parser.positionalArguments() != QStringList{u"verify"_s})
        return context.usage(u"expected: ledger verify"_s, helpText(parser));

    Result<Session> session = context.login(Permission::ReadAudit);
    if (!session)
        return context.fail(session.error());
    // The role check above is the ledger's (ReadAudit); the walk itself is split over the
    // cores on read-only connections (a year of entries in about a second).
    Result<QByteArray> key = context.vault().readExistingKey();
    if (!key)
        return context.fail(key.error());
    Result<HashChain::Report> ledger = LedgerStore::verifyChainParallel(
        context.storePath(), *key, std::max(2, int(std::thread::hardware_concurrency())));
    if (!ledger)
        return context.fail(ledger.error());
    Result<HashChain::Report> audit = context.audit().verify();
    if (!audit)
        return context.fail(audit.error());

    // A chain that holds may still have been rewritten whole: each closed day is held to what
    // the counter signed and the municipality acknowledged about it.
    Result<Database*> db = context.store();
    if (!db)
        return context.fail(db.error());
    Result<QHash<QString, QByteArray>> serverKeys = BackendSigningKeys(**db, context.audit()).all();
    if (!serverKeys)
        return context.fail(serverKeys.error());
    Result<ClosedDayVerifier::Report> days = ClosedDayVerifier(**db).verify(*serverKeys);
    if (!days)
        return context.fail(days.error());

    std::optional<Error> broken;
    QString table;
    if (ledger->failure) {
        broken = HashChain::brokenError(u"ledger_entry"_s, *ledger->failure);
        table = u"ledger_entry"_s;
    } else if (audit->failure) {
        broken = HashChain::brokenError(u"audit_events"_s, *audit->failure);
        table = u"audit_events"_s;
    } else if (days->broken) {
        broken = days->broken;
        table = u"day_close"_s;
    }

    if (context.options().json) {
        QJsonObject o{{u"ok"_s, !broken},
                      {u"ledger_entries_checked"_s, double(ledger->entriesChecked)},
                      {u"ledger_head_hash"_s, ledger->lastHashHex},
                      {u"audit_events_checked"_s, double(audit->entriesChecked)},
                      {u"closed_days_checked"_s, days->daysChecked},
                      {u"acknowledgements_checked"_s, days->acknowledgementsChecked}};
        if (broken) {
            o.insert(u"error"_s, CtlContext::errorJson(*broken).value(u"error"_s));
            o.insert(u"table"_s, table);
            if (ledger->failure || audit->failure)
                o.insert(u"first_bad_entry"_s, double(ledger->failure ? ledger->failure->sequence
                                                                      : audit->failure->sequence));
            else
                o.insert(u"first_bad_day"_s, days->brokenDay->toString(Qt::ISODate));
        }
        context.printJson(o);
    } else if (broken) {
        context.err() << "pishkhanctl: BROKEN: " << broken->detail() << Qt::endl;
    } else {
        context.out() << "ledger: " << ledger->entriesChecked << " entries, chain holds, head "
                      << ledger->lastHashHex << "\naudit:  " << audit->entriesChecked
                      << " events, chain holds\nclosed days: " << days->daysChecked
                      << " match their signed closes (" << days->acknowledgementsChecked
                      << " acknowledged by the municipality)" << Qt::endl;
    }
    return broken ? int(ExitCode::CheckFailed) : int(ExitCode::Ok);
}

} // namespace pishkhan
