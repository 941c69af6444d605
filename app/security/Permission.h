#pragma once

#include <QString>

namespace pishkhan {

// Every operation the core protects. Services call Authorizer::require(session, permission)
// before doing anything, so hiding a button is never the only guard.
enum class Permission {
    ServeCitizen,   // create requests, take fees, print receipts
    ReprintReceipt, // reprint (marked as a copy)
    RequestVoid,    // ask for a void of an entry
    ApproveVoid,    // approve or refuse a void (needs reauthentication too)
    CloseDay,       // count the drawer and sign the day close (needs reauthentication too)
    ViewReports,    // day and range reports, office-wide totals
    ExportReports,  // CSV/PDF exports
    ManageAccounts, // create accounts, change roles, disable, reset passwords
    ChangeSettings, // backend URL, pin, proxy, office/counter, retention
    ReadAudit,      // read, filter and verify the audit trail
    ActivateDevice, // activate or deactivate this counter PC
    Backup,         // back up the store
    Rekey,          // rotate the store key
};

inline constexpr Permission kAllPermissions[] = {
    Permission::ServeCitizen,  Permission::ReprintReceipt, Permission::RequestVoid,
    Permission::ApproveVoid,   Permission::CloseDay,       Permission::ViewReports,
    Permission::ExportReports, Permission::ManageAccounts, Permission::ChangeSettings,
    Permission::ReadAudit,     Permission::ActivateDevice, Permission::Backup,
    Permission::Rekey};

// Stable English name ("approve_void"), for logs, audit details and test names.
[[nodiscard]] QString permissionName(Permission permission);

} // namespace pishkhan
