#include "RestoreCommand.h"

#include "CtlContext.h"
#include "PasswordPrompt.h"
#include "ops/StoreRestorer.h"
#include "storage/StoreLock.h"

#include <QDir>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString RestoreCommand::summary() const
{
    return u"restore BACKUP [--replace]: restore a backup with the recovery key"_s;
}

int RestoreCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"backup"_s, u"The backup file (…-backup-….db)."_s);
    parser.addOptions({
        {u"replace"_s, u"Replace an existing store (it is moved aside, never deleted, and its "
                       u"key kept in the keychain); needs an administrator of that store."_s},
        {u"key-fd"_s, u"Read the recovery key as one line from file descriptor <n>."_s, u"n"_s},
    });
    if (auto done = parse(context, parser, arguments,
                          u"Restores a backup as this data folder's store: checks the recovery "
                          u"key's check groups, opens the backup with it, runs integrity_check "
                          u"and re-walks the ledger and audit chains, copies it into place and "
                          u"stores the key in this computer's keychain. Pishkhan Desk must be "
                          u"closed. A store already here is replaced only with --replace and an "
                          u"administrator's log-in on it (--user, --password-fd; the recovery "
                          u"key line comes first when both share a descriptor); its key is kept "
                          u"as \"store-key.replaced-<time>\". A training backup restores only "
                          u"with --training, a live one only without."_s))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"expected: restore BACKUP"_s, helpText(parser));
    if (!QDir().mkpath(context.dataDir()))
        return context.fail(Error(u"restore.data_dir"_s,
                                  QT_TRANSLATE_NOOP("Error", "The data folder cannot be created."),
                                  context.dataDir()));
    // First, so nothing is asked for while Pishkhan Desk runs on this store.
    Result<StoreLock> lock = StoreLock::acquire(context.storePath());
    if (!lock)
        return context.fail(lock.error());

    StoreRestorer::Request request;
    request.backupPath = parser.positionalArguments().first();
    request.storePath = context.storePath();
    request.replaceExisting = parser.isSet(u"replace"_s);
    request.training = context.options().training;
    request.lock = std::make_shared<StoreLock>(std::move(*lock));

    Result<QString> typed = QString();
    if (parser.isSet(u"key-fd"_s)) {
        bool ok = false;
        const int fd = parser.value(u"key-fd"_s).toInt(&ok);
        if (!ok || fd < 0)
            return context.usage(u"--key-fd needs a file descriptor number"_s, helpText(parser));
        typed = PasswordPrompt::readLine(fd);
    } else {
        typed = PasswordPrompt::ask(u"Recovery key: "_s, true);
    }
    if (!typed)
        return context.fail(typed.error());
    request.typedKey = *typed;

    StoreRestorer restorer(context.vault());
    if (request.replaceExisting) {
        Result<bool> needed = restorer.administratorNeeded(request.storePath);
        if (!needed)
            return context.fail(needed.error());
        if (*needed) {
            Result<CtlContext::Credentials> admin = context.credentials();
            if (!admin)
                return context.fail(admin.error());
            request.adminUser = admin->user;
            request.adminPassword = admin->password;
        }
    }

    Result<StoreRestorer::Outcome> restored = restorer.restore(request);
    if (!restored)
        return context.fail(restored.error());
    const StoreInspection& f = restored->facts;
    if (context.options().json) {
        context.printJson({{u"ok"_s, true},
                           {u"store_path"_s, restored->storePath},
                           {u"moved_aside"_s, restored->movedAsidePath},
                           {u"replaced_key_entry"_s, restored->savedKeyName},
                           {u"schema_version"_s, f.schemaVersion},
                           {u"outbox_rows"_s, double(f.outboxRows)},
                           {u"ledger_entries"_s, double(f.ledgerEntries)},
                           {u"ledger_head_seq"_s, double(f.ledgerHeadSeq)},
                           {u"ledger_head_hash"_s, f.ledgerHeadHash}});
    } else {
        if (!restored->movedAsidePath.isEmpty())
            context.out() << "the previous store was moved aside to "
                          << QDir::toNativeSeparators(restored->movedAsidePath) << "\n";
        if (!restored->savedKeyName.isEmpty())
            context.out() << "its key is kept in the keychain entry " << restored->savedKeyName
                          << "\n";
        context.out() << "restored " << QDir::toNativeSeparators(restored->storePath) << ": "
                      << f.ledgerEntries << " ledger entries (head " << f.ledgerHeadHash << "), "
                      << f.outboxRows << " requests" << Qt::endl;
    }
    return int(ExitCode::Ok);
}

} // namespace pishkhan
