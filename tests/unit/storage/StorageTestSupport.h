#pragma once

// Shared by the storage tests: keys, sample requests and file fingerprints.

#include "storage/Database.h"
#include "storage/OutboxEntry.h"
#include "storage/OutboxStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

namespace pishkhan::test {

inline QByteArray randomKey()
{
    QByteArray key(Database::kKeySize, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

// Known citizen data: a valid national code and mobile and a Persian name with a ZWNJ-free
// spelling, so the at-rest scan looks for exactly what was written.
inline const QString kNationalCode = QStringLiteral("0499370899");
inline const QString kMobile = QStringLiteral("09121234567");
inline const QString kCitizenName = QStringLiteral("زهرا احمدی");

inline OutboxEntry sampleEntry(const QString& requestId = OutboxStore::newRequestId())
{
    OutboxEntry e;
    e.requestId = requestId;
    e.serviceId = QStringLiteral("property-file-status");
    e.catalogueVersion = 7;
    e.nationalCode = kNationalCode;
    e.mobile = kMobile;
    e.citizenName = kCitizenName;
    e.payload = QStringLiteral(R"({"file_no":"12-345","owner":"زهرا احمدی"})");
    e.feeReference = QStringLiteral("cash-0001");
    e.consentToken = QStringLiteral("consent-abc");
    e.consentExpiresAt = 0;
    return e;
}

// SHA-256 of a file, or "<missing>" so a file that appears or vanishes also shows up as a
// change.
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QString describeError(const Error& error)
{
    return error.code() + QStringLiteral(": ") + error.message();
}

} // namespace pishkhan::test
