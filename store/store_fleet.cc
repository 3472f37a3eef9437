// A sweep run by a fleet of workers on one store (crawler/fleet.h): who
// works on it, which frontier rows each holds, and per host who may send the
// next request. Part of Store; the other parts are listed in store.cc.

#include <algorithm>
#include <map>

#include <utf8proc.h>

#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"
#include "store/store.h"

namespace lantian::store {

std::string_view WorkerState(const WorkerStatus& worker, int64_t now_ms) {
  if (!worker.finished_at.empty()) return "finished";
  return now_ms - worker.heartbeat_ms > Store::kWorkerSilentMs ? "silent" : "working";
}

void Store::Impl::FreeClaims(int64_t sweep_id, std::string_view worker) {
  auto& free = Stmt("UPDATE frontier SET claimed_by = '' WHERE sweep_id = ? AND state = 0 AND claimed_by = ?");
  internal::BindAll(free, sweep_id, std::string(worker));
  free.exec();
}

Status Store::RegisterWorker(int64_t sweep_id, std::string_view worker, int64_t now_ms) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  try {
    sql::Transaction tx(im.db_);
    auto& up = im.Stmt(
        "INSERT INTO workers(sweep_id, name, started_at, heartbeat_ms) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(sweep_id, name) DO UPDATE SET started_at = excluded.started_at, "
        "heartbeat_ms = excluded.heartbeat_ms, finished_at = ''");
    internal::BindAll(up, sweep_id, std::string(worker), FormatUtcMs(now_ms), now_ms);
    up.exec();
    im.FreeClaims(sweep_id, worker);  // restarted under its old name: an empty window
    tx.commit();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Status Store::Heartbeat(int64_t sweep_id, std::string_view worker, int64_t now_ms, int64_t pages,
                        int64_t requests) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  try {
    auto& up = im.Stmt("UPDATE workers SET heartbeat_ms = ?, pages = ?, requests = ? WHERE sweep_id = ? AND name = ?");
    internal::BindAll(up, now_ms, pages, requests, sweep_id, std::string(worker));
    up.exec();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Status Store::FinishWorker(int64_t sweep_id, std::string_view worker) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  try {
    sql::Transaction tx(im.db_);
    auto& up = im.Stmt("UPDATE workers SET finished_at = ? WHERE sweep_id = ? AND name = ?");
    internal::BindAll(up, NowUtc(), sweep_id, std::string(worker));
    up.exec();
    im.FreeClaims(sweep_id, worker);  // interrupted: its window goes back to the others at once
    tx.commit();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Result<std::vector<WorkerStatus>> Store::ListWorkers(int64_t sweep_id, int64_t now_ms) {
  Impl& im = *impl_;
  try {
    std::vector<WorkerStatus> out;
    std::map<std::string, size_t> index;
    auto& q = im.Stmt(
        "SELECT name, started_at, heartbeat_ms, pages, requests, finished_at FROM workers WHERE sweep_id = ? "
        "ORDER BY name");
    internal::BindAll(q, sweep_id);
    while (q.executeStep()) {
      WorkerStatus w;
      w.name = q.getColumn(0).getString();
      w.started_at = q.getColumn(1).getString();
      w.heartbeat_ms = q.getColumn(2).getInt64();
      w.pages = q.getColumn(3).getInt64();
      w.requests = q.getColumn(4).getInt64();
      w.finished_at = q.getColumn(5).getString();
      index[w.name] = out.size();
      out.push_back(std::move(w));
    }
    q.reset();
    auto& h = im.Stmt(
        "SELECT worker, host FROM host_leases WHERE sweep_id = ? AND busy_until_ms >= ? ORDER BY host");
    internal::BindAll(h, sweep_id, now_ms);
    while (h.executeStep()) {
      auto it = index.find(h.getColumn(0).getString());
      if (it != index.end()) out[it->second].hosts.push_back(h.getColumn(1).getString());
    }
    h.reset();
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Result<std::vector<FrontierRow>> Store::ClaimUrls(int64_t sweep_id, std::string_view worker, size_t limit,
                                                  int64_t stale_before_ms) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  // Rows nobody holds, or held by a worker that stopped beating or finished.
  // One statement: the rows are marked as they are chosen.
  static constexpr const char* kSqlite =
      "UPDATE frontier SET claimed_by = ?1 WHERE id IN (SELECT f.id FROM frontier f WHERE f.sweep_id = ?2 "
      "AND f.state = 0 AND f.claimed_by <> ?1 AND (f.claimed_by = '' OR NOT EXISTS (SELECT 1 FROM workers w "
      "WHERE w.sweep_id = f.sweep_id AND w.name = f.claimed_by AND w.heartbeat_ms >= ?3 AND w.finished_at = '')) "
      "ORDER BY f.id LIMIT ?4) "
      "RETURNING id, url, host, depth, parent, hop, state, attempts, retry_at, reason, fetch_url";
  static constexpr const char* kPostgres =
      "UPDATE frontier SET claimed_by = ?1 WHERE id IN (SELECT f.id FROM frontier f WHERE f.sweep_id = ?2 "
      "AND f.state = 0 AND f.claimed_by <> ?1 AND (f.claimed_by = '' OR NOT EXISTS (SELECT 1 FROM workers w "
      "WHERE w.sweep_id = f.sweep_id AND w.name = f.claimed_by AND w.heartbeat_ms >= ?3 AND w.finished_at = '')) "
      "ORDER BY f.id LIMIT ?4 FOR UPDATE SKIP LOCKED) "
      "RETURNING id, url, host, depth, parent, hop, state, attempts, retry_at, reason, fetch_url";
  try {
    auto& q = im.Stmt(im.server_held_ ? kPostgres : kSqlite);
    internal::BindAll(q, std::string(worker), sweep_id, stale_before_ms, static_cast<int64_t>(limit));
    std::vector<FrontierRow> rows;
    while (q.executeStep()) rows.push_back(internal::ReadFrontierRow(q));
    q.reset();
    std::sort(rows.begin(), rows.end(), [](const FrontierRow& a, const FrontierRow& b) { return a.id < b.id; });
    return rows;
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Result<HostLeaseResult> Store::LeaseHost(int64_t sweep_id, std::string_view host, std::string_view worker,
                                         int64_t now_ms, int64_t busy_ms) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  try {
    // One statement, so two workers asking at once cannot both win: the
    // row is taken only if nobody's request runs there and the delay passed.
    auto& take = im.Stmt(
        "INSERT INTO host_leases(sweep_id, host, worker, busy_until_ms, next_allowed_ms, requests) "
        "VALUES (?1, ?2, ?3, ?4, 0, 1) ON CONFLICT(sweep_id, host) DO UPDATE SET worker = excluded.worker, "
        "busy_until_ms = excluded.busy_until_ms, requests = host_leases.requests + 1 "
        "WHERE host_leases.busy_until_ms < ?5 AND host_leases.next_allowed_ms <= ?5");
    internal::BindAll(take, sweep_id, std::string(host), std::string(worker), now_ms + busy_ms, now_ms);
    HostLeaseResult out;
    if (take.exec() > 0) {
      out.granted = true;
      return out;
    }
    auto& q = im.Stmt("SELECT busy_until_ms, next_allowed_ms FROM host_leases WHERE sweep_id = ? AND host = ?");
    internal::BindAll(q, sweep_id, std::string(host));
    if (q.executeStep()) {
      const int64_t busy_until = q.getColumn(0).getInt64();
      // Another worker's request runs: it usually ends long before its
      // lease would run out, so ask again soon; else the host's delay.
      out.retry_at_ms = busy_until >= now_ms ? std::min(busy_until + 1, now_ms + kBusyPollMs)
                                             : std::max(now_ms, q.getColumn(1).getInt64());
    }
    q.reset();
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Status Store::ReleaseHost(int64_t sweep_id, std::string_view host, std::string_view worker,
                          int64_t next_allowed_ms) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  try {
    auto& up = im.Stmt(
        "UPDATE host_leases SET busy_until_ms = 0, next_allowed_ms = ? WHERE sweep_id = ? AND host = ? AND worker = ?");
    internal::BindAll(up, next_allowed_ms, sweep_id, std::string(host), std::string(worker));
    up.exec();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Result<std::optional<SharedRobots>> Store::GetSharedRobots(std::string_view host_key, int64_t fresh_after_ms) {
  Impl& im = *impl_;
  try {
    auto& q = im.Stmt("SELECT access, body, fetched_ms FROM robots_cache WHERE host_key = ? AND fetched_ms >= ?");
    internal::BindAll(q, std::string(host_key), fresh_after_ms);
    std::optional<SharedRobots> out;
    if (q.executeStep()) {
      out.emplace();
      out->access = q.getColumn(0).getInt();
      out->body = q.getColumn(1).getString();
      out->fetched_ms = q.getColumn(2).getInt64();
    }
    q.reset();
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Status Store::PutSharedRobots(std::string_view host_key, const SharedRobots& robots) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  // PostgreSQL's text holds valid UTF-8 without NUL only; anything else is
  // left to each worker's own fetch.
  if (robots.body.find('\0') != std::string::npos ||
      utf8proc_decompose(reinterpret_cast<const utf8proc_uint8_t*>(robots.body.data()),
                         static_cast<utf8proc_ssize_t>(robots.body.size()), nullptr, 0, UTF8PROC_STABLE) < 0) {
    return Status::Ok();
  }
  try {
    auto& up = im.Stmt(
        "INSERT INTO robots_cache(host_key, access, body, fetched_ms) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(host_key) DO UPDATE SET access = excluded.access, body = excluded.body, "
        "fetched_ms = excluded.fetched_ms WHERE excluded.fetched_ms > robots_cache.fetched_ms");
    internal::BindAll(up, std::string(host_key), robots.access, robots.body, robots.fetched_ms);
    up.exec();
    return Status::Ok();
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

Result<bool> Store::HasPendingUrls(int64_t sweep_id) {
  Impl& im = *impl_;
  try {
    auto& q = im.Stmt("SELECT EXISTS(SELECT 1 FROM frontier WHERE sweep_id = ? AND state = 0)");
    internal::BindAll(q, sweep_id);
    q.executeStep();
    const bool pending = q.getColumn(0).getInt64() != 0;
    q.reset();
    return pending;
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}

}  // namespace lantian::store
