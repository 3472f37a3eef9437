#pragma once

// What the monitoring daemon keeps between runs, in the evidence database
// (its own tables, beside the evidence tables): per-job last/next run times
// and the alert outbox. Alerts are written here before any delivery attempt,
// so none is lost across a restart or a failing webhook.
//
//   auto state = store::DaemonState::Open("lantian.db");
//   auto job = (*state)->GetJob("xianyu-daily");       // nullopt before its first run
//   (*state)->PutJob({.name = "xianyu-daily", .last_run_ms = now, .next_run_ms = now + day});
//   auto id = (*state)->AddAlert("new_hits", payload_json, now);
//   for (const auto& a : *(*state)->DueAlerts(now, /*max_attempts=*/5)) ...  // deliver, then
//   (*state)->MarkDelivered(a.id, now);                // or MarkFailed(a.id, ...)

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace lantian::store {

struct JobState {
  std::string name;
  int64_t last_run_ms = 0;   // Unix ms the last run started; 0 = never
  int64_t next_run_ms = 0;   // Unix ms the next run is due; 0 = not scheduled yet
  std::string last_status;   // "done", "interrupted", "failed: <reason>"
  int64_t last_sweep_id = 0;
  int64_t last_success_ms = 0;
};

struct PendingAlert {
  int64_t id = 0;
  std::string kind;          // "new_hits" | "offender_reappeared"
  std::string payload_json;
  int attempts = 0;
  int64_t next_attempt_ms = 0;
  std::string last_error;
};

// Single-thread (the daemon's main thread). Opens its own read-write
// connection to the database; the sweep's writer connection may be open at
// the same time (WAL + busy timeout serialise the few writes).
// Where the daemon keeps its state for the evidence store `db`: in the
// store's own SQLite file, or, for a store on a server (a fleet's
// PostgreSQL), in "lantian-daemon.db" in the current directory: the
// schedule belongs to the machine that runs the daemon.
std::string DaemonStatePath(const std::string& db);

class DaemonState {
 public:
  // Opens `db_path` (created when missing) and creates the daemon tables if
  // needed. Errors name the path.
  [[nodiscard]] static Result<std::unique_ptr<DaemonState>> Open(const std::string& db_path,
                                                                 int busy_timeout_ms = 5000);
  ~DaemonState();
  DaemonState(const DaemonState&) = delete;
  DaemonState& operator=(const DaemonState&) = delete;

  [[nodiscard]] Result<std::optional<JobState>> GetJob(std::string_view name);
  [[nodiscard]] Status PutJob(const JobState& state);

  // A key/value the daemon keeps across restarts (e.g. the highest hit id
  // already alerted, the offender shops already known).
  [[nodiscard]] Result<std::string> GetValue(std::string_view key);
  [[nodiscard]] Status PutValue(std::string_view key, std::string_view value);

  // Stores a new alert (due now) and returns its id.
  [[nodiscard]] Result<int64_t> AddAlert(std::string_view kind, std::string_view payload_json,
                                         int64_t now_ms);
  // Undelivered alerts due at `now_ms` that have attempts < max_attempts, oldest first.
  [[nodiscard]] Result<std::vector<PendingAlert>> DueAlerts(int64_t now_ms, int max_attempts);
  [[nodiscard]] Status MarkDelivered(int64_t id, int64_t now_ms);
  [[nodiscard]] Status MarkFailed(int64_t id, int attempts, int64_t next_attempt_ms,
                                  std::string_view error);
  // Undelivered alerts (including those past max_attempts).
  [[nodiscard]] Result<int64_t> CountPending();
  // Earliest next attempt among undelivered alerts with attempts < max_attempts.
  [[nodiscard]] Result<std::optional<int64_t>> NextAlertDue(int max_attempts);

 private:
  struct Impl;
  explicit DaemonState(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lantian::store
