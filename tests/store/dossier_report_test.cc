#include <string>

#include <nlohmann/json.hpp>
#include <gtest/gtest.h>

#include "store/store.h"
#include "store/triage.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::MakeItem;
using testing::MakePage;
using testing::OpenStore;
using testing::TempDir;

// Two shops on two platforms share a WeChat id: one offender, two listings.
// A third shop has nothing in common with them.
class DossierReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = OpenStore(dir_);
    ASSERT_TRUE(s);
    auto sweep = s->BeginSweep("", "{}");
    ASSERT_TRUE(sweep.ok());
    std::vector<PageResult> pages{MakePage(*sweep, "http://xianyu.example/1", "1"),
                                  MakePage(*sweep, "http://taobao.example/2", "2"),
                                  MakePage(*sweep, "http://jd.example/3", "3")};
    pages[0].items[0].first.contacts = {{"wechat", "zl<b>888"}};
    pages[1].items[0].first = MakeItem("taobao", "2", "http://taobao.example/2", "快证工作室", {{"wechat", "ZL<B>888"}});
    pages[2].items[0].first = MakeItem("jd", "3", "http://jd.example/3", "other-shop", {{"phone", "13800000000"}});
    auto w = s->WritePages(pages);
    ASSERT_TRUE(w.ok()) << w.status().message();
    item1_ = (*w)[0].item_ids[0];
    item2_ = (*w)[1].item_ids[0];
  }
  std::string db() const { return dir_.Db(); }
  int64_t OffenderOf(const std::string& platform) {
    EntitiesRequest req;
    req.db_path = db();
    req.format = OutputFormat::kJsonl;
    auto out = RunEntities(req);
    EXPECT_TRUE(out.ok());
    std::size_t start = 0;
    while (start < out->size()) {
      const std::size_t end = out->find('\n', start);
      auto j = nlohmann::json::parse(out->substr(start, end - start));
      for (const auto& p : j["platforms"]) {
        if (p == platform) return j["id"];
      }
      start = end + 1;
    }
    return 0;
  }

  TempDir dir_;
  int64_t item1_ = 0, item2_ = 0;
};

TEST_F(DossierReportTest, OneOffenderWithEveryListingOutcomeAndTimeline) {
  ReviewRequest review;
  review.db_path = db();
  review.item_ids = {item2_};
  review.to = HitStatus::kConfirmed;
  review.note = "same wechat as xianyu seller";
  review.analyst = "wang.li";
  ASSERT_TRUE(RunReview(review).ok());

  const int64_t id = OffenderOf("taobao");
  ASSERT_GT(id, 0);
  EXPECT_EQ(OffenderOf("xianyu"), id);
  EXPECT_NE(OffenderOf("jd"), id);

  DossierRequest req;
  req.db_path = db();
  req.offender_id = id;
  auto text = RunDossier(req);
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_TRUE(text->starts_with("offender " + std::to_string(id) + " · 2 listings (2 with findings) · 2 platforms\n"))
      << *text;
  EXPECT_NE(text->find("  outcomes   1 confirmed, 1 new\n"), std::string::npos) << *text;
  EXPECT_NE(text->find("http://taobao.example/2"), std::string::npos);
  EXPECT_NE(text->find("http://xianyu.example/1"), std::string::npos);
  EXPECT_EQ(text->find("http://jd.example/3"), std::string::npos) << "another offender's listing";
  EXPECT_NE(text->find("confirmed by wang.li (guaranteed_grant): same wechat as xianyu seller"), std::string::npos)
      << *text;
  EXPECT_NE(text->find("first seen on xianyu"), std::string::npos);

  req.format = DossierFormat::kJson;
  auto json = RunDossier(req);
  ASSERT_TRUE(json.ok());
  auto j = nlohmann::json::parse(*json);
  EXPECT_EQ(j["listing_count"], 2);
  EXPECT_EQ(j["outcomes"]["confirmed"], 1);
  EXPECT_EQ(j["listings"].size(), 2u);
  EXPECT_EQ(j["contacts"].size(), 1u);

  req.format = DossierFormat::kHtml;
  req.now_utc = "2026-12-07T08:00:00Z";
  auto html = RunDossier(req);
  ASSERT_TRUE(html.ok());
  EXPECT_TRUE(html->starts_with("<!doctype html>"));
  EXPECT_NE(html->find("default-src 'none'"), std::string::npos);      // nothing external, no script
  EXPECT_EQ(html->find("<script"), std::string::npos);
  EXPECT_NE(html->find("zl&lt;b&gt;888"), std::string::npos) << *html;  // stored text is escaped
  EXPECT_EQ(html->find("zl<b>888"), std::string::npos);
  EXPECT_NE(html->find("链接数 listings</dt><dd>2（其中有线索 2）"), std::string::npos) << *html;
}

TEST_F(DossierReportTest, AnUnknownOffenderIsAOneLineError) {
  DossierRequest req;
  req.db_path = db();
  req.offender_id = 999;
  auto out = RunDossier(req);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(out.status().message(), "offender 999: no such offender with hits (see `lantian entities`)");
}

}  // namespace
}  // namespace lantian::store
