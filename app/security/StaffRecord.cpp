#include "StaffRecord.h"

#include "Account.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

StaffRecord StaffRecord::fromAccount(const Account& account)
{
    StaffRecord r;
    r.username = account.username;
    r.displayName = account.displayName;
    r.role = account.role;
    r.active = account.active;
    r.verifier = account.passwordHash;
    r.mustChangePassword = account.mustChangePassword;
    r.revision = account.officeRevision;
    return r;
}

QJsonObject StaffRecord::toPushJson(bool create) const
{
    return {{u"username"_s, username},   {u"display_name"_s, displayName},
            {u"role"_s, roleName(role)}, {u"active"_s, active},
            {u"verifier"_s, verifier},   {u"must_change_password"_s, mustChangePassword},
            {u"create"_s, create}};
}

Result<StaffRecord> StaffRecord::fromJson(const QJsonObject& json)
{
    StaffRecord r;
    r.username = json.value(u"username"_s).toString();
    r.displayName = json.value(u"display_name"_s).toString();
    const std::optional<Role> role = roleFromName(json.value(u"role"_s).toString());
    r.active = json.value(u"active"_s).toBool(false);
    r.verifier = json.value(u"verifier"_s).toString();
    r.mustChangePassword = json.value(u"must_change_password"_s).toBool(false);
    r.revision = qint64(json.value(u"revision"_s).toDouble(0));
    r.updatedAt = qint64(json.value(u"updated_at"_s).toDouble(0));
    if (r.username.isEmpty() || r.displayName.isEmpty() || !role || r.revision <= 0 ||
        !r.verifier.startsWith(u"pbkdf2-sha256$"_s) || !json.value(u"active"_s).isBool())
        return Error(u"staff.record_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "The office's staff list from the backend could "
                                                "not be read."),
                     u"malformed staff record for "_s + r.username);
    r.role = *role;
    return r;
}

} // namespace pishkhan
