#include "InterruptedRotation.h"

#include "KeyVault.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace pishkhan {

using namespace Qt::StringLiterals;

const char* const InterruptedRotation::kSettingKey = "store.key_rotation_id";

namespace {

// The rotation id the file holds when key opens it ("" when it holds none); nullopt when the
// key does not open the file.
std::optional<QString> rotationIdWith(const QString& path, const QByteArray& key)
{
    Result<Database> db = Database::open(path, key, OpenMode::ReadOnly);
    if (!db)
        return std::nullopt;
    QString id;
    // A store older than the settings table holds no id; that is an answer, not a failure.
    if (Result<Statement> stmt = db->prepare("SELECT value FROM settings WHERE key = ?"))
        if (stmt->bindText(1, QString::fromLatin1(InterruptedRotation::kSettingKey)))
            if (const Result<bool> row = stmt->step(); row && *row)
                id = stmt->columnText(0);
    return id;
}

} // namespace

Result<QString> InterruptedRotation::markStore(Database& db)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto stmt = db.prepare(
        "INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({QString::fromLatin1(kSettingKey), id,
                                  QDateTime::currentMSecsSinceEpoch(), SqlValue()});
        !s)
        return s.error();
    return id;
}

Result<InterruptedRotation::Outcome> InterruptedRotation::finish(const QString& storePath,
                                                                 KeyVault& vault)
{
    Result<std::optional<KeyVault::PendingKey>> pending = vault.readPendingKey();
    if (!pending)
        return pending.error();
    if (!*pending)
        return Outcome::NothingPending;
    const KeyVault::PendingKey& next = **pending;
    const bool recorded = !next.rotationId.isEmpty();

    Result<std::optional<QByteArray>> current = vault.readKey();
    if (!current)
        return current.error();
    if (*current) {
        if (const std::optional<QString> id = rotationIdWith(storePath, **current)) {
            if (!recorded || *id != next.rotationId)
                return Outcome::OtherFile;
            if (Status removed = vault.removePendingKey(); !removed)
                return removed.error();
            return Outcome::StaleRemoved;
        }
    }

    const std::optional<QString> id = rotationIdWith(storePath, next.key);
    if (!id)
        return Outcome::NeitherOpens;
    if (recorded && *id != next.rotationId)
        return Outcome::OtherFile;
    if (Status written = vault.writeKey(next.key); !written)
        return written.error();
    if (Status removed = vault.removePendingKey(); !removed)
        return removed.error();
    return Outcome::Promoted;
}

} // namespace pishkhan
