#pragma once

// `lantian user add|list|disable|passwd` as library calls: accounts of the
// console (`lantian serve`) kept in the evidence store (schema 5).
//
//   console::AddUser("lantian.db", "li.wei", "analyst", password, KdfCost::kModerate);
//   auto table = console::ListUsersReport("lantian.db");
//
// Each call opens its own Store: thread-compatible.

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "console/password.h"

namespace lantian::console {

enum class Role { kAnalyst, kOfficer, kAdmin };
// "analyst" | "officer" | "admin".
const char* RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);
// True if `have` may use a route that needs `need` (admin > officer > analyst).
bool RoleAtLeast(Role have, Role need);

// InvalidArgument naming what is wrong with an account name (1-64 of
// [A-Za-z0-9._-], not starting with '-'), else Ok.
[[nodiscard]] Status CheckUserName(std::string_view name);
// InvalidArgument "password too short (at least 10 characters)" etc.
[[nodiscard]] Status CheckPassword(std::string_view password);

// Adds an account. InvalidArgument for a bad name, role or password;
// FailedPrecondition "user NAME already exists".
[[nodiscard]] Status AddUser(const std::string& db_path, std::string_view name, std::string_view role,
                             std::string_view password, KdfCost cost);
// A table: name, role, state (active|disabled), created, last sign-in.
[[nodiscard]] Result<std::string> ListUsersReport(const std::string& db_path);
// Disables an account and ends its sessions; NotFound "no user NAME".
[[nodiscard]] Status DisableUser(const std::string& db_path, std::string_view name);
// Sets a new password and ends the account's sessions; NotFound "no user NAME".
[[nodiscard]] Status ChangePassword(const std::string& db_path, std::string_view name, std::string_view password,
                                    KdfCost cost);

}  // namespace lantian::console
