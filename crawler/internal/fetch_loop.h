#pragma once

// The sweep's fetch thread: hands the frontier's ready URLs to the fetcher,
// settles every finished fetch with the frontier (retry, fail, skip, done),
// passes fetched pages to the workers and frontier changes to the writer,
// fetches robots.txt for each host first, and decides when the sweep is done.
// Private to crawler/.
//
//   internal::FetchLoop loop(state, frontier, fetcher, robots, clock, site_by_host,
//                            counts.done + counts.failed + counts.skipped, started);
//   SweepSummary summary = loop.Run();   // returns when done, stopped or the writer failed
//   if (loop.interrupted()) ...

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>

#include "crawler/clock.h"
#include "crawler/config.h"
#include "crawler/fetcher.h"
#include "crawler/frontier.h"
#include "crawler/internal/sweep_state.h"
#include "crawler/pipeline.h"
#include "crawler/robots.h"

namespace lantian::crawler::internal {

// Per-site network settings ([site.NAME]) by host.
using SiteByHost = std::unordered_map<std::string, const SiteOptions*>;

// Single-thread: owns the fetch thread's view of the frontier, the fetcher
// and the robots cache, which no other thread touches (other threads reach
// it only through SweepState). Neither copyable nor movable.
class FetchLoop {
 public:
  // `finished_at_start`: frontier rows of the sweep already settled (resume).
  FetchLoop(SweepState& state, Frontier& frontier, Fetcher& fetcher, RobotsCache& robots, const Clock& clock,
            SiteByHost site_by_host, std::int64_t finished_at_start,
            std::chrono::steady_clock::time_point started);
  FetchLoop(const FetchLoop&) = delete;
  FetchLoop& operator=(const FetchLoop&) = delete;

  // Runs until nothing is queued or running anywhere, the request's stop
  // flag is set, or the writer failed. Returns the fetch side of the
  // summary: requests, bytes, outcomes, statuses, retries, failures, skips,
  // blocks and latency (the writer's counters are the caller's to add).
  SweepSummary Run();

  // True when Run() returned because the stop flag was set.
  bool interrupted() const { return interrupted_; }

 private:
  void DrainInbox();
  void StartTransfers();
  void HandleResult(FetchResult& r);
  void HandleRobots(const FrontierEntry& entry, FetchResult& r);
  // A host's robots.txt answer (fetched, or shared by another worker of a
  // fleet) becomes its rules; the frontier goes on with the host.
  void SettleRobots(const FrontierEntry& entry, RobotsAccess access, const std::string& body,
                    const std::string& refuse);
  void ReportProgress();
  bool Finished();
  void PublishLoad();
  // A request to the host ended (settled with the frontier): a fleet's lease
  // on it is given back with the time the next may start.
  void HostDone(const std::string& host_key);
  void Settle(const FrontierEntry& e, const Completion& c);
  void Mark(const FrontierEntry& e, const Completion& c);
  void ReportHostFailures();

  // What one host answered, for SweepSummary::host_failures.
  struct HostHealth {
    bool answered = false;        // some request (robots.txt included) got an HTTP response
    std::string drop_reason;      // the frontier dropped the host: its robots.txt got no answer
    std::string drop_outcome;     // "unreachable" or "address_refused", for summary.outcomes
    std::string last_failure;     // the last page request that got no answer: why
    std::int64_t not_fetched = 0;  // URLs skipped for drop_reason or given up on without an answer
    std::string first_url;        // the first of those
    void NotFetched(const std::string& url) {
      if (not_fetched++ == 0) first_url = url;
    }
  };

  SweepState& state_;
  Frontier& frontier_;
  Fetcher& fetcher_;
  RobotsCache& robots_;
  const Clock& clock_;
  const SiteByHost site_by_host_;
  const std::chrono::steady_clock::time_point started_;

  SweepSummary summary_;
  std::unordered_map<std::uint64_t, FrontierEntry> running_;  // by FetchRequest::id
  std::map<std::string, HostHealth> health_;                  // by host key
  std::uint64_t next_id_ = 1;
  std::int64_t finished_;
  std::chrono::steady_clock::time_point last_progress_;
  bool interrupted_ = false;
};

}  // namespace lantian::crawler::internal
