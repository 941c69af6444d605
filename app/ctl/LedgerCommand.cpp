#include "LedgerCommand.h"

#include "CtlContext.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "security/AuditLog.h"
#include "security/KeyVault.h"

#include <QJsonObject>

#include <algorithm>
#include <thread>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString LedgerCommand::summary() const
{
    return u"ledger verify: re-walk the ledger and audit hash chains, name the first bad entry"_s;
}

int LedgerCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"verify"_s, u"Verify the hash chains."_s, u"verify"_s);
    if (auto done = parse(context, parser, arguments,
                          u"Re-walks the fee ledger's and the audit trail's hash chains. Exit 0 "
                          u"when both hold; exit 1 naming the first entry that does not."_s))
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

    std::optional<Error> broken;
    if (ledger->failure)
        broken = HashChain::brokenError(u"ledger_entry"_s, *ledger->failure);
    else if (audit->failure)
        broken = HashChain::brokenError(u"audit_events"_s, *audit->failure);

    if (context.options().json) {
        QJsonObject o{{u"ok"_s, !broken},
                      {u"ledger_entries_checked"_s, double(ledger->entriesChecked)},
                      {u"ledger_head_hash"_s, ledger->lastHashHex},
                      {u"audit_events_checked"_s, double(audit->entriesChecked)}};
        if (broken) {
            o.insert(u"error"_s, CtlContext::errorJson(*broken).value(u"error"_s));
            o.insert(u"table"_s, ledger->failure ? u"ledger_entry"_s : u"audit_events"_s);
            o.insert(u"first_bad_entry"_s, double(ledger->failure ? ledger->failure->sequence
                                                                  : audit->failure->sequence));
        }
        context.printJson(o);
    } else if (broken) {
        context.err() << "pishkhanctl: BROKEN: " << broken->detail() << Qt::endl;
    } else {
        context.out() << "ledger: " << ledger->entriesChecked << " entries, chain holds, head "
                      << ledger->lastHashHex << "\naudit:  " << audit->entriesChecked
                      << " events, chain holds" << Qt::endl;
    }
    return broken ? int(ExitCode::CheckFailed) : int(ExitCode::Ok);
}

} // namespace pishkhan
