#pragma once

// One request at a time to arbitrary URLs, politely: robots.txt is fetched
// once per origin and obeyed (RFC 9309: 4xx = allow all, 5xx/unreachable =
// disallow all), and requests to one origin are spaced by a fixed delay.
// For the commands that fetch a handful of known URLs rather than crawl:
// `lantian recheck` and `lantian sites check --url`.

#include <chrono>
#include <cstdint>
#include <map>
#include <string>

#include "crawler/fetcher.h"
#include "crawler/robots.h"

namespace lantian::crawler {

class PoliteFetcher {
 public:
  struct Outcome {
    // Empty when the request was made (whatever its result); otherwise why
    // it was not, e.g. "robots.txt disallows URL".
    std::string refused;
    FetchResult result;  // valid when `refused` is empty
  };

  // `robots_token`: the user-agent token robots.txt groups are matched with.
  PoliteFetcher(FetchOptions options, std::chrono::milliseconds per_origin_delay,
                std::string robots_token = "lantian");
  PoliteFetcher(const PoliteFetcher&) = delete;
  PoliteFetcher& operator=(const PoliteFetcher&) = delete;

  Outcome Fetch(const std::string& url);

  // "scheme://host[:port]" of `url` ("" when it has no scheme).
  static std::string OriginOf(const std::string& url);

 private:
  void WaitTurn(const std::string& origin);

  Fetcher fetcher_;
  std::chrono::milliseconds delay_;
  std::string robots_token_;
  std::uint64_t next_id_ = 0;
  std::map<std::string, RobotsRules> robots_;
  std::map<std::string, std::string> robots_failure_;  // origin -> why robots.txt failed
  std::map<std::string, std::chrono::steady_clock::time_point> next_allowed_;
};

}  // namespace lantian::crawler
