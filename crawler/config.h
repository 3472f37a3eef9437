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
#include "crawler/fetcher.h"
#include "crawler/frontier.h"
#include "crawler/render_pages.h"
#include "crawler/robots.h"
#include "crawler/trap_guard.h"
#include "crawler/url.h"

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
  // Which pages a browser renders in this job: "never", "auto", "always";
  // "" (default) = crawler.render.
  std::string render;
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
// struct: every field has its default here or in the sub-options' own
// structs (FetchOptions, FrontierOptions, RobotsCache::Options, UrlOptions,
// TrapGuard::Options), which the sweep hands to its parts as they are.
// config/lantian.toml documents each key and a test checks the file against
// these defaults. The TOML keys stay flat ([crawler] max_in_flight, ...); the
// comments below say which key fills which field.
//
//   CrawlerOptions o;
//   LANTIAN_RETURN_IF_ERROR(LoadCrawlerConfig("config/lantian.toml", o));
//   o.frontier.default_delay = std::chrono::milliseconds(2000);  // --per-host-delay-ms 2000
//   SweepRequest request;
//   request.options = o;
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

  // --- fetching (crawler/fetcher.h) -----------------------------------------
  // Keys: allow_private, proxy, max_in_flight, http2, connect_timeout_ms,
  // total_timeout_ms, low_speed_bytes_per_s, low_speed_time_s, max_wire_bytes,
  // max_body_bytes, max_redirects. The sweep sets the rest: user_agent (from
  // the identity above), max_per_host and redirect_delay (from `frontier`)
  // and decode_body (off: workers decode).
  FetchOptions fetch;

  // --- politeness and retries (crawler/frontier.h) --------------------------
  // Keys: per_host_delay_ms (default_delay), max_crawl_delay_ms, max_per_host,
  // max_attempts, backoff_base_ms, backoff_max_ms, max_retry_after_ms,
  // block_backoff_ms.
  FrontierOptions frontier;

  // --- robots.txt cache (crawler/robots.h) ----------------------------------
  // Keys: robots_ttl_ms (ttl), robots_unreachable_ttl_ms (unreachable_ttl).
  RobotsCache::Options robots;

  // --- URL canonicalization and trap guards (crawler/url.h) -----------------
  // Keys: strip_params, sort_query, max_url_bytes.
  UrlOptions url;
  // Keys: max_repeated_segments, trap_pattern_budget (pattern_budget),
  // trap_pattern_growth, trap_host_budget, trap_host_growth,
  // trap_near_duplicate_bits, trap_max_pages_past_productive; the sweep sets
  // max_url_bytes from `url`.
  TrapGuard::Options traps;

  // --- scope ----------------------------------------------------------------
  int max_pages = 10'000;      // URLs admitted per sweep. Default 10000.
  int max_depth = 5;           // link hops from a seed. Default 5.
  int per_host_page_cap = 0;   // URLs admitted per host; 0 = no cap. Default 0.
  std::vector<std::string> follow;  // regexes (RE2) a link must match (any); empty = all in scope
  std::vector<std::string> deny;    // regexes (RE2) that exclude a link

  // --- pipeline -------------------------------------------------------------
  int workers = 0;             // decode/parse/detect threads; 0 = hardware threads. Default 0.
  int queue_capacity = 64;     // pages between stages (bounded; producers wait; also 4 MiB per queue). Default 64.
  int write_batch = 32;        // pages per store transaction. Default 32.
  int frontier_window = 10'000;  // pending URLs held in memory; the rest stays in the store. Default 10000.

  // --- paths ----------------------------------------------------------------
  // Evidence database: a SQLite file, or a postgresql:// URL for a store a
  // fleet of workers shares ([store] url sets it too). Default ./lantian.db.
  std::string db = "lantian.db";
  // Where the WARC files go ([store] warc_dir): "" = warc/ beside a SQLite
  // file, ./warc for a PostgreSQL store. Workers of one sweep may each have
  // their own; the store names each file by absolute path.
  std::string warc_dir;
  std::string patterns_dir;       // "" = <config dir>/patterns
  // The learned detector beside the rules (model/detector.h): "" or "none"
  // = rules only (default), "default" = <config dir>/models/default.ftz, or
  // a model file.
  std::string model;
  std::string sites_dir;          // "" = <config dir>/sites
  bool fsync = true;              // fsync WARC before each commit. Default true.
  // `lantian daemon`: serve /metrics (Prometheus text) and /healthz on
  // "HOST:PORT". Default "" (off); keep it on loopback or behind a firewall.
  std::string metrics_listen;

  // --- rendering (crawler/render_pages.h) -------------------------------------
  // Keys: render ("never" | "auto" | "always"), chromium, render_tabs,
  // render_timeout_ms, render_max_requests, render_max_bytes, render_other_hosts.
  RenderSettings render;

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
