#include <string>

#include <nlohmann/json.hpp>
#include <gtest/gtest.h>

#include "store/store.h"
#include "store/triage.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::MakeHit;
using testing::MakePage;
using testing::OpenStore;
using testing::TempDir;

class ShowReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = OpenStore(dir_);
    ASSERT_TRUE(s);
    auto sweep = s->BeginSweep("", "{}");
    ASSERT_TRUE(sweep.ok());
    std::vector<PageResult> pages{MakePage(*sweep, "http://xianyu.example/1", "1"),
                                  MakePage(*sweep, "http://xianyu.example/2", "2")};
    // Item 2: a long description with the offer buried in the middle, and a
    // hit whose offsets point elsewhere (the stored text grew since).
    auto& long_item = pages[1].items[0];
    long_item.first.text = std::string(3000, 'a') + " 下证快 包授权 不成退款 " + std::string(3000, 'b');
    long_item.second = {MakeHit("guaranteed_grant.bao_shouquan", "包授权"),
                        MakeHit("guaranteed_grant.refund", "不成退款")};
    auto w = s->WritePages(pages);
    ASSERT_TRUE(w.ok()) << w.status().message();
    item1_ = (*w)[0].item_ids[0];
    item2_ = (*w)[1].item_ids[0];
    hit1_ = (*w)[0].hit_ids[0][0];
  }
  std::string db() const { return dir_.Db(); }

  TempDir dir_;
  int64_t item1_ = 0, item2_ = 0, hit1_ = 0;
};

TEST_F(ShowReportTest, ShowsFieldsMarkedTextCapturesAndHistory) {
  ReviewRequest review;
  review.db_path = db();
  review.item_ids = {item1_};
  review.to = HitStatus::kConfirmed;
  review.note = "offer with refund promise";
  review.analyst = "wang.li";
  ASSERT_TRUE(RunReview(review).ok());

  ShowRequest req;
  req.db_path = db();
  req.item_id = item1_;
  auto out = RunShow(req);
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_TRUE(out->starts_with("item " + std::to_string(item1_) + " · "));
  EXPECT_NE(out->find("· confirmed · high · score 31\n"), std::string::npos) << *out;
  EXPECT_NE(out->find("  title       实用新型代写 包授权 1\n"), std::string::npos) << *out;
  EXPECT_NE(out->find("  实用新型代写 ⟦包授权⟧ 不过全额退款 1\n"), std::string::npos) << *out;
  EXPECT_NE(out->find("  review      wang.li at "), std::string::npos) << *out;
  EXPECT_NE(out->find("captures (1)\n"), std::string::npos) << *out;
  EXPECT_NE(out->find("http://xianyu.example/1\n"), std::string::npos) << *out;
  EXPECT_NE(out->find("history (1 change)\n"), std::string::npos) << *out;
  EXPECT_NE(out->find("hit #" + std::to_string(hit1_) +
                      " (guaranteed_grant)  new → confirmed  (review by wang.li): offer with refund promise\n"),
            std::string::npos)
      << *out;

  req.format = OutputFormat::kJsonl;
  auto json = RunShow(req);
  ASSERT_TRUE(json.ok());
  auto j = nlohmann::json::parse(*json);
  EXPECT_EQ(j["item"]["id"], item1_);
  EXPECT_EQ(j["finding"]["status"], "confirmed");
  EXPECT_EQ(j["finding"]["note"], "offer with refund promise");
  EXPECT_EQ(j["hits"].size(), 1u);
  ASSERT_EQ(j["spans"].size(), 1u);
  EXPECT_EQ(j["spans"][0]["start"], 19);
  EXPECT_EQ(j["spans"][0]["end"], 28);
  EXPECT_EQ(j["captures"].size(), 1u);
  ASSERT_EQ(j["history"].size(), 1u);
  EXPECT_EQ(j["history"][0]["analyst"], "wang.li");
}

TEST_F(ShowReportTest, LongTextShowsTheEvidenceInContextFoundByItsText) {
  ShowRequest req;
  req.db_path = db();
  req.item_id = item2_;
  auto out = RunShow(req);
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_NE(out->find("下证快 ⟦包授权⟧ ⟦不成退款⟧ b"), std::string::npos) << *out;
  EXPECT_NE(out->find("  … aaa"), std::string::npos);
  EXPECT_NE(out->find("bbb …\n"), std::string::npos);
  EXPECT_LT(out->size(), 2000u);  // not the 6 KB text
  EXPECT_NE(out->find("history (0 changes)\n"), std::string::npos);
}

TEST_F(ShowReportTest, AnItemWithoutHitsShowsItsFieldsAndAMissingOneIsAnError) {
  ShowRequest req;
  req.db_path = db();
  req.item_id = 999;
  auto missing = RunShow(req);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(missing.status().message(), "item 999: no such item (see `lantian items`)");

  ShowRequest nodb;
  nodb.db_path = dir_.File("nope.db");
  nodb.item_id = 1;
  auto err = RunShow(nodb);
  ASSERT_FALSE(err.ok());
  EXPECT_EQ(err.status().message(), dir_.File("nope.db") + ": no such database");
}

}  // namespace
}  // namespace lantian::store
