#include "store/internal/sql.h"

#include <utility>

namespace lantian::store::sql {

bool IsPostgresUrl(std::string_view target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

std::string RedactUrl(std::string_view url) {
  // scheme://user:password@host... -> scheme://user:***@host...
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::string(url);
  const size_t auth_end = url.find_first_of("/?#", scheme + 3);
  const std::string_view authority =
      url.substr(scheme + 3, auth_end == std::string_view::npos ? std::string_view::npos : auth_end - scheme - 3);
  const size_t at = authority.rfind('@');
  std::string out(url);
  if (at != std::string_view::npos) {
    const size_t colon = authority.find(':');
    if (colon != std::string_view::npos && colon < at) {
      out.replace(scheme + 3 + colon + 1, at - colon - 1, "***");
    }
  }
  // password=… in the query string.
  for (size_t p = out.find("password="); p != std::string::npos; p = out.find("password=", p + 1)) {
    if (p > 0 && out[p - 1] != '?' && out[p - 1] != '&') continue;
    const size_t v = p + 9;
    const size_t end = out.find('&', v);
    out.replace(v, (end == std::string::npos ? out.size() : end) - v, "***");
  }
  return out;
}

Database Database::Open(const std::string& target, const OpenOptions& options) {
  if (IsPostgresUrl(target)) return Database(OpenPostgres(target, options));
  return Database(OpenSqlite(target, options));
}

Database::Database(std::unique_ptr<DatabaseImpl> impl) : impl_(std::move(impl)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Engine Database::engine() const { return impl_->engine(); }
void Database::exec(const std::string& sql) { impl_->Exec(sql); }
int64_t Database::getLastInsertRowid() { return impl_->LastInsertRowid(); }
int64_t Database::getChanges() const { return impl_->Changes(); }
bool Database::tableExists(const std::string& name) { return impl_->TableExists(name); }

Statement::Statement(Database& db, const std::string& sql) : impl_(db.impl().Prepare(sql)) {}
Statement::Statement(Statement&&) noexcept = default;
Statement::~Statement() = default;

void Statement::bind(int index, int value) { impl_->BindInt64(index, value); }
void Statement::bind(int index, int64_t value) { impl_->BindInt64(index, value); }
void Statement::bind(int index, double value) { impl_->BindDouble(index, value); }
void Statement::bind(int index, const std::string& value) { impl_->BindText(index, value); }
void Statement::bind(int index) { impl_->BindNull(index); }
void Statement::reset() { impl_->Reset(); }
void Statement::clearBindings() { impl_->ClearBindings(); }
bool Statement::executeStep() { return impl_->Step(); }
int Statement::exec() { return impl_->Exec(); }
Column Statement::getColumn(int index) const { return Column(impl_.get(), index); }

bool Column::isNull() const { return st_->ColumnIsNull(index_); }
int64_t Column::getInt64() const { return st_->ColumnInt64(index_); }
double Column::getDouble() const { return st_->ColumnDouble(index_); }
std::string Column::getString() const { return st_->ColumnText(index_); }

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN"); }

Transaction::~Transaction() {
  if (done_) return;
  try {
    db_.exec("ROLLBACK");
  } catch (const Error&) {
    // Destructor: nowhere to report; the engine rolls back a connection's
    // open transaction when it closes.
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace lantian::store::sql
