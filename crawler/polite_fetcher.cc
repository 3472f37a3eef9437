#include "crawler/polite_fetcher.h"

#include <thread>
#include <utility>

#include "crawler/url.h"

namespace lantian::crawler {

PoliteFetcher::PoliteFetcher(FetchOptions options, std::chrono::milliseconds per_origin_delay,
                             std::string robots_token)
    : fetcher_(std::move(options)), delay_(per_origin_delay), robots_token_(std::move(robots_token)) {}

std::string PoliteFetcher::OriginOf(const std::string& url) {
  const size_t s = url.find("://");
  if (s == std::string::npos) return "";
  const size_t end = url.find_first_of("/?#", s + 3);
  return url.substr(0, end == std::string::npos ? url.size() : end);
}

void PoliteFetcher::WaitTurn(const std::string& origin) {
  auto it = next_allowed_.find(origin);
  if (it != next_allowed_.end()) std::this_thread::sleep_until(it->second);
  next_allowed_[origin] = std::chrono::steady_clock::now() + delay_;
}

PoliteFetcher::Outcome PoliteFetcher::Fetch(const std::string& url) {
  Outcome out;
  const std::string origin = OriginOf(url);
  auto parts = ParseUrl(url);
  if (origin.empty() || !parts.ok()) {
    out.refused = "not an absolute URL: " + url;
    return out;
  }
  if (!robots_.contains(origin)) {
    WaitTurn(origin);
    FetchRequest rq;
    rq.id = ++next_id_;
    rq.url = origin + "/robots.txt";
    rq.robots_txt = true;  // RFC 9309 §2.3.1.2: its redirects are followed, at least five
    FetchResult r = fetcher_.FetchBlocking(rq);
    std::string why;
    const RobotsAccess access = ClassifyRobotsFetch(r, &why);
    robots_[origin] = RulesFor(access, r.body, robots_token_);
    // RFC 9309 §2.3.1.4: an unreachable robots.txt means "disallow all".
    if (access == RobotsAccess::kUnreachable) robots_failure_[origin] = why;
  }
  if (!robots_[origin].IsAllowed(parts->path_and_query)) {
    auto why = robots_failure_.find(origin);
    out.refused = why == robots_failure_.end()
                      ? "robots.txt disallows " + url
                      : origin + "/robots.txt unreachable (" + why->second + "), so the host counts as disallowed";
    return out;
  }
  WaitTurn(origin);
  FetchRequest rq;
  rq.id = ++next_id_;
  rq.url = url;
  out.result = fetcher_.FetchBlocking(rq);
  return out;
}

}  // namespace lantian::crawler
