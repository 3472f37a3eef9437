#pragma once

// The daemon's metrics: counters, gauges and a fetch-latency histogram that
// the daemon folds every finished sweep into, and a small HTTP server that
// exposes them to Prometheus (GET /metrics) with a liveness probe (GET /healthz).
//
//   Metrics metrics;
//   auto server = MetricsServer::Start("127.0.0.1:9464", &metrics);  // port 0 picks one
//   if (!server.ok()) return server.status();
//   metrics.AddPages(/*http_status=*/200, /*count=*/14);
//   metrics.JobSucceeded("tieba", unix_seconds);
//   std::string text = metrics.RenderPrometheus();   // what /metrics serves

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/mutex.h"
#include "base/status.h"
#include "base/thread_annotations.h"

namespace lantian::crawler {

// Process-wide counters, gauges and one latency histogram, rendered in the
// Prometheus text exposition format (version 0.0.4).
//
// Thread-safe: fetch threads, workers and the writer update it concurrently.
// Plain counters are relaxed atomics: each is an independent monotonic total
// read only for reporting, so no ordering with other memory is needed.
// Labelled series and the latency histogram live in maps under mu_.
class Metrics {
 public:
  Metrics();
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  void PageFetched(int http_status, uint64_t wire_bytes, double seconds) LOCKS_EXCLUDED(mu_);
  void FetchError(std::string_view kind) LOCKS_EXCLUDED(mu_);  // outcome name: timeout, dns, connect, ...
  void RobotsDenied();
  void HitFound(std::string_view category) LOCKS_EXCLUDED(mu_);
  void SetQueueDepth(int64_t depth);
  void SetAlertsPending(int64_t pending);
  void JobSucceeded(std::string_view job, int64_t unix_seconds) LOCKS_EXCLUDED(mu_);
  void SweepFinished();
  // Bulk forms, for folding a finished sweep's summary in.
  void AddPages(int http_status, uint64_t count) LOCKS_EXCLUDED(mu_);
  void AddBytes(uint64_t bytes);
  void AddFetchErrors(std::string_view kind, uint64_t count) LOCKS_EXCLUDED(mu_);
  void AddRobotsDenied(uint64_t count);
  void AddHits(std::string_view category, uint64_t count) LOCKS_EXCLUDED(mu_);
  // Folds a finished sweep's latency histogram in: `counts` per
  // LatencyBuckets() bucket plus +Inf last (ignored unless that long),
  // `sum_seconds` their total.
  void AddLatency(const std::vector<int64_t>& counts, double sum_seconds) LOCKS_EXCLUDED(mu_);

  // The whole exposition, ending in a newline.
  std::string RenderPrometheus() const LOCKS_EXCLUDED(mu_);

  // Upper bounds of the fetch-latency histogram buckets, in seconds.
  static const std::vector<double>& LatencyBuckets();
  // Index of the bucket `seconds` falls in (LatencyBuckets().size() = +Inf).
  static size_t LatencyBucket(double seconds);

 private:
  std::atomic<uint64_t> bytes_total_{0};
  std::atomic<uint64_t> robots_denied_total_{0};
  std::atomic<uint64_t> sweeps_total_{0};
  std::atomic<int64_t> queue_depth_{0};
  std::atomic<int64_t> alerts_pending_{0};

  mutable base::Mutex mu_;
  // Guarded by mu_.
  std::map<int, uint64_t> pages_by_status_ GUARDED_BY(mu_);
  std::map<std::string, uint64_t, std::less<>> errors_by_kind_ GUARDED_BY(mu_);
  std::map<std::string, uint64_t, std::less<>> hits_by_category_ GUARDED_BY(mu_);
  std::map<std::string, int64_t, std::less<>> last_success_by_job_ GUARDED_BY(mu_);
  std::vector<uint64_t> latency_counts_ GUARDED_BY(mu_);  // per bucket, plus +Inf last
  double latency_sum_ GUARDED_BY(mu_) = 0;
};

// Serves GET /metrics (Prometheus text) and GET /healthz ("ok") on a
// loopback or configured address, from its own thread, until destroyed.
// Built on cpp-httplib (Debian libcpp-httplib-dev) rather than a hand-made
// server. Thread-safe to destroy from the thread that started it.
class MetricsServer {
 public:
  // `listen` is "HOST:PORT"; PORT 0 picks a free port (see port()).
  [[nodiscard]] static Result<std::unique_ptr<MetricsServer>> Start(std::string_view listen,
                                                                    const Metrics* metrics);
  ~MetricsServer();
  MetricsServer(const MetricsServer&) = delete;
  MetricsServer& operator=(const MetricsServer&) = delete;

  int port() const { return port_; }

 private:
  struct Impl;
  MetricsServer(std::unique_ptr<Impl> impl, int port);
  std::unique_ptr<Impl> impl_;
  int port_;
};

}  // namespace lantian::crawler
