#pragma once

#include "core/Result.h"

#include <span>

namespace pishkhan {

class Database;

// One schema step: the SQL that takes the database from version - 1 to version.
struct MigrationStep
{
    int version;
    const char* description;
    const char* sql;
    // A step that rebuilds a table others reference (SQLite's only way to change a CHECK)
    // runs with foreign keys off, as SQLite's table-rebuild procedure asks, and must leave
    // PRAGMA foreign_key_check empty before it commits.
    bool rebuildsTables = false;
};

// The schema version lives in PRAGMA user_version (0 = empty database). Each step runs in its
// own transaction together with the version bump, so a crash leaves the database at a whole
// version. A database newer than this build is refused, never downgraded.
class SchemaMigrator
{
public:
    [[nodiscard]] static std::span<const MigrationStep> steps();
    [[nodiscard]] static int latestVersion();

    [[nodiscard]] static Result<int> currentVersion(Database& db);
    // Refuses a version this build does not know (newer than latestVersion()).
    [[nodiscard]] static Status checkSupported(int version, const QString& path);

    // Runs every step above the current version up to targetVersion (the default is the
    // newest; tests pass an older one to build old-version fixtures). Returns the version the
    // database had before.
    [[nodiscard]] static Result<int> migrate(Database& db, int targetVersion = latestVersion());
};

} // namespace pishkhan
