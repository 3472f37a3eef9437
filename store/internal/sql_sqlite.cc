// The SQLite engine of store/internal/sql.h, over SQLiteCpp.

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include "store/internal/sql.h"

namespace lantian::store::sql {
namespace {

Error Translate(const SQLite::Exception& e) {
  ErrorKind kind = ErrorKind::kOther;
  switch (e.getErrorCode()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: kind = ErrorKind::kCorrupt; break;
    case SQLITE_FULL: kind = ErrorKind::kFull; break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: kind = ErrorKind::kBusy; break;
    case SQLITE_CONSTRAINT: kind = ErrorKind::kConstraint; break;
    default: break;
  }
  return Error(kind, e.what(), "SQLite code " + std::to_string(e.getExtendedErrorCode()));
}

class SqliteStatement final : public StatementImpl {
 public:
  SqliteStatement(SQLite::Database& db, const std::string& sql) try : st_(db, sql) {
  } catch (const SQLite::Exception& e) {
    throw Translate(e);
  }

  void BindInt64(int index, int64_t value) override { Guard([&] { st_.bind(index, value); }); }
  void BindDouble(int index, double value) override { Guard([&] { st_.bind(index, value); }); }
  void BindText(int index, const std::string& value) override { Guard([&] { st_.bind(index, value); }); }
  void BindNull(int index) override { Guard([&] { st_.bind(index); }); }
  void Reset() override { Guard([&] { st_.reset(); }); }
  void ClearBindings() override { Guard([&] { st_.clearBindings(); }); }
  bool Step() override {
    bool row = false;
    Guard([&] { row = st_.executeStep(); });
    return row;
  }
  int Exec() override {
    int n = 0;
    Guard([&] { n = st_.exec(); });
    return n;
  }
  bool ColumnIsNull(int index) const override { return Col(index).isNull(); }
  int64_t ColumnInt64(int index) const override { return Col(index).getInt64(); }
  double ColumnDouble(int index) const override { return Col(index).getDouble(); }
  std::string ColumnText(int index) const override { return Col(index).getString(); }

 private:
  template <typename F>
  static void Guard(F&& f) {
    try {
      f();
    } catch (const SQLite::Exception& e) {
      throw Translate(e);
    }
  }
  SQLite::Column Col(int index) const {
    try {
      return st_.getColumn(index);
    } catch (const SQLite::Exception& e) {
      throw Translate(e);
    }
  }

  SQLite::Statement st_;
};

class SqliteDatabase final : public DatabaseImpl {
 public:
  SqliteDatabase(const std::string& path, int flags, int busy_ms) try : db_(path, flags, busy_ms) {
  } catch (const SQLite::Exception& e) {
    throw Translate(e);
  }

  Engine engine() const override { return Engine::kSqlite; }
  void Exec(const std::string& sql) override {
    try {
      db_.exec(sql);
    } catch (const SQLite::Exception& e) {
      throw Translate(e);
    }
  }
  int64_t LastInsertRowid() override { return db_.getLastInsertRowid(); }
  int64_t Changes() const override { return db_.getChanges(); }
  bool TableExists(const std::string& name) override {
    try {
      return db_.tableExists(name);
    } catch (const SQLite::Exception& e) {
      throw Translate(e);
    }
  }
  std::unique_ptr<StatementImpl> Prepare(const std::string& sql) override {
    return std::make_unique<SqliteStatement>(db_, sql);
  }

 private:
  SQLite::Database db_;
};

}  // namespace

std::unique_ptr<DatabaseImpl> OpenSqlite(const std::string& path, const OpenOptions& options) {
  const int flags = options.read_only ? SQLite::OPEN_READONLY
                                      : (SQLite::OPEN_READWRITE | (options.create_if_missing ? SQLite::OPEN_CREATE : 0));
  return std::make_unique<SqliteDatabase>(path, flags, options.busy_timeout_ms);
}

}  // namespace lantian::store::sql
