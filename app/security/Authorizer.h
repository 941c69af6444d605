#pragma once

#include "Permission.h"
#include "Role.h"
#include "Session.h"
#include "core/Result.h"

namespace pishkhan {

// The one role -> permission table and the check every protected core operation starts with.
//
//   permission        clerk  supervisor  admin
//   serve_citizen       x        x         x
//   reprint_receipt     x        x         x
//   request_void        x        x         x
//   approve_void                 x         x
//   close_day                    x         x
//   view_reports                 x         x
//   export_reports               x         x
//   read_audit                   x         x
//   backup                       x         x
//   manage_accounts                        x
//   change_settings                        x
//   activate_device                        x
//   rekey                                  x
class Authorizer
{
public:
    [[nodiscard]] static bool allows(Role role, Permission permission);
    // Ok, or Error "auth.forbidden" (also for an invalid, empty session), or
    // "auth.password_change_required" for a session whose password was reset: it may only
    // change its password (AccountService::changeRequiredPassword).
    [[nodiscard]] static Status require(const Session& session, Permission permission);
};

} // namespace pishkhan
