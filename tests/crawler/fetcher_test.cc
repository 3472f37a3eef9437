#include "crawler/fetcher.h"

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "crawler/content_decoding.h"
#include "tests/support/fixture_server.h"

namespace lantian::crawler {
namespace {

using lantian::testing::FixtureServer;

FetchRequest Request(std::uint64_t id, std::string url) {
  FetchRequest r;
  r.id = id;
  r.url = std::move(url);
  return r;
}

class FetcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto server = FixtureServer::Start({});
    ASSERT_TRUE(server.ok()) << server.status().message();
    server_ = std::move(server.value());
  }

  FetchOptions Options() {
    FetchOptions o;
    o.allow_private = true;  // the fixture is on loopback
    o.total_timeout = std::chrono::milliseconds(3000);
    o.max_wire_bytes = 4u << 20;
    o.max_body_bytes = 8u << 20;
    return o;
  }

  FetchResult Fetch(const std::string& path, FetchOptions options) {
    Fetcher fetcher(std::move(options));
    return fetcher.FetchBlocking(Request(1, server_->base_url() + path));
  }
  FetchResult Fetch(const std::string& path) { return Fetch(path, Options()); }

  std::unique_ptr<FixtureServer> server_;
};

TEST_F(FetcherTest, FetchesPageAndKeepsExactExchange) {
  const FetchResult r = Fetch("/hazard/page/1");
  EXPECT_EQ(r.outcome, FetchOutcome::kOk);
  EXPECT_EQ(r.http_status, 200);
  ASSERT_EQ(r.hops.size(), 1u);
  EXPECT_TRUE(r.hops[0].request_head.starts_with("GET /hazard/page/1 HTTP/1.1\r\n")) << r.hops[0].request_head;
  EXPECT_NE(r.hops[0].request_head.find("User-Agent: lantian/"), std::string::npos);
  EXPECT_TRUE(r.hops[0].response_head.starts_with("HTTP/1.1 200 OK\r\n"));
  EXPECT_EQ(r.hops[0].ip, "127.0.0.1");
  EXPECT_NE(r.body.find("page 1"), std::string::npos);
  EXPECT_EQ(r.body, r.hops[0].wire_body);
}

TEST_F(FetcherTest, AddressGuardRefusesLoopbackByDefault) {
  FetchOptions o = Options();
  o.allow_private = false;
  const FetchResult r = Fetch("/hazard/page/1", o);
  EXPECT_EQ(r.outcome, FetchOutcome::kAddressRefused);
  EXPECT_EQ(server_->Requests().size(), 0u);
}

TEST_F(FetcherTest, RecordsEveryRedirectHop) {
  const FetchResult r = Fetch("/hazard/redirect/3");
  EXPECT_EQ(r.outcome, FetchOutcome::kOk);
  ASSERT_EQ(r.hops.size(), 4u);
  EXPECT_EQ(r.hops[0].http_status, 302);
  EXPECT_EQ(r.hops[0].location, server_->base_url() + "/hazard/redirect/2");
  EXPECT_EQ(r.hops[3].http_status, 200);
  EXPECT_EQ(r.final_url(), server_->base_url() + "/hazard/redirect/0");
}

// A redirect is followed as the Location gives it (resolved, percent-encoding
// normalised), not in its canonical form: the query keeps its order.
TEST_F(FetcherTest, FollowsRedirectsAsTheLocationGivesThem) {
  const FetchResult r = Fetch("/hazard/moved/1?to=/hazard/page/1?qux=1&baz=%32&utm_source=x");
  EXPECT_EQ(r.outcome, FetchOutcome::kOk);
  ASSERT_EQ(r.hops.size(), 2u);
  EXPECT_EQ(r.hops[0].location, server_->base_url() + "/hazard/page/1?qux=1&baz=2&utm_source=x");
  EXPECT_EQ(server_->CountTarget("/hazard/page/1?qux=1&baz=2&utm_source=x"), 1);
}

TEST_F(FetcherTest, StopsRedirectChainAfterFiveHops) {
  const FetchResult r = Fetch("/hazard/redirect/9");
  EXPECT_EQ(r.outcome, FetchOutcome::kTooManyRedirects);
  EXPECT_EQ(r.hops.size(), 6u);  // the original request and 5 redirects
}

TEST_F(FetcherTest, StopsRedirectLoop) {
  const FetchResult r = Fetch("/hazard/loop/a");
  EXPECT_EQ(r.outcome, FetchOutcome::kTooManyRedirects);
  EXPECT_EQ(r.hops.size(), 2u);
  EXPECT_EQ(server_->CountTarget("/hazard/loop/a"), 1);
}

TEST_F(FetcherTest, RedirectTargetsAreChecked) {
  Fetcher fetcher(Options());
  fetcher.SetRedirectCheck([](const std::string& target) {
    return target.ends_with("/1") ? RedirectVerdict::kRefuseRobots : RedirectVerdict::kFollow;
  });
  const FetchResult r = fetcher.FetchBlocking(Request(7, server_->base_url() + "/hazard/redirect/3"));
  EXPECT_EQ(r.outcome, FetchOutcome::kRobotsDisallowed);
  EXPECT_EQ(r.redirect_target, server_->base_url() + "/hazard/redirect/1");
  EXPECT_EQ(server_->CountTarget("/hazard/redirect/1"), 0);
}

// RFC 9309 §2.3.1.2: a robots.txt fetch follows at least five redirects,
// whatever max_redirects says, and without the redirect check (scope and
// robots rules are for the pages robots.txt governs).
TEST_F(FetcherTest, RobotsTxtFetchFollowsFiveRedirectsWithoutTheCheck) {
  FetchOptions o = Options();
  o.max_redirects = 2;
  Fetcher fetcher(o);
  fetcher.SetRedirectCheck([](const std::string&) { return RedirectVerdict::kRefuseScope; });
  FetchRequest five = Request(1, server_->base_url() + "/hazard/redirect/5");
  five.robots_txt = true;
  const FetchResult r = fetcher.FetchBlocking(five);
  EXPECT_EQ(r.outcome, FetchOutcome::kOk);
  EXPECT_EQ(r.hops.size(), 6u);
  EXPECT_EQ(r.final_url(), server_->base_url() + "/hazard/redirect/0");

  FetchRequest six = Request(2, server_->base_url() + "/hazard/redirect/6");
  six.robots_txt = true;
  const FetchResult more = fetcher.FetchBlocking(six);
  EXPECT_EQ(more.outcome, FetchOutcome::kTooManyRedirects);
  EXPECT_EQ(more.hops.size(), 6u);  // the sixth redirect is not followed
  EXPECT_EQ(server_->CountTarget("/hazard/redirect/0"), 1);

  // Any other request still asks the check, and keeps max_redirects.
  const FetchResult page = fetcher.FetchBlocking(Request(3, server_->base_url() + "/hazard/redirect/1"));
  EXPECT_EQ(page.outcome, FetchOutcome::kOutOfScope);
}

TEST_F(FetcherTest, Reports429WithRetryAfter) {
  const FetchResult r = Fetch("/hazard/429");
  EXPECT_EQ(r.outcome, FetchOutcome::kHttpError);
  EXPECT_EQ(r.http_status, 429);
  ASSERT_TRUE(r.final_hop()->retry_after.has_value());
  EXPECT_EQ(r.final_hop()->retry_after->count(), 1);
}

TEST_F(FetcherTest, SlowDripTimesOut) {
  FetchOptions o = Options();
  o.total_timeout = std::chrono::milliseconds(600);
  const FetchResult r = Fetch("/hazard/slow", o);
  EXPECT_EQ(r.outcome, FetchOutcome::kTimeout);
  EXPECT_TRUE(r.truncated);
}

TEST_F(FetcherTest, HugePageStopsAtWireCap) {
  const FetchResult r = Fetch("/hazard/huge");
  EXPECT_EQ(r.outcome, FetchOutcome::kTooLarge);
  EXPECT_TRUE(r.truncated);
  EXPECT_EQ(r.hops.back().wire_body.size(), 4u << 20);
}

TEST_F(FetcherTest, GzipBombStopsAtDecompressedCap) {
  const FetchResult r = Fetch("/hazard/gzip-bomb");
  EXPECT_EQ(r.outcome, FetchOutcome::kTooLarge);
  EXPECT_TRUE(r.truncated);
  EXPECT_EQ(r.body.size(), 8u << 20);
  EXPECT_LT(r.hops.back().wire_body.size(), 1u << 20);  // small on the wire
}

TEST_F(FetcherTest, GzipPageDecodedWireCopyKept) {
  const FetchResult r = Fetch("/hazard/gzip");
  EXPECT_EQ(r.outcome, FetchOutcome::kOk);
  EXPECT_EQ(r.hops.back().content_encoding, "gzip");
  EXPECT_TRUE(r.hops.back().wire_body.starts_with("\x1f\x8b"));
  EXPECT_NE(r.body.find("gzip page"), std::string::npos);
}

TEST_F(FetcherTest, ConnectionResetIsNetworkOutcome) {
  const FetchResult r = Fetch("/hazard/reset");
  EXPECT_EQ(r.outcome, FetchOutcome::kNetwork);
  EXPECT_FALSE(r.curl_error.empty());
}

TEST_F(FetcherTest, ShortBodyIsTruncated) {
  const FetchResult r = Fetch("/hazard/short");
  EXPECT_EQ(r.outcome, FetchOutcome::kNetwork);
  EXPECT_TRUE(r.truncated);
  EXPECT_NE(r.hops.back().wire_body.find("this body is cut"), std::string::npos);
}

TEST_F(FetcherTest, GbkPageKeptByteExact) {
  const FetchResult r = Fetch("/hazard/gbk");
  EXPECT_EQ(r.outcome, FetchOutcome::kOk);
  EXPECT_EQ(r.hops.back().content_type, "text/html");
  EXPECT_NE(r.body.find("\xd7\xa8\xc0\xfb"), std::string::npos);
}

TEST_F(FetcherTest, ManyTransfersAtOnce) {
  Fetcher fetcher(Options());
  for (int i = 1; i <= 10; ++i) {
    ASSERT_TRUE(fetcher.Start(Request(static_cast<std::uint64_t>(i), server_->base_url() + "/hazard/page/" + std::to_string(i))).ok());
  }
  int done = 0;
  while (done < 10) {
    for (const FetchResult& r : fetcher.Poll(std::chrono::milliseconds(200))) {
      EXPECT_EQ(r.outcome, FetchOutcome::kOk);
      ++done;
    }
  }
  EXPECT_EQ(fetcher.in_flight(), 0);
}

TEST(ContentDecodingTest, DechunksAndReportsCutChunk) {
  const DecodedBody ok = Dechunk("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", 100);
  EXPECT_EQ(ok.bytes, "hello world");
  EXPECT_FALSE(ok.truncated);
  const DecodedBody cut = Dechunk("5\r\nhello\r\n6\r\n wo", 100);
  EXPECT_EQ(cut.bytes, "hello wo");
  EXPECT_TRUE(cut.truncated);
}

TEST(ContentDecodingTest, RejectsUnknownCoding) {
  EXPECT_EQ(DecodeContent("x", "br", 10).status().message(), "content-encoding: unsupported coding 'br'");
}

}  // namespace
}  // namespace lantian::crawler
