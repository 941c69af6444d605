#pragma once

#include "Role.h"

#include <QString>

namespace pishkhan {

// One row of the accounts table. passwordHash is PasswordHasher's stored form; it never leaves
// AccountStore/AccountService (the UI lists accounts through AccountService::list, which
// clears it).
struct Account
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString passwordHash;
    bool active = true;
    int failedLogins = 0;
    qint64 lockedUntil = 0; // UTC epoch ms; 0 or past = not locked
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // Set by an administrator's password reset (and optionally at creation): the next log-in
    // gets a session that may do nothing but choose a new password.
    bool mustChangePassword = false;
    // The office's revision of this account as last pulled from or pushed to the backend
    // (0 = the backend has not confirmed it yet).
    qint64 officeRevision = 0;

    [[nodiscard]] bool isLocked(qint64 now) const { return lockedUntil > now; }
};

} // namespace pishkhan
