#pragma once

// Internal to app/storage: turns SQLite result codes into Error values. Not part of the
// public headers because it needs sqlite3.h.

#include "core/Error.h"

#include <QString>

struct sqlite3;

namespace pishkhan::sqlite {

// Builds an Error from a result code and (when given) the connection's current message.
// The code() is a stable identifier chosen by the primary code ("storage.full",
// "storage.busy", "storage.constraint", ...); nativeCode() is SQLite's extended code.
// context says what was being done ("preparing statement", "opening /path/x.db").
[[nodiscard]] Error makeError(int rc, sqlite3* db, const QString& context);

// Overwrites memory that held key material; the compiler may not elide it.
void secureZero(void* data, std::size_t size);

} // namespace pishkhan::sqlite
