#include "AuditEvent.h"

#include <QCoreApplication>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString auditKindName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Login:
        return u"login"_s;
    case AuditKind::LoginFailed:
        return u"login_failed"_s;
    case AuditKind::AccountLocked:
        return u"account_locked"_s;
    case AuditKind::Logout:
        return u"logout"_s;
    case AuditKind::IdleLocked:
        return u"idle_locked"_s;
    case AuditKind::Unlocked:
        return u"unlocked"_s;
    case AuditKind::UnlockFailed:
        return u"unlock_failed"_s;
    case AuditKind::AccountCreated:
        return u"account_created"_s;
    case AuditKind::AccountChanged:
        return u"account_changed"_s;
    case AuditKind::PasswordChanged:
        return u"password_changed"_s;
    case AuditKind::VoidRequested:
        return u"void_requested"_s;
    case AuditKind::VoidApproved:
        return u"void_approved"_s;
    case AuditKind::VoidRefused:
        return u"void_refused"_s;
    case AuditKind::DayClosed:
        return u"day_closed"_s;
    case AuditKind::SettingsChanged:
        return u"settings_changed"_s;
    case AuditKind::Export:
        return u"export"_s;
    case AuditKind::Backup:
        return u"backup"_s;
    case AuditKind::Activation:
        return u"activation"_s;
    case AuditKind::Deactivation:
        return u"deactivation"_s;
    case AuditKind::RetentionPurge:
        return u"retention_purge"_s;
    case AuditKind::CancelRequested:
        return u"cancel_requested"_s;
    case AuditKind::RefundApproved:
        return u"refund_approved"_s;
    case AuditKind::ShiftHandover:
        return u"shift_handover"_s;
    case AuditKind::PrintDiscarded:
        return u"print_discarded"_s;
    case AuditKind::PropertyInquiry:
        return u"property_inquiry"_s;
    }
    return {};
}

std::optional<AuditKind> auditKindFromName(const QString& name)
{
    for (AuditKind k : kAllAuditKinds) {
        if (auditKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString auditKindDisplayName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Login:
        return QCoreApplication::translate("AuditKind", "Logged in");
    case AuditKind::LoginFailed:
        return QCoreApplication::translate("AuditKind", "Failed log-in");
    case AuditKind::AccountLocked:
        return QCoreApplication::translate("AuditKind", "Account locked");
    case AuditKind::Logout:
        return QCoreApplication::translate("AuditKind", "Logged out");
    case AuditKind::IdleLocked:
        return QCoreApplication::translate("AuditKind", "Counter locked");
    case AuditKind::Unlocked:
        return QCoreApplication::translate("AuditKind", "Counter unlocked");
    case AuditKind::UnlockFailed:
        return QCoreApplication::translate("AuditKind", "Failed unlock");
    case AuditKind::AccountCreated:
        return QCoreApplication::translate("AuditKind", "Account created");
    case AuditKind::AccountChanged:
        return QCoreApplication::translate("AuditKind", "Account changed");
    case AuditKind::PasswordChanged:
        return QCoreApplication::translate("AuditKind", "Password changed");
    case AuditKind::VoidRequested:
        return QCoreApplication::translate("AuditKind", "Void requested");
    case AuditKind::VoidApproved:
        return QCoreApplication::translate("AuditKind", "Void approved");
    case AuditKind::VoidRefused:
        return QCoreApplication::translate("AuditKind", "Void refused");
    case AuditKind::DayClosed:
        return QCoreApplication::translate("AuditKind", "Day closed");
    case AuditKind::SettingsChanged:
        return QCoreApplication::translate("AuditKind", "Settings changed");
    case AuditKind::Export:
        return QCoreApplication::translate("AuditKind", "Exported");
    case AuditKind::Backup:
        return QCoreApplication::translate("AuditKind", "Backup");
    case AuditKind::Activation:
        return QCoreApplication::translate("AuditKind", "Counter activated");
    case AuditKind::Deactivation:
        return QCoreApplication::translate("AuditKind", "Counter deactivated");
    case AuditKind::RetentionPurge:
        return QCoreApplication::translate("AuditKind", "Old data purged");
    case AuditKind::CancelRequested:
        return QCoreApplication::translate("AuditKind", "Cancel requested");
    case AuditKind::RefundApproved:
        return QCoreApplication::translate("AuditKind", "Refund approved");
    case AuditKind::ShiftHandover:
        return QCoreApplication::translate("AuditKind", "Shift handover");
    case AuditKind::PrintDiscarded:
        return QCoreApplication::translate("AuditKind", "Document not printed (discarded)");
    case AuditKind::PropertyInquiry:
        return QCoreApplication::translate("AuditKind", "Property file inquiry");
    }
    return {};
}

} // namespace pishkhan
