#pragma once

// SQLite plumbing shared by the store's source files (store*.cc, schema.cc,
// daemon_state.cc): the one mapping from a SQLiteCpp exception to a Status,
// and positional binding. Private to store/; SQLite stays out of the public
// headers (STYLE.md §2).
//
//   try {
//     auto& st = stmts.Get("UPDATE sweeps SET status = ? WHERE id = ?");
//     internal::BindAll(st, status, id);
//     st.exec();
//   } catch (const SQLite::Exception& e) {
//     return internal::FromSqlite(db_path, e);  // "lantian.db: database is locked (SQLite code 5)"
//   }

#include <memory>
#include <string>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include "base/status.h"

namespace lantian::store::internal {

// "<path>: <what> (SQLite code <extended code>)".
std::string SqliteErrorText(const std::string& path, const SQLite::Exception& e);

// SqliteErrorText as a Status whose code follows the primary result code:
// Corruption (SQLITE_CORRUPT, SQLITE_NOTADB), ResourceExhausted (SQLITE_FULL),
// Unavailable (SQLITE_BUSY, SQLITE_LOCKED), IoError otherwise.
Status FromSqlite(const std::string& path, const SQLite::Exception& e);

// Resets `st`, clears its bindings and binds `args` to parameters 1, 2, ...
template <typename... Args>
void BindAll(SQLite::Statement& st, const Args&... args) {
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
  explicit StatementCache(SQLite::Database& db) : db_(db) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  SQLite::Statement& Get(const char* sql);

 private:
  SQLite::Database& db_;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> stmts_;
};

}  // namespace lantian::store::internal
