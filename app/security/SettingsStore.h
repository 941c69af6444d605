#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace pishkhan {

class AuditLog;
class Clock;
class Database;
struct Session;

// Office settings in the store's settings table (schema v4): plain key/value text. Secrets
// never go here (tokens and keys live in the keychain). Changes by a person need
// Permission::ChangeSettings and are audited with the old and new value.
class SettingsStore
{
public:
    SettingsStore(Database& db, AuditLog& audit, const Clock& clock);

    [[nodiscard]] Result<std::optional<QString>> value(const QString& key);
    [[nodiscard]] Result<QString> value(const QString& key, const QString& fallback);

    // Admin-only (ChangeSettings); records settings_changed.
    Status set(const Session& actor, const QString& key, const QString& value);
    // Several keys in one transaction, one settings_changed event per key; a refusal writes
    // none of them.
    Status set(const Session& actor, const QList<std::pair<QString, QString>>& values);

    // For services that have already checked their own permission (activation writes the
    // device's id and counter) or that run without a person (retention bookkeeping). Not
    // audited here: the calling service records its own event.
    Status setUnchecked(const QString& key, const QString& value, qint64 actorId = 0);
    Status removeUnchecked(const QString& key);
    // A change made by the program itself, not a person (moving values from an older
    // configuration): one transaction, one settings_changed event per key naming why.
    Status setBySystem(const QString& why, const QList<std::pair<QString, QString>>& values);

private:
    Status write(qint64 accountId, const QString& username, const QString& why,
                 const QList<std::pair<QString, QString>>& values);

    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pishkhan
