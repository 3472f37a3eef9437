#pragma once

// The store's one door to its database engine: SQLite (the embedded default,
// through SQLiteCpp) or PostgreSQL (through libpq, for a fleet of crawler
// machines sharing one store). The store's SQL is written once, in the
// dialect both engines read, with `?` / `?N` parameters; the PostgreSQL side
// rewrites the few forms that differ (sql_postgres.cc says which).
//
// The API follows SQLiteCpp's names (the store was written against it):
//
//   sql::Database db = sql::Database::Open(target, options);  // throws sql::Error
//   sql::Statement q(db, "SELECT id, url FROM captures WHERE sweep_id = ?");
//   q.bind(1, sweep_id);
//   while (q.executeStep()) use(q.getColumn(0).getInt64(), q.getColumn(1).getString());
//
// No third-party library offers this: SQLiteCpp is SQLite's alone, libpqxx
// PostgreSQL's alone, and an ORM would rewrite the evidence schema. Private to
// store/; single-thread per Database, like the engines' own connections.

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace lantian::store::sql {

enum class Engine { kSqlite, kPostgres };

// What went wrong, engine-neutral, for the Status a caller gets.
enum class ErrorKind {
  kCorrupt,      // SQLITE_CORRUPT / NOTADB; PostgreSQL data_corrupted (XX001/XX002)
  kFull,         // SQLITE_FULL; PostgreSQL disk_full (53100)
  kBusy,         // SQLITE_BUSY / LOCKED; PostgreSQL lock_not_available, serialization, deadlock
  kConstraint,   // a UNIQUE / NOT NULL / foreign key refusal
  kUnavailable,  // PostgreSQL server unreachable, connection lost
  kOther,
};

class Error : public std::runtime_error {
 public:
  // `what` is the engine's message; `code` is how the engine names the error,
  // for the text: "SQLite code 5", "PostgreSQL SQLSTATE 23505".
  Error(ErrorKind kind, std::string what, std::string code)
      : std::runtime_error(std::move(what)), kind_(kind), code_(std::move(code)) {}
  ErrorKind kind() const { return kind_; }
  const std::string& code() const { return code_; }

 private:
  ErrorKind kind_;
  std::string code_;
};

struct OpenOptions {
  bool read_only = false;
  bool create_if_missing = true;  // SQLite: create the file; PostgreSQL: ignored
  int busy_timeout_ms = 5000;     // SQLite busy handler; PostgreSQL lock_timeout
};

// True for "postgresql://…" and "postgres://…" (libpq's URI forms): the
// store is on a PostgreSQL server, not in a file.
bool IsPostgresUrl(std::string_view target);

// `url` with any password replaced by "***", for messages and logs.
std::string RedactUrl(std::string_view url);

class StatementImpl;
class DatabaseImpl;

class Database {
 public:
  // A file path opens SQLite; a postgresql:// URL connects to PostgreSQL.
  // Throws Error.
  static Database Open(const std::string& target, const OpenOptions& options);

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  Engine engine() const;
  // Runs one or more statements without parameters.
  void exec(const std::string& sql);
  // The id of the last row inserted through this connection (SQLite's
  // last_insert_rowid(), PostgreSQL's lastval()).
  int64_t getLastInsertRowid();
  // Rows changed by the last INSERT/UPDATE/DELETE on this connection.
  int64_t getChanges() const;
  bool tableExists(const std::string& name);

  DatabaseImpl& impl() { return *impl_; }

 private:
  explicit Database(std::unique_ptr<DatabaseImpl> impl);
  std::unique_ptr<DatabaseImpl> impl_;
};

class Column;

class Statement {
 public:
  // Prepares `sql` on `db`. Throws Error.
  Statement(Database& db, const std::string& sql);
  Statement(Statement&&) noexcept;
  ~Statement();

  // Parameters are 1-based, as in SQL. Text is copied.
  void bind(int index, int value);
  void bind(int index, int64_t value);
  void bind(int index, long long value) { bind(index, static_cast<int64_t>(value)); }
  void bind(int index, double value);
  void bind(int index, const std::string& value);
  void bind(int index, const char* value) { bind(index, std::string(value)); }
  void bind(int index);  // NULL
  // Back to before the first step, bindings kept.
  void reset();
  void clearBindings();
  // Steps to the next row; false when there is none. Throws Error.
  bool executeStep();
  // Runs a statement that returns no rows; the number of rows changed.
  int exec();
  Column getColumn(int index) const;

 private:
  std::unique_ptr<StatementImpl> impl_;
};

// One column of the current row. Valid until the next step of its statement.
class Column {
 public:
  Column(const StatementImpl* st, int index) : st_(st), index_(index) {}
  bool isNull() const;
  int64_t getInt64() const;
  int getInt() const { return static_cast<int>(getInt64()); }
  double getDouble() const;
  std::string getString() const;

 private:
  const StatementImpl* st_;
  int index_;
};

// BEGIN on construction, ROLLBACK on destruction unless commit() ran.
class Transaction {
 public:
  explicit Transaction(Database& db);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

// ---- What the engines implement (sql_sqlite.cc, sql_postgres.cc) ----------

class StatementImpl {
 public:
  virtual ~StatementImpl() = default;
  virtual void BindInt64(int index, int64_t value) = 0;
  virtual void BindDouble(int index, double value) = 0;
  virtual void BindText(int index, const std::string& value) = 0;
  virtual void BindNull(int index) = 0;
  virtual void Reset() = 0;
  virtual void ClearBindings() = 0;
  virtual bool Step() = 0;
  virtual int Exec() = 0;
  virtual bool ColumnIsNull(int index) const = 0;
  virtual int64_t ColumnInt64(int index) const = 0;
  virtual double ColumnDouble(int index) const = 0;
  virtual std::string ColumnText(int index) const = 0;
};

class DatabaseImpl {
 public:
  virtual ~DatabaseImpl() = default;
  virtual Engine engine() const = 0;
  virtual void Exec(const std::string& sql) = 0;
  virtual int64_t LastInsertRowid() = 0;
  virtual int64_t Changes() const = 0;
  virtual bool TableExists(const std::string& name) = 0;
  virtual std::unique_ptr<StatementImpl> Prepare(const std::string& sql) = 0;
};

std::unique_ptr<DatabaseImpl> OpenSqlite(const std::string& path, const OpenOptions& options);
std::unique_ptr<DatabaseImpl> OpenPostgres(const std::string& url, const OpenOptions& options);

}  // namespace lantian::store::sql
