#pragma once

#include <QString>

namespace pishkhan::sandbox {

// The shape of an idempotency key (header or batch item): 8-128 characters of
// [A-Za-z0-9._:-], which a UUID or "office-counter-sequence" fits.
class IdempotencyKey
{
public:
    [[nodiscard]] static bool isValid(const QString& key);
    [[nodiscard]] static QString rule();
};

} // namespace pishkhan::sandbox
