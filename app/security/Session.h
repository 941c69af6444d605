#pragma once

#include "Role.h"

#include <QString>

namespace pishkhan {

// The person logged in at the counter. Only AccountService::login() makes a valid one (id > 0);
// a default Session has no role's permissions at all (Authorizer refuses it).
struct Session
{
    qint64 accountId = 0;
    QString username; // also the X-Clerk-Id sent to the backend
    QString displayName;
    Role role = Role::Clerk;
    qint64 loginAt = 0; // UTC epoch ms
    // The password was reset by an administrator: Authorizer refuses every permission until
    // AccountService::changeRequiredPassword() gives a full session.
    bool mustChangePassword = false;

    [[nodiscard]] bool isValid() const { return accountId > 0; }
};

} // namespace pishkhan
