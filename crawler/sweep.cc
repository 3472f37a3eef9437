#include "crawler/sweep.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "crawler/config.h"
#include "crawler/sweep_analyzer.h"
#include "crawler/url.h"
#include "extractors/site_profile.h"
#include "model/detector.h"
#include "patterns/rule_set.h"
#include "store/store.h"
#include "store/warc_writer.h"

namespace lantian::crawler {

namespace {

// The config file a sweep reads: --config, else <config dir>/lantian.toml when it exists.
std::string ConfigPath(const SweepArgs& args) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (args.config_path.empty() && fs::exists(fs::path(args.config_dir) / "lantian.toml", ec)) {
    return (fs::path(args.config_dir) / "lantian.toml").string();
  }
  return args.config_path;
}

std::string Seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", s);
  return buf;
}

}  // namespace

std::string DefaultWorkerName() { return store::LocalHostName() + "-" + std::to_string(::getpid()); }

std::string FleetStatusTable(const store::SweepRecord& sweep, const store::FrontierCounts& counts,
                             const std::vector<store::WorkerStatus>& workers, std::int64_t now_ms) {
  std::string out = "sweep " + std::to_string(sweep.id) + " " + sweep.status + ", started " + sweep.started_at +
                    ": " + std::to_string(counts.done) + " done, " + std::to_string(counts.pending) + " pending, " +
                    std::to_string(counts.failed) + " failed, " + std::to_string(counts.skipped) + " skipped\n";
  if (workers.empty()) return out + "no workers (a sweep on one machine, or none joined yet)\n";
  std::vector<std::vector<std::string>> rows = {{"worker", "heartbeat", "pages", "pages/s", "state", "hosts in use"}};
  for (const store::WorkerStatus& w : workers) {
    std::int64_t started_ms = 0;
    if (auto t = base::ParseRfc3339(w.started_at); t.ok()) started_ms = t->epoch_seconds * 1000;
    const double up = static_cast<double>(w.heartbeat_ms - started_ms) / 1000.0;
    std::string hosts;
    for (const std::string& h : w.hosts) hosts += (hosts.empty() ? "" : " ") + h;
    rows.push_back({w.name, Seconds(static_cast<double>(now_ms - w.heartbeat_ms) / 1000.0) + " s ago",
                    std::to_string(w.pages), up > 0 ? Seconds(static_cast<double>(w.pages) / up) : "-",
                    std::string(store::WorkerState(w, now_ms)),
                    hosts.empty() ? "-" : hosts});
  }
  std::vector<std::size_t> width(rows[0].size(), 0);
  for (const auto& r : rows) {
    for (std::size_t i = 0; i < r.size(); ++i) width[i] = std::max(width[i], r[i].size());
  }
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(width[i] - r[i].size() + 2, ' ');
    }
    out += line + "\n";
  }
  return out;
}

Result<std::string> FleetStatus(const SweepArgs& args, std::int64_t now_ms) {
  CrawlerOptions options;
  const std::string config_path = ConfigPath(args);
  if (!config_path.empty()) LANTIAN_RETURN_IF_ERROR(LoadCrawlerConfig(config_path, options));
  if (!args.db.empty()) options.db = args.db;
  store::StoreOptions so;
  so.db_path = options.db;
  so.read_only = true;
  so.warc_dir = options.warc_dir;
  auto db = store::Store::Open(so);
  if (!db.ok()) return db.status();
  store::SweepRecord sweep;
  if (args.join_sweep > 0) {
    auto s = (*db)->GetSweep(args.join_sweep);
    if (!s.ok()) return s.status();
    sweep = std::move(*s);
  } else {
    auto s = (*db)->LastSweep();
    if (!s.ok()) return s.status();
    if (!s->has_value()) return Status::NotFound(store::RedactedStore(options.db) + ": no sweep yet");
    sweep = std::move(**s);
  }
  auto counts = (*db)->CountFrontier(sweep.id);
  if (!counts.ok()) return counts.status();
  auto workers = (*db)->ListWorkers(sweep.id, now_ms);
  if (!workers.ok()) return workers.status();
  return FleetStatusTable(sweep, *counts, *workers, now_ms);
}

Result<SweepSummary> Sweep(const SweepArgs& args) {
  namespace fs = std::filesystem;
  std::error_code ec;
  CrawlerOptions options;
  const std::string config_path = ConfigPath(args);
  if (!config_path.empty()) LANTIAN_RETURN_IF_ERROR(LoadCrawlerConfig(config_path, options));
  if (args.max_pages) options.max_pages = *args.max_pages;
  if (args.max_depth) options.max_depth = *args.max_depth;
  if (args.max_in_flight) options.fetch.max_in_flight = *args.max_in_flight;
  if (args.per_host_delay_ms) options.frontier.default_delay = std::chrono::milliseconds(*args.per_host_delay_ms);
  if (!args.db.empty()) options.db = args.db;
  if (args.allow_private) options.fetch.allow_private = true;

  SweepRequest request;
  request.job = args.job;
  request.resume = args.resume;
  request.join_sweep_id = args.join_sweep;
  request.worker = args.worker;
  // On a shared store every sweep is a fleet of one or more.
  if (request.worker.empty() && store::IsServerStore(options.db)) request.worker = DefaultWorkerName();
  request.version = args.version;
  request.progress = args.progress;
  request.stop = args.stop;
  request.seeds = args.seeds;
  if (!args.seeds_file.empty()) {
    std::ifstream in(args.seeds_file);
    if (!in) return Status::InvalidArgument(args.seeds_file + ": cannot read seeds file");
    std::string line;
    while (std::getline(in, line)) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (line.empty() || line.front() == '#') continue;
      request.seeds.push_back(line);
    }
  }

  std::string site = args.site;
  std::vector<std::string> queries = args.queries;
  std::vector<std::string> categories = args.categories;
  if (!args.job.empty()) {
    const JobOptions* job = nullptr;
    for (const JobOptions& j : options.jobs) {
      if (j.name == args.job) job = &j;
    }
    if (job == nullptr) {
      return Status::InvalidArgument((config_path.empty() ? std::string("config") : config_path) + ": no job named '" +
                                     args.job + "'");
    }
    request.seeds.insert(request.seeds.end(), job->seeds.begin(), job->seeds.end());
    if (site.empty()) site = job->site;
    if (queries.empty()) queries = job->queries;
    if (categories.empty()) categories = job->categories;
    if (job->max_pages > 0 && !args.max_pages) options.max_pages = job->max_pages;
    if (job->max_depth >= 0 && !args.max_depth) options.max_depth = job->max_depth;
    if (!job->render.empty()) options.render.mode = *ParseRenderMode(job->render);  // checked at load
  }
  if (args.render) options.render.mode = *args.render;

  // Site profiles: scope hosts, search URLs, politeness overrides, block markers.
  const std::string sites_dir =
      options.sites_dir.empty() ? (fs::path(args.config_dir) / "sites").string() : options.sites_dir;
  extractors::ProfileSet profiles;
  if (fs::is_directory(sites_dir, ec)) {
    auto loaded = extractors::ProfileSet::LoadDir(sites_dir);
    if (!loaded.ok()) return loaded.status();
    profiles = std::move(*loaded);
  }
  if (!site.empty()) {
    const extractors::SiteProfile* profile = profiles.Find(site);
    if (profile == nullptr) return Status::InvalidArgument("--site: no site profile named '" + site + "' in " + sites_dir);
    request.scope_hosts.insert(request.scope_hosts.end(), profile->hosts.begin(), profile->hosts.end());
    for (const std::string& q : queries) {
      auto url = profile->SearchUrl(q, 0);
      if (!url.ok()) return url.status().WithContext("--site " + site);
      request.seeds.push_back(*url);
    }
  } else if (!queries.empty()) {
    return Status::InvalidArgument("--query needs --site (the profile's search_url expands it)");
  }
  // A profile's politeness overrides (delay_ms, max_in_flight per host).
  for (const extractors::SiteProfile& p : profiles.profiles()) {
    if (!p.delay_ms && !p.max_in_flight) continue;
    SiteOptions& s = options.sites["profile:" + p.name];
    s.hosts = p.hosts;
    if (p.delay_ms) s.delay_ms = *p.delay_ms;
    if (p.max_in_flight) s.max_per_host = *p.max_in_flight;
  }

  const std::string patterns_dir =
      options.patterns_dir.empty() ? (fs::path(args.config_dir) / "patterns").string() : options.patterns_dir;
  auto rules = patterns::RuleSet::LoadDir(patterns_dir);
  if (!rules.ok()) return rules.status();

  request.options = options;
  std::vector<patterns::Category> keep;
  for (const std::string& c : categories) {
    auto parsed = patterns::ParseCategory(c);
    if (!parsed) return Status::InvalidArgument("--category: unknown category '" + c + "'");
    keep.push_back(*parsed);
  }
  auto detector = model::LoadDetector(**rules, options.model, args.config_dir);
  if (!detector.ok()) return detector.status();
  ExtractingAnalyzer analyzer(**detector, profiles, options.url, std::move(keep));
  return RunSweep(request, analyzer);
}

std::string HostFailureLine(const HostFailure& f) {
  std::string line = "host " + f.host + " " + f.reason + " (" + std::to_string(f.urls_not_fetched) +
                     (f.urls_not_fetched == 1 ? " URL not fetched: " : " URLs not fetched, first: ") + f.first_url + ")";
  return line;
}

std::string SummaryToJson(const SweepSummary& s) {
  nlohmann::json j;
  j["sweep_id"] = s.sweep_id;
  j["status"] = s.status;
  j["pages"] = s.pages;
  j["revisits"] = s.revisits;
  j["bytes"] = s.wire_bytes;
  j["requests"] = s.requests;
  j["failed"] = s.failed;
  j["skipped"] = s.skipped;
  j["retries"] = s.retries;
  j["blocked"] = s.blocked;
  j["items"] = s.items;
  j["hits"] = s.hits;
  j["new_hits"] = s.new_hits;
  j["pending"] = s.pending;
  j["rendered"] = s.rendered;
  j["robots_shared"] = s.robots_shared;
  j["seconds"] = s.seconds;
  j["pages_per_second"] = s.seconds > 0 ? static_cast<double>(s.pages + s.revisits) / s.seconds : 0.0;
  nlohmann::json statuses = nlohmann::json::object();
  for (const auto& [status, n] : s.status_histogram) statuses[std::to_string(status)] = n;
  j["status_histogram"] = statuses;
  j["outcomes"] = s.outcomes;
  j["hits_per_category"] = nlohmann::json(s.hits_per_category);
  j["notes"] = s.notes;
  j["traps"] = s.traps;
  nlohmann::json failures = nlohmann::json::array();
  for (const HostFailure& f : s.host_failures) {
    failures.push_back({{"host", f.host}, {"reason", f.reason}, {"urls_not_fetched", f.urls_not_fetched},
                        {"first_url", f.first_url}});
  }
  j["host_failures"] = failures;
  nlohmann::json profiles = nlohmann::json::object();
  for (const auto& [name, p] : s.profiles) profiles[name] = {{"pages", p.pages}, {"without_items", p.without_items}};
  j["profiles"] = profiles;
  return j.dump();
}

std::string SummaryToText(const SweepSummary& s) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(1);
  const double rate = s.seconds > 0 ? static_cast<double>(s.pages + s.revisits) / s.seconds : 0.0;
  out << "sweep " << s.sweep_id << " " << s.status << " in " << s.seconds << " s: " << s.pages << " pages, "
      << s.revisits << " unchanged (revisits), " << (static_cast<double>(s.wire_bytes) / 1e6) << " MB, " << rate
      << " pages/s\n";
  out << "requests " << s.requests << ", retries " << s.retries << ", failed " << s.failed << ", skipped "
      << s.skipped << ", blocked " << s.blocked << ", pending " << s.pending << "\n";
  out << "status:";
  for (const auto& [status, n] : s.status_histogram) out << " " << (status == 0 ? std::string("none") : std::to_string(status)) << "=" << n;
  out << "\n";
  if (s.rendered > 0) out << "rendered in a browser: " << s.rendered << (s.rendered == 1 ? " page\n" : " pages\n");
  out << "items " << s.items << ", hits " << s.hits << " (" << s.new_hits << " new)";
  for (const auto& [category, n] : s.hits_per_category) out << ", " << category << "=" << n;
  out << "\n";
  for (const auto& [name, p] : s.profiles) {
    out << "profile " << name << ": " << p.pages << (p.pages == 1 ? " page" : " pages");
    if (p.without_items == 0) {
      out << ", items found by its selectors on each\n";
    } else {
      out << ", " << p.without_items << " without an item from its selectors (segmented automatically instead;"
          << " `lantian sites check --site " << name << "` shows what it misses)\n";
    }
  }
  for (const std::string& trap : s.traps) out << trap << "\n";
  for (const std::string& note : s.notes) out << "note: " << note << "\n";
  return out.str();
}

}  // namespace lantian::crawler
