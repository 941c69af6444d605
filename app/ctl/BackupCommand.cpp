#include "BackupCommand.h"

#include "CtlContext.h"
#include "ops/BackupSchedule.h"
#include "ops/StoreBackup.h"
#include "security/AuditLog.h"
#include "security/KeyVault.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString BackupCommand::summary() const
{
    return u"backup [--to DIR] [--keep N] [--if-due]: encrypted copy of the store + manifest"_s;
}

int BackupCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"to"_s, u"Write the backup into <dir> (default: <data dir>/backups)."_s, u"dir"_s},
        {u"keep"_s,
         u"Keep the newest <n> backups there, remove older ones (default 14; 0 = keep all)."_s,
         u"n"_s, QString::number(BackupSchedule::kDefaultKeep)},
        {u"if-due"_s, u"Only when no backup was taken yet today (for a daily timer)."_s},
    });
    if (auto done = parse(context, parser, arguments,
                          u"Makes an encrypted copy of the store (same key: the recovery key "
                          u"opens it) while the app may keep working, checks it, and writes a "
                          u"JSON manifest beside it."_s))
        return *done;
    bool ok = false;
    const int keep = parser.value(u"keep"_s).toInt(&ok);
    if (!ok || keep < 0)
        return context.usage(u"--keep needs a number"_s, helpText(parser));
    const QString folder =
        parser.isSet(u"to"_s) ? parser.value(u"to"_s) : context.defaultBackupDir();
    const bool training = context.options().training;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    Result<Session> session = context.login(Permission::Backup);
    if (!session)
        return context.fail(session.error());
    if (parser.isSet(u"if-due"_s) &&
        !BackupSchedule().isDue(BackupSchedule::lastBackupAt(folder, training), now)) {
        if (context.options().json)
            context.printJson({{u"ok"_s, true}, {u"due"_s, false}});
        else
            context.out() << "backup: not due (one was taken today)" << Qt::endl;
        return int(ExitCode::Ok);
    }
    Result<QByteArray> key = context.vault().readExistingKey();
    if (!key)
        return context.fail(key.error());

    StoreBackup backup(context.storePath(), *key, training);
    Result<StoreBackup::Outcome> made = backup.writeTo(folder, now);
    if (!made)
        return context.fail(made.error());
    (void)context.audit().record(
        AuditKind::Backup, *session, made->manifest.backupFile,
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"ledger_head_seq"_s, double(made->manifest.ledgerHeadSeq)},
                                      {u"file_size"_s, double(made->manifest.fileSize)}})
                .toJson(QJsonDocument::Compact)));
    QStringList removed;
    if (keep > 0) {
        Result<QStringList> pruned = BackupSchedule::prune(folder, keep, training);
        if (!pruned)
            return context.fail(pruned.error());
        removed = *pruned;
    }

    if (context.options().json) {
        QJsonObject o = QJsonDocument::fromJson(made->manifest.toJson()).object();
        o.insert(u"ok"_s, true);
        o.insert(u"path"_s, made->filePath);
        o.insert(u"manifest_path"_s, made->manifestPath);
        o.insert(u"elapsed_ms"_s, double(made->elapsedMs));
        o.insert(u"removed"_s, QJsonArray::fromStringList(removed));
        context.printJson(o);
    } else {
        context.out() << "backup: " << QDir::toNativeSeparators(made->filePath) << " ("
                      << made->manifest.fileSize << " bytes, " << made->manifest.ledgerEntries
                      << " ledger entries, " << made->manifest.outboxRows << " requests, "
                      << made->elapsedMs << " ms)" << Qt::endl;
        for (const QString& path : removed)
            context.out() << "removed old backup " << QDir::toNativeSeparators(path) << Qt::endl;
    }
    return int(ExitCode::Ok);
}

} // namespace pishkhan
