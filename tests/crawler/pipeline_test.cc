#include "crawler/pipeline.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "crawler/link_scan.h"
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
  ASSERT_FALSE(summary->notes.empty());
  EXPECT_NE(summary->notes[0].find("address guard"), std::string::npos) << summary->notes[0];
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

}  // namespace
}  // namespace lantian::crawler
