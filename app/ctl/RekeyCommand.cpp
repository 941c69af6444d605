#include "RekeyCommand.h"

#include "CtlContext.h"
#include "ops/KeyRotation.h"
#include "storage/Database.h"

#include <QJsonArray>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString RekeyCommand::summary() const
{
    return u"rekey [--finish]: change the store key (admin), print the new recovery key"_s;
}

int RekeyCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"finish"_s, u"Complete a key change that a crash interrupted."_s});
    if (auto done = parse(context, parser, arguments,
                          u"Re-encrypts the store under a new random key (PRAGMA rekey), moves "
                          u"the keychain to it and prints the new recovery key: write it down. "
                          u"Pishkhan Desk must be closed. Backups made before keep needing the "
                          u"old recovery key."_s))
        return *done;
    // Neither a key change nor finishing one under a running counter: it would go on with
    // the old key.
    if (Status locked = context.lockStore(); !locked)
        return context.fail(locked.error());
    KeyRotation rotation(context.vault());
    if (parser.isSet(u"finish"_s)) {
        Result<bool> finished = rotation.finishInterrupted(context.storePath());
        if (!finished)
            return context.fail(finished.error());
        if (context.options().json)
            context.printJson({{u"ok"_s, true}, {u"promoted"_s, *finished}});
        else
            context.out() << (*finished ? "the pending new key now opens the store"
                                        : "nothing to finish")
                          << Qt::endl;
        return int(ExitCode::Ok);
    }

    Result<Session> session = context.login(Permission::Rekey);
    if (!session)
        return context.fail(session.error());
    Result<Database*> db = context.store();
    if (!db)
        return context.fail(db.error());
    Result<RecoveryKey> fresh = rotation.rotate(*session, **db, context.audit());
    if (!fresh)
        return context.fail(fresh.error());
    if (context.options().json) {
        context.printJson({{u"ok"_s, true},
                           {u"recovery_key"_s, fresh->text()},
                           {u"groups"_s, QJsonArray::fromStringList(fresh->groups())},
                           {u"key_fingerprint"_s, RecoveryKey::fingerprint(fresh->storeKey())}});
    } else {
        context.out() << "The store key was changed. New recovery key — write it down and keep "
                         "it apart from this PC:\n\n    "
                      << fresh->text() << "\n\nBackups made before today need the old recovery key."
                      << Qt::endl;
    }
    return int(ExitCode::Ok);
}

} // namespace pishkhan
