// `lantian recheck [--db PATH] [--status reported] [--platform P]
//   [--per-host-delay-ms N] [--allow-private]`: re-fetches the items of
// reported hits, stores the new captures as evidence, classifies each item
// (removed / changed / still up) and prints compliance per platform.
//
// Politeness: one request at a time, robots.txt (RFC 9309) obeyed per host,
// and at least --per-host-delay-ms between two requests to one host. This is
// a one-shot command, so the delay is a wait between sequential requests
// rather than the daemon frontier's per-host schedule.

#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "crawler/fetcher.h"
#include "crawler/robots.h"
#include "extractors/charset.h"
#include "extractors/site_profile.h"
#include "store/bundle_export.h"
#include "store/store.h"

namespace lantian::cli {
namespace {

struct RecheckFlags {
  std::string db = "lantian.db";
  std::string status = "reported";
  std::string platform;
  int per_host_delay_ms = 2000;
  bool allow_private = false;
};

std::string HostOf(const std::string& url) {
  size_t s = url.find("://");
  if (s == std::string::npos) return "";
  size_t start = s + 3;
  size_t end = url.find_first_of("/?#", start);
  return url.substr(0, end == std::string::npos ? url.size() : end);  // scheme://host[:port]
}

std::string PathOf(const std::string& url) {
  std::string origin = HostOf(url);
  std::string rest = url.substr(origin.size());
  if (rest.empty() || rest[0] != '/') rest.insert(0, "/");
  size_t hash = rest.find('#');
  if (hash != std::string::npos) rest.resize(hash);
  return rest;
}

std::string Rfc3339FromUnixMs(int64_t ms) {
  std::time_t secs = std::time_t(ms / 1000);
  struct tm tm {};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
  char out[48];
  std::snprintf(out, sizeof(out), "%s.%03dZ", buf, int(ms % 1000));
  return out;
}

int RunRecheck(const RecheckFlags& f) {
  auto status = store::ParseHitStatus(f.status);
  if (!status) {
    std::fprintf(stderr, "lantian recheck: --status: unknown status '%s'\n", f.status.c_str());
    return 2;
  }
  store::RecheckOptions opt;
  opt.status = *status;
  opt.platform = f.platform;
  // Gone markers (text markers) from the site profiles, per platform.
  auto profiles = extractors::ProfileSet::LoadDir(DefaultConfigDir() + "/sites");
  if (profiles.ok()) {
    for (const auto& p : profiles->profiles()) {
      for (const auto& m : p.gone_markers) {
        if (!m.text.empty()) opt.gone_markers[p.platform].push_back(m.text);
      }
    }
  }
  store::StoreOptions sopt;
  sopt.db_path = f.db;
  sopt.create_if_missing = false;
  auto db = store::Store::Open(sopt);
  if (!db.ok()) {
    std::fprintf(stderr, "lantian recheck: %s\n", db.status().message().c_str());
    return 2;
  }
  crawler::FetchOptions fopt;
  fopt.allow_private = f.allow_private;
  fopt.user_agent = std::string("lantian/") + LANTIAN_VERSION + " (takedown recheck)";
  crawler::Fetcher fetcher(fopt);
  std::map<std::string, crawler::RobotsRules> robots;
  std::map<std::string, std::chrono::steady_clock::time_point> next_allowed;
  auto polite_wait = [&](const std::string& origin) {
    auto it = next_allowed.find(origin);
    if (it != next_allowed.end()) std::this_thread::sleep_until(it->second);
    next_allowed[origin] =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(f.per_host_delay_ms);
  };
  uint64_t id = 0;
  auto fetch = [&](const std::string& url) {
    store::RecheckFetch out;
    std::string origin = HostOf(url);
    if (!robots.contains(origin)) {
      polite_wait(origin);
      crawler::FetchRequest rq;
      rq.id = ++id;
      rq.url = origin + "/robots.txt";
      crawler::FetchResult r = fetcher.FetchBlocking(rq);
      int st = r.outcome == crawler::FetchOutcome::kOk || r.outcome == crawler::FetchOutcome::kHttpError
                   ? r.http_status
                   : 0;
      robots[origin] = st >= 200 && st < 300 ? crawler::RobotsRules::Parse(r.body, "lantian")
                       : st >= 400 && st < 500 ? crawler::RobotsRules::AllowAll()
                                               : crawler::RobotsRules::DisallowAll();
    }
    if (!robots[origin].IsAllowed(PathOf(url))) {
      out.error = "robots.txt disallows " + url;
      return out;
    }
    polite_wait(origin);
    crawler::FetchRequest rq;
    rq.id = ++id;
    rq.url = url;
    crawler::FetchResult r = fetcher.FetchBlocking(rq);
    out.transport_ok = r.outcome == crawler::FetchOutcome::kOk ||
                       r.outcome == crawler::FetchOutcome::kHttpError ||
                       r.outcome == crawler::FetchOutcome::kTooLarge;
    out.error = std::string(crawler::FetchOutcomeName(r.outcome)) +
                (r.curl_error.empty() ? "" : ": " + r.curl_error);
    out.http_status = r.http_status;
    out.final_url = r.final_url();
    const crawler::FetchHop* last = r.final_hop();
    out.decoded_body =
        extractors::DecodeToUtf8(r.body, last != nullptr ? last->content_type : "").utf8;
    for (const crawler::FetchHop& h : r.hops) {
      store::ExchangeHop e;
      e.url = h.url;
      e.request_bytes = h.request_head;
      e.response_head = h.response_head;
      e.response_body_raw = h.wire_body;
      e.ip = h.ip;
      e.status = h.http_status;
      e.truncated = h.truncated;
      if (h.truncated) e.truncated_reason = "length";
      e.fetch_ms = h.elapsed_ms;
      e.mime = h.content_type.substr(0, h.content_type.find(';'));
      out.hops.push_back(std::move(e));
    }
    if (last != nullptr) out.fetched_at_utc = Rfc3339FromUnixMs(r.hops.front().fetched_at_unix_ms);
    return out;
  };
  auto report = store::RecheckReported(**db, fetch, opt);
  if (!report.ok()) {
    std::fprintf(stderr, "lantian recheck: %s\n", report.status().message().c_str());
    return 1;
  }
  for (const store::RecheckItem& it : report->items) {
    std::printf("%-9s %s %s (%s)\n", store::RecheckVerdictName(it.verdict), it.platform.c_str(),
                it.item_url.c_str(), it.reason.c_str());
  }
  std::printf("%-14s %8s %8s %8s %8s %s\n", "platform", "reported", "removed", "still_up",
              "unknown", "median_h_to_removal");
  for (const store::PlatformCompliance& p : report->platforms) {
    std::string median = p.median_hours_to_removal
                             ? std::to_string(*p.median_hours_to_removal)
                             : std::string("n/a");
    std::printf("%-14s %8lld %8lld %8lld %8lld %s\n", p.platform.c_str(),
                static_cast<long long>(p.reported), static_cast<long long>(p.removed),
                static_cast<long long>(p.still_up), static_cast<long long>(p.unknown),
                median.c_str());
  }
  Status closed = (*db)->Close();
  if (!closed.ok()) {
    std::fprintf(stderr, "lantian recheck: %s\n", closed.message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterRecheckCommand(CLI::App& app, int& exit_code) {
  auto f = std::make_shared<RecheckFlags>();
  CLI::App* cmd = app.add_subcommand(
      "recheck", "Re-fetch reported items and report whether platforms took them down");
  cmd->add_option("--db", f->db, "Database (default lantian.db in the current directory)");
  cmd->add_option("--status", f->status, "Hits with this status (default reported)");
  cmd->add_option("--platform", f->platform, "Only this platform");
  cmd->add_option("--per-host-delay-ms", f->per_host_delay_ms,
                  "Wait between two requests to one host (default 2000)")
      ->check(CLI::Range(0, 600000));
  cmd->add_flag("--allow-private", f->allow_private,
                "Allow private/loopback addresses (tests, intranet)");
  cmd->callback([f, &exit_code] { exit_code = RunRecheck(*f); });
}

}  // namespace lantian::cli
