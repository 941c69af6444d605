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
};

} // namespace pishkhan
