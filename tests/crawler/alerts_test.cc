#include "crawler/alerts.h"

#include <curl/curl.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

#include <gtest/gtest.h>

namespace lantian::crawler {
namespace {

// A webhook receiver on loopback that fails the first `failures` requests.
class Receiver {
 public:
  explicit Receiver(int failures) : failures_(failures) {
    server_.Post("/hook", [this](const httplib::Request& req, httplib::Response& res) {
      const int n = ++requests_;
      if (n <= failures_) {
        res.status = 503;
        return;
      }
      bodies_.push_back(req.body);
      keys_.push_back(req.get_header_value("Idempotency-Key"));
      res.status = 204;
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::jthread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::yield();  // see MetricsServer::Start
  }
  ~Receiver() { server_.stop(); }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/hook"; }
  int requests() const { return requests_; }
  const std::vector<std::string>& bodies() const { return bodies_; }
  const std::vector<std::string>& keys() const { return keys_; }

 private:
  int failures_;
  std::atomic<int> requests_{0};
  std::vector<std::string> bodies_;
  std::vector<std::string> keys_;
  httplib::Server server_;
  int port_ = 0;
  std::jthread thread_;
};

TEST(AlertsTest, WebhookFailsTwiceThenDeliversOnce) {
  Receiver receiver(2);
  AlertOptions o;
  o.webhook_url = receiver.url();
  o.timeout_ms = 5000;
  Alert alert{42, R"({"kind":"new_hits","count":3})"};
  int attempts = 0;
  Status s;
  do {
    s = DeliverAlert(o, alert);
    ++attempts;
  } while (!s.ok() && attempts < 5);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(attempts, 3);
  ASSERT_EQ(receiver.bodies().size(), 1u);
  EXPECT_EQ(receiver.bodies()[0], alert.json);
  EXPECT_EQ(receiver.keys()[0], "lantian-alert-42");
}

TEST(AlertsTest, WebhookErrorNamesUrlAndStatus) {
  Receiver receiver(100);
  AlertOptions o;
  o.webhook_url = receiver.url();
  Status s = DeliverAlert(o, Alert{1, "{}"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "webhook " + receiver.url() + ": HTTP 503");
}

TEST(AlertsTest, CommandGetsAlertOnStdin) {
  const auto out = std::filesystem::temp_directory_path() /
                   ("lantian-alert-" + std::to_string(::getpid()) + ".json");
  AlertOptions o;
  o.command = "cat > '" + out.string() + "'";
  ASSERT_TRUE(DeliverAlert(o, Alert{7, R"({"kind":"offender_reappeared"})"}).ok());
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), R"({"kind":"offender_reappeared"})");
  std::filesystem::remove(out);
}

TEST(AlertsTest, CommandFailureReportsExitStatus) {
  AlertOptions o;
  o.command = "exit 3";
  Status s = DeliverAlert(o, Alert{1, "{}"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "alert command \"exit 3\": exit status 3");
}

TEST(AlertsTest, CommandTimeoutIsKilled) {
  AlertOptions o;
  o.command = "sleep 5";
  o.timeout_ms = 100;
  Status s = DeliverAlert(o, Alert{1, "{}"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "alert command \"sleep 5\": timed out after 100 ms");
}

TEST(AlertsTest, BackoffDoublesWithBoundedJitterAndCap) {
  AlertOptions o;
  o.base_backoff_ms = 1000;
  o.max_backoff_ms = 5000;
  for (int attempt = 1; attempt <= 6; ++attempt) {
    const int64_t expected = std::min<int64_t>(1000LL << (attempt - 1), 5000);
    const auto d = AlertBackoff(o, attempt, 99).count();
    EXPECT_GE(d, expected * 8 / 10) << attempt;
    EXPECT_LE(d, expected * 12 / 10) << attempt;
  }
  EXPECT_EQ(AlertBackoff(o, 3, 7), AlertBackoff(o, 3, 7));
}

TEST(AlertsTest, NothingConfiguredIsAnError) {
  Status s = DeliverAlert(AlertOptions{}, Alert{1, "{}"});
  EXPECT_EQ(s.message(), "alerts: neither webhook_url nor command is configured");
}

}  // namespace
}  // namespace lantian::crawler
