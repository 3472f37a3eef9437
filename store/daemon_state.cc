#include "store/daemon_state.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/internal/sql.h"
#include "store/internal/sqlite_util.h"

namespace lantian::store {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS daemon_jobs(
  name TEXT PRIMARY KEY,
  last_run_ms INTEGER NOT NULL DEFAULT 0,
  next_run_ms INTEGER NOT NULL DEFAULT 0,
  last_status TEXT NOT NULL DEFAULT '',
  last_sweep_id INTEGER NOT NULL DEFAULT 0,
  last_success_ms INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS daemon_values(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL,
  delivered_ms INTEGER,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS alerts_pending ON alerts(next_attempt_ms) WHERE delivered_ms IS NULL;
)sql";

}  // namespace

struct DaemonState::Impl {
  std::string path;
  SQLite::Database db;
  Impl(const std::string& p, int busy_ms)
      : path(p),
        db(p, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX, busy_ms) {}
};

DaemonState::DaemonState(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DaemonState::~DaemonState() = default;

std::string DaemonStatePath(const std::string& db) {
  return sql::IsPostgresUrl(db) ? std::string("lantian-daemon.db") : db;
}

Result<std::unique_ptr<DaemonState>> DaemonState::Open(const std::string& db_path,
                                                       int busy_timeout_ms) {
  if (sql::IsPostgresUrl(db_path)) {
    // The schedule, alerts and daemon values live in a SQLite file: the
    // store's own, or the daemon machine's beside a server store.
    return Status::InvalidArgument(sql::RedactUrl(db_path) +
                                   ": the daemon's state is a SQLite file (DaemonStatePath names it)");
  }
  try {
    auto impl = std::make_unique<Impl>(db_path, busy_timeout_ms);
    impl->db.exec("PRAGMA journal_mode = WAL");
    impl->db.exec(kSchema);
    return std::unique_ptr<DaemonState>(new DaemonState(std::move(impl)));
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(db_path, e);
  }
}

Result<std::optional<JobState>> DaemonState::GetJob(std::string_view name) {
  try {
    SQLite::Statement q(impl_->db,
                        "SELECT last_run_ms, next_run_ms, last_status, last_sweep_id, last_success_ms "
                        "FROM daemon_jobs WHERE name = ?");
    q.bind(1, std::string(name));
    if (!q.executeStep()) return std::optional<JobState>();
    JobState s;
    s.name = std::string(name);
    s.last_run_ms = q.getColumn(0).getInt64();
    s.next_run_ms = q.getColumn(1).getInt64();
    s.last_status = q.getColumn(2).getString();
    s.last_sweep_id = q.getColumn(3).getInt64();
    s.last_success_ms = q.getColumn(4).getInt64();
    return std::optional<JobState>(std::move(s));
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

Status DaemonState::PutJob(const JobState& s) {
  try {
    SQLite::Statement q(impl_->db,
                        "INSERT INTO daemon_jobs(name, last_run_ms, next_run_ms, last_status, "
                        "last_sweep_id, last_success_ms) VALUES(?,?,?,?,?,?) "
                        "ON CONFLICT(name) DO UPDATE SET last_run_ms=excluded.last_run_ms, "
                        "next_run_ms=excluded.next_run_ms, last_status=excluded.last_status, "
                        "last_sweep_id=excluded.last_sweep_id, last_success_ms=excluded.last_success_ms");
    q.bind(1, s.name);
    q.bind(2, s.last_run_ms);
    q.bind(3, s.next_run_ms);
    q.bind(4, s.last_status);
    q.bind(5, s.last_sweep_id);
    q.bind(6, s.last_success_ms);
    q.exec();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

Result<std::string> DaemonState::GetValue(std::string_view key) {
  try {
    SQLite::Statement q(impl_->db, "SELECT value FROM daemon_values WHERE key = ?");
    q.bind(1, std::string(key));
    if (!q.executeStep()) return std::string();
    return q.getColumn(0).getString();
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

Status DaemonState::PutValue(std::string_view key, std::string_view value) {
  try {
    SQLite::Statement q(impl_->db,
                        "INSERT INTO daemon_values(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, std::string(key));
    q.bind(2, std::string(value));
    q.exec();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

Result<int64_t> DaemonState::AddAlert(std::string_view kind, std::string_view payload_json,
                                      int64_t now_ms) {
  try {
    SQLite::Statement q(impl_->db,
                        "INSERT INTO alerts(kind, payload, created_ms, next_attempt_ms) VALUES(?,?,?,?)");
    q.bind(1, std::string(kind));
    q.bind(2, std::string(payload_json));
    q.bind(3, now_ms);
    q.bind(4, now_ms);
    q.exec();
    return impl_->db.getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

Result<std::vector<PendingAlert>> DaemonState::DueAlerts(int64_t now_ms, int max_attempts) {
  try {
    SQLite::Statement q(impl_->db,
                        "SELECT id, kind, payload, attempts, next_attempt_ms, last_error FROM alerts "
                        "WHERE delivered_ms IS NULL AND next_attempt_ms <= ? AND attempts < ? "
                        "ORDER BY id");
    q.bind(1, now_ms);
    q.bind(2, max_attempts);
    std::vector<PendingAlert> out;
    while (q.executeStep()) {
      PendingAlert a;
      a.id = q.getColumn(0).getInt64();
      a.kind = q.getColumn(1).getString();
      a.payload_json = q.getColumn(2).getString();
      a.attempts = q.getColumn(3).getInt();
      a.next_attempt_ms = q.getColumn(4).getInt64();
      a.last_error = q.getColumn(5).getString();
      out.push_back(std::move(a));
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

Status DaemonState::MarkDelivered(int64_t id, int64_t now_ms) {
  try {
    SQLite::Statement q(impl_->db,
                        "UPDATE alerts SET delivered_ms = ?, attempts = attempts + 1, last_error = '' "
                        "WHERE id = ?");
    q.bind(1, now_ms);
    q.bind(2, id);
    q.exec();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

Status DaemonState::MarkFailed(int64_t id, int attempts, int64_t next_attempt_ms,
                               std::string_view error) {
  try {
    SQLite::Statement q(impl_->db,
                        "UPDATE alerts SET attempts = ?, next_attempt_ms = ?, last_error = ? WHERE id = ?");
    q.bind(1, attempts);
    q.bind(2, next_attempt_ms);
    q.bind(3, std::string(error));
    q.bind(4, id);
    q.exec();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

Result<int64_t> DaemonState::CountPending() {
  try {
    SQLite::Statement q(impl_->db, "SELECT count(*) FROM alerts WHERE delivered_ms IS NULL");
    q.executeStep();
    return q.getColumn(0).getInt64();
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

Result<std::optional<int64_t>> DaemonState::NextAlertDue(int max_attempts) {
  try {
    SQLite::Statement q(impl_->db,
                        "SELECT min(next_attempt_ms) FROM alerts WHERE delivered_ms IS NULL AND attempts < ?");
    q.bind(1, max_attempts);
    q.executeStep();
    if (q.getColumn(0).isNull()) return std::optional<int64_t>();
    return std::optional<int64_t>(q.getColumn(0).getInt64());
  } catch (const SQLite::Exception& e) {
    return internal::FromSqlite(impl_->path, e);
  }
}

}  // namespace lantian::store
