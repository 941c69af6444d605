#include "Authorizer.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

bool Authorizer::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ServeCitizen:
    case Permission::ReprintReceipt:
    case Permission::RequestVoid:
        return true;
    case Permission::ApproveVoid:
    case Permission::CloseDay:
    case Permission::ViewReports:
    case Permission::ExportReports:
    case Permission::ReadAudit:
    case Permission::Backup:
        return role == Role::Supervisor || role == Role::Admin;
    case Permission::ManageAccounts:
    case Permission::ChangeSettings:
    case Permission::ActivateDevice:
    case Permission::Rekey:
        return role == Role::Admin;
    }
    return false; // an unknown permission is nobody's
}

Status Authorizer::require(const Session& session, Permission permission)
{
    if (!session.isValid())
        return Error(u"auth.forbidden"_s, QT_TRANSLATE_NOOP("Error", "Log in first to do this."),
                     u"no logged-in account for "_s + permissionName(permission));
    if (session.mustChangePassword)
        return Error(
            u"auth.password_change_required"_s,
            QT_TRANSLATE_NOOP("Error", "Choose a new password before doing anything else."),
            u"account "_s + session.username + u" must change its password before "_s +
                permissionName(permission));
    if (allows(session.role, permission))
        return {};
    return Error(u"auth.forbidden"_s,
                 QT_TRANSLATE_NOOP("Error", "Your account is not permitted to do this."),
                 u"account "_s + session.username + u" ("_s + roleName(session.role) +
                     u") lacks "_s + permissionName(permission));
}

} // namespace pishkhan
