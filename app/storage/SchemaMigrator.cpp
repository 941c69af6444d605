#include "SchemaMigrator.h"

#include "Database.h"
#include "Transaction.h"

#include <array>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// Append only: a released step never changes, since databases in the field already ran it.
// The SQL must run on SQLite 3.15 (Debian's SQLCipher 3.4) as well as SQLCipher 4.x.
constexpr std::array kSteps{
    MigrationStep{1, "outbox",
                  R"sql(
CREATE TABLE outbox (
    seq                 INTEGER PRIMARY KEY,
    request_id          TEXT NOT NULL UNIQUE,
    service_id          TEXT NOT NULL,
    catalogue_version   INTEGER NOT NULL,
    national_code       TEXT NOT NULL,
    mobile              TEXT NOT NULL,
    citizen_name        TEXT NOT NULL,
    payload             TEXT NOT NULL,
    fee_reference       TEXT NOT NULL,
    consent_token       TEXT NOT NULL,
    consent_expires_at  INTEGER NOT NULL,
    state               TEXT NOT NULL CHECK (state IN
                            ('queued', 'sending', 'accepted', 'rejected', 'needs_attention')),
    attempt_count       INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NOT NULL,
    last_error_code     TEXT,
    last_error_message  TEXT,
    tracking_code       TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at, seq);
)sql"},
    MigrationStep{2, "outbox: Persian error text, lookups by national code and tracking code",
                  R"sql(
ALTER TABLE outbox ADD COLUMN last_error_message_fa TEXT;
CREATE INDEX outbox_national_code ON outbox (national_code);
CREATE UNIQUE INDEX outbox_tracking_code ON outbox (tracking_code)
    WHERE tracking_code IS NOT NULL;
)sql"},
};

} // namespace

std::span<const MigrationStep> SchemaMigrator::steps()
{
    return kSteps;
}

int SchemaMigrator::latestVersion()
{
    return kSteps.back().version;
}

Result<int> SchemaMigrator::currentVersion(Database& db)
{
    Result<qint64> version = db.queryInt64("PRAGMA user_version");
    if (!version)
        return version.error();
    return int(*version);
}

Status SchemaMigrator::checkSupported(int version, const QString& path)
{
    if (version >= 0 && version <= latestVersion())
        return {};
    return Error(u"storage.schema_too_new"_s,
                 QT_TRANSLATE_NOOP("Error", "The database was made by a newer version of this "
                                            "program; update the program to open it."),
                 path + u": schema version "_s + QString::number(version) +
                     u", this build knows up to "_s + QString::number(latestVersion()));
}

Result<int> SchemaMigrator::migrate(Database& db, int targetVersion)
{
    Result<int> before = currentVersion(db);
    if (!before)
        return before.error();
    if (Status s = checkSupported(*before, db.path()); !s)
        return s.error();

    for (const MigrationStep& step : kSteps) {
        if (step.version <= *before || step.version > targetVersion)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        // Re-read inside the write lock: another process may have migrated meanwhile.
        Result<int> now = currentVersion(db);
        if (!now)
            return now.error();
        if (*now >= step.version)
            continue;
        const QString context =
            u"migrating "_s + db.path() + u" to schema version "_s + QString::number(step.version);
        if (Status s = db.exec(step.sql); !s)
            return Error(s.error()).prefixDetail(context);
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(step.version);
        if (Status s = db.exec(bump.constData()); !s)
            return Error(s.error()).prefixDetail(context);
        if (Status s = tx->commit(); !s)
            return Error(s.error()).prefixDetail(context);
    }
    return *before;
}

} // namespace pishkhan
