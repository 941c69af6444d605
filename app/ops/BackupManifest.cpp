#include "BackupManifest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace pishkhan {

using namespace Qt::StringLiterals;

void BackupManifest::takeFacts(const StoreInspection& facts)
{
    cipherVersion = facts.cipherVersion;
    schemaVersion = facts.schemaVersion;
    outboxRows = facts.outboxRows;
    ledgerEntries = facts.ledgerEntries;
    ledgerHeadSeq = facts.ledgerHeadSeq;
    ledgerHeadHash = facts.ledgerHeadHash;
    auditEvents = facts.auditEvents;
}

QByteArray BackupManifest::toJson() const
{
    // Integers stay exact in JSON doubles far beyond any count or size here (2^53).
    QJsonObject o{
        {u"format"_s, kFormat},
        {u"created_at"_s,
         QDateTime::fromMSecsSinceEpoch(createdAt, QTimeZone::utc()).toString(Qt::ISODate)},
        {u"created_at_ms"_s, double(createdAt)},
        {u"app_version"_s, appVersion},
        {u"cipher_version"_s, cipherVersion},
        {u"schema_version"_s, schemaVersion},
        {u"backup_file"_s, backupFile},
        {u"file_size"_s, double(fileSize)},
        {u"file_sha256"_s, fileSha256},
        {u"key_fingerprint"_s, keyFingerprint},
        {u"training"_s, training},
        {u"outbox_rows"_s, double(outboxRows)},
        {u"ledger_entries"_s, double(ledgerEntries)},
        {u"ledger_head_seq"_s, double(ledgerHeadSeq)},
        {u"ledger_head_hash"_s, ledgerHeadHash},
        {u"audit_events"_s, double(auditEvents)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        o.value(u"format"_s).toInt() != kFormat || !o.value(u"backup_file"_s).isString())
        return Error(u"backup.manifest"_s,
                     QT_TRANSLATE_NOOP("Error", "The backup's manifest file is missing or not "
                                                "readable."),
                     parseError.errorString());
    BackupManifest m;
    m.createdAt = qint64(o.value(u"created_at_ms"_s).toDouble());
    m.appVersion = o.value(u"app_version"_s).toString();
    m.cipherVersion = o.value(u"cipher_version"_s).toString();
    m.schemaVersion = o.value(u"schema_version"_s).toInt();
    m.backupFile = o.value(u"backup_file"_s).toString();
    m.fileSize = qint64(o.value(u"file_size"_s).toDouble());
    m.fileSha256 = o.value(u"file_sha256"_s).toString();
    m.keyFingerprint = o.value(u"key_fingerprint"_s).toString();
    m.training = o.value(u"training"_s).toBool();
    m.outboxRows = qint64(o.value(u"outbox_rows"_s).toDouble());
    m.ledgerEntries = qint64(o.value(u"ledger_entries"_s).toDouble());
    m.ledgerHeadSeq = qint64(o.value(u"ledger_head_seq"_s).toDouble());
    m.ledgerHeadHash = o.value(u"ledger_head_hash"_s).toString();
    m.auditEvents = qint64(o.value(u"audit_events"_s).toDouble());
    return m;
}

} // namespace pishkhan
