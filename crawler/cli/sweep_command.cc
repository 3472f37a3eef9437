// `lantian sweep`: one sweep, then exit. Live progress on a terminal (stderr),
// a summary at the end (text or --format json on stdout).

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "base/time.h"
#include "crawler/sweep.h"

namespace lantian::cli {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void OnSweepSignal(int) { g_stop.store(true); }

struct SweepFlags {
  std::string command = "sweep";  // or "worker"
  crawler::SweepArgs args;
  bool status = false;            // --status: the sweep's fleet, then exit
  int max_pages = -1;
  int max_depth = -1;
  int max_in_flight = -1;
  long long per_host_delay_ms = -1;
  std::string render;
  std::string format = "text";
};

int RunSweepCommand(SweepFlags& f) {
  crawler::SweepArgs& a = f.args;
  a.config_dir = DefaultConfigDir();
  if (!f.status && f.command == "sweep" && a.join_sweep > 0) {
    std::fprintf(stderr, "lantian sweep: --sweep goes with --status (to work on a running sweep: lantian worker --sweep %lld)\n",
                 static_cast<long long>(a.join_sweep));
    return 2;
  }
  if (f.status) {
    auto report = crawler::FleetStatus(a, base::UnixMsNow());
    if (!report.ok()) {
      std::fprintf(stderr, "lantian %s: %s\n", f.command.c_str(), report.status().message().c_str());
      return report.status().code() == Status::Code::kInvalidArgument ? 2 : 1;
    }
    std::fwrite(report->data(), 1, report->size(), stdout);
    return 0;
  }
  a.version = LANTIAN_VERSION;
  if (f.max_pages >= 0) a.max_pages = f.max_pages;
  if (f.max_depth >= 0) a.max_depth = f.max_depth;
  if (!f.render.empty()) a.render = crawler::ParseRenderMode(f.render);  // CLI::IsMember checked it
  if (f.max_in_flight >= 0) a.max_in_flight = f.max_in_flight;
  if (f.per_host_delay_ms >= 0) a.per_host_delay_ms = f.per_host_delay_ms;
  const bool tty = isatty(STDERR_FILENO) != 0;
  if (tty) {
    a.progress = [](const crawler::SweepProgress& p) {
      std::fprintf(stderr, "\r\033[Kpages %lld, queued %lld, in flight %lld, %.1f pages/s, hits %lld, errors %lld",
                   static_cast<long long>(p.pages_done), static_cast<long long>(p.queued),
                   static_cast<long long>(p.in_flight), p.seconds > 0 ? static_cast<double>(p.pages_done) / p.seconds : 0.0,
                   static_cast<long long>(p.hits), static_cast<long long>(p.errors));
    };
  }
  g_stop.store(false);
  a.stop = &g_stop;
  struct sigaction sa {};
  sa.sa_handler = OnSweepSignal;
  sigemptyset(&sa.sa_mask);
  struct sigaction old_int {}, old_term {};
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  Result<crawler::SweepSummary> summary = crawler::Sweep(a);
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGTERM, &old_term, nullptr);
  if (tty) std::fprintf(stderr, "\r\033[K");
  if (!summary.ok()) {
    std::fprintf(stderr, "lantian %s: %s\n", f.command.c_str(), summary.status().message().c_str());
    const auto code = summary.status().code();
    return code == Status::Code::kInvalidArgument || code == Status::Code::kFailedPrecondition ? 2 : 1;
  }
  if (f.format == "json") {
    std::printf("%s\n", crawler::SummaryToJson(*summary).c_str());
  } else {
    std::printf("%s", crawler::SummaryToText(*summary).c_str());
  }
  // What was fetched is stored; a host that could not be reached at all is
  // still a problem the operator must see (exit 1), one line per host.
  for (const crawler::HostFailure& failure : summary->host_failures) {
    std::fprintf(stderr, "lantian %s: %s\n", f.command.c_str(), crawler::HostFailureLine(failure).c_str());
  }
  return summary->host_failures.empty() ? 0 : 1;
}

}  // namespace

void RegisterSweepCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<SweepFlags>();
  CLI::App* cmd = app.add_subcommand("sweep", "Run one sweep (fetch, extract, detect, store evidence), then exit");
  cmd->add_option("--config", flags->args.config_path, "Config file (default: <config dir>/lantian.toml)");
  cmd->add_option("--job", flags->args.job, "A [[job]] of the config");
  cmd->add_option("--seed", flags->args.seeds, "Seed URL (repeatable)");
  cmd->add_option("--seeds-file", flags->args.seeds_file, "File with one seed URL per line");
  cmd->add_option("--site", flags->args.site, "Site profile (config/sites/NAME.toml)");
  cmd->add_option("--query", flags->args.queries, "Search query expanded through the site's search_url (repeatable)");
  cmd->add_option("--category", flags->args.categories,
                  "Keep only hits of this category, e.g. forged_seal (repeatable; default: the job's, else all)");
  cmd->add_option("--max-pages", flags->max_pages, "URLs admitted per sweep")->check(CLI::Range(1, 100'000'000));
  cmd->add_option("--max-depth", flags->max_depth, "Link hops from a seed")->check(CLI::Range(0, 1000));
  cmd->add_option("--db,--store", flags->args.db,
                  "Evidence database, a SQLite file or a postgresql:// URL (default: crawler.db / [store] url of the config)");
  cmd->add_flag("--resume", flags->args.resume, "Continue the latest unfinished sweep (of --job)");
  cmd->add_flag("--allow-private", flags->args.allow_private, "Allow private/loopback/link-local addresses");
  cmd->add_option("--per-host-delay-ms", flags->per_host_delay_ms, "Delay between requests to one host")
      ->check(CLI::Range(0LL, 86'400'000LL));
  cmd->add_option("--max-in-flight", flags->max_in_flight, "Transfers in flight overall")->check(CLI::Range(1, 1024));
  cmd->add_option("--render", flags->render,
                  "Which pages a browser renders: never, auto (a profile's render = \"browser\", or a page that "
                  "holds no items but a script-built shell), always (default: the job's, else crawler.render)")
      ->check(CLI::IsMember({"never", "auto", "always"}));
  cmd->add_option("--format", flags->format, "Summary format")->check(CLI::IsMember({"text", "json"}));
  cmd->add_flag("--status", flags->status,
                "Show the latest sweep (or --sweep N) and its fleet: workers, heartbeat, pages/s, hosts in use");
  cmd->add_option("--sweep", flags->args.join_sweep, "With --status: this sweep")->check(CLI::PositiveNumber);
  cmd->callback([flags, &exit_code] { exit_code = RunSweepCommand(*flags); });
}

void RegisterWorkerCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<SweepFlags>();
  flags->command = "worker";
  CLI::App* cmd = app.add_subcommand(
      "worker", "Join a sweep on a shared (PostgreSQL) store and work on it until no URL of it is pending");
  cmd->add_option("--config", flags->args.config_path, "Config file (default: <config dir>/lantian.toml)");
  cmd->add_option("--db,--store", flags->args.db, "The shared store, a postgresql:// URL (default: [store] url)");
  cmd->add_option("--sweep", flags->args.join_sweep, "The sweep to join (default: the latest unfinished)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--name", flags->args.worker, "This worker's name (default: <hostname>-<pid>)");
  cmd->add_option("--category", flags->args.categories, "Keep only hits of this category (repeatable)");
  cmd->add_flag("--allow-private", flags->args.allow_private, "Allow private/loopback/link-local addresses");
  cmd->add_option("--per-host-delay-ms", flags->per_host_delay_ms,
                  "Delay between requests to one host, held across the fleet (0: politeness off)")
      ->check(CLI::Range(0LL, 86'400'000LL));
  cmd->add_option("--max-in-flight", flags->max_in_flight, "Transfers in flight in this worker")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--render", flags->render, "Which pages a browser renders: never, auto, always")
      ->check(CLI::IsMember({"never", "auto", "always"}));
  cmd->add_option("--format", flags->format, "Summary format")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([flags, &exit_code] {
    // Without --sweep: the latest unfinished sweep, as --resume finds it.
    if (flags->args.join_sweep == 0) flags->args.resume = true;
    if (flags->args.worker.empty()) flags->args.worker = crawler::DefaultWorkerName();
    exit_code = RunSweepCommand(*flags);
  });
}

}  // namespace lantian::cli
