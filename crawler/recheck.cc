#include "crawler/recheck.h"

#include <chrono>
#include <ctime>
#include <map>
#include <string>
#include <thread>

#include "crawler/fetcher.h"
#include "crawler/robots.h"
#include "extractors/charset.h"
#include "extractors/site_profile.h"
#include "store/store.h"

namespace lantian::crawler {
namespace {

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

}  // namespace

Result<store::RecheckReport> Recheck(const RecheckArgs& args) {
  store::RecheckOptions opt;
  opt.status = args.status;
  opt.platform = args.platform;
  // Gone markers (text markers) from the site profiles, per platform.
  auto profiles = extractors::ProfileSet::LoadDir(args.config_dir + "/sites");
  if (profiles.ok()) {
    for (const auto& p : profiles->profiles()) {
      for (const auto& m : p.gone_markers) {
        if (!m.text.empty()) opt.gone_markers[p.platform].push_back(m.text);
      }
    }
  }
  store::StoreOptions sopt;
  sopt.db_path = args.db;
  sopt.create_if_missing = false;
  auto db = store::Store::Open(sopt);
  if (!db.ok()) return db.status();
  FetchOptions fopt;
  fopt.allow_private = args.allow_private;
  fopt.user_agent = "lantian/" + args.version + " (takedown recheck)";
  Fetcher fetcher(fopt);
  std::map<std::string, RobotsRules> robots;
  std::map<std::string, std::string> robots_failure;  // origin -> why robots.txt failed
  std::map<std::string, std::chrono::steady_clock::time_point> next_allowed;
  auto polite_wait = [&](const std::string& origin) {
    auto it = next_allowed.find(origin);
    if (it != next_allowed.end()) std::this_thread::sleep_until(it->second);
    next_allowed[origin] =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(args.per_host_delay_ms);
  };
  uint64_t id = 0;
  auto fetch = [&](const std::string& url) {
    store::RecheckFetch out;
    std::string origin = HostOf(url);
    if (!robots.contains(origin)) {
      polite_wait(origin);
      FetchRequest rq;
      rq.id = ++id;
      rq.url = origin + "/robots.txt";
      FetchResult r = fetcher.FetchBlocking(rq);
      int st = r.outcome == FetchOutcome::kOk || r.outcome == FetchOutcome::kHttpError
                   ? r.http_status
                   : 0;
      robots[origin] = st >= 200 && st < 300 ? RobotsRules::Parse(r.body, "lantian")
                       : st >= 400 && st < 500 ? RobotsRules::AllowAll()
                                               : RobotsRules::DisallowAll();
      if (st < 200 || st >= 500) {
        // RFC 9309 §2.3.1.4: an unreachable robots.txt means "disallow all".
        robots_failure[origin] =
            st ? "HTTP " + std::to_string(st)
               : std::string(FetchOutcomeName(r.outcome)) +
                     (r.curl_error.empty() ? "" : ": " + r.curl_error);
      }
    }
    if (!robots[origin].IsAllowed(PathOf(url))) {
      auto why = robots_failure.find(origin);
      out.error = why == robots_failure.end()
                      ? "robots.txt disallows " + url
                      : origin + "/robots.txt unreachable (" + why->second +
                            "), so the host counts as disallowed";
      return out;
    }
    polite_wait(origin);
    FetchRequest rq;
    rq.id = ++id;
    rq.url = url;
    FetchResult r = fetcher.FetchBlocking(rq);
    out.transport_ok = r.outcome == FetchOutcome::kOk ||
                       r.outcome == FetchOutcome::kHttpError ||
                       r.outcome == FetchOutcome::kTooLarge;
    out.error = std::string(FetchOutcomeName(r.outcome)) +
                (r.curl_error.empty() ? "" : ": " + r.curl_error);
    out.http_status = r.http_status;
    out.final_url = r.final_url();
    const FetchHop* last = r.final_hop();
    out.decoded_body =
        extractors::DecodeToUtf8(r.body, last != nullptr ? last->content_type : "").utf8;
    for (const FetchHop& h : r.hops) {
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
  if (!report.ok()) return report.status();
  LANTIAN_RETURN_IF_ERROR((*db)->Close());
  return report;
}

}  // namespace lantian::crawler
