#include "Permission.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ServeCitizen:
        return u"serve_citizen"_s;
    case Permission::ReprintReceipt:
        return u"reprint_receipt"_s;
    case Permission::RequestVoid:
        return u"request_void"_s;
    case Permission::ApproveVoid:
        return u"approve_void"_s;
    case Permission::CloseDay:
        return u"close_day"_s;
    case Permission::ViewReports:
        return u"view_reports"_s;
    case Permission::ExportReports:
        return u"export_reports"_s;
    case Permission::ManageAccounts:
        return u"manage_accounts"_s;
    case Permission::ChangeSettings:
        return u"change_settings"_s;
    case Permission::ReadAudit:
        return u"read_audit"_s;
    case Permission::ActivateDevice:
        return u"activate_device"_s;
    case Permission::Backup:
        return u"backup"_s;
    case Permission::Rekey:
        return u"rekey"_s;
    }
    return {};
}

} // namespace pishkhan
