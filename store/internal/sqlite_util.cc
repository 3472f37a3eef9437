#include "store/internal/sqlite_util.h"

#include <sqlite3.h>

namespace lantian::store::internal {

std::string SqliteErrorText(const std::string& path, const SQLite::Exception& e) {
  return path + ": " + e.what() + " (SQLite code " + std::to_string(e.getExtendedErrorCode()) + ")";
}

Status FromSqlite(const std::string& path, const SQLite::Exception& e) {
  std::string msg = SqliteErrorText(path, e);
  switch (e.getErrorCode()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return Status::Corruption(std::move(msg));
    case SQLITE_FULL: return Status::ResourceExhausted(std::move(msg));
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Status::Unavailable(std::move(msg));
    default: return Status::IoError(std::move(msg));
  }
}

}  // namespace lantian::store::internal
