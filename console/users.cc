#include "console/users.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

#include "base/time.h"
#include "store/store.h"

namespace lantian::console {
namespace {

Result<std::unique_ptr<store::Store>> OpenWritable(const std::string& db_path) {
  store::StoreOptions options;
  options.db_path = db_path;
  return store::Store::Open(options);
}

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::kAnalyst:
      return "analyst";
    case Role::kOfficer:
      return "officer";
    case Role::kAdmin:
      return "admin";
  }
  return "analyst";
}

std::optional<Role> ParseRole(std::string_view name) {
  if (name == "analyst") return Role::kAnalyst;
  if (name == "officer") return Role::kOfficer;
  if (name == "admin") return Role::kAdmin;
  return std::nullopt;
}

bool RoleAtLeast(Role have, Role need) { return static_cast<int>(have) >= static_cast<int>(need); }

Status CheckUserName(std::string_view name) {
  if (name.empty() || name.size() > 64) {
    return Status::InvalidArgument("user name must be 1 to 64 characters");
  }
  if (name.front() == '-') return Status::InvalidArgument("user name '" + std::string(name) + "' starts with '-'");
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-';
    if (!ok) {
      return Status::InvalidArgument("user name '" + std::string(name) +
                                     "' may hold only letters, digits, '.', '_' and '-'");
    }
  }
  return Status::Ok();
}

Status CheckPassword(std::string_view password) {
  if (password.size() < kMinPasswordLength) {
    return Status::InvalidArgument("password too short (at least " + std::to_string(kMinPasswordLength) +
                                   " characters)");
  }
  if (password.size() > 1024) return Status::InvalidArgument("password too long (at most 1024 characters)");
  return Status::Ok();
}

Status AddUser(const std::string& db_path, std::string_view name, std::string_view role, std::string_view password,
               KdfCost cost) {
  LANTIAN_RETURN_IF_ERROR(CheckUserName(name));
  if (!ParseRole(role)) {
    return Status::InvalidArgument("unknown role '" + std::string(role) + "' (analyst|officer|admin)");
  }
  LANTIAN_RETURN_IF_ERROR(CheckPassword(password));
  auto store = OpenWritable(db_path);
  if (!store.ok()) return store.status();
  auto existing = (*store)->GetUser(name);
  if (!existing.ok()) return existing.status();
  if (existing->has_value()) return Status::FailedPrecondition("user " + std::string(name) + " already exists");
  auto hash = HashPassword(password, cost);
  if (!hash.ok()) return hash.status();
  store::UserRecord user;
  user.name = std::string(name);
  user.role = std::string(role);
  user.password_hash = std::move(*hash);
  user.created_at = base::NowRfc3339UtcMs();
  return (*store)->AddUser(user);
}

Result<std::string> ListUsersReport(const std::string& db_path) {
  store::StoreOptions options;
  options.db_path = db_path;
  options.read_only = true;
  auto store = store::Store::Open(options);
  if (!store.ok()) return store.status();
  auto users = (*store)->ListUsers();
  if (!users.ok()) return users.status();
  size_t name_width = 4;
  for (const auto& u : *users) name_width = std::max(name_width, u.name.size());
  auto line = [&](const std::string& name, const std::string& role, const std::string& state,
                  const std::string& created, const std::string& last) {
    std::string l = name + std::string(name_width - name.size() + 2, ' ');
    l += role + std::string(role.size() < 9 ? 9 - role.size() : 1, ' ');
    l += state + std::string(state.size() < 10 ? 10 - state.size() : 1, ' ');
    l += created + std::string(created.size() < 26 ? 26 - created.size() : 1, ' ');
    l += last;
    while (!l.empty() && l.back() == ' ') l.pop_back();
    return l + "\n";
  };
  std::string out = line("name", "role", "state", "created", "last sign-in");
  for (const auto& u : *users) {
    out += line(u.name, u.role, u.disabled ? "disabled" : "active", u.created_at,
                u.last_sign_in.empty() ? "never" : u.last_sign_in);
  }
  return out;
}

Status DisableUser(const std::string& db_path, std::string_view name) {
  auto store = OpenWritable(db_path);
  if (!store.ok()) return store.status();
  return (*store)->DisableUser(name);
}

Status ChangePassword(const std::string& db_path, std::string_view name, std::string_view password, KdfCost cost) {
  LANTIAN_RETURN_IF_ERROR(CheckPassword(password));
  auto store = OpenWritable(db_path);
  if (!store.ok()) return store.status();
  auto existing = (*store)->GetUser(name);
  if (!existing.ok()) return existing.status();
  if (!existing->has_value()) return Status::NotFound("no user " + std::string(name));
  auto hash = HashPassword(password, cost);
  if (!hash.ok()) return hash.status();
  return (*store)->SetUserPassword(name, *hash);
}

}  // namespace lantian::console
