// Runs the real `lantian sweep` binary against fixture servers on 127.0.0.7
// and 127.0.0.8 (no site profile names them) and checks what users care about: nothing disallowed is
// fetched, one request in flight per host, delays held, hazards survived,
// each page fetched once, and kill -9 then --resume loses nothing.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "store/store.h"
#include "tests/store/pg_test_util.h"
#include "tests/support/fixture_server.h"

extern char** environ;

namespace lantian {
namespace {

using testing::FixtureServer;
namespace fs = std::filesystem;

constexpr std::int64_t kDelayMs = 60;

// The listings of WriteShop's search page; only the first offends.
const char* const kShopTitles[] = {"实用新型专利代写 包授权 不过退款", "外观设计专利申请 正规代理",
                                   "商标注册 加急 官方费用另计", "发明专利检索报告 三天出"};

class SweepIntegrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lantian_it_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "root");
    std::ofstream(dir_ / "root" / "index.html")
        << "<html><head><meta charset=utf-8><title>shop</title></head><body>"
           "<p>\xE5\xAE\x9E\xE7\x94\xA8\xE6\x96\xB0\xE5\x9E\x8B\xE4\xB8\x93\xE5\x88\xA9 \xE5\x8C\x85\xE6\x8E\x88\xE6\x9D\x83 "
           "\xE4\xB8\x8D\xE6\x8E\x88\xE6\x9D\x83\xE5\x85\xA8\xE9\xA2\x9D\xE9\x80\x80\xE6\xAC\xBE</p>"
           "<a href=\"/hazard/index.html\">hazards</a> <a href=\"/hazard/page/1\">pages</a></body></html>";
    // Small backoffs so retries finish quickly; everything else as shipped.
    std::ofstream(dir_ / "lantian.toml") << "[crawler]\nbackoff_base_ms = 100\nmax_retry_after_ms = 1500\n"
                                            "total_timeout_ms = 1500\nmax_attempts = 2\nblock_backoff_ms = 200\n"
                                            "fsync = false\nmax_depth = 100\n"
                                            "sites_dir = \"" LANTIAN_MOCK_SITES_DIR "\"\n";
  }
  void TearDown() override {
    servers_.clear();
    fs::remove_all(dir_);
  }

  FixtureServer& Serve(const std::string& bind, int pages) {
    FixtureServer::Options o;
    o.bind = bind;
    o.root = (dir_ / "root").string();
    o.pages = pages;
    auto s = FixtureServer::Start(o);
    EXPECT_TRUE(s.ok()) << s.status().message();
    servers_.push_back(std::move(*s));
    return *servers_.back();
  }

  // Starts lantian with the whole `argv` (argv[0] included); stdout/stderr go
  // to files in dir_.
  pid_t SpawnArgv(std::vector<std::string> all, const std::string& tag) {
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string out = (dir_ / (tag + ".out")).string();
    const std::string err = (dir_ / (tag + ".err")).string();
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    EXPECT_EQ(posix_spawn(&pid, LANTIAN_BINARY, &actions, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    return pid;
  }

  // Starts `lantian sweep` with the test config and `args`.
  pid_t Spawn(const std::vector<std::string>& args, const std::string& tag) {
    std::vector<std::string> all = {LANTIAN_BINARY, "sweep", "--config", (dir_ / "lantian.toml").string(), "--db",
                                    (dir_ / "lantian.db").string(), "--allow-private", "--per-host-delay-ms",
                                    std::to_string(kDelayMs), "--format", "json"};
    all.insert(all.end(), args.begin(), args.end());
    return SpawnArgv(std::move(all), tag);
  }

  int Wait(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  std::string Read(const std::string& tag, const char* ext) {
    std::ifstream in(dir_ / (tag + ext));
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  // Politeness as the server saw it: per host, at most one request at a time
  // and at least the delay between the end of one and the start of the next.
  void ExpectPolite(const FixtureServer& server) {
    EXPECT_EQ(server.MaxConcurrentPerHost(), 1);
    for (const auto& r : server.Requests()) {
      for (const auto& q : server.Requests()) {
        if (&r != &q && r.host == q.host && r.start_ms < q.start_ms && q.start_ms < r.end_ms) {
          ADD_FAILURE() << "overlap: " << r.target << " [" << r.start_ms << "," << r.end_ms << "] and " << q.target
                        << " [" << q.start_ms << "," << q.end_ms << "]";
        }
      }
    }
    std::map<std::string, std::vector<testing::FixtureRequest>> by_host;
    for (const auto& r : server.Requests()) by_host[r.host].push_back(r);
    for (auto& [host, reqs] : by_host) {
      std::sort(reqs.begin(), reqs.end(), [](const auto& a, const auto& b) { return a.start_ms < b.start_ms; });
      for (std::size_t i = 1; i < reqs.size(); ++i) {
        // libcurl transparently re-sends a request once when a reused
        // connection turns out dead before any response (the reset hazard).
        if (reqs[i].target == "/hazard/reset" && reqs[i - 1].target == "/hazard/reset") continue;
        // 10 ms of slack: the server stamps the end of a request the client
        // abandoned (timeout, size cap) when it notices the hang-up, a little
        // after the client's own clock started the delay.
        EXPECT_GE(reqs[i].start_ms - reqs[i - 1].end_ms, kDelayMs - 10)
            << host << " " << reqs[i - 1].target << " -> " << reqs[i].target;
      }
    }
  }

  // A shop no profile describes: a search page of four cards (only the first,
  // 10001, offends) and their item pages.
  void WriteShop() {
    std::string search =
        "<html><head><meta charset=utf-8><title>搜索：专利</title></head><body><div class=nav><a href=/>首页</a>"
        "<a href=/help>帮助</a></div><ul class=grid>";
    fs::create_directories(dir_ / "root" / "goods");
    for (int i = 0; i < 4; ++i) {
      const std::string id = std::to_string(10001 + i);
      search += "<li class=card><a class=t href=\"/goods/" + id + ".html?spm=s." + std::to_string(i) + "\">" +
                kShopTitles[i] + "</a><span class=price>¥" + std::to_string(300 + 100 * i) +
                ".00</span><a class=shop-name href=\"/shop/" + std::to_string(i) + "\">知产小店" + std::to_string(i) +
                "</a><p>已售 " + std::to_string(20 + i) + " 件，好评率 98%</p></li>";
      std::ofstream(dir_ / "root" / "goods" / (id + ".html"))
          << "<html><head><meta charset=utf-8><title>" << kShopTitles[i] << "</title><link rel=canonical href=\"/goods/"
          << id << ".html\"></head><body><h1>" << kShopTitles[i] << "</h1><div class=desc><p>详情：服务流程说明，"
          << "下单后三个工作日内联系您。</p><p>客服微信 zc" << id << "</p></div></body></html>";
    }
    search += "</ul><div class=footer>© 2026 mock</div></body></html>";
    std::ofstream(dir_ / "root" / "search.html") << search;
  }

  fs::path dir_;
  std::vector<std::unique_ptr<FixtureServer>> servers_;
};

TEST_F(SweepIntegrationTest, PoliteSweepSurvivesEveryHazard) {
  FixtureServer& a = Serve("127.0.0.7", 5);
  FixtureServer& b = Serve("127.0.0.8", 5);
  const pid_t pid = Spawn({"--seed", a.base_url() + "/index.html", "--seed", b.base_url() + "/hazard/index.html"}, "run");
  ASSERT_EQ(Wait(pid), 0) << Read("run", ".err");
  const auto summary = nlohmann::json::parse(Read("run", ".out"));
  EXPECT_EQ(summary["status"], "done");
  EXPECT_GE(summary["pages"].get<int>(), 10);
  EXPECT_GE(summary["hits"].get<int>(), 1) << summary.dump();  // 包授权 on index.html
  for (FixtureServer* s : {&a, &b}) {
    EXPECT_EQ(s->CountPrefix("/private/"), 0);           // robots.txt: Disallow: /private/
    EXPECT_EQ(s->CountTarget("/hazard/disallowed"), 0);
    EXPECT_EQ(s->CountTarget("/robots.txt"), 1);
    ExpectPolite(*s);
  }
  // Hazards on b.
  EXPECT_EQ(b.CountTarget("/hazard/429"), 2);            // Retry-After honoured, then 200
  EXPECT_EQ(b.CountTarget("/hazard/503"), 2);
  EXPECT_EQ(b.CountTarget("/hazard/target"), 1);         // eight URL variants, one fetch
  EXPECT_LE(b.CountPrefix("/hazard/calendar"), 40);      // the calendar trap is cut
  EXPECT_EQ(b.CountTarget("/hazard/loop/a"), 1);         // the loop stops
  EXPECT_LE(b.CountTarget("/hazard/slow"), 2);           // timeout, one retry
  for (int i = 1; i <= 5; ++i) EXPECT_EQ(b.CountTarget("/hazard/page/" + std::to_string(i)), 1);
}

// A shop of 400 items behind paginated lists, with three traps on the same
// host: pagination that goes on past the last item, an endless calendar and
// session-id/sort variants of one listing. Every item is fetched once; each
// trap costs a few dozen requests at most (the server's request log) and the
// summary names it with why.
TEST_F(SweepIntegrationTest, ReachesEveryItemAndCutsEachTrapEarly) {
  constexpr int kItems = 400;
  FixtureServer::Options o;
  o.bind = "127.0.0.7";
  o.shop_items = kItems;
  auto started = FixtureServer::Start(o);
  ASSERT_TRUE(started.ok()) << started.status().message();
  servers_.push_back(std::move(*started));
  FixtureServer& shop = *servers_.back();
  const pid_t pid = SpawnArgv({LANTIAN_BINARY, "sweep", "--config", (dir_ / "lantian.toml").string(), "--db",
                               (dir_ / "lantian.db").string(), "--allow-private", "--per-host-delay-ms", "0",
                               "--format", "json", "--seed", shop.base_url() + "/shop/"},
                              "shop");
  ASSERT_EQ(Wait(pid), 0) << Read("shop", ".err");
  const auto summary = nlohmann::json::parse(Read("shop", ".out"));
  EXPECT_EQ(summary["status"], "done");
  for (int id = 1; id <= kItems; ++id) {
    EXPECT_EQ(shop.CountTarget("/shop/item.htm?id=" + std::to_string(id)), 1) << id;
  }
  EXPECT_EQ(shop.CountPrefix("/shop/item.htm"), kItems);
  const int past_last_list_page = shop.CountPrefix("/shop/list") - kItems / 20;
  EXPECT_GE(past_last_list_page, 1);
  EXPECT_LE(past_last_list_page, 40);
  EXPECT_LE(shop.CountPrefix("/shop/calendar"), 40);
  EXPECT_LE(shop.CountPrefix("/shop/browse"), 40);
  EXPECT_EQ(shop.MaxConcurrentPerHost(), 1);

  // One line per trap, with why; the counts after the colon depend on the
  // order pages came back in, except for the calendar's chain.
  const std::string base = shop.base_url();
  std::vector<std::string> traps;
  for (const auto& line : summary["traps"]) traps.push_back(line.get<std::string>());
  ASSERT_EQ(traps.size(), 3u) << summary["traps"].dump();
  std::sort(traps.begin(), traps.end());
  EXPECT_TRUE(traps[0].starts_with("trap: " + base + "/shop/browse?sess=*&sort=* cut (near-duplicate pages without "
                                   "new links): "))
      << traps[0];
  EXPECT_EQ(traps[1], "trap: " + base + "/shop/calendar?date=* cut (calendar, dates ever newer): 22 pages fetched, "
                      "21 near-duplicate, 0 with new links");
  EXPECT_TRUE(traps[2].starts_with("trap: " + base + "/shop/list?page=* cut past page 21 (pagination, pages past the "
                                   "last with new content or links): "))
      << traps[2];
  // What the guard cut is counted as such, not as a failure.
  EXPECT_EQ(summary["failed"], 0);
  EXPECT_GE(summary["outcomes"].value("trap", 0), 1) << summary["outcomes"].dump();
}

TEST_F(SweepIntegrationTest, KillDashNineThenResumeLosesNothing) {
  constexpr int kPages = 40;
  FixtureServer& a = Serve("127.0.0.7", kPages);
  const pid_t pid = Spawn({"--seed", a.base_url() + "/hazard/page/1"}, "first");
  // Wait until about a third of the pages were served, then kill -9.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (a.CountPrefix("/hazard/page/") < kPages / 3 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));  // polling a child process, not synchronizing threads
  }
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  EXPECT_EQ(Wait(pid), 128 + SIGKILL);
  const int served_before = a.CountPrefix("/hazard/page/");
  ASSERT_LT(served_before, kPages);

  const pid_t resumed = Spawn({"--resume"}, "resume");
  ASSERT_EQ(Wait(resumed), 0) << Read("resume", ".err");
  const auto summary = nlohmann::json::parse(Read("resume", ".out"));
  EXPECT_EQ(summary["status"], "done");
  EXPECT_EQ(summary["pending"], 0);

  // Every page is stored exactly once in the frontier as done.
  store::StoreOptions ro;
  ro.db_path = (dir_ / "lantian.db").string();
  ro.read_only = true;
  auto db = store::Store::Open(ro);
  ASSERT_TRUE(db.ok()) << db.status().message();
  auto counts = (*db)->CountFrontier(summary["sweep_id"].get<std::int64_t>());
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->done, kPages);
  EXPECT_EQ(counts->pending, 0);
  // Fetched again only what was in flight or not yet committed at the kill
  // (a write batch at most); everything stored before it was not re-fetched.
  int refetched = 0;
  for (int i = 1; i <= kPages; ++i) {
    const int n = a.CountTarget("/hazard/page/" + std::to_string(i));
    EXPECT_GE(n, 1) << i;
    EXPECT_LE(n, 2) << i;
    refetched += n - 1;
  }
  EXPECT_LE(refetched, 3);
  ExpectPolite(a);
}

TEST_F(SweepIntegrationTest, RefusesLoopbackWithoutAllowPrivate) {
  FixtureServer& a = Serve("127.0.0.7", 3);
  const pid_t pid = SpawnArgv({LANTIAN_BINARY, "sweep", "--config", (dir_ / "lantian.toml").string(), "--db",
                               (dir_ / "lantian.db").string(), "--seed", a.base_url() + "/hazard/page/1",
                               "--format", "json"},
                              "guard");
  // Nothing could be crawled: exit 1, one line naming the host, the address and the URL.
  EXPECT_EQ(Wait(pid), 1);
  EXPECT_EQ(Read("guard", ".err"), "lantian sweep: host " + a.base_url() +
                                       " refused by the address guard: 127.0.0.7 is not a public address "
                                       "(--allow-private to permit) (1 URL not fetched: " +
                                       a.base_url() + "/hazard/page/1)\n");
  const auto summary = nlohmann::json::parse(Read("guard", ".out"));
  EXPECT_EQ(summary["pages"], 0);
  EXPECT_EQ(summary["notes"], nlohmann::json::array());
  EXPECT_EQ(summary["outcomes"], nlohmann::json({{"address_refused", 1}}));
  EXPECT_EQ(a.Requests().size(), 0u);
}

// A host that refuses connections and a name that does not resolve are
// reported by host with the reason (exit 1); the reachable host is crawled
// and stored all the same.
TEST_F(SweepIntegrationTest, UnreachableHostsAreReportedAndTheRestIsStored) {
  FixtureServer& a = Serve("127.0.0.7", 3);
  // Bound but not listening: connections to it are refused.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  socklen_t len = sizeof addr;
  ASSERT_EQ(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  const std::string refused = "http://127.0.0.1:" + std::to_string(ntohs(addr.sin_port));
  // RFC 6761 §6.4: .invalid never resolves, and resolvers answer so without the network.
  const std::string unresolvable = "http://lantian-test.invalid";
  const pid_t pid = Spawn({"--seed", a.base_url() + "/hazard/page/1", "--seed", refused + "/list?page=1", "--seed",
                           refused + "/item.htm?id=2", "--seed", unresolvable + "/"},
                          "run");
  EXPECT_EQ(Wait(pid), 1);
  close(fd);
  EXPECT_EQ(Read("run", ".err"),
            "lantian sweep: host " + refused + " unreachable: connection refused (2 URLs not fetched, first: " +
                refused + "/list?page=1)\n"
                "lantian sweep: host http://lantian-test.invalid:80 unreachable: DNS lookup failed (1 URL not fetched: "
                "http://lantian-test.invalid/)\n");
  const auto summary = nlohmann::json::parse(Read("run", ".out"));
  EXPECT_EQ(summary["status"], "done");
  EXPECT_EQ(summary["pages"], 3);
  EXPECT_EQ(summary["outcomes"], nlohmann::json({{"ok", 3}, {"unreachable", 3}}));
  EXPECT_EQ(summary["host_failures"].size(), 2u);
  for (int i = 1; i <= 3; ++i) EXPECT_EQ(a.CountTarget("/hazard/page/" + std::to_string(i)), 1);

  // What the reachable host gave is in the store; the others' URLs are skipped with the reason.
  store::StoreOptions ro;
  ro.db_path = (dir_ / "lantian.db").string();
  ro.read_only = true;
  auto db = store::Store::Open(ro);
  ASSERT_TRUE(db.ok()) << db.status().message();
  auto counts = (*db)->CountFrontier(summary["sweep_id"].get<std::int64_t>());
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->done, 3);
  EXPECT_EQ(counts->skipped, 3);
}

// `sites check --url` fetches the page itself: robots.txt first, then the page.
TEST_F(SweepIntegrationTest, SitesCheckFetchesTheUrlPolitely) {
  FixtureServer& a = Serve("127.0.0.8", 3);
  const pid_t pid = SpawnArgv({LANTIAN_BINARY, "sites", "check", "--sites", LANTIAN_MOCK_SITES_DIR, "--site", "mock_shop", "--url",
                               a.base_url() + "/index.html", "--allow-private"},
                              "check");
  // The mock shop's item selector finds nothing on this page: exit 1, named.
  EXPECT_EQ(Wait(pid), 1);
  EXPECT_NE(Read("check", ".out").find("file: " + a.base_url() + "/index.html"), std::string::npos)
      << Read("check", ".out");
  EXPECT_EQ(Read("check", ".err"), "lantian: " + a.base_url() +
                                       "/index.html: profile 'mock_shop' extracted no items (item selector "
                                       "'div.item, div.detail' matched nothing)\n");
  std::vector<std::string> targets;
  for (const auto& r : a.WaitForRequests(2, std::chrono::seconds(5))) targets.push_back(r.target);
  EXPECT_EQ(targets, (std::vector<std::string>{"/robots.txt", "/index.html"}));

  // Without --allow-private the address guard refuses loopback, and says so.
  const pid_t refused = SpawnArgv({LANTIAN_BINARY, "sites", "check", "--sites", LANTIAN_MOCK_SITES_DIR, "--site", "mock_shop", "--url",
                                   a.base_url() + "/index.html"},
                                  "refused");
  EXPECT_EQ(Wait(refused), 2);
  // One line: the URL, the outcome, curl's text (its timing varies) and the consequence.
  const std::string refused_err = Read("refused", ".err");
  EXPECT_TRUE(refused_err.starts_with("lantian: --url: " + a.base_url() +
                                      "/robots.txt unreachable (address_refused: Failed to connect to "))
      << refused_err;
  EXPECT_TRUE(refused_err.ends_with("), so the host counts as disallowed\n")) << refused_err;
  EXPECT_EQ(std::count(refused_err.begin(), refused_err.end(), '\n'), 1) << refused_err;
  EXPECT_EQ(a.Requests().size(), 2u);
}

// `scan --html` reads a page as the crawler does: the GBK bytes labelled in
// <meta> are decoded, and text inside <script> is not scanned.
TEST_F(SweepIntegrationTest, ScanHtmlUsesTheCrawlersExtraction) {
  std::ofstream(dir_ / "page.html", std::ios::binary)
      << "<html><head><meta charset=\"gbk\"></head><body><script>var x=\""
         "\xB0\xFC\xCA\xDA\xC8\xA8" "\";</script><p>"
         "\xCA\xB5\xD3\xC3\xD0\xC2\xD0\xCD\xD7\xA8\xC0\xFB\xB4\xFA\xD0\xB4 \xB0\xFC\xCA\xDA\xC8\xA8"
         "</p></body></html>";
  const pid_t pid = SpawnArgv({LANTIAN_BINARY, "scan", "--html", (dir_ / "page.html").string()}, "scan");
  ASSERT_EQ(Wait(pid), 0) << Read("scan", ".err");
  const auto doc = nlohmann::json::parse(Read("scan", ".out"));
  ASSERT_EQ(doc["hits"].size(), 1u) << doc.dump();
  EXPECT_EQ(doc["hits"][0]["match"], "\xE5\x8C\x85\xE6\x8E\x88\xE6\x9D\x83");  // 包授权, once: not the script's
  EXPECT_EQ(doc["hits"][0]["category"], "guaranteed_grant");
}

// The learning pipeline as CI runs it (not the shipped model): train a small
// model from test data, evaluate it, scan with it.
TEST_F(SweepIntegrationTest, ModelTrainsEvaluatesAndScans) {
  const std::string src = LANTIAN_SOURCE_DIR;
  const std::string model = (dir_ / "models" / "small.ftz").string();
  fs::create_directories(dir_ / "models");
  pid_t pid = SpawnArgv({LANTIAN_BINARY, "model", "train", "--corpus", src + "/tests/data/patterns/holdout.jsonl",
                         "--background", src + "/tests/data/model/background-2026-12-07.jsonl", "--background", "150",
                         "--epoch", "10", "--out", model},
                        "train");
  ASSERT_EQ(Wait(pid), 0) << Read("train", ".err");
  EXPECT_NE(Read("train", ".out").find("(150 background)"), std::string::npos) << Read("train", ".out");
  ASSERT_TRUE(fs::exists(dir_ / "models" / "thresholds.toml"));

  pid = SpawnArgv({LANTIAN_BINARY, "model", "eval", "--model", model, "--format", "json", "--corpus",
                   src + "/tests/data/patterns/blind-2026-11-25.jsonl"},
                  "eval");
  ASSERT_EQ(Wait(pid), 0) << Read("eval", ".err");
  const auto report = nlohmann::json::parse(Read("eval", ".out"));
  EXPECT_GT(report["hybrid"]["macro_f1"].get<double>(), 0.5) << report.dump();

  std::ofstream(dir_ / "offer.txt") << "实用新型专利代写代办 包授权 不授权全额退款\n周末去公园散步 天气很好\n";
  pid = SpawnArgv({LANTIAN_BINARY, "scan", "--lines", "--model", model, (dir_ / "offer.txt").string()}, "scan");
  ASSERT_EQ(Wait(pid), 0) << Read("scan", ".err");
  std::istringstream lines(Read("scan", ".out"));
  std::string offer, chatter;
  std::getline(lines, offer);
  std::getline(lines, chatter);
  const auto hit = nlohmann::json::parse(offer)["hits"][0];
  EXPECT_EQ(hit["source"], "rule");
  EXPECT_TRUE(hit.contains("score")) << offer;
  EXPECT_TRUE(nlohmann::json::parse(chatter)["hits"].empty()) << chatter;

  // A broken model file is named; nothing is scanned.
  std::ofstream(dir_ / "models" / "broken.ftz") << "junk";
  pid = SpawnArgv({LANTIAN_BINARY, "scan", "--model", (dir_ / "models" / "broken.ftz").string(),
                   (dir_ / "offer.txt").string()},
                  "broken");
  EXPECT_EQ(Wait(pid), 2);
  EXPECT_NE(Read("broken", ".err").find("broken.ftz: not a fastText model"), std::string::npos) << Read("broken", ".err");
}

// A shop no profile describes: its search page's cards and its item pages
// become one item per listing, list and detail sighting merged.
TEST_F(SweepIntegrationTest, ItemsListsEachListingOnceWithTheListAndDetailPagesItWasSeenOn) {
  WriteShop();
  const auto& titles = kShopTitles;
  FixtureServer& a = Serve("127.0.0.7", 0);
  const pid_t pid = Spawn({"--seed", a.base_url() + "/search.html"}, "sweep");
  ASSERT_EQ(Wait(pid), 0) << Read("sweep", ".err");

  const pid_t items = SpawnArgv({LANTIAN_BINARY, "items", "--db", (dir_ / "lantian.db").string(), "--kind", "listing",
                                 "--format", "jsonl"},
                                "items");
  ASSERT_EQ(Wait(items), 0) << Read("items", ".err");
  std::vector<nlohmann::json> rows;
  std::istringstream lines(Read("items", ".out"));
  for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(rows.size(), 4u) << Read("items", ".out");
  for (int i = 0; i < 4; ++i) {
    const std::string id = std::to_string(10001 + i);
    const nlohmann::json& r = rows[static_cast<std::size_t>(i)];
    EXPECT_EQ(r["kind"], "listing");
    EXPECT_EQ(r["platform"], "generic");
    EXPECT_EQ(r["listing_id"], id);
    EXPECT_EQ(r["title"], titles[i]);
    EXPECT_EQ(r["price"], "¥" + std::to_string(300 + 100 * i) + ".00");
    EXPECT_EQ(r["seller"], "知产小店" + std::to_string(i));
    // The pages as they were requested: the detail page as the card linked it,
    // tracker and all (its canonical form is only the frontier's dedup key).
    const std::string detail = a.base_url() + "/goods/" + id + ".html";
    EXPECT_EQ(r["page_urls"],
              nlohmann::json::array({a.base_url() + "/search.html", detail + "?spm=s." + std::to_string(i)}))
        << r.dump();
    EXPECT_EQ(r["item_url"], detail) << r.dump();
    // The detail page's words joined the card's.
    EXPECT_NE(r["text"].get<std::string>().find("客服微信 zc" + id), std::string::npos) << r.dump();
    EXPECT_NE(r["text"].get<std::string>().find("已售"), std::string::npos) << r.dump();
  }
  EXPECT_EQ(rows[0]["categories"], nlohmann::json::array({"guaranteed_grant"})) << rows[0].dump();

  // The same sweep as findings: one per listing, its categories merged.
  const pid_t findings = SpawnArgv({LANTIAN_BINARY, "hits", "--db", (dir_ / "lantian.db").string(), "--by", "item",
                                    "--seller", "知产小店", "--format", "jsonl"},
                                   "findings");
  ASSERT_EQ(Wait(findings), 0) << Read("findings", ".err");
  const std::string found = Read("findings", ".out");
  EXPECT_EQ(std::count(found.begin(), found.end(), '\n'), 1) << found;  // of the shop's four, only 10001 offends
  EXPECT_EQ(nlohmann::json::parse(found.substr(0, found.find('\n')))["listing_id"], "10001") << found;
  const pid_t wrong = SpawnArgv({LANTIAN_BINARY, "hits", "--db", (dir_ / "lantian.db").string(), "--category", "seal"},
                                "wrong");
  EXPECT_EQ(Wait(wrong), 2);
  EXPECT_EQ(Read("wrong", ".err"),
            "lantian hits: --category: unknown category 'seal' (unlicensed_agency, guaranteed_grant, forged_seal, "
            "abnormal_application, trademark_squatting, certificate_renting)\n");

  const pid_t bad = SpawnArgv({LANTIAN_BINARY, "items", "--db", (dir_ / "lantian.db").string(), "--kind", "shop"},
                              "bad");
  EXPECT_NE(Wait(bad), 0);
  EXPECT_NE(Read("bad", ".err").find("--kind"), std::string::npos) << Read("bad", ".err");
}

// Triage to takedown on one listing, through the real binary: confirm, reopen
// with a note (visible in hits and show), confirm again, export, then recheck
// with the defaults (reported and still_up) twice.
TEST_F(SweepIntegrationTest, ReopenThenExportThenRecheckByDefault) {
  WriteShop();
  FixtureServer& a = Serve("127.0.0.7", 0);
  ASSERT_EQ(Wait(Spawn({"--seed", a.base_url() + "/search.html"}, "sweep")), 0) << Read("sweep", ".err");
  const std::string db = (dir_ / "lantian.db").string();
  auto run = [&](std::vector<std::string> args, const std::string& tag) {
    args.insert(args.begin(), LANTIAN_BINARY);
    args.insert(args.end(), {"--db", db});
    return Wait(SpawnArgv(std::move(args), tag));
  };
  ASSERT_EQ(run({"hits", "--by", "item", "--seller", "知产小店", "--format", "jsonl"}, "findings"), 0) << Read("findings", ".err");
  const std::string found = Read("findings", ".out");
  ASSERT_EQ(std::count(found.begin(), found.end(), '\n'), 1) << found;
  const std::string item = std::to_string(nlohmann::json::parse(found.substr(0, found.find('\n')))["item_id"].get<int64_t>());

  // Nothing reported yet: recheck says what it saw instead of an empty table.
  ASSERT_EQ(run({"recheck", "--allow-private", "--per-host-delay-ms", "0"}, "recheck0"), 0) << Read("recheck0", ".err");
  const std::string none = Read("recheck0", ".out");
  EXPECT_TRUE(none.starts_with("recheck: 0 items with status reported or still_up (")) << none;
  EXPECT_TRUE(none.ends_with(" new: new items need review and export first)\n")) << none;

  ASSERT_EQ(run({"review", "--item", item, "--confirm", "--note", "first look", "--analyst", "ana"}, "confirm"), 0)
      << Read("confirm", ".err");
  const std::string why = "seller says the listing is a licensed agency; check its licence first";
  ASSERT_EQ(run({"review", "--item", item, "--reopen", "--note", why, "--analyst", "bo"}, "reopen"), 0)
      << Read("reopen", ".err");
  EXPECT_EQ(run({"review", "--item", item, "--reopen", "--analyst", "bo"}, "reopen_no_note"), 2);
  EXPECT_NE(Read("reopen_no_note", ".err").find("--reopen needs --note"), std::string::npos)
      << Read("reopen_no_note", ".err");
  // Every detection of the item carries the reopen: back to new, with who and why.
  ASSERT_EQ(run({"hits", "--seller", "知产小店", "--format", "jsonl"}, "hits"), 0) << Read("hits", ".err");
  std::istringstream lines(Read("hits", ".out"));
  int rows = 0;
  for (std::string line; std::getline(lines, line); ++rows) {
    const nlohmann::json h = nlohmann::json::parse(line);
    EXPECT_EQ(std::to_string(h["item_id"].get<int64_t>()), item) << line;
    EXPECT_EQ(h["status"], "new") << line;
    EXPECT_EQ(h["note"], why) << line;
    EXPECT_EQ(h["analyst"], "bo") << line;
  }
  EXPECT_GT(rows, 0);
  ASSERT_EQ(run({"show", item}, "show"), 0) << Read("show", ".err");
  const std::string shown = Read("show", ".out");
  EXPECT_NE(shown.find("review      bo at "), std::string::npos) << shown;
  EXPECT_NE(shown.find("confirmed → new  (reopen by bo): " + why), std::string::npos) << shown;
  EXPECT_NE(shown.find("new → confirmed  (review by ana): first look"), std::string::npos) << shown;

  ASSERT_EQ(run({"review", "--item", item, "--confirm", "--note", "licence not in the registry", "--analyst", "bo"},
                "confirm2"),
            0)
      << Read("confirm2", ".err");
  ASSERT_EQ(Wait(SpawnArgv({LANTIAN_BINARY, "keygen", "--out", (dir_ / "keys").string()}, "keygen")), 0)
      << Read("keygen", ".err");
  ASSERT_EQ(run({"export", "--key", (dir_ / "keys" / "lantian-signing.key.pem").string(), "--out",
                 (dir_ / "bundle.zip").string(), "--draft"},
                "export"),
            0)
      << Read("export", ".err");

  // The default selects reported and still_up: the first recheck moves the
  // listing to still_up, the second looks at it again and says nothing changed.
  ASSERT_EQ(run({"recheck", "--allow-private", "--per-host-delay-ms", "0"}, "recheck1"), 0) << Read("recheck1", ".err");
  const std::string first = Read("recheck1", ".out");
  EXPECT_NE(first.find("still_up  generic " + a.base_url() + "/goods/10001.html (matched text still on the page)"),
            std::string::npos)
      << first;
  EXPECT_TRUE(first.ends_with("recheck: 1 item rechecked, 1 changed (1 still up)\n")) << first;
  ASSERT_EQ(run({"recheck", "--allow-private", "--per-host-delay-ms", "0"}, "recheck2"), 0) << Read("recheck2", ".err");
  EXPECT_TRUE(Read("recheck2", ".out").ends_with("recheck: 1 item rechecked, none changed (1 still up)\n"))
      << Read("recheck2", ".out");
  ASSERT_EQ(run({"recheck", "--status", "reported", "--allow-private"}, "recheck3"), 0) << Read("recheck3", ".err");
  const std::string left_out = Read("recheck3", ".out");
  EXPECT_TRUE(left_out.starts_with("recheck: 0 items with status reported (")) << left_out;
  EXPECT_TRUE(left_out.ends_with(" new, 1 still_up: still_up not selected by --status)\n")) << left_out;
  EXPECT_EQ(run({"recheck", "--status", "reported", "--status", "gone"}, "recheck_bad"), 2);
  EXPECT_EQ(Read("recheck_bad", ".err"),
            "lantian recheck: --status: unknown status 'gone' (valid: reported, still_up)\n");
  ASSERT_EQ(run({"verify"}, "verify"), 0) << Read("verify", ".err") << Read("verify", ".out");
}

// The same chain on PostgreSQL: two sweeps at once (two processes, each with
// its own WARC directory) write one store, an analyst reviews and exports
// from it, and `verify --db URL` finds one linear chain covering both.
TEST_F(SweepIntegrationTest, TwoSweepsAtOnceShareOnePostgresStoreAndItsChain) {
  auto pg = store::testing::PgTestDatabase::Create();
  if (!pg) GTEST_SKIP() << store::testing::PgTestDatabase::SkipReason();
  const std::string url = pg->url();
  WriteShop();
  FixtureServer& a = Serve("127.0.0.7", 0);
  FixtureServer& b = Serve("127.0.0.8", 0);
  auto config = [&](const std::string& name) {
    const fs::path path = dir_ / (name + ".toml");
    std::ifstream base(dir_ / "lantian.toml");
    std::stringstream ss;
    ss << base.rdbuf();
    std::ofstream(path) << ss.str() << "[store]\nurl = \"" << url << "\"\nwarc_dir = \""
                        << (dir_ / ("warc-" + name)).string() << "\"\n";
    return path.string();
  };
  auto sweep = [&](const std::string& name, const std::string& seed) {
    return SpawnArgv({LANTIAN_BINARY, "sweep", "--config", config(name), "--allow-private", "--per-host-delay-ms",
                      std::to_string(kDelayMs), "--format", "json", "--seed", seed},
                     name);
  };
  const pid_t first = sweep("w1", a.base_url() + "/search.html");
  const pid_t second = sweep("w2", b.base_url() + "/search.html");
  ASSERT_EQ(Wait(first), 0) << Read("w1", ".err");
  ASSERT_EQ(Wait(second), 0) << Read("w2", ".err");
  ExpectPolite(a);
  ExpectPolite(b);
  EXPECT_FALSE(fs::exists(dir_ / "lantian.db"));  // nothing went to a SQLite file

  auto run = [&](std::vector<std::string> args, const std::string& tag) {
    args.insert(args.begin(), LANTIAN_BINARY);
    args.insert(args.end(), {"--store", url});
    return Wait(SpawnArgv(std::move(args), tag));
  };
  ASSERT_EQ(run({"hits", "--by", "item", "--format", "jsonl"}, "findings"), 0) << Read("findings", ".err");
  const std::string found = Read("findings", ".out");
  // The same findings on each host (the same site served twice), each once:
  // the shop's offending listing and the offending pages of the fixture.
  std::vector<int64_t> items;
  std::map<std::string, std::set<std::string>> paths;  // host -> offending paths
  std::istringstream lines(found);
  for (std::string line; std::getline(lines, line);) {
    const nlohmann::json f = nlohmann::json::parse(line);
    items.push_back(f["item_id"]);
    const std::string u = f["item_url"];
    const size_t path = u.find('/', u.find("://") + 3);
    EXPECT_TRUE(paths[u.substr(0, path)].insert(u.substr(path)).second) << "twice: " << u;
  }
  ASSERT_EQ(paths.size(), 2u) << found;
  EXPECT_EQ(paths[a.base_url()], paths[b.base_url()]) << found;
  EXPECT_TRUE(paths[a.base_url()].contains("/goods/10001.html")) << found;
  EXPECT_EQ(items.size(), 2 * paths[a.base_url()].size());
  for (int64_t item : items) {
    ASSERT_EQ(run({"review", "--item", std::to_string(item), "--confirm", "--note", "offer", "--analyst", "ana"},
                  "review" + std::to_string(item)),
              0)
        << Read("review" + std::to_string(item), ".err");
  }
  ASSERT_EQ(Wait(SpawnArgv({LANTIAN_BINARY, "keygen", "--out", (dir_ / "keys").string()}, "keygen")), 0);
  ASSERT_EQ(run({"export", "--key", (dir_ / "keys" / "lantian-signing.key.pem").string(), "--out",
                 (dir_ / "bundle.zip").string(), "--draft"},
                "export"),
            0)
      << Read("export", ".err");
  ASSERT_EQ(Wait(SpawnArgv({LANTIAN_BINARY, "verify", (dir_ / "bundle.zip").string()}, "verify_zip")), 0)
      << Read("verify_zip", ".out") << Read("verify_zip", ".err");
  ASSERT_EQ(run({"verify"}, "verify"), 0) << Read("verify", ".err") << Read("verify", ".out");
  EXPECT_NE(Read("verify", ".out").find("OK"), std::string::npos) << Read("verify", ".out");

  // One linear chain: seq 1..N, each entry linked to the one before, with
  // captures from both sweeps; WARC files named by absolute path in both
  // directories.
  store::sql::Database db = store::sql::Database::Open(url, store::sql::OpenOptions{});
  store::sql::Statement q(db, "SELECT seq, prev_hash, chain_hash FROM chain ORDER BY seq");
  int64_t expected = 1;
  std::string prev(64, '0');
  while (q.executeStep()) {
    EXPECT_EQ(q.getColumn(0).getInt64(), expected++);
    EXPECT_EQ(q.getColumn(1).getString(), prev);
    prev = q.getColumn(2).getString();
  }
  EXPECT_GT(expected, 10);
  store::sql::Statement files(db, "SELECT name FROM warc_files ORDER BY name");
  std::set<std::string> dirs;
  while (files.executeStep()) {
    const fs::path name = files.getColumn(0).getString();
    EXPECT_TRUE(name.is_absolute()) << name;
    // <configured dir>/<writer's own dir>/<file>
    dirs.insert(name.parent_path().parent_path().filename().string());
  }
  EXPECT_EQ(dirs, (std::set<std::string>{"warc-w1", "warc-w2"}));

  // A row changed behind the store's back is found.
  db.exec("UPDATE hits SET match = match || 'x' WHERE id = (SELECT min(id) FROM hits)");
  EXPECT_EQ(run({"verify"}, "verify_bad"), 1) << Read("verify_bad", ".out");
  // A server that is not there is one line naming it, without its password.
  EXPECT_NE(Wait(SpawnArgv({LANTIAN_BINARY, "hits", "--store", "postgresql://lt:s3cret@127.0.0.1:1/none"}, "nodb")), 0);
  const std::string err = Read("nodb", ".err");
  EXPECT_TRUE(err.starts_with("lantian hits: postgresql://lt:***@127.0.0.1:1/none: cannot connect")) << err;
  EXPECT_EQ(err.find("s3cret"), std::string::npos) << err;
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
  // --sweep names the sweep --status shows; joining one is lantian worker's.
  EXPECT_EQ(Wait(SpawnArgv({LANTIAN_BINARY, "sweep", "--store", url, "--sweep", "1"}, "sweep_n")), 2);
  EXPECT_EQ(Read("sweep_n", ".err"),
            "lantian sweep: --sweep goes with --status (to work on a running sweep: lantian worker --sweep 1)\n");
}

// A fleet on one PostgreSQL store: the sweep's own process and two workers
// share four sites; one worker is killed -9 mid-sweep. Politeness holds
// across processes (one request per host, the delay between them, as each
// server saw it), every page is fetched, only what the killed worker had in
// flight is fetched twice, and the chain verifies.
TEST_F(SweepIntegrationTest, FleetOfThreeHoldsPolitenessAcrossProcessesAndSurvivesAKill) {
  auto pg = store::testing::PgTestDatabase::Create();
  if (!pg) GTEST_SKIP() << store::testing::PgTestDatabase::SkipReason();
  const std::string url = pg->url();
  constexpr int kItems = 24;
  fs::create_directories(dir_ / "root" / "fleet");
  std::string index = "<html><head><meta charset=utf-8><title>fleet</title></head><body><ul>";
  for (int i = 1; i <= kItems; ++i) {
    index += "<li><a href=\"/fleet/" + std::to_string(i) + ".html\">item " + std::to_string(i) + "</a></li>";
    std::ofstream(dir_ / "root" / "fleet" / (std::to_string(i) + ".html"))
        << "<html><head><meta charset=utf-8><title>item " << i << "</title></head><body><p>"
        << (i % 6 == 0 ? "实用新型专利代写 包授权 不过退款 " : "二手自行车 九成新 ") << i << "</p></body></html>";
  }
  std::ofstream(dir_ / "root" / "fleet" / "index.html") << index << "</ul></body></html>";
  std::vector<FixtureServer*> servers;
  for (const char* bind : {"127.0.0.7", "127.0.0.8", "127.0.0.9", "127.0.0.10"}) servers.push_back(&Serve(bind, 0));
  {
    std::ifstream base(dir_ / "lantian.toml");
    std::stringstream ss;
    ss << base.rdbuf();
    std::ofstream(dir_ / "fleet.toml") << ss.str() << "[store]\nurl = \"" << url << "\"\nwarc_dir = \""
                                       << (dir_ / "warc").string() << "\"\n";
  }
  const std::string config = (dir_ / "fleet.toml").string();
  const std::string delay = std::to_string(kDelayMs);
  // One transfer per worker: each holds two rows at a time, so the work is
  // shared however late a worker starts (a slow build starts them slowly).
  std::vector<std::string> sweep = {LANTIAN_BINARY, "sweep", "--config", config, "--allow-private",
                                    "--per-host-delay-ms", delay, "--max-in-flight", "1", "--format", "json"};
  for (FixtureServer* s : servers) sweep.insert(sweep.end(), {"--seed", s->base_url() + "/fleet/index.html"});
  const pid_t first = SpawnArgv(sweep, "w1");

  store::sql::Database db = store::sql::Database::Open(url, store::sql::OpenOptions{});
  auto scalar = [&db](const std::string& q) {
    try {
      store::sql::Statement st(db, q);
      return st.executeStep() ? st.getColumn(0).getInt64() : 0;
    } catch (const store::sql::Error&) {
      return int64_t{0};  // the schema is not there yet
    }
  };
  auto wait_for = [](const std::function<bool()>& done) {  // up to 30 s
    for (int i = 0; i < 1200 && !done(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
    return done();
  };
  ASSERT_TRUE(wait_for([&] { return scalar("SELECT count(*) FROM sweeps") == 1; }));
  auto worker = [&](const std::string& name) {
    return SpawnArgv({LANTIAN_BINARY, "worker", "--config", config, "--name", name, "--allow-private",
                      "--per-host-delay-ms", delay, "--max-in-flight", "1", "--format", "json"},
                     name);
  };
  const pid_t victim = worker("w2");
  const pid_t third = worker("w3");
  // Killed once it has written pages of its own.
  ASSERT_TRUE(wait_for([&] { return scalar("SELECT pages FROM workers WHERE name = 'w2'") >= 2; }))
      << Read("w2", ".err");
  ::kill(victim, SIGKILL);
  EXPECT_EQ(Wait(victim), 128 + SIGKILL);
  ASSERT_EQ(Wait(first), 0) << Read("w1", ".err");
  ASSERT_EQ(Wait(third), 0) << Read("w3", ".err");

  // Coverage 1.0: every row of the sweep done, nothing failed or left.
  EXPECT_EQ(scalar("SELECT count(*) FROM frontier"), 4 * (kItems + 1));
  EXPECT_EQ(scalar("SELECT count(*) FROM frontier WHERE state <> 1"), 0);
  EXPECT_EQ(scalar("SELECT count(DISTINCT url) FROM captures WHERE revisit_of IS NULL"), 4 * (kItems + 1));
  EXPECT_EQ(scalar("SELECT count(*) FROM (SELECT item_id, rule_id, match_norm FROM hits GROUP BY 1, 2, 3 "
                   "HAVING count(*) > 1) d"),
            0);
  EXPECT_GE(scalar("SELECT count(*) FROM workers WHERE pages > 0"), 2);
  int twice = 0, robots = 0;
  for (FixtureServer* s : servers) {
    ExpectPolite(*s);
    std::map<std::string, int> per_target;
    for (const auto& r : s->Requests()) {
      if (r.target != "/robots.txt") ++per_target[r.target];
    }
    EXPECT_EQ(per_target.size(), static_cast<size_t>(kItems + 1)) << s->base_url();
    // One robots.txt request per host for the whole fleet (the answer is
    // shared); a second only if the killed worker was asking it.
    EXPECT_LE(s->CountTarget("/robots.txt"), 2) << s->base_url();
    robots += s->CountTarget("/robots.txt");
    for (const auto& [target, n] : per_target) twice += n - 1;
  }
  // Only what the killed worker had in flight, or fetched but not yet committed.
  EXPECT_LE(twice, 4);
  EXPECT_LE(robots, 5);

  ASSERT_EQ(Wait(SpawnArgv({LANTIAN_BINARY, "verify", "--store", url}, "verify")), 0)
      << Read("verify", ".out") << Read("verify", ".err");
  ASSERT_EQ(Wait(SpawnArgv({LANTIAN_BINARY, "sweep", "--status", "--store", url}, "status")), 0)
      << Read("status", ".err");
  const std::string status = Read("status", ".out");
  EXPECT_TRUE(status.starts_with("sweep 1 done, started ")) << status;
  EXPECT_NE(status.find(std::to_string(4 * (kItems + 1)) + " done, 0 pending"), std::string::npos) << status;
  for (const char* name : {"w2", "w3"}) EXPECT_NE(status.find(name), std::string::npos) << status;
  // The killed one never said it finished (silent, or working if it died a moment ago).
  const size_t w2 = status.find("\nw2 ");
  ASSERT_NE(w2, std::string::npos) << status;
  const std::string w2_line = status.substr(w2 + 1, status.find('\n', w2 + 1) - w2 - 1);
  EXPECT_EQ(w2_line.find("finished"), std::string::npos) << status;
  EXPECT_NE(status.find("finished"), std::string::npos) << status;  // the others did
}

}  // namespace
}  // namespace lantian
