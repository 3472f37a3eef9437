#pragma once

// Plumbing shared by the store's source files (store*.cc, schema.cc) over
// store/internal/sql.h: the one mapping from a sql::Error to a Status, and
// positional binding. Private to store/; the engines stay out of the public
// headers (STYLE.md §2).
//
//   try {
//     auto& st = stmts.Get("UPDATE sweeps SET status = ? WHERE id = ?");
//     internal::BindAll(st, status, id);
//     st.exec();
//   } catch (const sql::Error& e) {
//     return internal::FromSql(db_path, e);  // "lantian.db: database is locked (SQLite code 5)"
//   }

#include <memory>
#include <string>
#include <unordered_map>

#include "base/status.h"
#include "store/internal/sql.h"

namespace lantian::store::internal {

// "<where>: <what> (<engine's code>)", e.g. "lantian.db: database is locked
// (SQLite code 5)", "postgresql://lt@db/lantian: … (PostgreSQL SQLSTATE 23505)".
std::string SqlErrorText(const std::string& where, const sql::Error& e);

// SqlErrorText as a Status whose code follows the error's kind: Corruption,
// ResourceExhausted (full), Unavailable (busy, locked, server unreachable),
// IoError otherwise.
Status FromSql(const std::string& where, const sql::Error& e);

// Resets `st`, clears its bindings and binds `args` to parameters 1, 2, ...
// (a sql::Statement or a SQLiteCpp one).
template <typename St, typename... Args>
void BindAll(St& st, const Args&... args) {
  st.reset();
  st.clearBindings();
  int i = 1;
  (st.bind(i++, args), ...);
}

// The prepared statements of one connection, each prepared on first use and
// reused (STYLE.md §5). Keyed by the address of `sql`, which must be a string
// literal. Single-thread, like the connection it borrows; not copyable.
class StatementCache {
 public:
  explicit StatementCache(sql::Database& db) : db_(db) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  sql::Statement& Get(const char* sql);

 private:
  sql::Database& db_;
  std::unordered_map<const char*, std::unique_ptr<sql::Statement>> stmts_;
};

}  // namespace lantian::store::internal
