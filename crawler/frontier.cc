#include "crawler/frontier.h"

#include <algorithm>
#include <cmath>

#include "crawler/url.h"

namespace lantian::crawler {
namespace {

std::string DescribeFailure(const FetchResult& r) {
  std::string reason = FetchOutcomeName(r.outcome);
  if (r.http_status != 0) reason += " (http " + std::to_string(r.http_status) + ")";
  if (!r.curl_error.empty() && r.outcome != FetchOutcome::kHttpError) reason += ": " + r.curl_error;
  return reason;
}

std::string RobotsUrlFor(const std::string& url) {
  auto robots = ResolveUrl(url, "/robots.txt");
  return robots.ok() ? *robots : url;
}

bool ContainsIgnoreAsciiCase(std::string_view haystack, std::string_view needle) {
  if (needle.empty() || haystack.size() < needle.size()) return false;
  const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != haystack.end();
}

}  // namespace

bool LooksBlocked(const FetchResult& result, std::string_view decoded_body, const std::vector<std::string>& markers) {
  if (result.http_status == 403 || result.http_status == 429) return true;
  for (const std::string& marker : markers) {
    if (ContainsIgnoreAsciiCase(decoded_body, marker)) return true;
  }
  return false;
}

Frontier::Frontier(const Clock& clock, FrontierOptions options)
    : clock_(&clock),
      options_(options),
      rng_(options.jitter_seed != 0 ? options.jitter_seed : std::random_device{}()) {}

void Frontier::Add(FrontierEntry entry) {
  auto [it, inserted] = hosts_.try_emplace(entry.host_key);
  Host& host = it->second;
  if (inserted) {
    host.delay = options_.default_delay;
    host_order_.push_back(entry.host_key);
  }
  if (!host.deferred_reason.empty()) {
    skipped_.emplace_back(std::move(entry), host.deferred_reason);
    return;
  }
  ++pending_;
  if (entry.not_before > clock_->Now()) {
    Requeue(host, std::move(entry));
  } else {
    host.queue.push_back(std::move(entry));
  }
}

void Frontier::Requeue(Host& host, FrontierEntry entry) {
  auto pos = std::upper_bound(host.retries.begin(), host.retries.end(), entry.not_before,
                              [](TimePoint t, const FrontierEntry& e) { return t < e.not_before; });
  host.retries.insert(pos, std::move(entry));
}

void Frontier::DropHost(Host& host, const std::string& reason) {
  host.deferred_reason = reason;
  for (auto* q : {&host.queue, &host.retries}) {
    for (FrontierEntry& e : *q) skipped_.emplace_back(std::move(e), reason);
    pending_ -= q->size();
    q->clear();
  }
}

std::optional<TimePoint> Frontier::HostNextAllowed(const std::string& host_key) const {
  auto it = hosts_.find(host_key);
  if (it == hosts_.end()) return std::nullopt;
  return it->second.next_allowed;
}

std::optional<FrontierEntry> Frontier::Next() {
  const TimePoint now = clock_->Now();
  const std::size_t n = host_order_.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t index = (cursor_ + i) % n;
    Host& host = hosts_[host_order_[index]];
    if (!host.deferred_reason.empty() || host.in_flight >= MaxInFlight(host) || now < host.next_allowed) continue;
    if (host.queue.empty() && host.retries.empty()) continue;
    if (host.robots == RobotsState::kFetching) continue;
    // The gate (a fleet's lease on the host) is asked once per visit, before
    // any entry is taken; a visit that hands nothing out gives it back.
    std::string gated;  // the host the gate granted for this visit
    if (gate_) {
      gated = !host.queue.empty() ? host.queue.front().host_key : host.retries.front().host_key;
      if (std::optional<TimePoint> wait = gate_(gated)) {
        host.next_allowed = std::max(host.next_allowed, *wait);
        continue;
      }
    }
    while (true) {
      if (host.robots == RobotsState::kUnknown) {
        // RFC 9309 §2.3: fetch robots.txt before any other URL of the host.
        const FrontierEntry& any = !host.queue.empty() ? host.queue.front() : host.retries.front();
        FrontierEntry robots;
        robots.url = RobotsUrlFor(any.url);
        robots.host_key = any.host_key;
        robots.is_robots = true;
        host.robots = RobotsState::kFetching;
        ++host.in_flight;
        ++in_flight_;
        cursor_ = index + 1;
        return robots;
      }
      std::deque<FrontierEntry>* source = nullptr;
      if (!host.retries.empty() && host.retries.front().not_before <= now) {
        source = &host.retries;
      } else if (!host.queue.empty()) {
        source = &host.queue;
      } else {
        break;  // only retries that are not due yet
      }
      FrontierEntry entry = std::move(source->front());
      source->pop_front();
      --pending_;
      if (filter_) {
        std::string reason;
        switch (filter_(entry, &reason)) {
          case Admission::kAllow:
            break;
          case Admission::kSkip:
            skipped_.emplace_back(std::move(entry), std::move(reason));
            continue;
          case Admission::kNeedRobots:
            source->push_front(std::move(entry));
            ++pending_;
            host.robots = RobotsState::kUnknown;
            continue;
          case Admission::kDefer:
            // Not due again within this call, so the loop moves on.
            entry.not_before = now + kDeferDelay;
            Requeue(host, std::move(entry));
            ++pending_;
            continue;
        }
      }
      ++host.in_flight;
      ++in_flight_;
      cursor_ = index + 1;
      return entry;
    }
    if (!gated.empty() && ungate_) ungate_(gated);
  }
  return std::nullopt;
}

std::vector<std::pair<FrontierEntry, std::string>> Frontier::TakeSkipped() {
  std::vector<std::pair<FrontierEntry, std::string>> out;
  out.swap(skipped_);
  return out;
}

std::optional<TimePoint> Frontier::NextReadyTime() const {
  std::optional<TimePoint> best;
  for (const auto& [key, host] : hosts_) {
    if (!host.deferred_reason.empty() || host.in_flight >= MaxInFlight(host)) continue;
    if (host.robots == RobotsState::kFetching) continue;
    std::optional<TimePoint> entry_time;
    if (!host.queue.empty()) {
      entry_time = TimePoint{};
    } else if (!host.retries.empty()) {
      entry_time = host.retries.front().not_before;
    } else {
      continue;
    }
    const TimePoint t = std::max(*entry_time, host.next_allowed);
    if (!best || t < *best) best = t;
  }
  return best;
}

Duration Frontier::Backoff(int attempt) {
  const double base = static_cast<double>(options_.backoff_base.count()) * std::pow(2.0, std::max(0, attempt - 1));
  const double capped = std::min(base, static_cast<double>(options_.backoff_max.count()));
  std::uniform_real_distribution<double> jitter(0.75, 1.25);
  return Duration(static_cast<long long>(capped * jitter(rng_)));
}

Completion Frontier::Complete(const FrontierEntry& entry, const FetchResult& result, bool blocked) {
  Host& host = hosts_[entry.host_key];
  --host.in_flight;
  --in_flight_;
  const TimePoint now = clock_->Now();
  host.next_allowed = std::max(host.next_allowed, now + host.delay);

  Completion c;
  c.attempts = entry.attempts + 1;
  bool retryable = false;
  if (result.http_status == 403 || result.http_status == 429) {
    if (++host.consecutive_refusals >= kRefusalStorm) blocked = true;
  } else if (result.outcome == FetchOutcome::kOk) {
    host.consecutive_refusals = 0;
  }
  if (blocked) {
    // Never content: back the whole host off, doubling per consecutive block.
    host.next_allowed = std::max(host.next_allowed, now + BlockBackoff(host));
    retryable = true;
    c.reason = "blocked (http " + std::to_string(result.http_status) + ")";
  } else {
    host.consecutive_blocks = 0;
  }
  const FetchHop* last = result.final_hop();
  if (last != nullptr && last->retry_after) {
    // RFC 9110 §10.2.3: the server says when to come back; honoured up to the cap, for the whole host.
    const Duration wait = std::min<Duration>(std::chrono::duration_cast<Duration>(*last->retry_after),
                                             options_.max_retry_after);
    host.next_allowed = std::max(host.next_allowed, now + wait);
  }
  if (!blocked) {
    switch (result.outcome) {
      case FetchOutcome::kOk:
      case FetchOutcome::kTooLarge:  // stored up to the cap, flagged truncated
        c.kind = Completion::Kind::kDone;
        return c;
      case FetchOutcome::kHttpError:
        retryable = result.http_status == 429 || result.http_status >= 500;
        break;
      case FetchOutcome::kTimeout:
      case FetchOutcome::kDns:
      case FetchOutcome::kConnect:
      case FetchOutcome::kNetwork:
        retryable = true;
        break;
      case FetchOutcome::kRobotsDisallowed:
      case FetchOutcome::kOutOfScope:
        c.kind = Completion::Kind::kSkipped;
        c.reason = DescribeFailure(result) + (result.redirect_target.empty() ? "" : ": " + result.redirect_target);
        return c;
      case FetchOutcome::kTls:
      case FetchOutcome::kTooManyRedirects:
      case FetchOutcome::kAddressRefused:
        break;
    }
    c.reason = DescribeFailure(result);
  }
  if (retryable && c.attempts < options_.max_attempts) {
    Retry(host, entry, std::max(now + Backoff(c.attempts), host.next_allowed), &c);
    return c;
  }
  c.kind = Completion::Kind::kFailed;
  if (retryable) c.reason = "gave up after " + std::to_string(c.attempts) + " attempts: " + c.reason;
  return c;
}

void Frontier::Retry(Host& host, const FrontierEntry& entry, TimePoint not_before, Completion* c) {
  FrontierEntry again = entry;
  again.attempts = c->attempts;
  again.not_before = not_before;
  c->kind = Completion::Kind::kRetry;
  c->retry_at = not_before;
  ++pending_;
  Requeue(host, std::move(again));
}

Duration Frontier::BlockBackoff(Host& host) {
  ++host.consecutive_blocks;
  const double factor = std::pow(2.0, std::min(host.consecutive_blocks - 1, 16));
  return Duration(static_cast<long long>(std::min(static_cast<double>(options_.block_backoff.count()) * factor,
                                                  static_cast<double>(options_.backoff_max.count()))));
}

Completion Frontier::ReportBlocked(const FrontierEntry& entry, const std::string& reason) {
  Host& host = hosts_[entry.host_key];
  const TimePoint now = clock_->Now();
  host.next_allowed = std::max(host.next_allowed, now + BlockBackoff(host));
  Completion c;
  c.attempts = entry.attempts + 1;
  c.reason = "blocked: " + reason;
  if (c.attempts < options_.max_attempts && host.deferred_reason.empty()) {
    Retry(host, entry, host.next_allowed, &c);
    return c;
  }
  c.kind = Completion::Kind::kFailed;
  c.reason = "gave up after " + std::to_string(c.attempts) + " attempts: " + c.reason;
  return c;
}

std::string Frontier::CompleteRobots(const FrontierEntry& entry, std::optional<Duration> crawl_delay,
                                     const std::string& refuse_reason) {
  Host& host = hosts_[entry.host_key];
  --host.in_flight;
  --in_flight_;
  host.robots = RobotsState::kKnown;
  const TimePoint now = clock_->Now();
  if (!refuse_reason.empty()) {
    DropHost(host, refuse_reason);
    return refuse_reason;
  }
  if (crawl_delay && *crawl_delay > options_.max_crawl_delay) {
    const std::string reason = "host deferred: robots.txt Crawl-delay " + std::to_string(crawl_delay->count()) +
                               " ms exceeds the cap of " + std::to_string(options_.max_crawl_delay.count()) + " ms";
    DropHost(host, reason);
    return reason;
  }
  if (crawl_delay && *crawl_delay > host.delay) host.delay = *crawl_delay;  // Crawl-delay wins when larger
  host.next_allowed = std::max(host.next_allowed, now + host.delay);
  return {};
}

void Frontier::SetHostDelay(const std::string& host_key, Duration delay) {
  auto [it, inserted] = hosts_.try_emplace(host_key);
  if (inserted) host_order_.push_back(host_key);
  it->second.delay = delay;
  it->second.delay_overridden = true;
}

void Frontier::SetHostMaxInFlight(const std::string& host_key, int max_in_flight) {
  auto [it, inserted] = hosts_.try_emplace(host_key);
  if (inserted) host_order_.push_back(host_key);
  it->second.max_in_flight = max_in_flight;
}

void Frontier::InvalidateRobots(const std::string& host_key) {
  auto it = hosts_.find(host_key);
  if (it != hosts_.end() && it->second.robots == RobotsState::kKnown) it->second.robots = RobotsState::kUnknown;
}

}  // namespace lantian::crawler
