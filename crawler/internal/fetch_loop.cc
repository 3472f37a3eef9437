#include "crawler/internal/fetch_loop.h"

#include <cerrno>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "base/time.h"
#include "crawler/metrics.h"
#include "crawler/url.h"
#include "store/store.h"

namespace lantian::crawler::internal {
namespace {

// What a fetched page costs in the work queue: its wire bytes and heads.
std::size_t WorkItemBytes(const FetchResult& r) {
  std::size_t bytes = sizeof(WorkItem);
  for (const FetchHop& h : r.hops) bytes += h.wire_body.size() + h.response_head.size() + h.request_head.size();
  return bytes;
}

// Counts one fetch's time into the summary's latency buckets.
void RecordLatency(double seconds, SweepSummary* summary) {
  if (summary->latency_counts.empty()) summary->latency_counts.assign(Metrics::LatencyBuckets().size() + 1, 0);
  ++summary->latency_counts[Metrics::LatencyBucket(seconds)];
  summary->latency_sum_seconds += seconds;
}

store::FrontierUpdate ToUpdate(const FrontierEntry& e, const Completion& c) {
  store::FrontierUpdate u;
  u.id = e.id;
  u.attempts = c.attempts;
  u.reason = c.reason;
  switch (c.kind) {
    case Completion::Kind::kDone:
      u.state = store::FrontierState::kDone;
      break;
    case Completion::Kind::kRetry: {
      u.state = store::FrontierState::kPending;
      const auto wait = c.retry_at - SystemClock::Get().Now();
      u.retry_at = base::FormatRfc3339UtcMs(base::UnixMsNow() + std::max<long long>(0, wait.count()));
      break;
    }
    case Completion::Kind::kFailed:
      u.state = store::FrontierState::kFailed;
      break;
    case Completion::Kind::kSkipped:
      u.state = store::FrontierState::kSkipped;
      break;
  }
  return u;
}

// Why a request got no HTTP answer at all, for the host report; "" when it
// got one or ended for another reason (too large, redirects, robots, scope).
// Our own words, not curl's (which change between versions), except for TLS
// and other transport errors, where curl's text is the useful part.
std::string NoAnswerReason(const FetchResult& r) {
  switch (r.outcome) {
    case FetchOutcome::kDns:
      return "DNS lookup failed";
    case FetchOutcome::kConnect:
      switch (r.os_errno) {
        case ECONNREFUSED: return "connection refused";
        case EHOSTUNREACH: return "no route to host";
        case ENETUNREACH: return "network unreachable";
        case ETIMEDOUT: return "connect timed out";
        default: return "cannot connect";
      }
    case FetchOutcome::kTimeout:
      return "timed out";
    case FetchOutcome::kTls:
      return "TLS error: " + r.curl_error;
    case FetchOutcome::kNetwork:
      return r.http_status != 0 ? std::string() : "network error: " + r.curl_error;
    case FetchOutcome::kAddressRefused:
      return "refused by the address guard: " + (r.refused_address.empty() ? std::string("its address") : r.refused_address) +
             " is not a public address (--allow-private to permit)";
    case FetchOutcome::kOk:
    case FetchOutcome::kHttpError:
    case FetchOutcome::kTooLarge:
    case FetchOutcome::kTooManyRedirects:
    case FetchOutcome::kRobotsDisallowed:
    case FetchOutcome::kOutOfScope:
      return {};
  }
  return {};
}

bool GotAnswer(const FetchResult& r) {
  return std::any_of(r.hops.begin(), r.hops.end(), [](const FetchHop& h) { return h.http_status != 0; });
}

}  // namespace

FetchLoop::FetchLoop(SweepState& state, Frontier& frontier, Fetcher& fetcher, RobotsCache& robots,
                     const Clock& clock, SiteByHost site_by_host, std::int64_t finished_at_start,
                     std::chrono::steady_clock::time_point started)
    : state_(state),
      frontier_(frontier),
      fetcher_(fetcher),
      robots_(robots),
      clock_(clock),
      site_by_host_(std::move(site_by_host)),
      started_(started),
      finished_(finished_at_start),
      last_progress_(std::chrono::steady_clock::now()) {
  summary_.sweep_id = state.sweep_id;
}

SweepSummary FetchLoop::Run() {
  const std::atomic<bool>* stop = state_.request.stop;
  while (true) {
    if (stop != nullptr && stop->load(std::memory_order_relaxed)) {
      interrupted_ = true;
      break;
    }
    if (state_.writer_failed.load(std::memory_order_acquire)) break;
    DrainInbox();
    StartTransfers();
    PublishLoad();

    // Wait for transfers or the next politeness slot (at most 50 ms, to see the inbox).
    Duration wait(50);
    if (auto ready = frontier_.NextReadyTime()) {
      wait = std::clamp(std::chrono::duration_cast<Duration>(*ready - clock_.Now()), Duration(0), Duration(50));
    }
    for (FetchResult& r : fetcher_.Poll(wait)) HandleResult(r);
    PublishLoad();

    ReportProgress();
    if (Finished()) break;
  }
  running_.clear();
  ReportHostFailures();
  return std::move(summary_);
}

// Inbox: rows paged in by the writer, block reports from workers.
void FetchLoop::DrainInbox() {
  std::vector<FrontierEntry> incoming;
  std::vector<std::pair<FrontierEntry, std::string>> blocked;
  {
    base::MutexLock lock(&state_.inbox_mu);
    incoming.swap(state_.inbox);
    blocked.swap(state_.blocked_inbox);
  }
  for (FrontierEntry& e : incoming) frontier_.Add(std::move(e));
  for (auto& [e, reason] : blocked) {
    ++summary_.blocked;
    Settle(e, frontier_.ReportBlocked(e, reason));
  }
  for (auto& [e, reason] : frontier_.TakeSkipped()) {
    Completion c;
    c.kind = Completion::Kind::kSkipped;
    c.reason = reason;
    c.attempts = e.attempts;
    std::string outcome = reason.starts_with("robots") ? "robots_disallowed"
                          : reason.starts_with("trap:") ? "trap"  // crawler/trap_guard.h cut its pattern
                                                        : "skipped";
    if (auto h = health_.find(e.host_key); h != health_.end() && !h->second.drop_reason.empty() &&
                                           reason == h->second.drop_reason) {
      outcome = h->second.drop_outcome;  // not "robots_disallowed": robots.txt never answered
      h->second.NotFetched(e.url);
    }
    ++summary_.outcomes[outcome];
    Settle(e, c);
  }
}

// Starts what politeness allows.
void FetchLoop::StartTransfers() {
  while (fetcher_.in_flight() < state_.options.fetch.max_in_flight) {
    std::optional<FrontierEntry> e = frontier_.Next();
    if (!e) break;
    if (e->is_robots && state_.shared_robots_get) {
      // Another worker of the fleet asked this host within the TTL: its
      // answer stands for the whole fleet (one robots.txt request per host).
      if (auto shared = state_.shared_robots_get(e->host_key)) {
        health_[e->host_key].answered = shared->first != RobotsAccess::kUnreachable;
        ++summary_.robots_shared;
        SettleRobots(*e, shared->first, shared->second, "");
        continue;
      }
    }
    FetchRequest req;
    req.id = next_id_++;
    req.url = e->request_url();  // as linked, never the canonical dedup key
    req.robots_txt = e->is_robots;
    if (auto parts = ParseUrl(req.url); parts.ok()) {
      if (auto it = site_by_host_.find(parts->host); it != site_by_host_.end()) {
        req.proxy = it->second->proxy;
        req.cookie = it->second->cookie;
      }
    }
    if (Status s = fetcher_.Start(req); !s.ok()) {
      FetchResult failed;
      failed.outcome = FetchOutcome::kNetwork;
      failed.curl_error = s.message();
      if (e->is_robots) {
        frontier_.CompleteRobots(*e, std::nullopt, "robots.txt fetch failed: " + s.message());
      } else {
        state_.traps->AfterFetch(e->url, std::nullopt, {});  // the guard allowed it; no page came of it
        Settle(*e, frontier_.Complete(*e, failed, false));
      }
      HostDone(e->host_key);
      continue;
    }
    running_.emplace(req.id, std::move(*e));
  }
}

void FetchLoop::HandleResult(FetchResult& r) {
  auto it = running_.find(r.id);
  if (it == running_.end()) return;
  FrontierEntry entry = std::move(it->second);
  running_.erase(it);
  summary_.requests += static_cast<std::int64_t>(r.hops.size());
  state_.requests.fetch_add(static_cast<std::int64_t>(r.hops.size()), std::memory_order_relaxed);
  for (const FetchHop& h : r.hops) summary_.wire_bytes += static_cast<std::int64_t>(h.wire_body.size());
  if (entry.is_robots) {
    HandleRobots(entry, r);
    return;
  }
  ++summary_.status_histogram[r.http_status];
  ++summary_.outcomes[FetchOutcomeName(r.outcome)];
  std::int64_t elapsed_ms = 0;
  for (const FetchHop& h : r.hops) elapsed_ms += h.elapsed_ms;
  RecordLatency(static_cast<double>(elapsed_ms) / 1000.0, &summary_);
  const Completion c = frontier_.Complete(entry, r, false);
  HostDone(entry.host_key);
  if (c.reason.starts_with("blocked")) ++summary_.blocked;
  HostHealth& health = health_[entry.host_key];
  if (GotAnswer(r)) {
    health.answered = true;
  } else if (c.kind == Completion::Kind::kFailed) {
    if (std::string why = NoAnswerReason(r); !why.empty()) {
      health.last_failure = std::move(why);
      health.NotFetched(entry.url);
    }
  }
  if (c.kind == Completion::Kind::kDone) {
    ++finished_;
    state_.in_pipeline.fetch_add(1, std::memory_order_acq_rel);
    const std::size_t bytes = WorkItemBytes(r);
    state_.work->Push(WorkItem{std::move(entry), std::move(r)}, bytes);  // the writer reports it to the guard
  } else {
    state_.traps->AfterFetch(entry.url, std::nullopt, {});  // no page: a retry, failure or skip
    Settle(entry, c);
  }
}

void FetchLoop::HandleRobots(const FrontierEntry& entry, FetchResult& r) {
  DecodeFinalBody(r, state_.options.fetch.max_body_bytes);
  // RFC 9309 §2.3.1: the answer, after redirects (the fetcher followed them),
  // is cached for the host robots.txt was asked of.
  std::string why;
  const RobotsAccess access = ClassifyRobotsFetch(r, &why);
  HostHealth& health = health_[entry.host_key];
  if (GotAnswer(r)) health.answered = true;
  // No answer at all: the host is unreachable (or refused by the address
  // guard). RFC 9309 §2.3.1.4 makes it disallow everything, so none of its
  // URLs is fetched; they are skipped as "unreachable", not "robots_disallowed",
  // and the host is reported in the summary.
  std::string refuse;
  if (std::string no_answer = NoAnswerReason(r); !no_answer.empty() && !health.answered) {
    const bool guard = r.outcome == FetchOutcome::kAddressRefused;
    refuse = guard ? no_answer : "unreachable: " + no_answer;
    health.drop_reason = refuse;
    health.drop_outcome = guard ? "address_refused" : "unreachable";
  } else if (r.outcome == FetchOutcome::kAddressRefused) {
    // The host answered with a redirect to a refused address.
    state_.Note(entry.host_key + ": robots.txt " + why + "; not followed, so the host counts as disallowed");
  }
  if (state_.shared_robots_put && refuse.empty() && access != RobotsAccess::kUnreachable) {
    state_.shared_robots_put(entry.host_key, access, r.body);
  }
  SettleRobots(entry, access, r.body, refuse);
}

void FetchLoop::SettleRobots(const FrontierEntry& entry, RobotsAccess access, const std::string& body,
                             const std::string& refuse) {
  const RobotsRules& rules = robots_.Store(entry.host_key, access, body, state_.options.robots_token);
  if (state_.renderer != nullptr) state_.renderer->ShareRobots(entry.host_key, rules);
  const std::string deferred = frontier_.CompleteRobots(entry, rules.crawl_delay(), refuse);
  HostDone(entry.host_key);
  if (!deferred.empty() && refuse.empty()) state_.Note(entry.host_key + ": " + deferred);
}

// A host is reported when nothing it was asked answered: its robots.txt got
// no answer, or (robots.txt given up on another way) every page request failed.
void FetchLoop::ReportHostFailures() {
  for (const auto& [host, h] : health_) {
    if (h.answered || h.not_fetched == 0) continue;
    HostFailure f;
    f.host = host;
    f.reason = !h.drop_reason.empty() ? h.drop_reason : "unreachable: every request failed (" + h.last_failure + ")";
    f.urls_not_fetched = h.not_fetched;
    f.first_url = h.first_url;
    summary_.host_failures.push_back(std::move(f));
  }
}

void FetchLoop::ReportProgress() {
  const auto& progress = state_.request.progress;
  const auto now = std::chrono::steady_clock::now();
  if (!progress || now - last_progress_ < std::chrono::milliseconds(250)) return;
  last_progress_ = now;
  SweepProgress p;
  p.pages_done = state_.pages.load(std::memory_order_relaxed) + state_.revisits.load(std::memory_order_relaxed);
  p.queued = std::max<std::int64_t>(0, state_.admitted.load(std::memory_order_relaxed) - finished_);
  p.in_flight = fetcher_.in_flight();
  p.hits = state_.hits.load(std::memory_order_relaxed);
  p.errors = summary_.failed;
  p.seconds = std::chrono::duration<double>(now - started_).count();
  progress(p);
}

// Done when nothing is queued or running anywhere. Order matters: a page
// leaves in_pipeline only after its links set store_has_pending, and the
// writer fills the inbox before it clears store_has_pending.
bool FetchLoop::Finished() {
  if (!frontier_.empty() || fetcher_.in_flight() != 0 || state_.in_pipeline.load(std::memory_order_acquire) != 0 ||
      state_.store_has_pending.load(std::memory_order_acquire)) {
    return false;
  }
  base::MutexLock lock(&state_.inbox_mu);
  return state_.inbox.empty() && state_.blocked_inbox.empty();
}

void FetchLoop::HostDone(const std::string& host_key) {
  if (state_.host_done) state_.host_done(host_key, frontier_.HostNextAllowed(host_key));
}

void FetchLoop::PublishLoad() {
  state_.fetch_load.store(static_cast<std::int64_t>(frontier_.pending() + frontier_.in_flight()),
                          std::memory_order_release);
}

void FetchLoop::Settle(const FrontierEntry& e, const Completion& c) {
  switch (c.kind) {
    case Completion::Kind::kDone:
      break;
    case Completion::Kind::kRetry:
      ++summary_.retries;
      break;
    case Completion::Kind::kFailed:
      ++summary_.failed;
      ++finished_;
      break;
    case Completion::Kind::kSkipped:
      ++summary_.skipped;
      ++finished_;
      break;
  }
  Mark(e, c);
}

// Persists the entry's new state through the writer (robots.txt entries,
// id 0, are not rows).
void FetchLoop::Mark(const FrontierEntry& e, const Completion& c) {
  if (e.id == 0) return;
  MarkMsg m;
  m.updates.push_back(ToUpdate(e, c));
  state_.writer->Push(std::move(m));
}

}  // namespace lantian::crawler::internal
