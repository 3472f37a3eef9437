#pragma once

// One sweep: seeds → frontier → fetcher → workers (decode, extract, detect)
// → one store writer. Threads: the calling thread drives curl multi and the
// frontier; `workers` threads analyze pages; one writer thread owns the
// read-write Store and commits in batches. Stages talk through blocking
// queues bounded in pages and in bytes; URL dedup is the store's unique
// index (memory holds a fixed-size cache), so RSS stays flat however many
// URLs a sweep knows. Unchanged payloads (same URL and payload sha256 as a prior
// capture) are not parsed again: a revisit is stored and only links are scanned.
//
//   SweepRequest request;
//   request.options = crawler_options;            // crawler/config.h
//   request.seeds = {"https://s.example/list?q=%E4%B8%93%E5%88%A9"};
//   ExtractingAnalyzer analyzer(rules, profiles); // crawler/sweep_analyzer.h
//   auto summary = RunSweep(request, analyzer);   // blocks until done or stopped

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "crawler/config.h"
#include "crawler/page_analyzer.h"

namespace lantian::crawler {

// Live counters for progress display. A snapshot (plain values).
struct SweepProgress {
  std::int64_t pages_done = 0;    // captures written (incl. revisits)
  std::int64_t queued = 0;        // URLs pending (memory + store)
  std::int64_t in_flight = 0;
  std::int64_t hits = 0;
  std::int64_t errors = 0;        // failed URLs
  double seconds = 0;
};

// A host the sweep got nothing from: its robots.txt (the first request to
// it) or every request got no HTTP answer (connection refused, DNS failure,
// TLS error, timeout), or the address guard refused its address. Every URL of
// the host is left unfetched. `lantian sweep` reports each on stderr and exits 1.
struct HostFailure {
  std::string host;                   // host key, "http://127.0.0.1:9"
  std::string reason;                 // "unreachable: connection refused", "refused by the address guard: ..."
  std::int64_t urls_not_fetched = 0;  // skipped or given up on because of it
  std::string first_url;              // the first of those URLs
};

struct SweepSummary {
  std::int64_t sweep_id = 0;
  std::string status;             // "done" | "interrupted"
  std::int64_t pages = 0;         // captures written (full responses)
  std::int64_t revisits = 0;      // unchanged payloads, stored as revisit records
  std::int64_t wire_bytes = 0;    // body bytes received
  std::int64_t requests = 0;      // HTTP requests made (incl. robots.txt, retries)
  std::int64_t failed = 0;        // URLs given up on
  std::int64_t skipped = 0;       // robots-disallowed, out of scope, deferred hosts
  std::int64_t retries = 0;
  std::int64_t blocked = 0;       // block/CAPTCHA pages seen
  std::int64_t items = 0;
  std::int64_t hits = 0;
  std::int64_t new_hits = 0;
  std::int64_t pending = 0;       // left in the frontier (interrupted or capped)
  std::int64_t rendered = 0;      // pages a browser rendered (crawler/render_pages.h)
  std::int64_t robots_shared = 0;  // fleet: hosts whose robots.txt another worker had fetched (not asked again)
  std::map<int, std::int64_t> status_histogram;       // final HTTP status → count (0 = no response)
  std::map<std::string, std::int64_t> outcomes;       // FetchOutcome name → count
  std::map<std::string, std::int64_t> hits_per_category;
  std::vector<std::string> notes;  // deferred hosts, trap refusals (one line each, capped)
  std::vector<std::string> traps;  // URL patterns cut as crawler traps, and why (one line each)
  std::vector<HostFailure> host_failures;  // by host key; non-empty: the sweep did not reach every host
  // Profile health: per site profile, the pages it claimed and how many of
  // them its item selectors found nothing on (segmented automatically instead).
  struct ProfilePages {
    std::int64_t pages = 0;
    std::int64_t without_items = 0;
  };
  std::map<std::string, ProfilePages> profiles;
  double seconds = 0;
  // Time per page fetch (request sent to last byte, redirects included),
  // counted in Metrics::LatencyBuckets() buckets (one more for +Inf) with
  // their sum, so the daemon can fold a sweep into its histogram.
  std::vector<std::int64_t> latency_counts;
  double latency_sum_seconds = 0;
};

struct SweepRequest {
  CrawlerOptions options;
  std::string job;                     // store sweep job name ("" ad hoc)
  std::vector<std::string> seeds;      // absolute URLs
  std::vector<std::string> scope_hosts;  // extra in-scope hosts (site profile); seeds' hosts always are
  bool resume = false;                 // continue the latest unfinished sweep of `job`
  // A sweep shared by a fleet through a PostgreSQL store (crawler/fleet.h):
  // this process's worker name ("" = the sweep runs alone, as on SQLite).
  // Workers claim frontier rows, take a lease on a host for each request
  // (politeness across processes) and beat; the sweep is done when no row
  // of it is pending anywhere.
  std::string worker;
  std::int64_t join_sweep_id = 0;      // join this sweep instead of starting one (lantian worker)
  std::string version = "0.1.0";       // for the User-Agent
  // Called from the fetch thread about every 250 ms; must be cheap. May be empty.
  std::function<void(const SweepProgress&)> progress;
  // Set (from a signal handler) to stop early; the sweep ends "interrupted".
  const std::atomic<bool>* stop = nullptr;
};

// Runs one sweep to completion. Errors: bad seeds, the store cannot be opened
// or written (kIoError/kCorruption with the DB path). Fetch failures are
// outcomes counted in the summary, not errors.
[[nodiscard]] Result<SweepSummary> RunSweep(const SweepRequest& request, const PageAnalyzer& analyzer);

}  // namespace lantian::crawler
