#pragma once

#include <QString>

namespace pishkhan {

// What opening the store did, for the executable to print and the log to keep.
struct StoreReport
{
    enum class Outcome {
        Created,  // no database (or an empty file) was there; a new one was made
        Opened,   // an existing database already at the newest schema
        Migrated, // an existing database moved from fromVersion to toVersion
    };

    Outcome outcome = Outcome::Opened;
    QString path;
    int fromVersion = 0;
    int toVersion = 0;
    QString cipherVersion;
    QString journalMode;

    // One English line: "created new store /x/y.db (schema v2, SQLCipher 3.4.1, WAL)".
    [[nodiscard]] QString describe() const;
};

} // namespace pishkhan
