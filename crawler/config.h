#pragma once

// CrawlerOptions and their mapping from lantian.toml ([crawler], [[job]],
// [site.NAME]). Other libraries' tables ([store], [alerts], [daemon], ...) are
// left to them. An unknown key, a wrong type or an out-of-range value is an
// error "file:line:col: key: message"; nothing silently falls back.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"

namespace lantian::crawler {

// One configured sweep ("job") in lantian.toml.
struct JobOptions {
  std::string name;
  std::vector<std::string> seeds;    // absolute URLs
  std::string site;                  // site profile name ("" = none)
  std::vector<std::string> queries;  // expanded through the profile's search_url
  int max_pages = 0;                 // 0 = crawler.max_pages
  int max_depth = -1;                // -1 = crawler.max_depth
  // `lantian daemon`: when the job runs, an interval ("6h") or a 5-field
  // cron expression (crawler/schedule.h); "" = never run by the daemon.
  std::string schedule;
  // `lantian daemon`: a random delay up to this is added to each run so
  // many offices' daemons do not hit a platform at the same minute. Default "0s".
  std::string jitter = "0s";
  // Only hits in these categories are stored (ids as in config/patterns,
  // e.g. "forged_seal"); empty = every category.
  std::vector<std::string> categories;
};

// Per-site settings from [site.NAME] (proxy, cookies, politeness override).
struct SiteOptions {
  std::string proxy;           // "http://h:p" or "socks5h://h:p"; "" = crawler.proxy
  std::string cookie;          // Cookie header value; "" = none
  std::int64_t delay_ms = -1;  // per-host delay override; -1 = crawler.per_host_delay_ms
  int max_per_host = 0;        // requests in flight per host; 0 = crawler.max_per_host
  std::vector<std::string> hosts;  // hosts the settings apply to (lowercase)
};

// Everything the crawler and `lantian sweep` take from configuration. Plain
// struct: every field has its default here; config/lantian.toml documents
// each key and a test checks the file against these defaults.
struct CrawlerOptions {
  // --- identity -------------------------------------------------------------
  // Who runs the crawler, named in the User-Agent. Default "" (not named).
  std::string operator_name;
  // Where site owners reach the operator; in the User-Agent. Default a placeholder.
  std::string contact_url = "https://example.invalid/lantian-crawler";
  // Full User-Agent override; "" builds "lantian/<version> (+contact_url; operator)". Default "".
  std::string user_agent;
  // Product token matched against robots.txt user-agent groups (RFC 9309 §2.2.1). Default "lantian".
  std::string robots_token = "lantian";

  // --- safety ---------------------------------------------------------------
  // Allow private/loopback/link-local targets. Default false: the address guard refuses them.
  bool allow_private = false;
  // Proxy for every site without its own. Default "" (direct).
  std::string proxy;

  // --- concurrency and politeness ------------------------------------------
  // Transfers in flight overall. Default 16.
  int max_in_flight = 16;
  // Requests in flight per host. Default 1.
  int max_per_host = 1;
  // Delay between requests to one host (end to start). Default 1000 ms.
  std::int64_t per_host_delay_ms = 1000;
  // Largest robots.txt Crawl-delay honoured; a host asking for more is deferred. Default 30000 ms.
  std::int64_t max_crawl_delay_ms = 30'000;
  // Offer HTTP/2 over TLS. Default true.
  bool http2 = true;

  // --- caps -----------------------------------------------------------------
  std::int64_t connect_timeout_ms = 10'000;  // Default 10 s.
  std::int64_t total_timeout_ms = 60'000;    // per hop; Default 60 s.
  std::int64_t low_speed_bytes_per_s = 512;  // abort below this rate ...
  std::int64_t low_speed_time_s = 15;        // ... for this long. Defaults 512 B/s, 15 s.
  std::int64_t max_wire_bytes = 16 << 20;    // body bytes on the wire. Default 16 MiB.
  std::int64_t max_body_bytes = 32 << 20;    // decompressed body. Default 32 MiB.
  int max_redirects = 5;                     // Default 5.

  // --- retries --------------------------------------------------------------
  int max_attempts = 4;                      // per URL. Default 4.
  std::int64_t backoff_base_ms = 2000;       // doubles per attempt, +-25% jitter. Default 2 s.
  std::int64_t backoff_max_ms = 600'000;     // Default 10 min.
  std::int64_t max_retry_after_ms = 600'000; // Retry-After honoured up to this. Default 10 min.
  std::int64_t block_backoff_ms = 300'000;   // host pause after a block page. Default 5 min.
  std::int64_t robots_ttl_ms = 86'400'000;   // robots.txt cache (RFC 9309 §2.4). Default 24 h.
  std::int64_t robots_unreachable_ttl_ms = 1'800'000;  // 5xx robots.txt disallows this long. Default 30 min.

  // --- scope ----------------------------------------------------------------
  int max_pages = 10'000;      // URLs admitted per sweep. Default 10000.
  int max_depth = 5;           // link hops from a seed. Default 5.
  int per_host_page_cap = 0;   // URLs admitted per host; 0 = no cap. Default 0.
  std::vector<std::string> follow;  // regexes (RE2) a link must match (any); empty = all in scope
  std::vector<std::string> deny;    // regexes (RE2) that exclude a link
  // URL canonicalization: dropped query parameters ("utm_*" is a prefix), sorted query.
  std::vector<std::string> strip_params = {
      "utm_*", "spm", "scm", "from", "sessionid", "session_id", "jsessionid", "phpsessid",
      "sid", "track_id", "trackid", "ref", "ref_", "fbclid", "gclid", "_t", "timestamp"};
  bool sort_query = true;
  // Trap guards. Defaults 2048 bytes, 3 repeats, 50 query variants per path.
  int max_url_bytes = 2048;
  int max_repeated_segments = 3;
  int max_query_variants_per_path = 50;

  // --- pipeline -------------------------------------------------------------
  int workers = 0;             // decode/parse/detect threads; 0 = hardware threads. Default 0.
  int queue_capacity = 64;     // pages between stages (bounded; producers wait; also 4 MiB per queue). Default 64.
  int write_batch = 32;        // pages per store transaction. Default 32.
  int frontier_window = 10'000;  // pending URLs held in memory; the rest stays in the store. Default 10000.

  // --- paths ----------------------------------------------------------------
  std::string db = "lantian.db";  // evidence database. Default ./lantian.db.
  std::string patterns_dir;       // "" = <config dir>/patterns
  std::string sites_dir;          // "" = <config dir>/sites
  bool fsync = true;              // fsync WARC before each commit. Default true.
  // `lantian daemon`: serve /metrics (Prometheus text) and /healthz on
  // "HOST:PORT". Default "" (off); keep it on loopback or behind a firewall.
  std::string metrics_listen;

  std::vector<JobOptions> jobs;
  std::map<std::string, SiteOptions> sites;
};

// Reads `path` into `options` (fields absent from the file keep their
// values). Errors: "path: cannot read ..." (kIoError), TOML syntax errors as
// "path:line:col: message", and "path:line:col: crawler.key: message" for an
// unknown key, a wrong type or an out-of-range value (kInvalidArgument).
[[nodiscard]] Status LoadCrawlerConfig(const std::string& path, CrawlerOptions& options);

// The User-Agent header for `options` and `version`.
std::string BuildUserAgent(const CrawlerOptions& options, const std::string& version);

}  // namespace lantian::crawler
