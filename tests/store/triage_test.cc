#include "store/triage.h"

#include <algorithm>

#include <nlohmann/json.hpp>
#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::MakeItem;
using testing::MakePage;
using testing::TempDir;

class TriageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StoreOptions o;
    o.db_path = db();
    o.hostname = "h";
    auto s = Store::Open(o);
    ASSERT_TRUE(s.ok());
    auto sweep = (*s)->BeginSweep("", "{}");
    std::vector<PageResult> pages{MakePage(*sweep, "http://xianyu.example/1", "1"),
                                  MakePage(*sweep, "http://taobao.example/2", "2")};
    pages[1].items[0].first = MakeItem("taobao", "2", "http://taobao.example/2", "店铺,\"B\"",
                                       {{"wechat", "same"}});
    pages[0].items[0].first.contacts = {{"wechat", "SAME"}};
    auto w = (*s)->WritePages(pages);
    ASSERT_TRUE(w.ok());
    hit1_ = (*w)[0].hit_ids[0][0];
    hit2_ = (*w)[1].hit_ids[0][0];
  }
  std::string db() const { return dir_.Db(); }

  TempDir dir_;
  int64_t hit1_ = 0, hit2_ = 0;
};

TEST_F(TriageTest, HitsJsonlCarriesTheContractFields) {
  HitsRequest req;
  req.db_path = db();
  req.format = OutputFormat::kJsonl;
  auto out = RunHits(req);
  ASSERT_TRUE(out.ok()) << out.status().message();
  std::string first = out->substr(0, out->find('\n'));
  auto j = nlohmann::json::parse(first);
  for (const char* key : {"id", "category", "rule", "severity", "status", "platform", "item_url",
                          "item_title", "seller", "page_url", "match", "snippet", "captured_at",
                          "capture_sha256"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["id"], hit1_);
  EXPECT_EQ(j["status"], "new");
  EXPECT_EQ(j["category"], "guaranteed_grant");
  EXPECT_EQ(j["match"], "包授权");
  EXPECT_EQ(j["capture_sha256"].get<std::string>().size(), 64u);
  EXPECT_TRUE(j["captured_at"].get<std::string>().ends_with("Z"));
}

TEST_F(TriageTest, HitsFilterByPlatformAndCsvQuotes) {
  HitsRequest req;
  req.db_path = db();
  req.format = OutputFormat::kCsv;
  req.filter.platform = "taobao";
  auto out = RunHits(req);
  ASSERT_TRUE(out.ok());
  EXPECT_TRUE(out->starts_with("\xEF\xBB\xBFid,category,rule,severity,status,platform,item_url,"));
  EXPECT_NE(out->find(",\"店铺,\"\"B\"\"\","), std::string::npos) << *out;
  EXPECT_EQ(std::count(out->begin(), out->end(), '\n'), 2);
}

TEST_F(TriageTest, HitsByItemIsOneFindingPerListing) {
  HitsRequest req;
  req.db_path = db();
  req.by_item = true;
  req.format = OutputFormat::kJsonl;
  auto out = RunHits(req);
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ(std::count(out->begin(), out->end(), '\n'), 2);
  auto j = nlohmann::json::parse(out->substr(0, out->find('\n')));
  EXPECT_EQ(j["categories"], nlohmann::json::array({"guaranteed_grant"}));
  EXPECT_EQ(j["evidence"][0]["match"], "包授权");
  EXPECT_EQ(j["hits"], 1);
  req.limit = 1;
  req.format = OutputFormat::kTable;
  auto table = RunHits(req);
  ASSERT_TRUE(table.ok());
  EXPECT_TRUE(table->starts_with("ITEM STATUS SEV  SCORE P HITS CATEGORIES")) << *table;
  EXPECT_TRUE(table->ends_with("1 finding\n")) << *table;
  req.format = OutputFormat::kCsv;
  auto csv = RunHits(req);
  ASSERT_TRUE(csv.ok());
  EXPECT_TRUE(csv->starts_with("\xEF\xBB\xBFitem_id,status,severity,score,categories,evidence,")) << *csv;
}

TEST_F(TriageTest, HitsFilterBySellerTextAndSince) {
  HitsRequest req;
  req.db_path = db();
  req.format = OutputFormat::kJsonl;
  auto count = [&] {
    auto out = RunHits(req);
    EXPECT_TRUE(out.ok());
    return out.ok() ? std::count(out->begin(), out->end(), '\n') : -1;
  };
  req.filter.seller = "店铺";
  EXPECT_EQ(count(), 1);
  req.filter.seller = "nobody";
  EXPECT_EQ(count(), 0);
  req.filter.seller.clear();
  req.filter.text = "不过全额退款";
  EXPECT_EQ(count(), 2);
  req.filter.text.clear();
  req.filter.since = "2999-01-01T00:00:00.000Z";
  EXPECT_EQ(count(), 0);
  req.filter.since = "2000-01-01T00:00:00.000Z";
  EXPECT_EQ(count(), 2);
}

TEST_F(TriageTest, ReviewByItemMovesEveryHitOfTheFinding) {
  HitsRequest hits;
  hits.db_path = db();
  hits.format = OutputFormat::kJsonl;
  auto before = RunHits(hits);
  ASSERT_TRUE(before.ok());
  const int64_t item = nlohmann::json::parse(before->substr(0, before->find('\n')))["item_id"];

  ReviewRequest req;
  req.db_path = db();
  req.item_ids = {item};
  req.category = "forged_seal";
  req.to = HitStatus::kConfirmed;
  req.analyst = "wang.li";
  auto none = RunReview(req);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().message(), "item " + std::to_string(item) + ": no forged_seal hits (see `lantian hits`)");

  req.category.clear();
  auto moved = RunReview(req);
  ASSERT_TRUE(moved.ok()) << moved.status().message();
  EXPECT_EQ(*moved, "confirmed 1 item (1 hit): " + std::to_string(hit1_) + " (analyst wang.li)\n");

  // Dismissing a confirmed finding is refused, naming the item and why; nothing moves.
  req.to = HitStatus::kDismissed;
  auto refused = RunReview(req);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().message(), "item " + std::to_string(item) + ": no hit can move to dismissed (1 confirmed)");
  req.to = HitStatus::kConfirmed;
  auto again = RunReview(req);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, "nothing to do: every hit of the listed items is already confirmed\n");

  req.item_ids = {999};
  auto missing = RunReview(req);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(missing.status().message(), "item 999: no hits (see `lantian hits`)");
}

TEST_F(TriageTest, ReopenUndoesAReviewWithANoteSeenInEveryFormat) {
  ReviewRequest req;
  req.db_path = db();
  req.hit_ids = {hit1_};
  req.to = HitStatus::kDismissed;
  req.note = "looked like news";
  req.analyst = "li.wei";
  ASSERT_TRUE(RunReview(req).ok());

  // Reopening needs a note saying why; nothing moves without one.
  req.to = HitStatus::kNew;
  req.note = "  ";
  auto no_note = RunReview(req);
  ASSERT_FALSE(no_note.ok());
  EXPECT_EQ(no_note.status().message(), "reopen: a note saying why is required");

  req.note = "it is an ad: 包授权 with a price";
  req.analyst = "zhao.min";
  auto reopened = RunReview(req);
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  EXPECT_EQ(*reopened, "reopened 1 hit: " + std::to_string(hit1_) + " (analyst zhao.min)\n");

  HitsRequest hits;
  hits.db_path = db();
  hits.format = OutputFormat::kJsonl;
  auto jsonl = RunHits(hits);
  ASSERT_TRUE(jsonl.ok());
  auto j = nlohmann::json::parse(jsonl->substr(0, jsonl->find('\n')));
  EXPECT_EQ(j["status"], "new");
  EXPECT_EQ(j["analyst"], "zhao.min");
  EXPECT_EQ(j["note"], "it is an ad: 包授权 with a price");
  EXPECT_FALSE(j["reviewed_at"].get<std::string>().empty());
  hits.format = OutputFormat::kCsv;
  auto csv = RunHits(hits);
  ASSERT_TRUE(csv.ok());
  EXPECT_NE(csv->find(",analyst,note,reviewed_at,source,score\r\n"), std::string::npos);
  EXPECT_NE(csv->find(",zhao.min,it is an ad: 包授权 with a price,"), std::string::npos) << *csv;
  hits.format = OutputFormat::kTable;
  hits.by_item = true;
  auto table = RunHits(hits);
  ASSERT_TRUE(table.ok());
  EXPECT_NE(table->find("zhao.min: it is an ad"), std::string::npos) << *table;
  hits.format = OutputFormat::kJsonl;
  auto findings = RunHits(hits);
  ASSERT_TRUE(findings.ok());
  EXPECT_NE(findings->find("\"note\":\"it is an ad: 包授权 with a price\""), std::string::npos) << *findings;

  // A new hit cannot be reopened; neither can one that went out in a notice.
  auto again = RunReview(req);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().message(),
            "hit " + std::to_string(hit1_) + ": cannot reopen a new hit (only confirmed or dismissed)");
  req.hit_ids.clear();
  req.item_ids = {j["item_id"].get<int64_t>()};
  auto item_again = RunReview(req);
  ASSERT_TRUE(item_again.ok());
  EXPECT_EQ(*item_again, "nothing to do: every hit of the listed items is already new\n");
  {
    StoreOptions o;
    o.db_path = db();
    auto s = Store::Open(o);
    ASSERT_TRUE(s.ok());
    StatusChange c;
    c.hit_ids = {hit2_};
    c.to = HitStatus::kConfirmed;
    c.actor = "a";
    ASSERT_TRUE((*s)->SetHitStatus(c).ok());
    c.to = HitStatus::kReported;
    c.kind = "export";
    ASSERT_TRUE((*s)->SetHitStatus(c).ok());
  }
  req.item_ids.clear();
  req.hit_ids = {hit2_};
  auto reported = RunReview(req);
  ASSERT_FALSE(reported.ok());
  EXPECT_EQ(reported.status().message(),
            "hit " + std::to_string(hit2_) + ": cannot reopen a reported hit (only confirmed or dismissed)");
}

TEST_F(TriageTest, HitsOnMissingDatabaseIsOneLineError) {
  HitsRequest req;
  req.db_path = dir_.File("nope.db");
  auto out = RunHits(req);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().message(), dir_.File("nope.db") + ": no such database");
}

TEST_F(TriageTest, ReviewRecordsAnalystAndRefusesBadMoves) {
  ReviewRequest req;
  req.db_path = db();
  req.hit_ids = {hit1_};
  req.to = HitStatus::kDismissed;
  req.note = "news article";
  req.analyst = "li.wei";
  auto out = RunReview(req);
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ(*out, "dismissed 1 hit: " + std::to_string(hit1_) + " (analyst li.wei)\n");
  req.hit_ids = {hit2_, hit1_};
  req.to = HitStatus::kConfirmed;
  auto refused = RunReview(req);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Status::Code::kFailedPrecondition);
  EXPECT_EQ(refused.status().message(),
            "hit " + std::to_string(hit1_) + ": cannot move from dismissed to confirmed");
  HitsRequest hits;
  hits.db_path = db();
  hits.filter.status = HitStatus::kNew;
  hits.format = OutputFormat::kJsonl;
  auto still_new = RunHits(hits);
  EXPECT_NE(still_new->find("\"id\":" + std::to_string(hit2_)), std::string::npos);
}

TEST_F(TriageTest, EntitiesLinksShopsAcrossPlatforms) {
  EntitiesRequest req;
  req.db_path = db();
  req.format = OutputFormat::kJsonl;
  auto out = RunEntities(req);
  ASSERT_TRUE(out.ok()) << out.status().message();
  auto j = nlohmann::json::parse(out->substr(0, out->find('\n')));
  EXPECT_EQ(j["total_hits"], 2);
  EXPECT_EQ(j["platforms"], nlohmann::json::array({"taobao", "xianyu"}));
  EXPECT_EQ(j["contacts"], nlohmann::json::array({"wechat:same"}));
  req.format = OutputFormat::kTable;
  auto table = RunEntities(req);
  ASSERT_TRUE(table.ok());
  EXPECT_TRUE(table->starts_with("RANK "));
}

TEST_F(TriageTest, VerifyDbReportsChainOk) {
  auto report = RunVerifyDb(db());
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(FormatVerifyReport(*report), "chain OK: 4 entries\n");
}

}  // namespace
}  // namespace lantian::store
