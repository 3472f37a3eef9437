// `lantian recheck [--db PATH] [--status S]... [--platform P]
//   [--per-host-delay-ms N] [--allow-private]`: re-fetches the items of
// reported and still_up hits (or of the --status given, repeatable), stores
// the new captures as evidence, classifies each item (removed / changed /
// still up), prints compliance per platform and one summary line; with
// nothing to recheck, only the line saying what was looked at and why.
//
// Politeness: one request at a time, robots.txt (RFC 9309) obeyed per host,
// and at least --per-host-delay-ms between two requests to one host. This is
// a one-shot command, so the delay is a wait between sequential requests
// rather than the daemon frontier's per-host schedule.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "crawler/recheck.h"
#include "store/bundle/export.h"

namespace lantian::cli {
namespace {

struct RecheckFlags {
  std::string db = "lantian.db";
  std::vector<std::string> statuses;  // empty = reported and still_up
  std::string platform;
  int per_host_delay_ms = 2000;
  bool allow_private = false;
};

int RunRecheck(const RecheckFlags& f) {
  auto statuses = store::ParseRecheckStatuses(f.statuses);
  if (!statuses.ok()) {
    std::fprintf(stderr, "lantian recheck: %s\n", statuses.status().message().c_str());
    return 2;
  }
  crawler::RecheckArgs args;
  args.db = f.db;
  args.config_dir = DefaultConfigDir();
  args.statuses = *statuses;
  args.platform = f.platform;
  args.per_host_delay_ms = f.per_host_delay_ms;
  args.allow_private = f.allow_private;
  args.version = LANTIAN_VERSION;
  auto report = crawler::Recheck(args);
  if (!report.ok()) {
    std::fprintf(stderr, "lantian recheck: %s\n", report.status().message().c_str());
    return report.status().code() == Status::Code::kIoError ||
                   report.status().code() == Status::Code::kCorruption
               ? 1
               : 2;
  }
  if (report->items.empty()) {
    std::printf("%s\n", store::RecheckSummary(*report).c_str());
    return 0;
  }
  for (const store::RecheckItem& it : report->items) {
    std::printf("%-9s %s %s (%s)\n", store::RecheckVerdictName(it.verdict), it.platform.c_str(),
                it.item_url.c_str(), it.reason.c_str());
  }
  int width = 14;
  for (const store::PlatformCompliance& p : report->platforms) {
    width = std::max(width, static_cast<int>(p.platform.size()));
  }
  std::printf("%-*s %8s %8s %8s %8s %s\n", width, "platform", "checked", "removed", "still_up",
              "unknown", "median_h_to_removal");
  for (const store::PlatformCompliance& p : report->platforms) {
    char median[32] = "n/a";
    if (p.median_hours_to_removal) {
      std::snprintf(median, sizeof median, "%.1f", *p.median_hours_to_removal);
    }
    std::printf("%-*s %8lld %8lld %8lld %8lld %s\n", width, p.platform.c_str(),
                static_cast<long long>(p.reported), static_cast<long long>(p.removed),
                static_cast<long long>(p.still_up), static_cast<long long>(p.unknown),
                median);
  }
  std::printf("%s\n", store::RecheckSummary(*report).c_str());
  return 0;
}

}  // namespace

void RegisterRecheckCommand(CLI::App& app, int& exit_code) {
  auto f = std::make_shared<RecheckFlags>();
  CLI::App* cmd = app.add_subcommand(
      "recheck", "Re-fetch reported and still-up items and report whether platforms took them down");
  AddDbOption(*cmd, f->db);
  cmd->add_option("--status", f->statuses,
                  "Hits with this status: reported or still_up; repeatable (default both)");
  cmd->add_option("--platform", f->platform, "Only this platform");
  cmd->add_option("--per-host-delay-ms", f->per_host_delay_ms,
                  "Wait between two requests to one host (default 2000)")
      ->check(CLI::Range(0, 600000));
  cmd->add_flag("--allow-private", f->allow_private,
                "Allow private/loopback addresses (tests, intranet)");
  cmd->callback([f, &exit_code] { exit_code = RunRecheck(*f); });
}

}  // namespace lantian::cli
