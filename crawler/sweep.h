#pragma once

// `lantian sweep` as a library call: loads the config, the site profiles and
// the rules, builds the seeds (URLs, a seeds file, a job, or queries through a
// site profile's search URL) and runs one sweep (crawler/pipeline.h).
//
//   SweepArgs args;
//   args.config_dir = "config";
//   args.job = "xianyu_daily";          // or args.seeds / args.site + args.queries
//   args.stop = &g_stop;                // set from SIGINT: the sweep ends "interrupted"
//   auto summary = Sweep(args);
//   if (!summary.ok()) return summary.status();
//   printf("%lld pages, %lld hits\n", (long long)summary->pages, (long long)summary->hits);

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "crawler/pipeline.h"
#include "crawler/render_pages.h"
#include "store/records.h"

namespace lantian::crawler {

struct SweepArgs {
  std::string config_path;   // "" = <config_dir>/lantian.toml when it exists
  std::string config_dir;    // the config/ directory (patterns/, sites/)
  std::string job;           // a [[job]] name
  std::vector<std::string> seeds;
  std::string seeds_file;    // one URL per line; '#' comments and blank lines ignored
  std::string site;          // site profile name
  std::vector<std::string> queries;
  std::vector<std::string> categories;  // keep only these hits' categories ("" = the job's, else all)
  std::optional<int> max_pages, max_depth, max_in_flight;
  std::optional<std::int64_t> per_host_delay_ms;
  std::string db;            // "" = crawler.db
  bool resume = false;
  // A fleet (crawler/pipeline.h SweepRequest::worker): this process's worker
  // name; "" = <hostname>-<pid> when the store is on a server, else alone.
  std::string worker;
  std::int64_t join_sweep = 0;  // lantian worker --sweep N
  bool allow_private = false;
  std::optional<RenderMode> render;  // --render; else the job's render, else crawler.render
  std::string version = "0.1.0";
  std::function<void(const SweepProgress&)> progress;
  const std::atomic<bool>* stop = nullptr;
};

// Errors (kInvalidArgument, one line naming what and where): unreadable or
// invalid config, unknown job or site, a site without search_url, a bad seed,
// invalid rules; store errors name the DB path.
[[nodiscard]] Result<SweepSummary> Sweep(const SweepArgs& args);

// "<hostname>-<pid>": a worker's name unless --name gives one.
std::string DefaultWorkerName();

// `lantian sweep --status`: the sweep (args.join_sweep, else the latest) of
// the store (args.db, else the config's) and its fleet, as a table:
//   sweep 3 running, started 2026-12-08T01:00:00.000Z: 412 done, 88 pending, 0 failed, 1 skipped
//   worker          heartbeat  pages  pages/s  hosts in use
//   crawl-a-1234    0.4 s ago    210      7.1  http://shop.example:80
std::string FleetStatusTable(const store::SweepRecord& sweep, const store::FrontierCounts& counts,
                             const std::vector<store::WorkerStatus>& workers, std::int64_t now_ms);
[[nodiscard]] Result<std::string> FleetStatus(const SweepArgs& args, std::int64_t now_ms);

// One line for a host the sweep could not reach, e.g.
// "host http://127.0.0.1:9 unreachable: connection refused (3 URLs not fetched, first: http://127.0.0.1:9/a)".
std::string HostFailureLine(const HostFailure& failure);

// The summary as JSON (one object) and as human-readable text (several lines).
std::string SummaryToJson(const SweepSummary& summary);
std::string SummaryToText(const SweepSummary& summary);

}  // namespace lantian::crawler
