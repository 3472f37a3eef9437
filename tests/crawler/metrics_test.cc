#include "crawler/metrics.h"

#include <httplib.h>

#include <gtest/gtest.h>

namespace lantian::crawler {
namespace {

TEST(MetricsTest, RendersCountersHistogramAndLabels) {
  Metrics m;
  m.PageFetched(200, 1000, 0.02);
  m.PageFetched(200, 500, 3.0);
  m.PageFetched(429, 10, 0.001);
  m.FetchError("timeout");
  m.RobotsDenied();
  m.HitFound("guaranteed_grant");
  m.SetQueueDepth(7);
  m.JobSucceeded("taobao \"daily\"", 1795601250);
  const std::string text = m.RenderPrometheus();
  EXPECT_NE(text.find("lantian_pages_fetched_total{status=\"200\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_pages_fetched_total{status=\"429\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_fetched_bytes_total 1510\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_fetch_duration_seconds_bucket{le=\"0.005\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_fetch_duration_seconds_bucket{le=\"0.025\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_fetch_duration_seconds_bucket{le=\"+Inf\"} 3\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_fetch_duration_seconds_count 3\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_fetch_errors_total{kind=\"timeout\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_robots_denied_total 1\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_hits_total{category=\"guaranteed_grant\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_queue_depth 7\n"), std::string::npos);
  EXPECT_NE(text.find("{job=\"taobao \\\"daily\\\"\"} 1795601250\n"), std::string::npos);
  EXPECT_EQ(text.back(), '\n');
}

TEST(MetricsTest, FoldsASweepsLatencyHistogram) {
  Metrics m;
  std::vector<int64_t> counts(Metrics::LatencyBuckets().size() + 1, 0);
  counts[0] = 2;           // <= first bound
  counts.back() = 1;       // +Inf
  m.AddLatency(counts, 31.5);
  m.AddLatency({1, 2, 3}, 9.0);  // wrong length: ignored
  const std::string text = m.RenderPrometheus();
  EXPECT_NE(text.find("lantian_fetch_duration_seconds_bucket{le=\"0.005\"} 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("lantian_fetch_duration_seconds_bucket{le=\"+Inf\"} 3\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_fetch_duration_seconds_count 3\n"), std::string::npos);
  EXPECT_NE(text.find("lantian_fetch_duration_seconds_sum 31.5\n"), std::string::npos);
}

TEST(MetricsServerTest, ServesMetricsAndHealthOnLoopback) {
  Metrics m;
  m.HitFound("forged_seal");
  auto server = MetricsServer::Start("127.0.0.1:0", &m);
  ASSERT_TRUE(server.ok()) << server.status().message();
  httplib::Client client("127.0.0.1", (*server)->port());
  auto health = client.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->body, "ok\n");
  auto metrics = client.Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("lantian_hits_total{category=\"forged_seal\"} 1"), std::string::npos);
  EXPECT_EQ(metrics->get_header_value("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
}

TEST(MetricsServerTest, RejectsBadListenAddress) {
  Metrics m;
  auto server = MetricsServer::Start("localhost", &m);
  ASSERT_FALSE(server.ok());
  EXPECT_EQ(server.status().message(), "metrics_listen \"localhost\": expected HOST:PORT");
}

}  // namespace
}  // namespace lantian::crawler
