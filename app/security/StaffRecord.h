#pragma once

#include "Role.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace pishkhan {

struct Account;

// One account as the office's backend keeps it (docs/api.md §4.13): what travels between the
// counters through the backend. Only the PBKDF2 verifier travels, never a password; the
// lockout counters stay on each counter.
struct StaffRecord
{
    QString username; // normalised (AccountService::normaliseUsername)
    QString displayName;
    Role role = Role::Clerk;
    bool active = true;
    QString verifier; // PasswordHasher's stored form
    bool mustChangePassword = false;
    qint64 revision = 0;  // assigned by the backend; 0 in a push
    qint64 updatedAt = 0; // backend time, UTC epoch ms

    [[nodiscard]] static StaffRecord fromAccount(const Account& account);
    // The push body (create = the counter made the account; the backend refuses it when the
    // office already has that username).
    [[nodiscard]] QJsonObject toPushJson(bool create) const;
    // One item of GET /offices/current/staff. Error "staff.record_invalid" for a malformed one.
    [[nodiscard]] static Result<StaffRecord> fromJson(const QJsonObject& json);
};

} // namespace pishkhan
