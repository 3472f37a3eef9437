// Store::ListItemsForRescan and Store::AddRescanHits (`lantian rescan`).

#include <span>

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::MakeHit;
using testing::MakePage;
using testing::OpenStore;
using testing::TempDir;

TEST(StoreRescanTest, AddsNewHitsAndLeavesReviewedOnesAlone) {
  TempDir dir;
  auto store = OpenStore(dir);
  ASSERT_NE(store, nullptr);
  auto sweep = store->BeginSweep("", "{}");
  PageResult page = MakePage(*sweep, "http://a.example/1", "1");
  auto written = store->WritePages(std::span<const PageResult>(&page, 1));
  ASSERT_TRUE(written.ok()) << written.status().message();
  const int64_t old_hit = (*written)[0].hit_ids[0][0];
  ASSERT_TRUE(store->SetHitStatus({{old_hit}, HitStatus::kConfirmed, "analyst", "seen"}).ok());

  auto items = store->ListItemsForRescan(0, "");
  ASSERT_TRUE(items.ok()) << items.status().message();
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ((*items)[0].capture_id, (*written)[0].capture_id);
  EXPECT_EQ((*items)[0].text, page.items[0].first.text);
  EXPECT_TRUE(store->ListItemsForRescan(*sweep + 1, "")->empty());
  EXPECT_TRUE(store->ListItemsForRescan(0, "2999-01-01")->empty());

  // The old hit found again, plus a model hit that is new.
  HitInput model = MakeHit("model.forged_seal", "刻章");
  model.source = "model";
  model.score = 0.9;
  std::vector<std::pair<RescanItem, std::vector<HitInput>>> found = {{(*items)[0], {MakeHit(), model}}};
  auto added = store->AddRescanHits(found);
  ASSERT_TRUE(added.ok()) << added.status().message();
  EXPECT_EQ(*added, 1);
  EXPECT_EQ(*store->AddRescanHits(found), 0);  // twice is once
  EXPECT_EQ(store->GetHit(old_hit)->status, "confirmed");
  auto hits = store->ListHits({});
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ((*hits)[1].source, "model");
  EXPECT_EQ((*hits)[1].capture_id, (*written)[0].capture_id);
  EXPECT_EQ((*hits)[1].status, "new");
  EXPECT_TRUE(store->VerifyChain()->ok());

  RescanItem gone = (*items)[0];
  gone.item_id = 999;
  auto missing = store->AddRescanHits({{gone, {MakeHit()}}});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "item 999: no such item");
  EXPECT_EQ(store->ListHits({})->size(), 2u);  // nothing written
  EXPECT_TRUE(store->VerifyChain()->ok());
}

// The analysts' decisions as labels: confirmed (and later reported)
// categories, dismissed ones, items without hits.
TEST(StoreRescanTest, ReviewLabelsFollowTheDecisions) {
  TempDir dir;
  auto store = OpenStore(dir);
  ASSERT_NE(store, nullptr);
  auto sweep = store->BeginSweep("", "{}");
  std::vector<PageResult> pages = {MakePage(*sweep, "http://a.example/1", "1"),
                                   MakePage(*sweep, "http://a.example/2", "2"),
                                   MakePage(*sweep, "http://a.example/3", "3"),
                                   MakePage(*sweep, "http://a.example/4", "4")};
  pages[0].items[0].second.push_back(MakeHit("forged_seal.kezhang", "刻章"));
  pages[3].items[0].second.clear();
  auto w = store->WritePages(pages);
  ASSERT_TRUE(w.ok()) << w.status().message();
  ASSERT_TRUE(store->SetHitStatus({{(*w)[0].hit_ids[0][0]}, HitStatus::kConfirmed, "a", ""}).ok());
  ASSERT_TRUE(store->SetHitStatus({{(*w)[0].hit_ids[0][1]}, HitStatus::kDismissed, "a", ""}).ok());
  ASSERT_TRUE(store->SetHitStatus({{(*w)[1].hit_ids[0][0]}, HitStatus::kDismissed, "a", ""}).ok());
  auto labels = store->ListReviewLabels();
  ASSERT_TRUE(labels.ok()) << labels.status().message();
  ASSERT_EQ(labels->size(), 4u);
  EXPECT_EQ((*labels)[0].confirmed, (std::vector<std::string>{"guaranteed_grant"}));
  EXPECT_EQ((*labels)[0].dismissed, (std::vector<std::string>{"forged_seal"}));
  EXPECT_TRUE((*labels)[1].confirmed.empty());
  EXPECT_EQ((*labels)[1].dismissed, (std::vector<std::string>{"guaranteed_grant"}));
  EXPECT_TRUE((*labels)[2].has_hits);  // new only: no decision
  EXPECT_TRUE((*labels)[2].confirmed.empty() && (*labels)[2].dismissed.empty());
  EXPECT_FALSE((*labels)[3].has_hits);
  EXPECT_EQ((*labels)[3].text, pages[3].items[0].first.text);
}

}  // namespace
}  // namespace lantian::store
