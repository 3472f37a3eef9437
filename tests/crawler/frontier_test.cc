#include "crawler/frontier.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace lantian::crawler {
namespace {

using std::chrono::milliseconds;

FrontierEntry Entry(std::int64_t id, const std::string& host, const std::string& path) {
  FrontierEntry e;
  e.id = id;
  e.url = "http://" + host + path;
  e.host_key = "http://" + host + ":80";
  return e;
}

FetchResult Result(int status, FetchOutcome outcome = FetchOutcome::kOk) {
  FetchResult r;
  r.outcome = outcome;
  r.http_status = status;
  FetchHop hop;
  hop.http_status = status;
  r.hops.push_back(hop);
  return r;
}

class FrontierTest : public ::testing::Test {
 protected:
  FrontierOptions Options() {
    FrontierOptions o;
    o.default_delay = milliseconds(1000);
    o.jitter_seed = 42;
    return o;
  }
  // Hands out and settles the robots.txt fetch of the next host.
  void PassRobots(Frontier& f, std::optional<Duration> delay = std::nullopt) {
    auto robots = f.Next();
    ASSERT_TRUE(robots.has_value());
    ASSERT_TRUE(robots->is_robots);
    EXPECT_TRUE(robots->url.ends_with("/robots.txt"));
    EXPECT_EQ(f.CompleteRobots(*robots, delay), "");
  }
  ManualClock clock_;
};

TEST_F(FrontierTest, FetchesRobotsFirstThenWaitsTheDelay) {
  Frontier f(clock_, Options());
  f.Add(Entry(1, "a.example", "/1"));
  f.Add(Entry(2, "a.example", "/2"));
  PassRobots(f);
  EXPECT_FALSE(f.Next().has_value());  // politeness after the robots.txt request
  clock_.Advance(milliseconds(1000));
  auto first = f.Next();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->id, 1);
  EXPECT_FALSE(f.Next().has_value());  // one in flight per host
  clock_.Advance(milliseconds(5000));
  EXPECT_FALSE(f.Next().has_value());  // still in flight, however long it takes
  EXPECT_EQ(f.Complete(*first, Result(200), false).kind, Completion::Kind::kDone);
  clock_.Advance(milliseconds(999));
  EXPECT_FALSE(f.Next().has_value());  // delay counts from the end of the last request
  clock_.Advance(milliseconds(1));
  auto second = f.Next();
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->id, 2);
}

TEST_F(FrontierTest, HostGateHoldsAHostUntilItsTimeAndTakesBackAnUnusedGrant) {
  Frontier f(clock_, Options());
  std::map<std::string, std::optional<TimePoint>> refuse;  // by host key: "not before" while set
  std::vector<std::string> asked, returned;
  f.SetHostGate(
      [&](const std::string& host) {
        asked.push_back(host);
        return refuse[host];
      },
      [&](const std::string& host) { returned.push_back(host); });
  f.Add(Entry(1, "a.example", "/1"));
  f.Add(Entry(2, "b.example", "/1"));
  const TimePoint later = clock_.Now() + milliseconds(300);
  refuse["http://a.example:80"] = later;  // another worker's request runs on a.example
  auto robots = f.Next();                 // robots.txt waits behind the gate like any request
  ASSERT_TRUE(robots.has_value());
  EXPECT_EQ(robots->host_key, "http://b.example:80");
  EXPECT_FALSE(f.Next().has_value());
  EXPECT_EQ(asked, (std::vector<std::string>{"http://a.example:80", "http://b.example:80"}));
  EXPECT_EQ(f.NextReadyTime(), later);  // a.example waits for the time the gate named
  refuse["http://a.example:80"].reset();
  clock_.Advance(milliseconds(300));
  auto robots_a = f.Next();
  ASSERT_TRUE(robots_a.has_value());
  EXPECT_EQ(robots_a->host_key, "http://a.example:80");
  EXPECT_TRUE(returned.empty());
  // A visit that hands nothing out (the only URL is disallowed) gives the grant back.
  f.SetFilter([](const FrontierEntry& e, std::string* reason) {
    if (e.host_key == "http://b.example:80") {
      *reason = "robots_disallowed";
      return Admission::kSkip;
    }
    return Admission::kAllow;
  });
  EXPECT_EQ(f.CompleteRobots(*robots, std::nullopt), "");
  clock_.Advance(milliseconds(1000));
  auto page = f.Next();  // b.example's URL skipped (grant returned), then nothing else is ready
  EXPECT_FALSE(page.has_value());
  EXPECT_EQ(returned, std::vector<std::string>{"http://b.example:80"});
  EXPECT_EQ(f.TakeSkipped().size(), 1u);
}

TEST_F(FrontierTest, HostsAreIndependent) {
  Frontier f(clock_, Options());
  f.Add(Entry(1, "a.example", "/1"));
  f.Add(Entry(2, "b.example", "/1"));
  PassRobots(f);
  PassRobots(f);
  clock_.Advance(milliseconds(1000));
  auto x = f.Next();
  auto y = f.Next();
  ASSERT_TRUE(x && y);
  EXPECT_NE(x->host_key, y->host_key);
}

TEST_F(FrontierTest, PerHostInFlightOverride) {
  Frontier f(clock_, Options());
  for (int i = 1; i <= 3; ++i) f.Add(Entry(i, "a.example", "/" + std::to_string(i)));
  for (int i = 4; i <= 6; ++i) f.Add(Entry(i, "b.example", "/" + std::to_string(i)));
  f.SetHostDelay("http://a.example:80", milliseconds(0));
  f.SetHostDelay("http://b.example:80", milliseconds(0));
  f.SetHostMaxInFlight("http://a.example:80", 2);  // a site profile's max_in_flight = 2
  PassRobots(f);
  PassRobots(f);
  int a = 0, b = 0;
  while (auto e = f.Next()) (e->host_key == "http://a.example:80" ? a : b)++;
  EXPECT_EQ(a, 2);
  EXPECT_EQ(b, 1);  // the default, one per host
}

TEST_F(FrontierTest, CrawlDelayWinsWhenLarger) {
  Frontier f(clock_, Options());
  f.Add(Entry(1, "a.example", "/1"));
  PassRobots(f, milliseconds(5000));
  clock_.Advance(milliseconds(4999));
  EXPECT_FALSE(f.Next().has_value());
  clock_.Advance(milliseconds(1));
  EXPECT_TRUE(f.Next().has_value());
}

TEST_F(FrontierTest, DefersHostWhoseCrawlDelayExceedsCap) {
  Frontier f(clock_, Options());
  f.Add(Entry(1, "a.example", "/1"));
  f.Add(Entry(2, "a.example", "/2"));
  auto robots = f.Next();
  ASSERT_TRUE(robots.has_value());
  EXPECT_EQ(f.CompleteRobots(*robots, milliseconds(60'000)),
            "host deferred: robots.txt Crawl-delay 60000 ms exceeds the cap of 30000 ms");
  clock_.Advance(milliseconds(100'000));
  EXPECT_FALSE(f.Next().has_value());
  EXPECT_EQ(f.TakeSkipped().size(), 2u);
  EXPECT_TRUE(f.empty());
}

TEST_F(FrontierTest, DefersHostAfter429UntilRetryAfter) {
  Frontier f(clock_, Options());
  f.Add(Entry(1, "a.example", "/1"));
  f.Add(Entry(2, "a.example", "/2"));
  PassRobots(f);
  clock_.Advance(milliseconds(1000));
  auto e = f.Next();
  FetchResult r = Result(429, FetchOutcome::kHttpError);
  r.hops.back().retry_after = std::chrono::seconds(120);
  const Completion c = f.Complete(*e, r, false);
  EXPECT_EQ(c.kind, Completion::Kind::kRetry);
  EXPECT_GE(c.retry_at, clock_.Now() + milliseconds(120'000));
  clock_.Advance(milliseconds(119'000));
  EXPECT_FALSE(f.Next().has_value());  // the whole host waits, not only the URL
  clock_.Advance(milliseconds(1'000));
  EXPECT_TRUE(f.Next().has_value());
}

TEST_F(FrontierTest, RetryAfterIsCapped) {
  FrontierOptions o = Options();
  o.max_retry_after = milliseconds(10'000);
  Frontier f(clock_, o);
  f.Add(Entry(1, "a.example", "/1"));
  PassRobots(f);
  clock_.Advance(milliseconds(1000));
  auto e = f.Next();
  FetchResult r = Result(503, FetchOutcome::kHttpError);
  r.hops.back().retry_after = std::chrono::seconds(86400);
  const Completion c = f.Complete(*e, r, false);
  EXPECT_EQ(c.kind, Completion::Kind::kRetry);
  EXPECT_LE(c.retry_at, clock_.Now() + milliseconds(10'000));
}

TEST_F(FrontierTest, BacksOffExponentiallyWithJitterThenGivesUp) {
  Frontier f(clock_, Options());
  f.Add(Entry(1, "a.example", "/1"));
  PassRobots(f);
  Duration previous{0};
  for (int attempt = 1; attempt <= 4; ++attempt) {
    clock_.Advance(milliseconds(10'000'000));
    auto e = f.Next();
    ASSERT_TRUE(e.has_value()) << attempt;
    const TimePoint now = clock_.Now();
    const Completion c = f.Complete(*e, Result(0, FetchOutcome::kTimeout), false);
    if (attempt < 4) {
      ASSERT_EQ(c.kind, Completion::Kind::kRetry);
      const Duration wait = std::chrono::duration_cast<Duration>(c.retry_at - now);
      const double nominal = 2000.0 * (1 << (attempt - 1));
      EXPECT_GE(wait.count(), nominal * 0.75);
      EXPECT_LE(wait.count(), nominal * 1.25);
      EXPECT_GT(wait, previous);
      previous = wait;
    } else {
      EXPECT_EQ(c.kind, Completion::Kind::kFailed);
      EXPECT_EQ(c.reason.rfind("gave up after 4 attempts: timeout", 0), 0u) << c.reason;
    }
  }
  EXPECT_TRUE(f.empty());
}

TEST_F(FrontierTest, PermanentFailureRecordedNotRetried) {
  Frontier f(clock_, Options());
  f.Add(Entry(1, "a.example", "/1"));
  PassRobots(f);
  clock_.Advance(milliseconds(1000));
  const Completion c = f.Complete(*f.Next(), Result(404, FetchOutcome::kHttpError), false);
  EXPECT_EQ(c.kind, Completion::Kind::kFailed);
  EXPECT_EQ(c.reason, "http_error (http 404)");
  EXPECT_TRUE(f.empty());
}

TEST_F(FrontierTest, BlockPageBacksHostOff) {
  Frontier f(clock_, Options());
  f.Add(Entry(1, "a.example", "/1"));
  f.Add(Entry(2, "a.example", "/2"));
  PassRobots(f);
  clock_.Advance(milliseconds(1000));
  const Completion c = f.Complete(*f.Next(), Result(200), /*blocked=*/true);
  EXPECT_EQ(c.kind, Completion::Kind::kRetry);
  clock_.Advance(milliseconds(299'000));
  EXPECT_FALSE(f.Next().has_value());
  clock_.Advance(milliseconds(1'000));
  EXPECT_TRUE(f.Next().has_value());
}

TEST_F(FrontierTest, RefusalStormCountsAsBlock) {
  Frontier f(clock_, Options());
  for (int i = 1; i <= 5; ++i) f.Add(Entry(i, "a.example", "/" + std::to_string(i)));
  PassRobots(f);
  for (int i = 1; i < Frontier::kRefusalStorm; ++i) {
    clock_.Advance(milliseconds(1000));
    const Completion c = f.Complete(*f.Next(), Result(403, FetchOutcome::kHttpError), false);
    EXPECT_EQ(c.kind, Completion::Kind::kFailed);  // a single 403 is a permanent failure
    EXPECT_EQ(c.reason, "http_error (http 403)");
  }
  clock_.Advance(milliseconds(1000));
  const Completion c = f.Complete(*f.Next(), Result(403, FetchOutcome::kHttpError), false);
  EXPECT_EQ(c.kind, Completion::Kind::kRetry);
  EXPECT_EQ(c.reason, "blocked (http 403)");
  clock_.Advance(milliseconds(299'000));
  EXPECT_FALSE(f.Next().has_value());  // the host backs off (block_backoff 5 min)
}

TEST_F(FrontierTest, FilterSkipsDisallowedUrls) {
  Frontier f(clock_, Options());
  f.SetFilter([](const FrontierEntry& e, std::string* reason) {
    if (e.url.find("/private/") != std::string::npos) {
      *reason = "robots_disallowed";
      return Admission::kSkip;
    }
    return Admission::kAllow;
  });
  f.Add(Entry(1, "a.example", "/private/x"));
  f.Add(Entry(2, "a.example", "/public"));
  PassRobots(f);
  clock_.Advance(milliseconds(1000));
  auto e = f.Next();
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->id, 2);
  auto skipped = f.TakeSkipped();
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0].first.id, 1);
  EXPECT_EQ(skipped[0].second, "robots_disallowed");
}

// The trap guard's "not yet": the entry waits kDeferDelay, the host's other entries go on.
TEST_F(FrontierTest, DeferredEntryWaitsWhileTheHostsOthersGoOn) {
  FrontierOptions o = Options();
  o.default_delay = milliseconds(0);
  Frontier f(clock_, o);
  bool defer = true;
  f.SetFilter([&](const FrontierEntry& e, std::string*) {
    return defer && e.url.ends_with("/wait") ? Admission::kDefer : Admission::kAllow;
  });
  f.Add(Entry(1, "a.example", "/wait"));
  f.Add(Entry(2, "a.example", "/go"));
  PassRobots(f);
  auto e = f.Next();
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->id, 2);
  f.Complete(*e, Result(200), false);
  EXPECT_FALSE(f.Next().has_value());  // id 1 waits
  EXPECT_EQ(f.pending(), 1u);
  EXPECT_FALSE(f.empty());
  ASSERT_TRUE(f.NextReadyTime().has_value());
  EXPECT_EQ(*f.NextReadyTime(), clock_.Now() + Frontier::kDeferDelay);
  clock_.Advance(Frontier::kDeferDelay);
  EXPECT_FALSE(f.Next().has_value());  // asked again: still not yet
  defer = false;
  clock_.Advance(Frontier::kDeferDelay);
  e = f.Next();
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->id, 1);
  EXPECT_EQ(e->attempts, 0);  // waiting is no attempt
  EXPECT_TRUE(f.TakeSkipped().empty());
}

TEST_F(FrontierTest, NextReadyTimeTracksPoliteness) {
  Frontier f(clock_, Options());
  f.Add(Entry(1, "a.example", "/1"));
  PassRobots(f);
  ASSERT_TRUE(f.NextReadyTime().has_value());
  EXPECT_EQ(*f.NextReadyTime(), clock_.Now() + milliseconds(1000));
}

TEST(LooksBlockedTest, StatusAndMarkers) {
  FetchResult r;
  r.http_status = 200;
  EXPECT_FALSE(LooksBlocked(r, "<html>ok</html>", {"滑动验证"}));
  EXPECT_TRUE(LooksBlocked(r, "<html>请完成滑动验证</html>", {"滑动验证"}));
  r.http_status = 403;
  EXPECT_TRUE(LooksBlocked(r, "", {}));
}

}  // namespace
}  // namespace lantian::crawler
