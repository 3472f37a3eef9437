#pragma once

// The frontier: which URL may be fetched when. Per-host queues; politeness is
// a per-host next-allowed time (never a sleep); retries with exponential
// backoff and jitter; Retry-After honoured (capped); block pages back the host
// off; robots.txt is fetched first for every host. Holds only a bounded window
// of the pending URLs: the rest stays in the store until there is room
// (the pipeline pages it in), so memory stays flat as known URLs grow.
//
//   Frontier frontier(SystemClock::Get(), FrontierOptions{});
//   frontier.SetFilter(robots_filter);          // kNeedRobots until robots.txt is known
//   frontier.Add(entry);
//   while (std::optional<FrontierEntry> e = frontier.Next()) Start(*e);   // what politeness allows now
//   Completion c = frontier.Complete(*e, result, /*blocked=*/false);      // done, retry, failed, skipped

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "crawler/clock.h"
#include "crawler/fetcher.h"

namespace lantian::crawler {

// One URL to fetch (or a host's robots.txt).
struct FrontierEntry {
  std::int64_t id = 0;      // store frontier row id (0: not persisted, e.g. robots.txt)
  std::string url;          // canonical: the dedup key, never the request target
  // The URL as linked (only its percent-encoding normalised, crawler/url.h
  // RequestUrl): what is requested and checked against robots.txt. "" = url
  // (robots.txt entries, rows from before store schema version 3).
  std::string fetch_url;
  std::string host_key;     // HostKey(url)
  int depth = 0;
  std::string parent;       // linking page, "" for seeds
  char hop = 'S';           // S seed, L link, R redirect
  int attempts = 0;         // fetch attempts so far
  TimePoint not_before{};   // earliest time of the next attempt
  bool is_robots = false;   // a robots.txt fetch the frontier inserted

  const std::string& request_url() const { return fetch_url.empty() ? url : fetch_url; }
};

struct FrontierOptions {
  // Delay between the end of one request and the start of the next to the
  // same host. Default 1000 ms (DESIGN.md). Per-site overrides via SetHostDelay.
  Duration default_delay{1000};
  // robots.txt Crawl-delay wins when larger, up to this cap. A host asking for
  // more is deferred (its URLs skipped with the reason), never hammered. Default 30 s.
  Duration max_crawl_delay{30'000};
  // Requests in flight per host. Default 1.
  int max_per_host = 1;
  // Attempts per URL for transient failures (timeouts, 5xx, 429, blocks). Default 4.
  int max_attempts = 4;
  // Exponential backoff: base * 2^(attempt-1), +-25% jitter, capped. Defaults 2 s and 10 min.
  Duration backoff_base{2000};
  Duration backoff_max{600'000};
  // Retry-After is honoured up to this cap (RFC 9110 §10.2.3). Default 10 min.
  Duration max_retry_after{600'000};
  // A block/CAPTCHA page backs the host off this long, doubling per
  // consecutive block. Default 5 min.
  Duration block_backoff{300'000};
  // Seed for the backoff jitter (tests fix it). Default 0 = random_device.
  std::uint64_t jitter_seed = 0;
};

// What the robots/scope filter says about an entry about to be handed out.
// kDefer: not yet (the trap guard waits for pages in progress); the entry is
// queued again for Frontier::kDeferDelay and the host's other entries go on.
enum class Admission { kAllow, kSkip, kNeedRobots, kDefer };
using AdmissionFilter = std::function<Admission(const FrontierEntry& entry, std::string* reason)>;

// Asked just before a request to `host_key` is handed out (robots.txt
// included), after the frontier's own politeness allows it: nullopt = go;
// a time = not before then (the host waits; its other entries with it). A
// fleet's workers use it to hold politeness across processes (crawler/fleet.h).
using HostGate = std::function<std::optional<TimePoint>(const std::string& host_key)>;

// How a finished fetch is settled.
struct Completion {
  enum class Kind { kDone, kRetry, kFailed, kSkipped } kind = Kind::kDone;
  std::string reason;     // "http 404", "timeout (curl 28: ...)", "blocked", ...
  int attempts = 0;
  TimePoint retry_at{};   // for kRetry
};

// Single-thread: owned by the pipeline's fetch thread.
class Frontier {
 public:
  // 403/429 answers in a row from one host that count as a block.
  static constexpr int kRefusalStorm = 3;
  // How long an entry the filter deferred waits before it is asked about again.
  static constexpr Duration kDeferDelay{50};

  Frontier(const Clock& clock, FrontierOptions options);
  Frontier(const Frontier&) = delete;
  Frontier& operator=(const Frontier&) = delete;

  // Consulted by Next() for every entry before it is handed out.
  void SetFilter(AdmissionFilter filter) { filter_ = std::move(filter); }
  // `ungate` gives back what `gate` granted when the visit handed nothing out
  // (every entry skipped, or only retries not yet due).
  void SetHostGate(HostGate gate, std::function<void(const std::string& host_key)> ungate) {
    gate_ = std::move(gate);
    ungate_ = std::move(ungate);
  }
  // When the host's next request may start by the frontier's own politeness
  // (after Complete: the end of its last request plus its delay).
  std::optional<TimePoint> HostNextAllowed(const std::string& host_key) const;

  // Queues a URL (dedup is the caller's: the store's UNIQUE index).
  void Add(FrontierEntry entry);

  // The next entry that may be fetched now, or nullopt. Hands out robots.txt
  // first for hosts whose rules are unknown. The host counts as busy until
  // Complete/CompleteRobots.
  std::optional<FrontierEntry> Next();

  // Entries the filter refused or a deferred host dropped since the last call, with reasons.
  std::vector<std::pair<FrontierEntry, std::string>> TakeSkipped();

  // When the earliest waiting entry becomes ready (nullopt: nothing waits
  // except on in-flight requests).
  std::optional<TimePoint> NextReadyTime() const;

  // Settles a fetch of `entry`: politeness clock, retries and backoff.
  // `blocked` marks a block/CAPTCHA page (never content). A storm of 403/429
  // answers (kRefusalStorm in a row from one host) counts as a block too; a
  // single 429 is a rate limit (Retry-After or backoff), a single 403 a
  // permanent failure. kRetry entries are re-queued here; the caller persists
  // the returned Completion.
  Completion Complete(const FrontierEntry& entry, const FetchResult& result, bool blocked);

  // Settles a robots.txt fetch. `crawl_delay` from the rules, if any. Returns
  // a non-empty reason when the host is deferred (Crawl-delay above the cap).
  // A non-empty `refuse_reason` (e.g. the address guard refused the host)
  // defers the host with that reason.
  std::string CompleteRobots(const FrontierEntry& entry, std::optional<Duration> crawl_delay,
                             const std::string& refuse_reason = {});

  // A worker found a block/CAPTCHA page after the fetch was settled as done:
  // backs the host off and re-queues the entry (or gives up after max_attempts).
  Completion ReportBlocked(const FrontierEntry& entry, const std::string& reason);

  // Per-site delay override (replaces the default for this host).
  void SetHostDelay(const std::string& host_key, Duration delay);
  // Per-site limit of requests in flight to this host (replaces
  // Options::max_per_host; values < 1 restore the default).
  void SetHostMaxInFlight(const std::string& host_key, int max_in_flight);
  // Forgets a host's robots state so robots.txt is fetched again (TTL expiry).
  void InvalidateRobots(const std::string& host_key);

  std::size_t pending() const { return pending_; }     // queued, not in flight
  std::size_t in_flight() const { return in_flight_; }
  // Nothing queued, in flight or skipped-but-not-taken.
  bool empty() const { return pending_ == 0 && in_flight_ == 0 && skipped_.empty(); }

 private:
  enum class RobotsState { kUnknown, kFetching, kKnown };
  struct Host {
    std::deque<FrontierEntry> queue;    // new URLs, FIFO
    std::deque<FrontierEntry> retries;  // sorted by not_before
    TimePoint next_allowed{};
    Duration delay{};
    bool delay_overridden = false;
    int in_flight = 0;
    int max_in_flight = 0;  // 0 = Options::max_per_host
    int consecutive_blocks = 0;
    int consecutive_refusals = 0;  // 403/429 answers in a row
    RobotsState robots = RobotsState::kUnknown;
    std::string deferred_reason;  // non-empty: every URL of the host is skipped
  };

  Duration Backoff(int attempt);
  int MaxInFlight(const Host& host) const { return host.max_in_flight > 0 ? host.max_in_flight : options_.max_per_host; }
  Duration BlockBackoff(Host& host);
  void Requeue(Host& host, FrontierEntry entry);
  // Queues `entry` again for attempt c->attempts + 1 at `not_before` and
  // makes *c a kRetry at that time.
  void Retry(Host& host, const FrontierEntry& entry, TimePoint not_before, Completion* c);
  void DropHost(Host& host, const std::string& reason);

  const Clock* clock_;
  FrontierOptions options_;
  AdmissionFilter filter_;
  HostGate gate_;
  std::function<void(const std::string& host_key)> ungate_;
  std::unordered_map<std::string, Host> hosts_;
  std::vector<std::string> host_order_;  // round-robin order of hosts
  std::size_t cursor_ = 0;
  std::size_t pending_ = 0;
  std::size_t in_flight_ = 0;
  std::vector<std::pair<FrontierEntry, std::string>> skipped_;
  std::mt19937_64 rng_;
};

// True when `result` looks like a block or CAPTCHA page: 403 or 429 status, or
// the decoded body contains one of `markers` (site profile block_markers).
bool LooksBlocked(const FetchResult& result, std::string_view decoded_body, const std::vector<std::string>& markers);

}  // namespace lantian::crawler
