#pragma once

#include "StoreInspector.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pishkhan {

// The JSON file written beside every backup ("<backup>.json"): what is in it and how to tell
// it is whole, readable without the key. It holds no secret and no citizen data: counts,
// hashes, versions and a fingerprint of the key (RecoveryKey::fingerprint).
struct BackupManifest
{
    static constexpr int kFormat = 1;

    qint64 createdAt = 0; // UTC epoch ms
    QString appVersion;
    QString cipherVersion;
    int schemaVersion = 0;
    QString backupFile; // file name only
    qint64 fileSize = 0;
    QString fileSha256; // hex, of the backup file as written
    QString keyFingerprint;
    bool training = false;
    qint64 outboxRows = 0;
    qint64 ledgerEntries = 0;
    qint64 ledgerHeadSeq = 0;
    QString ledgerHeadHash;
    qint64 auditEvents = 0;

    void takeFacts(const StoreInspection& facts);
    [[nodiscard]] QByteArray toJson() const;
    // Error code: backup.manifest.
    [[nodiscard]] static Result<BackupManifest> fromJson(const QByteArray& json);
};

} // namespace pishkhan
