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

}  // namespace
}  // namespace lantian::store
