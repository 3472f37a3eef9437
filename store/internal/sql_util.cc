#include "store/internal/sql_util.h"

namespace lantian::store::internal {

std::string SqlErrorText(const std::string& where, const sql::Error& e) {
  return where + ": " + e.what() + " (" + e.code() + ")";
}

Status FromSql(const std::string& where, const sql::Error& e) {
  std::string msg = SqlErrorText(where, e);
  switch (e.kind()) {
    case sql::ErrorKind::kCorrupt: return Status::Corruption(std::move(msg));
    case sql::ErrorKind::kFull: return Status::ResourceExhausted(std::move(msg));
    case sql::ErrorKind::kBusy:
    case sql::ErrorKind::kUnavailable: return Status::Unavailable(std::move(msg));
    default: return Status::IoError(std::move(msg));
  }
}

sql::Statement& StatementCache::Get(const char* sql) {
  auto& slot = stmts_[sql];
  if (!slot) slot = std::make_unique<sql::Statement>(db_, sql);
  return *slot;
}

}  // namespace lantian::store::internal
