#pragma once

#include <QString>

#include <optional>

namespace pishkhan {

// What a local account is. A role is a fixed bundle of permissions (see Authorizer); there are
// no per-account permission overrides, so "who may do what" is one table a reviewer can read.
enum class Role { Clerk, Supervisor, Admin };

inline constexpr Role kAllRoles[] = {Role::Clerk, Role::Supervisor, Role::Admin};

// Stable names stored in the database: "clerk", "supervisor", "admin".
[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(const QString& name);
// Translated, for the UI.
[[nodiscard]] QString roleDisplayName(Role role);

} // namespace pishkhan
