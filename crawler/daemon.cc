#include "crawler/daemon.h"

#include <pthread.h>
#include <signal.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>
#include <toml++/toml.h>

#include "base/time.h"
#include "base/toml_error.h"
#include "crawler/learning.h"
#include "crawler/metrics.h"
#include "crawler/recheck.h"
#include "crawler/schedule.h"
#include "crawler/sweep.h"
#include "model/detector.h"
#include "patterns/rule_set.h"
#include "store/daemon_state.h"
#include "store/findings.h"
#include "store/store.h"

namespace lantian::crawler {
namespace {

using SysClock = std::chrono::system_clock;

// Zero is allowed for jitter ("0s" or "0"), unlike ParseDuration.
Result<std::chrono::milliseconds> ParseJitter(std::string_view text) {
  if (text.empty() || text == "0" || text == "0s" || text == "0ms") return std::chrono::milliseconds(0);
  return ParseDuration(text);
}

using store::SeverityRank;

Status ApplyDaemonTable(const std::string& path, const toml::table& t, DaemonOptions& o) {
  for (const auto& [k, node] : t) {
    const std::string key = "daemon." + std::string(k.str());
    if (k == "utc_offset_minutes") {
      const auto* v = node.as_integer();
      if (v == nullptr) return base::TomlValueError(path, node, key, "expected an integer");
      if (v->get() < -720 || v->get() > 840) {
        return base::TomlValueError(path, node, key, std::to_string(v->get()) + " is out of range -720..840");
      }
      o.utc_offset_minutes = static_cast<int>(v->get());
    } else if (k == "recheck_schedule" || k == "learn_schedule") {
      const auto* v = node.as_string();
      if (v == nullptr) return base::TomlValueError(path, node, key, "expected a string");
      if (!v->get().empty()) {
        auto s = Schedule::Parse(v->get());
        if (!s.ok()) return base::TomlValueError(path, node, key, s.status().message());
      }
      (k == "recheck_schedule" ? o.recheck_schedule : o.learn_schedule) = v->get();
    } else if (k == "learn_model") {
      const auto* v = node.as_string();
      if (v == nullptr) return base::TomlValueError(path, node, key, "expected a string");
      o.learn_model = v->get();
    } else if (k == "learn_corpora" || k == "learn_background") {
      const auto* a = node.as_array();
      if (a == nullptr) return base::TomlValueError(path, node, key, "expected an array of strings");
      std::vector<std::string>& into = k == "learn_corpora" ? o.learn_corpora : o.learn_background;
      into.clear();
      for (const auto& e : *a) {
        if (!e.is_string()) return base::TomlValueError(path, e, key, "expected an array of strings");
        into.push_back(e.as_string()->get());
      }
    } else if (k == "stop_timeout_ms") {
      const auto* v = node.as_integer();
      if (v == nullptr) return base::TomlValueError(path, node, key, "expected an integer");
      if (v->get() < 100 || v->get() > 600'000) {
        return base::TomlValueError(path, node, key, std::to_string(v->get()) + " is out of range 100..600000");
      }
      o.stop_timeout_ms = v->get();
    } else {
      return base::TomlValueError(path, node, key, "unknown key");
    }
  }
  return Status::Ok();
}

Status ApplyAlertsTable(const std::string& path, const toml::table& t, AlertOptions& o) {
  for (const auto& entry : t) {
    // Named, not a structured binding: the lambdas below capture them
    // (clang 14 cannot capture structured bindings).
    const toml::key& k = entry.first;
    const toml::node& node = entry.second;
    const std::string key = "alerts." + std::string(k.str());
    auto str = [&](std::string& target) -> Status {
      const auto* v = node.as_string();
      if (v == nullptr) return base::TomlValueError(path, node, key, "expected a string");
      target = v->get();
      return Status::Ok();
    };
    auto integer = [&](int64_t& target, int64_t lo, int64_t hi) -> Status {
      const auto* v = node.as_integer();
      if (v == nullptr) return base::TomlValueError(path, node, key, "expected an integer");
      if (v->get() < lo || v->get() > hi) {
        return base::TomlValueError(path, node, key,
                         std::to_string(v->get()) + " is out of range " + std::to_string(lo) + ".." +
                             std::to_string(hi));
      }
      target = v->get();
      return Status::Ok();
    };
    if (k == "webhook_url") {
      LANTIAN_RETURN_IF_ERROR(str(o.webhook_url));
    } else if (k == "command") {
      LANTIAN_RETURN_IF_ERROR(str(o.command));
    } else if (k == "min_severity") {
      LANTIAN_RETURN_IF_ERROR(str(o.min_severity));
      if (SeverityRank(o.min_severity) == 0) {
        return base::TomlValueError(path, node, key, "expected low, medium or high");
      }
    } else if (k == "timeout_ms") {
      LANTIAN_RETURN_IF_ERROR(integer(o.timeout_ms, 100, 600'000));
    } else if (k == "base_backoff_ms") {
      LANTIAN_RETURN_IF_ERROR(integer(o.base_backoff_ms, 1, 86'400'000));
    } else if (k == "max_backoff_ms") {
      LANTIAN_RETURN_IF_ERROR(integer(o.max_backoff_ms, 1, 86'400'000));
    } else if (k == "max_attempts") {
      int64_t v = o.max_attempts;
      LANTIAN_RETURN_IF_ERROR(integer(v, 1, 1000));
      o.max_attempts = static_cast<int>(v);
    } else {
      return base::TomlValueError(path, node, key, "unknown key");
    }
  }
  return Status::Ok();
}

// A job as the daemon runs it: the configured job plus its parsed schedule.
struct ScheduledJob {
  JobOptions job;
  Schedule schedule;
  std::chrono::milliseconds jitter{0};
  enum class Builtin { kNone, kRecheck, kLearn } builtin = Builtin::kNone;
};

// The built-in jobs' names; a user [[job]] may not take them while they run.
constexpr std::string_view kRecheckJob = "recheck";
constexpr std::string_view kLearnJob = "learn";

class Daemon {
 public:
  Daemon(const DaemonArgs& args, DaemonConfig config, std::unique_ptr<store::DaemonState> state)
      : args_(args), config_(std::move(config)), state_(std::move(state)), rng_(std::random_device{}()) {}

  Status Run();

 private:
  void Log(LogLevel level, const std::string& message) const { args_.log(level, message); }
  std::vector<ScheduledJob> BuildJobs(const DaemonConfig& config);
  int64_t JitterMs(const ScheduledJob& job) {
    if (job.jitter.count() <= 0) return 0;
    std::uniform_int_distribution<int64_t> d(0, job.jitter.count());
    return d(rng_);
  }
  Status InitJobStates();
  // Runs one job; returns true if a stop signal arrived meanwhile.
  bool RunJob(const ScheduledJob& job);
  // Runs a built-in job: `body` returns its one-line summary or an error;
  // the job's state, log lines and metrics are kept here.
  bool RunBuiltinJob(const ScheduledJob& job, const std::function<Result<std::string>()>& body);
  Result<std::string> Recheck();
  Result<std::string> Learn();
  // Waits up to `timeout_ms` for a signal; returns it or 0.
  int WaitSignal(int64_t timeout_ms);
  void Reload();
  void RaiseAlerts(const std::string& job, const SweepSummary& summary);
  void DeliverDueAlerts();
  void UpdateAlertGauge();

  const DaemonArgs& args_;
  DaemonConfig config_;
  std::unique_ptr<store::DaemonState> state_;
  std::vector<ScheduledJob> jobs_;
  Metrics metrics_;
  std::unique_ptr<MetricsServer> metrics_server_;
  std::mt19937_64 rng_;
  sigset_t signals_{};
  bool reload_pending_ = false;
};

std::vector<ScheduledJob> Daemon::BuildJobs(const DaemonConfig& config) {
  std::vector<ScheduledJob> jobs;
  for (const JobOptions& j : config.crawler.jobs) {
    if (j.schedule.empty()) continue;
    // LoadDaemonConfig validated schedule and jitter.
    auto schedule = Schedule::Parse(j.schedule, config.daemon.utc_offset_minutes);
    auto jitter = ParseJitter(j.jitter);
    if (!schedule.ok() || !jitter.ok()) continue;
    jobs.push_back(ScheduledJob{j, std::move(*schedule), *jitter});
  }
  auto add_builtin = [&](std::string_view name, const std::string& when, ScheduledJob::Builtin kind) {
    if (when.empty()) return;
    auto schedule = Schedule::Parse(when, config.daemon.utc_offset_minutes);
    if (!schedule.ok()) return;
    JobOptions builtin;
    builtin.name = std::string(name);
    jobs.push_back(ScheduledJob{builtin, std::move(*schedule), std::chrono::milliseconds(0), kind});
  };
  add_builtin(kRecheckJob, config.daemon.recheck_schedule, ScheduledJob::Builtin::kRecheck);
  add_builtin(kLearnJob, config.daemon.learn_schedule, ScheduledJob::Builtin::kLearn);
  return jobs;
}

Status Daemon::InitJobStates() {
  const int64_t now = base::UnixMsNow();
  for (const ScheduledJob& j : jobs_) {
    auto st = state_->GetJob(j.job.name);
    if (!st.ok()) return st.status();
    if (st->has_value() && (*st)->next_run_ms > 0) continue;
    store::JobState fresh;
    fresh.name = j.job.name;
    // A job never run is due now; its jitter spreads first runs apart.
    fresh.next_run_ms = now + (args_.once ? 0 : JitterMs(j));
    LANTIAN_RETURN_IF_ERROR(state_->PutJob(fresh));
  }
  return Status::Ok();
}

int Daemon::WaitSignal(int64_t timeout_ms) {
  timeout_ms = std::max<int64_t>(0, timeout_ms);
  struct timespec ts;
  ts.tv_sec = static_cast<time_t>(timeout_ms / 1000);
  ts.tv_nsec = static_cast<long>((timeout_ms % 1000) * 1'000'000);
  const int sig = sigtimedwait(&signals_, nullptr, &ts);
  return sig > 0 ? sig : 0;
}

void Daemon::Reload() {
  DaemonConfig fresh;
  Status s = LoadDaemonConfig(args_.config_path, fresh);
  if (!s.ok()) {
    Log(LogLevel::kError, "config reload rejected, keeping the running config: " + s.message());
    return;
  }
  config_ = std::move(fresh);
  jobs_ = BuildJobs(config_);
  s = InitJobStates();
  if (!s.ok()) Log(LogLevel::kError, "config reload: " + s.message());
  Log(LogLevel::kInfo, "config reloaded: " + std::to_string(jobs_.size()) + " scheduled jobs");
}

bool Daemon::RunBuiltinJob(const ScheduledJob& job, const std::function<Result<std::string>()>& body) {
  auto prior = state_->GetJob(job.job.name);
  store::JobState st;
  if (prior.ok() && prior->has_value()) st = **prior;
  st.name = job.job.name;
  st.last_run_ms = base::UnixMsNow();
  const std::string tag = "job " + job.job.name + ": ";
  Log(LogLevel::kInfo, tag + "starting");
  // Sequential and short next to a sweep; signals that arrive meanwhile are
  // handled when it returns.
  Result<std::string> summary = body();
  const int64_t end = base::UnixMsNow();
  if (!summary.ok()) {
    st.last_status = "failed: " + summary.status().message();
    Log(LogLevel::kError, tag + summary.status().message());
  } else {
    st.last_status = "done";
    st.last_success_ms = end;
    metrics_.JobSucceeded(job.job.name, end / 1000);
    Log(LogLevel::kInfo, tag + "done, " + *summary);
  }
  const auto next = job.schedule.Next(SysClock::time_point(std::chrono::milliseconds(end)));
  st.next_run_ms = std::chrono::duration_cast<std::chrono::milliseconds>(next.time_since_epoch()).count();
  Status s = state_->PutJob(st);
  if (!s.ok()) Log(LogLevel::kError, tag + "cannot save state: " + s.message());
  return false;
}

Result<std::string> Daemon::Recheck() {
  RecheckArgs args;
  args.db = config_.crawler.db;
  args.config_dir = args_.config_dir;
  args.per_host_delay_ms = std::max<int64_t>(config_.crawler.frontier.default_delay.count(), 0);
  args.allow_private = config_.crawler.fetch.allow_private;
  args.version = args_.version;
  auto report = crawler::Recheck(args);
  if (!report.ok()) return report.status();
  int64_t removed = 0, still_up = 0, unknown = 0;
  for (const store::PlatformCompliance& p : report->platforms) {
    removed += p.removed;
    still_up += p.still_up;
    unknown += p.unknown;
  }
  return std::to_string(report->items.size()) + " items: " + std::to_string(removed) + " removed, " +
         std::to_string(still_up) + " still up, " + std::to_string(unknown) + " unknown";
}

Result<std::string> Daemon::Learn() {
  const DaemonOptions& d = config_.daemon;
  auto rules = patterns::RuleSet::LoadDir(args_.config_dir + "/patterns");
  if (!rules.ok()) return rules.status();
  TrainRequest train;
  train.corpora = d.learn_corpora;
  train.background = d.learn_background;
  train.from_reviews = true;
  train.db = config_.crawler.db;
  train.out = LearnedModelPath(config_);
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(train.out).parent_path(), ec);
  auto trained = TrainDetector(**rules, train);
  if (!trained.ok()) {
    // Nothing reviewed yet is not a failure: the job waits for decisions.
    if (trained.status().code() == Status::Code::kFailedPrecondition) return "skipped: " + trained.status().message();
    return trained.status();
  }
  auto detector = model::Detector::Load(**rules, trained->model_path);
  if (!detector.ok()) return detector.status();
  RescanRequest rescan;
  rescan.db = config_.crawler.db;
  auto found = RescanStore(**detector, rescan);
  if (!found.ok()) return found.status();
  return "trained on " + std::to_string(trained->examples) + " examples (" +
         std::to_string(trained->reviewed_confirmed) + " confirmed items, " +
         std::to_string(trained->reviewed_dismissed) + " dismissed) into " + trained->model_path + "; rescanned " +
         std::to_string(found->items) + " items, " + std::to_string(found->added) + " new hits";
}

bool Daemon::RunJob(const ScheduledJob& job) {
  if (job.builtin == ScheduledJob::Builtin::kRecheck) return RunBuiltinJob(job, [this] { return Recheck(); });
  if (job.builtin == ScheduledJob::Builtin::kLearn) return RunBuiltinJob(job, [this] { return Learn(); });
  auto prior = state_->GetJob(job.job.name);
  store::JobState st;
  if (prior.ok() && prior->has_value()) st = **prior;
  st.name = job.job.name;
  const bool resume = st.last_status == "interrupted";
  st.last_run_ms = base::UnixMsNow();
  Log(LogLevel::kInfo, "job " + job.job.name + ": starting" + (resume ? " (resuming)" : ""));

  std::atomic<bool> stop{false};
  std::atomic<bool> done{false};
  std::optional<Result<SweepSummary>> result;
  SweepArgs sweep;
  sweep.config_path = args_.config_path;
  sweep.config_dir = args_.config_dir;
  sweep.job = job.job.name;
  sweep.resume = resume;
  sweep.version = args_.version;
  sweep.stop = &stop;
  sweep.progress = [this](const SweepProgress& p) { metrics_.SetQueueDepth(p.queued); };
  bool terminating = false;
  {
    // The sweep thread inherits the blocked signal mask, so signals still
    // arrive only through WaitSignal below.
    std::jthread worker([&] {
      result.emplace(Sweep(sweep));
      done.store(true, std::memory_order_release);
    });
    int64_t stop_deadline = 0;
    while (!done.load(std::memory_order_acquire)) {
      const int sig = WaitSignal(100);
      if ((sig == SIGTERM || sig == SIGINT) && !terminating) {
        terminating = true;
        stop.store(true);
        stop_deadline = base::UnixMsNow() + config_.daemon.stop_timeout_ms;
        Log(LogLevel::kInfo, "job " + job.job.name + ": stop requested, checkpointing the sweep");
      } else if (sig == SIGHUP) {
        reload_pending_ = true;
      }
      if (terminating && base::UnixMsNow() > stop_deadline) {
        Log(LogLevel::kWarn, "job " + job.job.name + ": sweep did not stop within " +
                                 std::to_string(config_.daemon.stop_timeout_ms) + " ms; waiting for it");
        stop_deadline = INT64_MAX;
      }
    }
  }  // joins the sweep thread
  const int64_t end = base::UnixMsNow();
  if (!result || !result->ok()) {
    const std::string why = result ? result->status().message() : "no result";
    st.last_status = "failed: " + why;
    Log(LogLevel::kError, "job " + job.job.name + ": " + why);
  } else {
    const SweepSummary& summary = result->value();
    st.last_status = summary.status;
    st.last_sweep_id = summary.sweep_id;
    Log(LogLevel::kInfo, "job " + job.job.name + ": " + summary.status + ", " +
                             std::to_string(summary.pages) + " pages, " + std::to_string(summary.hits) +
                             " hits (" + std::to_string(summary.new_hits) + " new) in " +
                             std::to_string(static_cast<int64_t>(summary.seconds * 1000)) + " ms");
    for (const std::string& trap : summary.traps) Log(LogLevel::kInfo, "job " + job.job.name + ": " + trap);
    // A host it could not reach makes the run a failure (what it got is
    // stored); the daemon carries on with its schedule.
    std::string unreached;
    for (const HostFailure& f : summary.host_failures) {
      const std::string line = HostFailureLine(f);
      Log(LogLevel::kError, "job " + job.job.name + ": " + line);
      unreached += (unreached.empty() ? "" : "; ") + line;
    }
    if (!unreached.empty() && summary.status == "done") st.last_status = "failed: " + unreached;
    // Latency first: a scrape in between then never sees more pages than
    // latency observations.
    metrics_.AddLatency(summary.latency_counts, summary.latency_sum_seconds);
    for (const auto& [status, n] : summary.status_histogram) metrics_.AddPages(status, static_cast<uint64_t>(n));
    metrics_.AddBytes(static_cast<uint64_t>(summary.wire_bytes));
    for (const auto& [kind, n] : summary.outcomes) {
      if (kind == "ok") continue;
      if (kind == "robots_disallowed") metrics_.AddRobotsDenied(static_cast<uint64_t>(n));
      metrics_.AddFetchErrors(kind, static_cast<uint64_t>(n));
    }
    for (const auto& [cat, n] : summary.hits_per_category) metrics_.AddHits(cat, static_cast<uint64_t>(n));
    metrics_.SweepFinished();
    metrics_.SetQueueDepth(summary.pending);
    if (summary.status == "done" && summary.host_failures.empty()) {
      st.last_success_ms = end;
      metrics_.JobSucceeded(job.job.name, end / 1000);
    }
    RaiseAlerts(job.job.name, summary);
  }
  if (st.last_status != "interrupted") {
    // Next run counted from the end of this one: a run longer than the
    // interval delays the next instead of overlapping it.
    const auto next = job.schedule.Next(SysClock::time_point(std::chrono::milliseconds(end)));
    st.next_run_ms = std::chrono::duration_cast<std::chrono::milliseconds>(next.time_since_epoch()).count() +
                     JitterMs(job);
  }
  Status s = state_->PutJob(st);
  if (!s.ok()) Log(LogLevel::kError, "job " + job.job.name + ": cannot save state: " + s.message());
  return terminating;
}

void Daemon::RaiseAlerts(const std::string& job, const SweepSummary& summary) {
  store::StoreOptions so;
  so.db_path = config_.crawler.db;
  so.read_only = true;
  auto store = store::Store::Open(so);
  if (!store.ok()) {
    Log(LogLevel::kError, "alerts: " + store.status().message());
    return;
  }
  const int64_t now = base::UnixMsNow();
  // 1. New hits at or above the configured severity, found in this sweep.
  auto max_text = state_->GetValue("alerts.max_hit_id");
  const int64_t max_alerted = max_text.ok() && !max_text->empty() ? std::stoll(*max_text) : 0;
  store::HitFilter filter;
  filter.sweep_id = summary.sweep_id;
  filter.status = store::HitStatus::kNew;
  auto hits = (*store)->ListHits(filter);
  if (!hits.ok()) {
    Log(LogLevel::kError, "alerts: " + hits.status().message());
    return;
  }
  int64_t new_max = max_alerted;
  nlohmann::json list = nlohmann::json::array();
  for (const store::HitRow& h : *hits) {
    new_max = std::max(new_max, h.id);
    if (h.id <= max_alerted || SeverityRank(h.severity) < SeverityRank(config_.alerts.min_severity)) continue;
    list.push_back({{"hit_id", h.id}, {"category", h.category}, {"rule", h.rule}, {"severity", h.severity},
                    {"platform", h.platform}, {"item_url", h.item_url}, {"item_title", h.item_title},
                    {"seller", h.seller}, {"match", h.match}, {"snippet", h.snippet}});
  }
  const bool alerts_configured = !config_.alerts.webhook_url.empty() || !config_.alerts.command.empty();
  if (!list.empty() && alerts_configured) {
    nlohmann::json payload = {{"kind", "new_hits"},     {"job", job},
                              {"sweep_id", summary.sweep_id}, {"created_at", base::FormatRfc3339Utc(now / 1000)},
                              {"min_severity", config_.alerts.min_severity}, {"hits", list}};
    auto id = state_->AddAlert("new_hits", payload.dump(), now);
    if (!id.ok()) Log(LogLevel::kError, "alerts: " + id.status().message());
    else Log(LogLevel::kInfo, "alert " + std::to_string(*id) + ": " + std::to_string(list.size()) + " new hits");
  }
  if (new_max != max_alerted) (void)state_->PutValue("alerts.max_hit_id", std::to_string(new_max)).ok();

  // 2. Known offenders (confirmed hits) under a shop not seen with them before.
  auto groups = (*store)->ListOffenders(1000);
  if (!groups.ok()) {
    Log(LogLevel::kError, "alerts: " + groups.status().message());
    return;
  }
  auto known_text = state_->GetValue("alerts.offender_shops");
  nlohmann::json known = nlohmann::json::object();
  if (known_text.ok() && !known_text->empty()) {
    known = nlohmann::json::parse(*known_text, nullptr, /*allow_exceptions=*/false);
    if (known.is_discarded() || !known.is_object()) known = nlohmann::json::object();
  }
  for (const store::OffenderGroup& g : *groups) {
    if (g.confirmed_hits <= 0 || g.contacts.empty()) continue;
    // A group is known by any of its contacts; shops seen with any of them count as known.
    std::set<std::string> seen;
    bool group_known = false;
    for (const std::string& c : g.contacts) {
      if (!known.contains(c)) continue;
      group_known = true;
      for (const auto& s : known[c]) seen.insert(s.get<std::string>());
    }
    std::vector<std::string> fresh;
    for (const std::string& s : g.shops) {
      if (!seen.contains(s)) fresh.push_back(s);
    }
    if (group_known && !fresh.empty() && alerts_configured) {
      nlohmann::json payload = {{"kind", "offender_reappeared"}, {"job", job},
                                {"sweep_id", summary.sweep_id}, {"created_at", base::FormatRfc3339Utc(now / 1000)},
                                {"contacts", g.contacts},        {"new_shops", fresh},
                                {"all_shops", g.shops},          {"platforms", g.platforms},
                                {"confirmed_hits", g.confirmed_hits}};
      auto id = state_->AddAlert("offender_reappeared", payload.dump(), now);
      if (!id.ok()) Log(LogLevel::kError, "alerts: " + id.status().message());
      else Log(LogLevel::kInfo, "alert " + std::to_string(*id) + ": known offender under new shop " + fresh[0]);
    }
    for (const std::string& c : g.contacts) known[c] = g.shops;
  }
  (void)state_->PutValue("alerts.offender_shops", known.dump()).ok();
  UpdateAlertGauge();
}

void Daemon::DeliverDueAlerts() {
  if (config_.alerts.webhook_url.empty() && config_.alerts.command.empty()) return;
  auto due = state_->DueAlerts(base::UnixMsNow(), config_.alerts.max_attempts);
  if (!due.ok()) {
    Log(LogLevel::kError, "alerts: " + due.status().message());
    return;
  }
  for (const store::PendingAlert& a : *due) {
    nlohmann::json payload = nlohmann::json::parse(a.payload_json, nullptr, false);
    if (payload.is_discarded()) payload = nlohmann::json::object();
    payload["alert_id"] = a.id;
    Status s = DeliverAlert(config_.alerts, Alert{a.id, payload.dump()});
    if (s.ok()) {
      (void)state_->MarkDelivered(a.id, base::UnixMsNow()).ok();
      Log(LogLevel::kInfo, "alert " + std::to_string(a.id) + ": delivered");
    } else {
      const int attempts = a.attempts + 1;
      const int64_t next =
          base::UnixMsNow() + AlertBackoff(config_.alerts, attempts, static_cast<uint64_t>(a.id)).count();
      (void)state_->MarkFailed(a.id, attempts, next, s.message()).ok();
      Log(LogLevel::kWarn, "alert " + std::to_string(a.id) + ": attempt " + std::to_string(attempts) +
                               " failed: " + s.message());
    }
  }
  UpdateAlertGauge();
}

void Daemon::UpdateAlertGauge() {
  auto n = state_->CountPending();
  if (n.ok()) metrics_.SetAlertsPending(*n);
}

Status Daemon::Run() {
  sigemptyset(&signals_);
  sigaddset(&signals_, SIGTERM);
  sigaddset(&signals_, SIGINT);
  sigaddset(&signals_, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals_, nullptr);

  if (!config_.crawler.metrics_listen.empty()) {
    auto server = MetricsServer::Start(config_.crawler.metrics_listen, &metrics_);
    if (!server.ok()) return server.status();
    metrics_server_ = std::move(*server);
    Log(LogLevel::kInfo, "metrics on http://" + config_.crawler.metrics_listen.substr(
                             0, config_.crawler.metrics_listen.rfind(':')) + ":" +
                             std::to_string(metrics_server_->port()) + "/metrics");
  }
  jobs_ = BuildJobs(config_);
  if (jobs_.empty()) Log(LogLevel::kWarn, "no [[job]] has a schedule; nothing to run");
  LANTIAN_RETURN_IF_ERROR(InitJobStates());
  UpdateAlertGauge();
  Log(LogLevel::kInfo, "daemon started: " + std::to_string(jobs_.size()) + " scheduled jobs" +
                           (args_.once ? " (--once)" : ""));

  while (true) {
    DeliverDueAlerts();
    if (reload_pending_) {
      reload_pending_ = false;
      Reload();
    }
    // Run every job that is due, in order of due time.
    int64_t next_wake = base::UnixMsNow() + 60'000;
    bool ran = false;
    for (const ScheduledJob& job : std::vector<ScheduledJob>(jobs_)) {
      auto st = state_->GetJob(job.job.name);
      if (!st.ok()) return st.status();
      const int64_t due = st->has_value() ? (*st)->next_run_ms : 0;
      if (due <= base::UnixMsNow()) {
        ran = true;
        if (RunJob(job)) {
          Log(LogLevel::kInfo, "daemon stopped");
          return Status::Ok();
        }
        DeliverDueAlerts();
      } else {
        next_wake = std::min(next_wake, due);
      }
    }
    if (args_.once) {
      if (!ran) Log(LogLevel::kInfo, "no job is due");
      return Status::Ok();
    }
    if (ran) continue;  // re-evaluate due times after the runs
    auto alert_due = state_->NextAlertDue(config_.alerts.max_attempts);
    if (alert_due.ok() && alert_due->has_value() &&
        (!config_.alerts.webhook_url.empty() || !config_.alerts.command.empty())) {
      next_wake = std::min(next_wake, **alert_due);
    }
    const int sig = WaitSignal(next_wake - base::UnixMsNow());
    if (sig == SIGTERM || sig == SIGINT) {
      Log(LogLevel::kInfo, "daemon stopped");
      return Status::Ok();
    }
    if (sig == SIGHUP) reload_pending_ = true;
  }
}

}  // namespace

Status LoadDaemonConfig(const std::string& path, DaemonConfig& config) {
  DaemonConfig c;
  LANTIAN_RETURN_IF_ERROR(LoadCrawlerConfig(path, c.crawler));
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    // LoadCrawlerConfig already reported syntax errors; this is a race with an edit.
    return Status::InvalidArgument(path + ": " + std::string(e.description()));
  }
  if (const auto* t = root["daemon"].as_table()) {
    LANTIAN_RETURN_IF_ERROR(ApplyDaemonTable(path, *t, c.daemon));
  } else if (root.contains("daemon")) {
    return base::TomlValueError(path, *root.get("daemon"), "daemon", "expected a table");
  }
  if (const auto* t = root["alerts"].as_table()) {
    LANTIAN_RETURN_IF_ERROR(ApplyAlertsTable(path, *t, c.alerts));
  } else if (root.contains("alerts")) {
    return base::TomlValueError(path, *root.get("alerts"), "alerts", "expected a table");
  }
  // Schedules and jitters are validated here, naming the job.
  if (const auto* jobs = root["job"].as_array()) {
    for (const auto& element : *jobs) {
      const auto* t = element.as_table();
      if (t == nullptr) continue;
      const std::string name = t->get("name") && t->get("name")->as_string()
                                   ? t->get("name")->as_string()->get()
                                   : std::string("?");
      // "recheck" and "learn" name the built-in jobs; a user job of that
      // name would share its persisted schedule state.
      for (const auto& [builtin, when] : {std::pair{kRecheckJob, &c.daemon.recheck_schedule},
                                          std::pair{kLearnJob, &c.daemon.learn_schedule}}) {
        if (name == builtin && t->get("schedule") != nullptr && !when->empty()) {
          return base::TomlValueError(path, *t->get("name"), "job " + name,
                                      "the name is taken by the built-in " + name + " job (daemon." + name +
                                          "_schedule); rename the job");
        }
      }
      if (const auto* s = t->get("schedule")) {
        auto parsed = Schedule::Parse(s->as_string() ? s->as_string()->get() : "",
                                      c.daemon.utc_offset_minutes);
        if (!parsed.ok()) return base::TomlValueError(path, *s, "job " + name + ": schedule", parsed.status().message());
      }
      if (const auto* j = t->get("jitter")) {
        auto parsed = ParseJitter(j->as_string() ? j->as_string()->get() : "");
        if (!parsed.ok()) return base::TomlValueError(path, *j, "job " + name + ": jitter", parsed.status().message());
      }
    }
  }
  config = std::move(c);
  return Status::Ok();
}

std::string LearnedModelPath(const DaemonConfig& config) {
  if (!config.daemon.learn_model.empty()) return config.daemon.learn_model;
  // Beside a SQLite store; in ./learned for a store on a server.
  const std::filesystem::path parent =
      store::IsServerStore(config.crawler.db) ? std::filesystem::path() : std::filesystem::path(config.crawler.db).parent_path();
  return (parent / "learned" / "model.ftz").string();
}

Status RunDaemon(const DaemonArgs& args) {
  DaemonConfig config;
  LANTIAN_RETURN_IF_ERROR(LoadDaemonConfig(args.config_path, config));
  {
    // Create or migrate the evidence schema first: the store refuses a
    // database that holds tables but no schema version.
    store::StoreOptions so;
    so.db_path = config.crawler.db;
    so.warc_dir = config.crawler.warc_dir;
    auto evidence = store::Store::Open(so);
    if (!evidence.ok()) return evidence.status();
    LANTIAN_RETURN_IF_ERROR((*evidence)->Close());
  }
  auto state = store::DaemonState::Open(store::DaemonStatePath(config.crawler.db));
  if (!state.ok()) return state.status();
  Daemon daemon(args, std::move(config), std::move(*state));
  return daemon.Run();
}

}  // namespace lantian::crawler
