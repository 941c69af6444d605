#include "BackendSigningKeys.h"

#include "AuditEvent.h"
#include "AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error invalidKey(const QString& detail)
{
    return Error(u"device.server_key_invalid"_s,
                 QT_TRANSLATE_NOOP("Error", "The backend's signing key is not valid."), detail);
}

} // namespace

BackendSigningKeys::BackendSigningKeys(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{}

QString BackendSigningKeys::keyIdOf(const QByteArray& rawKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(rawKey, QCryptographicHash::Sha256).left(8).toHex());
}

Result<QHash<QString, QByteArray>> BackendSigningKeys::all()
{
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({QString::fromLatin1(kSettingKey)}); !s)
        return s.error();
    auto value = stmt->first([](const Row& row) { return row.text(0); });
    if (!value)
        return value.error();
    QHash<QString, QByteArray> keys;
    if (!value->has_value())
        return keys;
    const QJsonObject o = QJsonDocument::fromJson((**value).toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QByteArray raw = QByteArray::fromBase64(it.value().toString().toLatin1());
        // A key whose id does not match is not one this counter recorded; it proves nothing.
        if (raw.size() == kKeySize && keyIdOf(raw) == it.key())
            keys.insert(it.key(), raw);
    }
    return keys;
}

Result<bool> BackendSigningKeys::record(const QByteArray& rawKey, const QString& keyId,
                                        const QString& how, qint64 actorId,
                                        const QString& actorName)
{
    if (rawKey.size() != kKeySize)
        return invalidKey(u"the key is not 32 bytes"_s);
    if (keyIdOf(rawKey) != keyId)
        return invalidKey(u"key id "_s + keyId + u" does not match the key"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<QHash<QString, QByteArray>> known = all();
    if (!known)
        return known.error();
    if (known->contains(keyId))
        return false;
    QJsonObject o;
    for (auto it = known->cbegin(); it != known->cend(); ++it)
        o.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    o.insert(keyId, QString::fromLatin1(rawKey.toBase64()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) "
                             "VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    if (Status s =
            stmt->execute({QString::fromLatin1(kSettingKey),
                           QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), now,
                           actorId > 0 ? SqlValue(actorId) : SqlValue()});
        !s)
        return s.error();
    AuditEvent event;
    event.kind = AuditKind::SettingsChanged;
    event.accountId = actorId;
    event.username = actorName;
    event.subject = QString::fromLatin1(kSettingKey);
    event.detail =
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"key_id"_s, keyId}, {u"how"_s, how}})
                              .toJson(QJsonDocument::Compact));
    if (Result<AuditEvent> r = m_audit.recordInTransaction(event); !r)
        return r.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return true;
}

} // namespace pishkhan
