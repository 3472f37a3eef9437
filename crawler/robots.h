#pragma once

// robots.txt per RFC 9309 (https://www.rfc-editor.org/rfc/rfc9309), plus the
// non-standard Crawl-delay that users ask for most.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crawler/clock.h"
#include "crawler/fetcher.h"

namespace lantian::crawler {

// The rules of one robots.txt for one product token. Immutable after Parse;
// thread-safe to read.
class RobotsRules {
 public:
  // RFC 9309 §2.5: parsers must handle at least 500 KiB; content after the
  // limit is ignored.
  static constexpr std::size_t kMaxParseBytes = 500 * 1024;

  // An empty rule set: everything allowed.
  RobotsRules() = default;

  // Parses `body` for `product_token` (RFC 9309 §2.2.1: matched
  // case-insensitively against user-agent lines; when no group names it, the
  // `*` group applies; several matching groups are merged).
  static RobotsRules Parse(std::string_view body, std::string_view product_token);
  // RFC 9309 §2.3.1.3: a 4xx robots.txt ("unavailable") allows everything.
  static RobotsRules AllowAll() { return RobotsRules(); }
  // RFC 9309 §2.3.1.4: 5xx or a network error ("unreachable") disallows everything.
  static RobotsRules DisallowAll();

  // RFC 9309 §2.2.2: the longest matching rule wins; Allow wins a tie; no
  // match allows. `path_and_query` starts with "/". /robots.txt is always allowed (§2.2.2).
  // Rule and path are compared with percent-encoding normalised on both sides
  // (§2.2.2: unreserved escapes decoded, non-ASCII octets encoded, hex digits
  // uppercased, %2F kept apart from "/"); "%2A" and "%24" in a rule are the
  // literal '*' and '$', never wildcards (§2.2.3).
  bool IsAllowed(std::string_view path_and_query) const;

  // Crawl-delay of the selected group, if any (not part of RFC 9309).
  std::optional<std::chrono::milliseconds> crawl_delay() const { return crawl_delay_; }
  // Sitemap URLs (RFC 9309 §2.2.4: not tied to any group).
  const std::vector<std::string>& sitemaps() const { return sitemaps_; }
  // True when the body was longer than kMaxParseBytes and was cut.
  bool truncated() const { return truncated_; }

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;  // percent-encoding normalised (robots.cc NormalizeEncoding)
  };
  std::vector<Rule> rules_;
  std::optional<std::chrono::milliseconds> crawl_delay_;
  std::vector<std::string> sitemaps_;
  bool truncated_ = false;
  bool disallow_all_ = false;
};

// RFC 9309 §2.3.1: what one fetch of robots.txt, its redirects followed, came to.
enum class RobotsAccess {
  kSuccessful,   // §2.3.1.1: a 2xx answer; its rules are followed
  kUnavailable,  // §2.3.1.3: a 4xx answer, or more than five redirects (§2.3.1.2): allow all
  kUnreachable,  // §2.3.1.4: a 5xx answer or a network error: complete disallow
};

// Classifies a finished robots.txt fetch (FetchRequest::robots_txt). A
// redirect chain that reaches a robots.txt within the redirects the fetcher
// follows counts as that answer, "in the context of the initial authority"
// (§2.3.1.2). More redirects than that, or a loop, is "unavailable": the RFC
// says crawlers MAY assume so. A redirect the address guard refused was not
// followed, so robots.txt could not be reached: "unreachable", as is a
// transport failure on any hop. `why` (may be null) gets a short reason for
// anything but kSuccessful, e.g. "http 404" or "6 redirects, more than 5".
RobotsAccess ClassifyRobotsFetch(const FetchResult& result, std::string* why);

// The rules one robots.txt answer gives (RFC 9309): kSuccessful parses
// `body` for `product_token`, kUnavailable allows all (§2.3.1.3),
// kUnreachable disallows all (§2.3.1.4).
RobotsRules RulesFor(RobotsAccess access, std::string_view body, std::string_view product_token);

// Per-host cache of robots.txt rules with a TTL. Thread-compatible (owned by
// the fetch thread).
class RobotsCache {
 public:
  struct Options {
    // RFC 9309 §2.4: a cached copy must not be used for more than 24 h. Default 24 h.
    std::chrono::milliseconds ttl = std::chrono::hours(24);
    // How long an "unreachable" (5xx, network error) result disallows the host
    // before robots.txt is fetched again. Default 30 min.
    std::chrono::milliseconds unreachable_ttl = std::chrono::minutes(30);
  };
  RobotsCache(const Clock& clock, Options options) : clock_(&clock), options_(options) {}
  RobotsCache(const RobotsCache&) = delete;
  RobotsCache& operator=(const RobotsCache&) = delete;

  // The rules for `host_key` when cached and fresh, else nullptr (fetch robots.txt).
  const RobotsRules* Find(const std::string& host_key) const;
  // Stores the outcome of fetching robots.txt: `status` is the final HTTP status
  // after redirects, 0 for a network error. 2xx parses `body`; 4xx allows all;
  // 5xx / 0 disallows all for unreachable_ttl (RFC 9309 §2.3.1.3, §2.3.1.4).
  const RobotsRules& Store(const std::string& host_key, int status, std::string_view body,
                           std::string_view product_token);
  // The same for a classified fetch (ClassifyRobotsFetch): kSuccessful parses
  // `body`, kUnavailable allows all, kUnreachable disallows all for unreachable_ttl.
  const RobotsRules& Store(const std::string& host_key, RobotsAccess access, std::string_view body,
                           std::string_view product_token);

 private:
  struct Entry {
    RobotsRules rules;
    TimePoint expires;
  };
  const Clock* clock_;
  Options options_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace lantian::crawler
