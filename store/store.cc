#include "store/store.h"

#include <filesystem>

#include "base/time.h"
#include "base/uri.h"
#include "store/internal/schema.h"
#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"

// Opening and closing the store, sweeps and the frontier. The other parts of
// Store are store_capture.cc, store_triage.cc and store_chain.cc.

namespace lantian::store {
namespace {

namespace fs = std::filesystem;

// The frontier's UNIQUE(sweep_id, url_hash) key: base::UrlHash as SQLite's signed 64-bit.
int64_t UrlHash(std::string_view url) { return static_cast<int64_t>(base::UrlHash(url)); }

int FrontierStateCode(FrontierState s) {
  switch (s) {
    case FrontierState::kPending: return 0;
    case FrontierState::kDone: return 1;
    case FrontierState::kFailed: return 2;
    case FrontierState::kSkipped: return 3;
  }
  return 0;
}

FrontierState FrontierStateFromCode(int c) {
  switch (c) {
    case 1: return FrontierState::kDone;
    case 2: return FrontierState::kFailed;
    case 3: return FrontierState::kSkipped;
    default: return FrontierState::kPending;
  }
}

}  // namespace

namespace internal {

FrontierRow ReadFrontierRow(const sql::Statement& q) {
  FrontierRow r;
  r.id = q.getColumn(0).getInt64();
  r.url.url = q.getColumn(1).getString();
  r.url.host = q.getColumn(2).getString();
  r.url.depth = q.getColumn(3).getInt();
  r.url.parent = q.getColumn(4).getString();
  const std::string hop = q.getColumn(5).getString();
  r.url.hop = hop.empty() ? 'S' : hop[0];
  r.state = FrontierStateFromCode(q.getColumn(6).getInt());
  r.attempts = q.getColumn(7).getInt();
  r.retry_at = q.getColumn(8).getString();
  r.reason = q.getColumn(9).getString();
  r.url.fetch_url = q.getColumn(10).getString();
  return r;
}

}  // namespace internal

bool IsServerStore(std::string_view target) { return sql::IsPostgresUrl(target); }

std::string RedactedStore(std::string_view target) { return sql::RedactUrl(target); }

Status Store::Impl::RequireWritable() const {
  if (options_.read_only) return Status::FailedPrecondition(path() + ": opened read-only");
  return Status::Ok();
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() { Close().IgnoreError(); }  // destructor: nowhere to report

const StoreOptions& Store::options() const { return impl_->options_; }

Result<std::unique_ptr<Store>> Store::Open(const StoreOptions& options) {
  const std::string& target = options.db_path;
  const bool postgres = sql::IsPostgresUrl(target);
  // Messages name the database without its password.
  const std::string path = postgres ? sql::RedactUrl(target) : target;
  std::error_code ec;
  if (!postgres && (options.read_only || !options.create_if_missing) && !fs::exists(target, ec)) {
    return Status::NotFound(path + ": no such database");
  }
  std::string warc_dir = options.warc_dir;
  if (warc_dir.empty()) {
    // A server-held store has no file to sit beside: its WARC files go to
    // ./warc unless [store] warc_dir names the directory the workers share.
    fs::path parent = postgres ? fs::path() : fs::path(target).parent_path();
    warc_dir = (parent.empty() ? fs::path("warc") : parent / "warc").string();
  }
  sql::OpenOptions open;
  open.read_only = options.read_only;
  open.create_if_missing = options.create_if_missing;
  open.busy_timeout_ms = options.busy_timeout_ms;
  try {
    sql::Database db = sql::Database::Open(target, open);
    if (!postgres) db.exec("PRAGMA foreign_keys = ON");
    // Workers opening a new database at once: one looks at the schema (and
    // creates it) at a time, so none sees another's tables half made. The
    // lock goes with the connection if the open fails.
    if (postgres) db.exec("SELECT pg_advisory_lock(5268428)");
    auto version = internal::ReadSchemaVersion(db, path);
    if (!version.ok()) return version.status();
    if (*version > kSchemaVersion) {
      return Status::FailedPrecondition(
          path + ": database schema version " + std::to_string(*version) +
          " is newer than this lantian supports (" + std::to_string(kSchemaVersion) +
          "); refusing to open it (not modified)");
    }
    if (*version < kSchemaVersion) {
      if (options.read_only) {
        if (*version == 0) return Status::FailedPrecondition(path + ": not a lantian database (empty)");
        // An older schema (an upgraded lantian reading last month's store):
        // migrated once through a short read-write connection (migrations
        // only add), then read as usual.
        try {
          sql::OpenOptions rw_open = open;
          rw_open.read_only = false;
          rw_open.create_if_missing = false;
          sql::Database rw = sql::Database::Open(target, rw_open);
          LANTIAN_RETURN_IF_ERROR(internal::Migrate(rw, *version, kSchemaVersion, path));
        } catch (const sql::Error& e) {
          return Status::FailedPrecondition(path + ": database schema version " + std::to_string(*version) +
                                            " needs a migration to " + std::to_string(kSchemaVersion) +
                                            " and the file cannot be written: " + e.what());
        }
      } else {
        LANTIAN_RETURN_IF_ERROR(internal::Migrate(db, *version, kSchemaVersion, path));
      }
    }
    if (postgres) db.exec("SELECT pg_advisory_unlock(5268428)");
    if (!options.read_only && !postgres) {
      sql::Statement wal(db, "PRAGMA journal_mode = WAL");
      wal.executeStep();
      db.exec("PRAGMA synchronous = FULL");
      // 8 MiB page cache for the writer: bounded, so RSS stays flat however
      // large the frontier grows (a 1M-URL frontier index alone is ~30 MB);
      // misses are served from the OS page cache.
      db.exec("PRAGMA cache_size = -8192");
    }
    auto impl = std::make_unique<Impl>(options, warc_dir, std::move(db));
    impl->LoadChainHead();
    return std::unique_ptr<Store>(new Store(std::move(impl)));
  } catch (const sql::Error& e) {
    return internal::FromSql(path, e);
  }
}

Status Store::Close() {
  if (!impl_->warc_) return Status::Ok();
  Status s = impl_->warc_->Close();
  impl_->warc_.reset();
  impl_->warc_lock_ = internal::DirLock();
  return s;
}
// ---- Sweeps ----------------------------------------------------------------

Result<int64_t> Store::BeginSweep(std::string_view job, std::string_view options_json) {
  try {
    auto& st = impl_->Stmt(
        "INSERT INTO sweeps(job, started_at, status, options_json) VALUES (?, ?, 'running', ?)");
    internal::BindAll(st, std::string(job), base::NowRfc3339UtcMs(), std::string(options_json));
    st.exec();
    return impl_->db_.getLastInsertRowid();
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Status Store::FinishSweep(int64_t sweep_id, std::string_view status) {
  try {
    auto& st = impl_->Stmt("UPDATE sweeps SET status = ?, finished_at = ? WHERE id = ?");
    internal::BindAll(st, std::string(status), base::NowRfc3339UtcMs(), sweep_id);
    st.exec();
    if (impl_->db_.getChanges() == 0) {
      return Status::NotFound(impl_->path() + ": sweep " + std::to_string(sweep_id) + " not found");
    }
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Status Store::ReopenSweep(int64_t sweep_id) {
  try {
    auto& st = impl_->Stmt("UPDATE sweeps SET status = 'running', finished_at = '' WHERE id = ?");
    internal::BindAll(st, sweep_id);
    st.exec();
    if (impl_->db_.getChanges() == 0) {
      return Status::NotFound(impl_->path() + ": sweep " + std::to_string(sweep_id) + " not found");
    }
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

namespace {
SweepRecord ReadSweep(sql::Statement& q) {
  return {q.getColumn(0).getInt64(),  q.getColumn(1).getString(), q.getColumn(2).getString(),
          q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString()};
}
}  // namespace

Result<std::optional<SweepRecord>> Store::LastSweep() {
  try {
    auto& q = impl_->Stmt(
        "SELECT id, job, started_at, finished_at, status, options_json FROM sweeps "
        "ORDER BY id DESC LIMIT 1");
    q.reset();
    std::optional<SweepRecord> out;
    if (q.executeStep()) out = ReadSweep(q);
    q.reset();
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<std::optional<SweepRecord>> Store::LatestUnfinishedSweep(std::string_view job) {
  try {
    auto& q = impl_->Stmt(
        "SELECT id, job, started_at, finished_at, status, options_json FROM sweeps "
        "WHERE status IN ('running', 'interrupted') AND (? = '' OR job = ?) "
        "ORDER BY id DESC LIMIT 1");
    internal::BindAll(q, std::string(job), std::string(job));
    std::optional<SweepRecord> out;
    if (q.executeStep()) out = ReadSweep(q);
    q.reset();
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<SweepRecord> Store::GetSweep(int64_t sweep_id) {
  try {
    auto& q = impl_->Stmt(
        "SELECT id, job, started_at, finished_at, status, options_json FROM sweeps WHERE id = ?");
    internal::BindAll(q, sweep_id);
    if (!q.executeStep()) {
      q.reset();
      return Status::NotFound(impl_->path() + ": sweep " + std::to_string(sweep_id) + " not found");
    }
    SweepRecord r = ReadSweep(q);
    q.reset();
    return r;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

// ---- Frontier --------------------------------------------------------------

Result<int64_t> Store::EnqueueUrls(int64_t sweep_id, std::span<const FrontierUrl> urls) {
  LANTIAN_RETURN_IF_ERROR(impl_->RequireWritable());
  try {
    sql::Transaction tx(impl_->db_);
    int64_t added = 0;
    auto& st = impl_->Stmt(
        "INSERT OR IGNORE INTO frontier(sweep_id, url_hash, url, fetch_url, host, depth, parent, hop) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const FrontierUrl& u : urls) {
      // fetch_url "" when it is the canonical URL itself: one copy, not two.
      const std::string fetch_url = u.fetch_url == u.url ? std::string() : u.fetch_url;
      internal::BindAll(st, sweep_id, UrlHash(u.url), u.url, fetch_url, u.host, u.depth, u.parent,
                        std::string(1, u.hop));
      st.exec();
      added += impl_->db_.getChanges();
    }
    tx.commit();
    return added;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<std::vector<bool>> Store::KnownUrls(int64_t sweep_id, std::span<const FrontierUrl> urls) {
  std::vector<bool> known(urls.size(), false);
  if (urls.empty()) return known;
  try {
    sql::Transaction tx(impl_->db_);  // one read snapshot, not one per lookup
    auto& q = impl_->Stmt("SELECT 1 FROM frontier WHERE sweep_id = ? AND url_hash = ?");
    for (size_t i = 0; i < urls.size(); ++i) {
      internal::BindAll(q, sweep_id, UrlHash(urls[i].url));
      known[i] = q.executeStep();
      q.reset();
    }
    tx.commit();
    return known;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<std::vector<FrontierRow>> Store::PendingUrls(int64_t sweep_id, int64_t after_id,
                                                    size_t limit) {
  try {
    auto& q = impl_->Stmt(
        "SELECT id, url, host, depth, parent, hop, state, attempts, retry_at, reason, fetch_url FROM frontier "
        "WHERE sweep_id = ? AND state = 0 AND id > ? ORDER BY id LIMIT ?");
    internal::BindAll(q, sweep_id, after_id, static_cast<int64_t>(limit));
    std::vector<FrontierRow> rows;
    while (q.executeStep()) rows.push_back(internal::ReadFrontierRow(q));
    q.reset();
    return rows;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Status Store::MarkUrls(std::span<const FrontierUpdate> updates) {
  LANTIAN_RETURN_IF_ERROR(impl_->RequireWritable());
  try {
    sql::Transaction tx(impl_->db_);
    auto& st = impl_->Stmt(
        "UPDATE frontier SET state = ?, attempts = ?, retry_at = ?, reason = ? WHERE id = ?");
    for (const FrontierUpdate& u : updates) {
      internal::BindAll(st, FrontierStateCode(u.state), u.attempts, u.retry_at, u.reason, u.id);
      st.exec();
    }
    tx.commit();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<FrontierCounts> Store::CountFrontier(int64_t sweep_id) {
  try {
    auto& q = impl_->Stmt("SELECT state, count(*) FROM frontier WHERE sweep_id = ? GROUP BY state");
    internal::BindAll(q, sweep_id);
    FrontierCounts c;
    while (q.executeStep()) {
      int64_t n = q.getColumn(1).getInt64();
      switch (FrontierStateFromCode(q.getColumn(0).getInt())) {
        case FrontierState::kPending: c.pending += n; break;
        case FrontierState::kDone: c.done += n; break;
        case FrontierState::kFailed: c.failed += n; break;
        case FrontierState::kSkipped: c.skipped += n; break;
      }
    }
    q.reset();
    return c;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}
}  // namespace lantian::store
