#pragma once

#include <QString>

#include <optional>

namespace pishkhan {

// What happened. Stored by stable name (auditKindName), never by number.
enum class AuditKind {
    Login,
    LoginFailed,
    AccountLocked, // five failed attempts: locked for five minutes
    Logout,
    IdleLocked,
    Unlocked,
    UnlockFailed,
    AccountCreated,
    AccountChanged, // role, display name, active flag or password reset by an admin
    PasswordChanged,
    VoidRequested,
    VoidApproved,
    VoidRefused,
    DayClosed,
    SettingsChanged,
    Export,
    Backup,
    Activation,
    Deactivation,
    RetentionPurge,
    CancelRequested, // a request already sent is to be cancelled through the backend
    RefundApproved,  // a refund entry entered the ledger
    ShiftHandover,   // an X report: a drawer counted at a shift change (nothing else changes)
    PrintDiscarded,  // a document in the "to print" list given up, with the clerk's reason
    PropertyInquiry, // a citizen's property file asked for: who asked, for whom, which property
};

inline constexpr AuditKind kAllAuditKinds[] = {
    AuditKind::Login,           AuditKind::LoginFailed,    AuditKind::AccountLocked,
    AuditKind::Logout,          AuditKind::IdleLocked,     AuditKind::Unlocked,
    AuditKind::UnlockFailed,    AuditKind::AccountCreated, AuditKind::AccountChanged,
    AuditKind::PasswordChanged, AuditKind::VoidRequested,  AuditKind::VoidApproved,
    AuditKind::VoidRefused,     AuditKind::DayClosed,      AuditKind::SettingsChanged,
    AuditKind::Export,          AuditKind::Backup,         AuditKind::Activation,
    AuditKind::Deactivation,    AuditKind::RetentionPurge, AuditKind::CancelRequested,
    AuditKind::RefundApproved,  AuditKind::ShiftHandover,  AuditKind::PrintDiscarded,
    AuditKind::PropertyInquiry};

// "login", "login_failed", "void_approved", ...
[[nodiscard]] QString auditKindName(AuditKind kind);
[[nodiscard]] std::optional<AuditKind> auditKindFromName(const QString& name);
// Translated, for the audit screen and its exports.
[[nodiscard]] QString auditKindDisplayName(AuditKind kind);

// One audit event. subject and detail must never hold a secret or a full citizen identifier:
// pass masked values (NationalCode::masked(), MobileNumber::masked()) — the trail is read by
// supervisors and exported to auditors.
struct AuditEvent
{
    qint64 seq = 0; // assigned by AuditLog: 1, 2, 3, ... with no gaps
    qint64 at = 0;  // UTC epoch ms
    AuditKind kind = AuditKind::Login;
    qint64 accountId = 0; // the actor; 0 = none (e.g. a failed login for an unknown name)
    QString username;     // the actor's username as known at the time
    QString subject;      // what it was about: a receipt number, an account, a setting key
    QString detail;       // a compact JSON object with the specifics, or empty
    QString prevHash;     // hex, set by AuditLog
    QString hash;         // hex, set by AuditLog
};

} // namespace pishkhan
