#include "crawler/metrics.h"

#include <charconv>
#include <cstdio>
#include <thread>

#include <httplib.h>

namespace lantian::crawler {
namespace {

// Prometheus label values escape backslash, double quote and newline.
std::string EscapeLabel(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (char c : v) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string FormatDouble(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

}  // namespace

const std::vector<double>& Metrics::LatencyBuckets() {
  static const std::vector<double> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                               0.5,   1,    2.5,   5,    10,  30};
  return kBuckets;
}

Metrics::Metrics() : latency_counts_(LatencyBuckets().size() + 1, 0) {}

void Metrics::PageFetched(int http_status, uint64_t wire_bytes, double seconds) {
  bytes_total_.fetch_add(wire_bytes, std::memory_order_relaxed);
  base::MutexLock lock(&mu_);
  ++pages_by_status_[http_status];
  ++latency_counts_[LatencyBucket(seconds)];
  latency_sum_ += seconds;
}

size_t Metrics::LatencyBucket(double seconds) {
  const auto& b = LatencyBuckets();
  size_t i = 0;
  while (i < b.size() && seconds > b[i]) ++i;
  return i;
}

void Metrics::AddLatency(const std::vector<int64_t>& counts, double sum_seconds) {
  base::MutexLock lock(&mu_);
  if (counts.size() != latency_counts_.size()) return;
  for (size_t i = 0; i < counts.size(); ++i) latency_counts_[i] += static_cast<uint64_t>(counts[i]);
  latency_sum_ += sum_seconds;
}

void Metrics::FetchError(std::string_view kind) { AddFetchErrors(kind, 1); }

void Metrics::RobotsDenied() { AddRobotsDenied(1); }

void Metrics::HitFound(std::string_view category) { AddHits(category, 1); }

void Metrics::SetQueueDepth(int64_t depth) { queue_depth_.store(depth, std::memory_order_relaxed); }

void Metrics::SetAlertsPending(int64_t pending) {
  alerts_pending_.store(pending, std::memory_order_relaxed);
}

void Metrics::JobSucceeded(std::string_view job, int64_t unix_seconds) {
  base::MutexLock lock(&mu_);
  last_success_by_job_[std::string(job)] = unix_seconds;
}

void Metrics::SweepFinished() { sweeps_total_.fetch_add(1, std::memory_order_relaxed); }

void Metrics::AddPages(int http_status, uint64_t count) {
  base::MutexLock lock(&mu_);
  pages_by_status_[http_status] += count;
}

void Metrics::AddBytes(uint64_t bytes) { bytes_total_.fetch_add(bytes, std::memory_order_relaxed); }

void Metrics::AddFetchErrors(std::string_view kind, uint64_t count) {
  base::MutexLock lock(&mu_);
  auto it = errors_by_kind_.find(kind);
  if (it == errors_by_kind_.end()) it = errors_by_kind_.emplace(std::string(kind), 0).first;
  it->second += count;
}

void Metrics::AddRobotsDenied(uint64_t count) {
  robots_denied_total_.fetch_add(count, std::memory_order_relaxed);
}

void Metrics::AddHits(std::string_view category, uint64_t count) {
  base::MutexLock lock(&mu_);
  auto it = hits_by_category_.find(category);
  if (it == hits_by_category_.end()) it = hits_by_category_.emplace(std::string(category), 0).first;
  it->second += count;
}

std::string Metrics::RenderPrometheus() const {
  std::string out;
  auto header = [&out](const char* name, const char* type, const char* help) {
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
  };
  base::MutexLock lock(&mu_);
  header("lantian_pages_fetched_total", "counter", "HTTP responses received, by status code.");
  for (const auto& [status, n] : pages_by_status_) {
    out += "lantian_pages_fetched_total{status=\"" + std::to_string(status) + "\"} " +
           std::to_string(n) + "\n";
  }
  header("lantian_fetched_bytes_total", "counter", "Bytes received on the wire.");
  out += "lantian_fetched_bytes_total " +
         std::to_string(bytes_total_.load(std::memory_order_relaxed)) + "\n";
  header("lantian_fetch_duration_seconds", "histogram", "Time per fetch, first byte sent to last byte received.");
  uint64_t cumulative = 0;
  const auto& b = LatencyBuckets();
  for (size_t i = 0; i < b.size(); ++i) {
    cumulative += latency_counts_[i];
    out += "lantian_fetch_duration_seconds_bucket{le=\"" + FormatDouble(b[i]) + "\"} " +
           std::to_string(cumulative) + "\n";
  }
  cumulative += latency_counts_.back();
  out += "lantian_fetch_duration_seconds_bucket{le=\"+Inf\"} " + std::to_string(cumulative) + "\n";
  out += "lantian_fetch_duration_seconds_sum " + FormatDouble(latency_sum_) + "\n";
  out += "lantian_fetch_duration_seconds_count " + std::to_string(cumulative) + "\n";
  header("lantian_fetch_errors_total", "counter", "Fetches that failed, by outcome.");
  for (const auto& [kind, n] : errors_by_kind_) {
    out += "lantian_fetch_errors_total{kind=\"" + EscapeLabel(kind) + "\"} " + std::to_string(n) + "\n";
  }
  header("lantian_robots_denied_total", "counter", "URLs not fetched because robots.txt disallows them.");
  out += "lantian_robots_denied_total " +
         std::to_string(robots_denied_total_.load(std::memory_order_relaxed)) + "\n";
  header("lantian_queue_depth", "gauge", "URLs waiting in the frontier.");
  out += "lantian_queue_depth " + std::to_string(queue_depth_.load(std::memory_order_relaxed)) + "\n";
  header("lantian_hits_total", "counter", "Detection hits, by category.");
  for (const auto& [cat, n] : hits_by_category_) {
    out += "lantian_hits_total{category=\"" + EscapeLabel(cat) + "\"} " + std::to_string(n) + "\n";
  }
  header("lantian_sweeps_total", "counter", "Sweeps finished.");
  out += "lantian_sweeps_total " + std::to_string(sweeps_total_.load(std::memory_order_relaxed)) + "\n";
  header("lantian_job_last_success_timestamp_seconds", "gauge", "Unix time of each job's last successful run.");
  for (const auto& [job, t] : last_success_by_job_) {
    out += "lantian_job_last_success_timestamp_seconds{job=\"" + EscapeLabel(job) + "\"} " +
           std::to_string(t) + "\n";
  }
  header("lantian_alerts_pending", "gauge", "Alerts stored but not yet delivered.");
  out += "lantian_alerts_pending " + std::to_string(alerts_pending_.load(std::memory_order_relaxed)) + "\n";
  return out;
}

struct MetricsServer::Impl {
  httplib::Server server;
  std::jthread thread;
};

MetricsServer::MetricsServer(std::unique_ptr<Impl> impl, int port)
    : impl_(std::move(impl)), port_(port) {}

MetricsServer::~MetricsServer() {
  impl_->server.stop();
  // jthread joins in Impl's destructor.
}

Result<std::unique_ptr<MetricsServer>> MetricsServer::Start(std::string_view listen,
                                                            const Metrics* metrics) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string_view::npos || colon == 0) {
    return Status::InvalidArgument("metrics_listen \"" + std::string(listen) +
                                   "\": expected HOST:PORT");
  }
  const std::string host(listen.substr(0, colon));
  int port = -1;
  const std::string_view port_text = listen.substr(colon + 1);
  const auto [p, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc() || p != port_text.data() + port_text.size() || port < 0 || port > 65535) {
    return Status::InvalidArgument("metrics_listen \"" + std::string(listen) + "\": bad port");
  }
  auto impl = std::make_unique<Impl>();
  impl->server.Get("/metrics", [metrics](const httplib::Request&, httplib::Response& res) {
    res.set_content(metrics->RenderPrometheus(), "text/plain; version=0.0.4; charset=utf-8");
  });
  impl->server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("ok\n", "text/plain");
  });
  int bound = port;
  if (port == 0) {
    bound = impl->server.bind_to_any_port(host);
  } else if (!impl->server.bind_to_port(host, port)) {
    bound = -1;
  }
  if (bound <= 0) {
    return Status::Unavailable("metrics_listen \"" + std::string(listen) + "\": cannot bind");
  }
  Impl* raw = impl.get();
  impl->thread = std::jthread([raw] { raw->server.listen_after_bind(); });
  // stop() is a no-op until the server runs, so a destructor racing ahead of
  // listen_after_bind() would join forever. cpp-httplib 0.11 has no ready
  // callback; is_running() flips as soon as the accept loop starts.
  while (!raw->server.is_running()) std::this_thread::yield();
  return std::unique_ptr<MetricsServer>(new MetricsServer(std::move(impl), bound));
}

}  // namespace lantian::crawler
