#include "StatusCommand.h"

#include "CtlContext.h"
#include "ledger/LedgerStore.h"
#include "ops/BackupSchedule.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/SchemaMigrator.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString StatusCommand::summary() const
{
    return u"status: store, queue by state, ledger head, newest backup"_s;
}

int StatusCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {u"backup-dir"_s, u"Where backups are (default <data dir>/backups)."_s, u"dir"_s});
    if (auto done = parse(context, parser, arguments,
                          u"Shows the store, the queue by state, the ledger head and the newest "
                          u"backup. Counts only; no login."_s))
        return *done;
    Result<Database*> db = context.store();
    if (!db)
        return context.fail(db.error());
    OutboxStore outbox(**db);
    Result<QMap<OutboxState, qint64>> counts = outbox.countsByState();
    if (!counts)
        return context.fail(counts.error());
    LedgerStore ledger(**db);
    Result<LedgerStore::Head> head = ledger.head();
    if (!head)
        return context.fail(head.error());
    const int schema = SchemaMigrator::currentVersion(**db).valueOr(0);
    const QString backupDir =
        parser.isSet(u"backup-dir"_s) ? parser.value(u"backup-dir"_s) : context.defaultBackupDir();
    const std::optional<qint64> lastBackup =
        BackupSchedule::lastBackupAt(backupDir, context.options().training);
    const QString lastBackupText =
        lastBackup
            ? QDateTime::fromMSecsSinceEpoch(*lastBackup, QTimeZone::utc()).toString(Qt::ISODate)
            : QString();

    QJsonObject queue;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        queue.insert(outboxStateName(it.key()), double(it.value()));
    if (context.options().json) {
        context.printJson({{u"ok"_s, true},
                           {u"store_path"_s, context.storePath()},
                           {u"training"_s, context.options().training},
                           {u"schema_version"_s, schema},
                           {u"cipher_version"_s, (*db)->cipherVersion()},
                           {u"queue"_s, queue},
                           {u"ledger_head_seq"_s, double(head->seq)},
                           {u"ledger_head_hash"_s, head->hash},
                           {u"last_backup_at"_s, lastBackupText}});
        return int(ExitCode::Ok);
    }
    QTextStream& out = context.out();
    out << "store:   " << QDir::toNativeSeparators(context.storePath())
        << (context.options().training ? " (training)" : "") << "\nschema:  " << schema
        << ", SQLCipher " << (*db)->cipherVersion() << "\nqueue:  ";
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        out << " " << outboxStateName(it.key()) << "=" << it.value();
    out << "\nledger:  " << head->seq << " entries, head " << head->hash << "\nbackup:  "
        << (lastBackupText.isEmpty() ? u"none in "_s + QDir::toNativeSeparators(backupDir)
                                     : lastBackupText)
        << Qt::endl;
    return int(ExitCode::Ok);
}

} // namespace pishkhan
