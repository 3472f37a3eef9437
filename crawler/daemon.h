#pragma once

// `lantian daemon`: runs the configured jobs on their schedules, unattended.
//
// - Jobs are the [[job]] tables of lantian.toml with a `schedule` (an interval
//   like "6h" or a 5-field cron expression) and an optional `jitter`. Jobs run
//   one at a time, so a job never overlaps itself (nor floods a platform with
//   two sweeps); the next run is computed when a run ends.
// - Last and next run times are persisted in the database, so a restart does
//   not re-run everything at once; a job never run before is due at start
//   (plus its jitter).
// - SIGTERM/SIGINT: the running sweep stops taking new URLs, commits what it
//   has and the daemon returns (the next start resumes that sweep). SIGHUP
//   re-reads the config; an invalid config is logged and the old one keeps
//   running.
// - After each sweep, new hits at or above [alerts].min_severity and known
//   offenders (entities with confirmed hits) that reappear under a new shop
//   raise alerts, stored first and then delivered with retries (crawler/alerts.h).
// - crawler.metrics_listen serves /metrics and /healthz while it runs.

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "crawler/alerts.h"
#include "base/status.h"
#include "crawler/config.h"

namespace lantian::crawler {

// [daemon] table of lantian.toml. Plain options (STYLE.md §7).
struct DaemonOptions {
  // Offset from UTC at which cron schedules are read. Default +480 (China
  // Standard Time), where the offices that run lantian are.
  int utc_offset_minutes = 480;
  // Re-check reported items on this schedule ("" = off). Default "1d".
  std::string recheck_schedule = "1d";
  // The built-in "learn" job ("" = off, the default): trains the learned
  // detector from the analysts' decisions in the store (confirmed items as
  // positives, dismissed ones as negatives, items without hits as
  // background) plus learn_corpora / learn_background, writes it to
  // learn_model (thresholds.toml beside it), then rescans the stored items
  // with rules and the new model, adding the hits that are new. Sweeps use
  // the learned model when crawler.model names the same file.
  std::string learn_schedule;
  // Where the learn job writes its model; "" = learned/model.ftz in the
  // folder of crawler.db.
  std::string learn_model;
  std::vector<std::string> learn_corpora;     // labelled JSONL files
  std::vector<std::string> learn_background;  // JSONL of ordinary items, or "N": keep at most N
  // How long SIGTERM waits for the running sweep to commit. Default 8000 ms,
  // inside systemd's and the 10 s budget.
  int64_t stop_timeout_ms = 8000;
};

struct DaemonConfig {
  CrawlerOptions crawler;
  DaemonOptions daemon;
  AlertOptions alerts;
};

// Reads lantian.toml: the crawler's tables through LoadCrawlerConfig, then
// [daemon] and [alerts]. Errors "path:line:col: key: message"; a job whose
// schedule does not parse is an error naming the job.
[[nodiscard]] Status LoadDaemonConfig(const std::string& path, DaemonConfig& config);

// Where the learn job writes its model: daemon.learn_model, or
// learned/model.ftz in the folder of crawler.db.
std::string LearnedModelPath(const DaemonConfig& config);

enum class LogLevel { kDebug, kInfo, kWarn, kError };

struct DaemonArgs {
  std::string config_path;  // lantian.toml (required)
  std::string config_dir;   // the config/ directory (patterns/, sites/)
  bool once = false;        // run the jobs that are due, then return
  std::string version = "0.1.0";
  // Where the daemon logs (the CLI wires spdlog); never empty.
  std::function<void(LogLevel, std::string_view)> log;
};

// Runs until SIGTERM/SIGINT (or, with `once`, until the due jobs ran). Blocks
// SIGTERM, SIGINT and SIGHUP in the calling thread (and so in the threads it
// starts) and waits for them with sigtimedwait. Errors: an invalid config at
// start (kInvalidArgument), the database cannot be opened (kIoError).
[[nodiscard]] Status RunDaemon(const DaemonArgs& args);

}  // namespace lantian::crawler
