// Store: the console's accounts, sessions and failed sign-ins (schema 5).
// Plain rows without chain entries: they are access control, not evidence;
// what a signed-in user does is chained by SetHitStatus with the user as actor.

#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"
#include "store/store.h"

namespace lantian::store {
namespace {

constexpr const char* kUserSelect =
    "SELECT name, role, password_hash, disabled, created_at, last_sign_in FROM users ";

UserRecord ReadUser(sql::Statement& q) {
  UserRecord u;
  u.name = q.getColumn(0).getString();
  u.role = q.getColumn(1).getString();
  u.password_hash = q.getColumn(2).getString();
  u.disabled = q.getColumn(3).getInt() != 0;
  u.created_at = q.getColumn(4).getString();
  u.last_sign_in = q.getColumn(5).getString();
  return u;
}

}  // namespace

namespace {

// Runs one write statement of the store `im` (a Store::Impl, deduced: the
// type is private to Store) with `args`; `sql` must be a literal.
template <typename ImplT, typename... Args>
Status ExecWrite(ImplT& im, const char* sql, const Args&... args) {
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  try {
    auto& st = im.Stmt(sql);
    internal::BindAll(st, args...);
    st.exec();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

// Applies `update` (1 row: the user `name`) and ends the user's sessions, in
// one transaction; NotFound "no user NAME" when no row matched.
template <typename ImplT, typename... Args>
Status UpdateUserEndingSessions(ImplT& im, std::string_view name, const char* update, const Args&... args) {
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  try {
    sql::Transaction tx(im.db_);
    auto& up = im.Stmt(update);
    internal::BindAll(up, args...);
    if (up.exec() == 0) return Status::NotFound("no user " + std::string(name));
    auto& del = im.Stmt("DELETE FROM sessions WHERE user = ?");
    internal::BindAll(del, std::string(name));
    del.exec();
    tx.commit();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

}  // namespace

Status Store::AddUser(const UserRecord& user) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  try {
    sql::Transaction tx(im.db_);
    auto& exists = im.Stmt("SELECT 1 FROM users WHERE name = ?");
    internal::BindAll(exists, user.name);
    const bool taken = exists.executeStep();
    exists.reset();
    if (taken) {
      return Status::FailedPrecondition("user " + user.name + " already exists");
    }
    auto& ins = im.Stmt(
        "INSERT INTO users(name, role, password_hash, disabled, created_at, last_sign_in) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    internal::BindAll(ins, user.name, user.role, user.password_hash, user.disabled ? 1 : 0, user.created_at,
                      user.last_sign_in);
    ins.exec();
    tx.commit();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Result<std::optional<UserRecord>> Store::GetUser(std::string_view name) {
  try {
    static const std::string sql = std::string(kUserSelect) + "WHERE name = ?";
    auto& q = impl_->Stmt(sql.c_str());
    internal::BindAll(q, std::string(name));
    if (!q.executeStep()) return std::optional<UserRecord>();
    std::optional<UserRecord> out(ReadUser(q));
    // A statement left on a row keeps its read transaction (and its WAL
    // snapshot) open: a long-lived Store (the console's) would then never
    // see what other processes commit.
    q.reset();
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<std::vector<UserRecord>> Store::ListUsers() {
  try {
    static const std::string sql = std::string(kUserSelect) + "ORDER BY name";
    auto& q = impl_->Stmt(sql.c_str());
    q.reset();
    std::vector<UserRecord> out;
    while (q.executeStep()) out.push_back(ReadUser(q));
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Status Store::DisableUser(std::string_view name) {
  return UpdateUserEndingSessions(*impl_, name, "UPDATE users SET disabled = 1 WHERE name = ?", std::string(name));
}

Status Store::SetUserPassword(std::string_view name, std::string_view password_hash) {
  return UpdateUserEndingSessions(*impl_, name, "UPDATE users SET password_hash = ? WHERE name = ?",
                                  std::string(password_hash), std::string(name));
}

Status Store::BeginSession(const SessionRecord& session) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  try {
    sql::Transaction tx(im.db_);
    auto& up = im.Stmt("UPDATE users SET last_sign_in = ? WHERE name = ?");
    internal::BindAll(up, session.created_at, session.user);
    if (up.exec() == 0) return Status::NotFound("no user " + session.user);
    auto& ins = im.Stmt(
        "INSERT INTO sessions(id_sha256, user, csrf, created_at, last_seen, expires) VALUES (?, ?, ?, ?, ?, ?)");
    internal::BindAll(ins, session.id_sha256, session.user, session.csrf, session.created_at, session.last_seen,
                      session.expires);
    ins.exec();
    tx.commit();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Result<std::optional<SessionRecord>> Store::GetSession(std::string_view id_sha256) {
  try {
    auto& q = impl_->Stmt(
        "SELECT id_sha256, user, csrf, created_at, last_seen, expires FROM sessions WHERE id_sha256 = ?");
    internal::BindAll(q, std::string(id_sha256));
    if (!q.executeStep()) return std::optional<SessionRecord>();
    SessionRecord s;
    s.id_sha256 = q.getColumn(0).getString();
    s.user = q.getColumn(1).getString();
    s.csrf = q.getColumn(2).getString();
    s.created_at = q.getColumn(3).getString();
    s.last_seen = q.getColumn(4).getString();
    s.expires = q.getColumn(5).getString();
    q.reset();  // end the read transaction (see GetUser)
    return std::optional<SessionRecord>(std::move(s));
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Status Store::TouchSession(std::string_view id_sha256, std::string_view last_seen) {
  return ExecWrite(*impl_, "UPDATE sessions SET last_seen = ? WHERE id_sha256 = ?", std::string(last_seen),
                   std::string(id_sha256));
}

Status Store::EndSession(std::string_view id_sha256) {
  return ExecWrite(*impl_, "DELETE FROM sessions WHERE id_sha256 = ?", std::string(id_sha256));
}

Status Store::EndSessionsExpiredBefore(std::string_view now) {
  return ExecWrite(*impl_, "DELETE FROM sessions WHERE expires < ?", std::string(now));
}

Status Store::AddSignInFailure(std::string_view account, std::string_view address, std::string_view at) {
  return ExecWrite(*impl_, "INSERT INTO sign_in_failures(account, address, at) VALUES (?, ?, ?)",
                   std::string(account), std::string(address), std::string(at));
}

Result<std::vector<std::string>> Store::SignInFailuresSince(std::string_view key, bool by_address,
                                                            std::string_view since) {
  try {
    auto& by_acc = impl_->Stmt("SELECT at FROM sign_in_failures WHERE account = ? AND at >= ? ORDER BY at");
    auto& by_addr = impl_->Stmt("SELECT at FROM sign_in_failures WHERE address = ? AND at >= ? ORDER BY at");
    sql::Statement& q = by_address ? by_addr : by_acc;
    internal::BindAll(q, std::string(key), std::string(since));
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

}  // namespace lantian::store
