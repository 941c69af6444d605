#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

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

    // For services that have already checked their own permission (activation writes the
    // device's id and counter) or that run without a person (retention bookkeeping). Not
    // audited here: the calling service records its own event.
    Status setUnchecked(const QString& key, const QString& value, qint64 actorId = 0);
    Status removeUnchecked(const QString& key);

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pishkhan
