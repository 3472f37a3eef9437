#pragma once

// SQLite plumbing of the daemon's state (daemon_state.cc, which stays on
// SQLite whatever engine holds the evidence): the one mapping from a SQLiteCpp
// exception to a Status. The evidence store's own is sql_util.h. Private to
// store/; SQLite stays out of the public headers (STYLE.md §2).
//
//   try {
//     SQLite::Statement q(db, "SELECT value FROM daemon_values WHERE key = ?");
//     ...
//   } catch (const SQLite::Exception& e) {
//     return internal::FromSqlite(db_path, e);  // "lantian.db: database is locked (SQLite code 5)"
//   }

#include <string>

#include <SQLiteCpp/Exception.h>

#include "base/status.h"

namespace lantian::store::internal {

// "<path>: <what> (SQLite code <extended code>)".
std::string SqliteErrorText(const std::string& path, const SQLite::Exception& e);

// SqliteErrorText as a Status whose code follows the primary result code:
// Corruption (SQLITE_CORRUPT, SQLITE_NOTADB), ResourceExhausted (SQLITE_FULL),
// Unavailable (SQLITE_BUSY, SQLITE_LOCKED), IoError otherwise.
Status FromSqlite(const std::string& path, const SQLite::Exception& e);

}  // namespace lantian::store::internal
