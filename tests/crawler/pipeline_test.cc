#include "crawler/pipeline.h"

#include <arpa/inet.h>
#include <poll.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "crawler/link_scan.h"
#include "crawler/sweep.h"
#include "store/store.h"
#include "tests/support/fixture_server.h"

namespace lantian::crawler {
namespace {

using lantian::testing::FixtureServer;

// Links by a byte scan; one item per page whose text is the body; a "hit"
// when the body contains "包授权"; block pages when it contains "captcha-wall".
class FakeAnalyzer final : public PageAnalyzer {
 public:
  Result<PageAnalysis> Analyze(const PageInput& page) const override {
    ++calls;
    PageAnalysis out;
    if (page.body.find("captcha-wall") != std::string_view::npos) {
      out.blocked = true;
      out.block_reason = "text:captcha-wall";
      return out;
    }
    out.links = ScanHrefs(page.body);
    store::ItemInput item;
    item.platform = "generic";
    item.url = std::string(page.url);
    item.text = std::string(page.body.substr(0, 200));
    std::vector<store::HitInput> hits;
    if (const auto pos = page.body.find("\xE5\x8C\x85\xE6\x8E\x88\xE6\x9D\x83"); pos != std::string_view::npos) {
      store::HitInput h;
      h.rule_id = "guaranteed_grant.test";
      h.category = "guaranteed_grant";
      h.severity = "high";
      h.match = "\xE5\x8C\x85\xE6\x8E\x88\xE6\x9D\x83";
      hits.push_back(h);
    }
    out.items.emplace_back(std::move(item), std::move(hits));
    return out;
  }
  mutable std::atomic<int> calls{0};
};

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("lantian_pipeline_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "root");
    FixtureServer::Options o;
    o.root = (dir_ / "root").string();
    o.pages = 8;
    auto server = FixtureServer::Start(o);
    ASSERT_TRUE(server.ok());
    server_ = std::move(*server);
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  SweepRequest Request(std::vector<std::string> seeds) {
    SweepRequest r;
    r.options.db = (dir_ / "lantian.db").string();
    r.options.fetch.allow_private = true;
    r.options.frontier.default_delay = std::chrono::milliseconds(20);
    r.options.frontier.backoff_base = std::chrono::milliseconds(50);
    r.options.fetch.total_timeout = std::chrono::milliseconds(2000);
    r.options.frontier.max_retry_after = std::chrono::milliseconds(1500);
    r.options.fsync = false;
    r.options.workers = 2;
    r.options.max_depth = 20;
    r.seeds = std::move(seeds);
    if (std::getenv("LANTIAN_TEST_VERBOSE") != nullptr) {
      r.progress = [](const SweepProgress& p) {
        std::fprintf(stderr, "pages %lld queued %lld in flight %lld errors %lld\n", static_cast<long long>(p.pages_done),
                     static_cast<long long>(p.queued), static_cast<long long>(p.in_flight),
                     static_cast<long long>(p.errors));
      };
    }
    return r;
  }
  std::filesystem::path dir_;
  std::unique_ptr<FixtureServer> server_;
};

TEST_F(PipelineTest, CrawlsLinkedPagesOnceAndStoresCaptures) {
  FakeAnalyzer analyzer;
  auto summary = RunSweep(Request({server_->base_url() + "/hazard/page/1"}), analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->status, "done");
  EXPECT_EQ(summary->pages, 8);
  EXPECT_EQ(summary->status_histogram[200], 8);
  for (int i = 1; i <= 8; ++i) EXPECT_EQ(server_->CountTarget("/hazard/page/" + std::to_string(i)), 1) << i;
  EXPECT_EQ(server_->CountTarget("/robots.txt"), 1);
  EXPECT_EQ(server_->MaxConcurrentPerHost(), 1);
  // Politeness: each request starts at least the delay after the previous one ended.
  auto requests = server_->Requests();
  for (std::size_t i = 1; i < requests.size(); ++i) {
    EXPECT_GE(requests[i].start_ms - requests[i - 1].end_ms, 19) << requests[i].target;
  }
}

// A profile claims every page; its selectors "find" items on odd pages only.
class ProfiledAnalyzer final : public PageAnalyzer {
 public:
  Result<PageAnalysis> Analyze(const PageInput& page) const override {
    PageAnalysis out;
    out.links = ScanHrefs(page.body);
    out.profile = "stale_shop";
    const char last = page.url.empty() ? '0' : page.url.back();
    out.profile_matched = (last - '0') % 2 == 1;
    return out;
  }
};

TEST_F(PipelineTest, SummaryCountsPagesAProfilesSelectorsFoundNothingOn) {
  ProfiledAnalyzer analyzer;
  auto summary = RunSweep(Request({server_->base_url() + "/hazard/page/1"}), analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary->profiles.count("stale_shop"), 1u);
  EXPECT_EQ(summary->profiles["stale_shop"].pages, 8);
  EXPECT_EQ(summary->profiles["stale_shop"].without_items, 4);  // pages 2, 4, 6, 8
  const std::string text = SummaryToText(*summary);
  EXPECT_NE(text.find("profile stale_shop: 8 pages, 4 without an item from its selectors (segmented automatically "
                      "instead; `lantian sites check --site stale_shop` shows what it misses)\n"),
            std::string::npos)
      << text;
  const auto json = nlohmann::json::parse(SummaryToJson(*summary));
  EXPECT_EQ(json["profiles"]["stale_shop"]["without_items"], 4);
}

TEST_F(PipelineTest, SecondSweepStoresRevisitsWithoutParsing) {
  FakeAnalyzer first;
  ASSERT_TRUE(RunSweep(Request({server_->base_url() + "/hazard/page/1"}), first).ok());
  FakeAnalyzer second;
  auto summary = RunSweep(Request({server_->base_url() + "/hazard/page/1"}), second);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->revisits, 8);
  EXPECT_EQ(summary->pages, 0);
  EXPECT_EQ(second.calls.load(), 0);
}

TEST_F(PipelineTest, ObeysRobotsAndSurvivesHazards) {
  FakeAnalyzer analyzer;
  SweepRequest r = Request({server_->base_url() + "/hazard/index.html"});
  r.options.max_depth = 1;
  r.options.fetch.total_timeout = std::chrono::milliseconds(800);
  r.options.frontier.max_attempts = 2;
  auto summary = RunSweep(r, analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(server_->CountPrefix("/private/"), 0);
  EXPECT_EQ(server_->CountTarget("/hazard/disallowed"), 0);
  EXPECT_EQ(server_->CountTarget("/hazard/429"), 2);  // 429, then honoured Retry-After, then 200
  EXPECT_EQ(server_->CountTarget("/hazard/503"), 2);
  EXPECT_EQ(server_->MaxConcurrentPerHost(), 1);
  EXPECT_GE(summary->skipped, 2);
  EXPECT_EQ(summary->status, "done");
}

TEST_F(PipelineTest, RefusesLoopbackWithoutAllowPrivate) {
  FakeAnalyzer analyzer;
  SweepRequest r = Request({server_->base_url() + "/hazard/page/1"});
  r.options.fetch.allow_private = false;
  auto summary = RunSweep(r, analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->pages, 0);
  EXPECT_EQ(server_->Requests().size(), 0u);
  EXPECT_TRUE(summary->notes.empty());
  ASSERT_EQ(summary->host_failures.size(), 1u);
  const HostFailure& f = summary->host_failures[0];
  EXPECT_EQ(f.host, server_->base_url());
  EXPECT_EQ(f.reason, "refused by the address guard: 127.0.0.1 is not a public address (--allow-private to permit)");
  EXPECT_EQ(f.urls_not_fetched, 1);
  EXPECT_EQ(f.first_url, server_->base_url() + "/hazard/page/1");
  EXPECT_EQ(summary->outcomes, (std::map<std::string, std::int64_t>{{"address_refused", 1}}));
}

// A port that is bound but not listening refuses connections (ECONNREFUSED).
class RefusingPort {
 public:
  RefusingPort() : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
  }
  ~RefusingPort() { close(fd_); }
  RefusingPort(const RefusingPort&) = delete;
  RefusingPort& operator=(const RefusingPort&) = delete;
  int port() const { return port_; }

 private:
  int fd_;
  int port_ = 0;
};

// A listener that answers every connection with plain text and hangs up: a
// TLS client gets no handshake from it (curl: "wrong version number").
class NotTlsServer {
 public:
  NotTlsServer() : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    listen(fd_, 4);
    socklen_t len = sizeof a;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    thread_ = std::jthread([this](std::stop_token st) {
      while (!st.stop_requested()) {
        pollfd p{fd_, POLLIN, 0};
        if (poll(&p, 1, 50) <= 0) continue;
        const int c = accept(fd_, nullptr, nullptr);
        if (c < 0) continue;
        const char reply[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
        (void)send(c, reply, sizeof reply - 1, MSG_NOSIGNAL);  // best effort; the client may be gone
        close(c);
      }
    });
  }
  ~NotTlsServer() {
    thread_.request_stop();
    thread_.join();
    close(fd_);
  }
  NotTlsServer(const NotTlsServer&) = delete;
  NotTlsServer& operator=(const NotTlsServer&) = delete;
  int port() const { return port_; }

 private:
  int fd_;
  int port_ = 0;
  std::jthread thread_;
};

// The trap guard at work in a sweep: every item of the fixture shop, each trap
// cut, its queued URLs skipped as "trap" (crawler/trap_guard.h).
TEST_F(PipelineTest, FetchesEveryItemAndCutsTheTraps) {
  FixtureServer::Options o;
  o.shop_items = 60;
  auto shop = FixtureServer::Start(o);
  ASSERT_TRUE(shop.ok());
  FakeAnalyzer analyzer;
  SweepRequest r = Request({(*shop)->base_url() + "/shop/"});
  r.options.frontier.default_delay = std::chrono::milliseconds(0);
  r.options.max_depth = 100;
  auto summary = RunSweep(r, analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  for (int id = 1; id <= 60; ++id) EXPECT_EQ((*shop)->CountTarget("/shop/item.htm?id=" + std::to_string(id)), 1) << id;
  EXPECT_EQ((*shop)->CountPrefix("/shop/calendar"), 22);  // a chain: 20, plus 2 for the first (new) page
  EXPECT_LE((*shop)->CountPrefix("/shop/browse"), 40);
  EXPECT_EQ((*shop)->CountPrefix("/shop/list"), 3 + 1 + 10);  // 3 with items, the first empty one, 10 more
  EXPECT_EQ(summary->traps.size(), 3u);
  EXPECT_EQ(summary->failed, 0);
  EXPECT_GE(summary->outcomes["trap"], 1);
  EXPECT_EQ(summary->pending, 0);
}

TEST_F(PipelineTest, TlsFailureMakesTheHostUnreachable) {
  NotTlsServer not_tls;
  const std::string host = "https://127.0.0.1:" + std::to_string(not_tls.port());
  FakeAnalyzer analyzer;
  auto summary = RunSweep(Request({host + "/x"}), analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary->host_failures.size(), 1u);
  EXPECT_EQ(summary->host_failures[0].host, host);
  EXPECT_TRUE(summary->host_failures[0].reason.starts_with("unreachable: TLS error: "))
      << summary->host_failures[0].reason;
  EXPECT_EQ(summary->outcomes, (std::map<std::string, std::int64_t>{{"unreachable", 1}}));
}

TEST_F(PipelineTest, UnreachableHostIsReportedAndTheOthersAreCrawled) {
  RefusingPort refusing;
  const std::string dead = "http://127.0.0.1:" + std::to_string(refusing.port());
  FakeAnalyzer analyzer;
  SweepRequest r = Request({server_->base_url() + "/hazard/page/7", dead + "/a", dead + "/b"});
  auto summary = RunSweep(r, analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->status, "done");
  EXPECT_EQ(summary->pages, 2);  // page/7 and page/8 of the live host are stored
  ASSERT_EQ(summary->host_failures.size(), 1u);
  const HostFailure& f = summary->host_failures[0];
  EXPECT_EQ(f.host, dead);
  EXPECT_EQ(f.reason, "unreachable: connection refused");
  EXPECT_EQ(f.urls_not_fetched, 2);
  EXPECT_EQ(f.first_url, dead + "/a");
  // Its robots.txt could not be fetched: the URLs are "unreachable", not "robots_disallowed".
  EXPECT_EQ(summary->outcomes, (std::map<std::string, std::int64_t>{{"ok", 2}, {"unreachable", 2}}));
}

TEST_F(PipelineTest, BlockPageIsNotStoredAndHostBacksOff) {
  std::ofstream(dir_ / "root" / "wall.html") << "<html><body>captcha-wall</body></html>";
  FakeAnalyzer analyzer;
  SweepRequest r = Request({server_->base_url() + "/wall.html"});
  r.options.frontier.block_backoff = std::chrono::milliseconds(30);
  r.options.frontier.max_attempts = 2;
  auto summary = RunSweep(r, analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->pages, 0);
  EXPECT_EQ(summary->failed, 1);
  EXPECT_EQ(server_->CountTarget("/wall.html"), 2);
}

// A link is requested as linked (only its percent-encoding normalised); its
// canonical form (sorted query, trackers stripped) is only the dedup key, so
// a second link with the same canonical form is not fetched again.
TEST_F(PipelineTest, RequestsLinksAsLinkedAndDedupsByCanonicalForm) {
  std::ofstream(dir_ / "root" / "links.html")
      << "<html><body><a href=\"/target.html?qux=1&amp;baz=2\">as linked</a>"
         "<a href=\"/target.html?baz=2&amp;qux=1\">sorted</a>"
         "<a href=\"/target.html?qux=1&amp;utm_source=x&amp;baz=%32\">tracker</a>"
         "<a href=\"/%74arget.html?b=%7e&amp;a=1\">encoded</a></body></html>";
  std::ofstream(dir_ / "root" / "target.html") << "<html><body>target</body></html>";
  FakeAnalyzer analyzer;
  auto summary = RunSweep(Request({server_->base_url() + "/links.html"}), analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(server_->CountTarget("/target.html?qux=1&baz=2"), 1);  // the first link, exactly as linked
  EXPECT_EQ(server_->CountTarget("/target.html?baz=2&qux=1"), 0);
  EXPECT_EQ(server_->CountTarget("/target.html?b=~&a=1"), 1);       // percent-encoding normalised, order kept
  EXPECT_EQ(server_->CountPrefix("/target.html"), 2);
  EXPECT_EQ(summary->pages, 3);
}

// robots.txt is checked against the URL as requested, not its canonical
// form: Disallow /a.html?qux= refuses the link /a.html?qux=1&baz=2 (whose
// canonical form ?baz=2&qux=1 the rule would not match), and
// Disallow /b.html?baz= does not refuse /b.html?qux=1&baz=2.
TEST_F(PipelineTest, RobotsTxtJudgesTheUrlAsLinked) {
  server_->SetRobots("User-agent: *\nDisallow: /a.html?qux=\nDisallow: /b.html?baz=\n");
  std::ofstream(dir_ / "root" / "links.html") << "<html><body><a href=\"/a.html?qux=1&amp;baz=2\">a</a>"
                                                 "<a href=\"/b.html?qux=1&amp;baz=2\">b</a></body></html>";
  std::ofstream(dir_ / "root" / "a.html") << "<html><body>a</body></html>";
  std::ofstream(dir_ / "root" / "b.html") << "<html><body>b</body></html>";
  FakeAnalyzer analyzer;
  auto summary = RunSweep(Request({server_->base_url() + "/links.html"}), analyzer);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(server_->CountPrefix("/a.html"), 0);
  EXPECT_EQ(server_->CountTarget("/b.html?qux=1&baz=2"), 1);
  EXPECT_EQ(summary->outcomes["robots_disallowed"], 1);
}

// RFC 9309 §2.3.1.2-§2.3.1.4 over a whole sweep: the fixture serves
// /robots.txt as a chain of 301s. The seed /hazard/page/1 links on up to
// /hazard/page/8; the robots.txt at the end of the chain disallows page 3.
class Rfc9309SweepTest : public PipelineTest {
 protected:
  void SetUp() override {
    PipelineTest::SetUp();
    std::ofstream(dir_ / "root" / "moved-robots.txt") << "User-agent: *\nDisallow: /hazard/page/3\n";
  }
  // /robots.txt answers 301, and `redirects` 301s in all lead to `final_target`.
  static void RedirectRobots(FixtureServer& server, int redirects, const std::string& final_target) {
    server.SetRobots("", 301,
                     redirects == 1 ? final_target
                                    : "/hazard/moved/" + std::to_string(redirects - 1) + "?to=" + final_target);
  }
  Result<SweepSummary> Sweep() {
    FakeAnalyzer analyzer;
    return RunSweep(Request({server_->base_url() + "/hazard/page/1"}), analyzer);
  }
};

// "The crawlers SHOULD follow at least five consecutive redirects ... If a
// robots.txt file is reached within five consecutive redirects, the robots.txt
// file MUST be fetched, parsed, and its rules followed in the context of the
// initial authority."
TEST_F(Rfc9309SweepTest, Section2_3_1_2_FollowsFiveRedirects) {
  RedirectRobots(*server_, 5, "/moved-robots.txt");
  auto summary = Sweep();
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(server_->CountTarget("/robots.txt"), 1);  // cached for the host it was asked of
  EXPECT_EQ(server_->CountPrefix("/hazard/moved/"), 4);
  EXPECT_EQ(server_->CountTarget("/moved-robots.txt"), 1);
  EXPECT_EQ(server_->CountTarget("/hazard/page/2"), 1);
  EXPECT_EQ(server_->CountTarget("/hazard/page/3"), 0);  // the rules reached through 5 redirects apply
  EXPECT_EQ(summary->pages, 2);
  EXPECT_EQ(summary->outcomes["robots_disallowed"], 1);
}

// "... even across authorities (for example, hosts in the case of HTTP)": the
// robots.txt of another host:port, reached by redirect, governs this one.
TEST_F(Rfc9309SweepTest, Section2_3_1_2_FollowsRedirectsAcrossAuthorities) {
  FixtureServer::Options o;
  o.robots = "User-agent: *\nDisallow: /hazard/page/3\n";
  auto other = FixtureServer::Start(o);
  ASSERT_TRUE(other.ok()) << other.status().message();
  server_->SetRobots("", 301, (*other)->base_url() + "/hazard/moved/1?to=/robots.txt");
  auto summary = Sweep();
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ((*other)->CountTarget("/robots.txt"), 1);
  EXPECT_EQ((*other)->Requests().size(), 2u);  // the hop and robots.txt; the other host is not crawled
  EXPECT_EQ(server_->CountTarget("/hazard/page/2"), 1);
  EXPECT_EQ(server_->CountTarget("/hazard/page/3"), 0);
}

// "If there are more than five consecutive redirects, crawlers MAY assume that
// the robots.txt file is unavailable", and "unavailable" (§2.3.1.3) means "the
// crawler MAY access any resources on the server". The sixth redirect is not
// followed.
TEST_F(Rfc9309SweepTest, Section2_3_1_2_MoreThanFiveRedirectsIsUnavailable) {
  RedirectRobots(*server_, 6, "/moved-robots.txt");
  auto summary = Sweep();
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(server_->CountTarget("/robots.txt"), 1);
  EXPECT_EQ(server_->CountPrefix("/hazard/moved/"), 5);
  EXPECT_EQ(server_->CountTarget("/moved-robots.txt"), 0);
  EXPECT_EQ(server_->CountTarget("/hazard/page/3"), 1);
  EXPECT_EQ(summary->pages, 8);
}

// §2.3.1.3: a redirect that ends in a 404 is "unavailable": allow all.
TEST_F(Rfc9309SweepTest, Section2_3_1_3_RedirectToA404AllowsAll) {
  RedirectRobots(*server_, 2, "/no-such-robots.txt");
  auto summary = Sweep();
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(server_->CountTarget("/no-such-robots.txt"), 1);
  EXPECT_EQ(server_->CountTarget("/hazard/page/3"), 1);
  EXPECT_EQ(summary->pages, 8);
}

// §2.3.1.4: "If the robots.txt file is unreachable due to server or network
// errors ... the crawler MUST assume complete disallow": a redirect that ends
// in a 500 fetches nothing else from the host.
TEST_F(Rfc9309SweepTest, Section2_3_1_4_RedirectToA500DisallowsAll) {
  RedirectRobots(*server_, 2, "/hazard/500");
  auto summary = Sweep();
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(server_->CountTarget("/hazard/500"), 1);
  EXPECT_EQ(server_->CountTarget("/hazard/page/1"), 0);
  EXPECT_EQ(summary->pages, 0);
  EXPECT_EQ(summary->outcomes["robots_disallowed"], 1);
}

}  // namespace
}  // namespace lantian::crawler
