// Store's triage queries (store_triage.cc): status moves, hit listings,
// offender groups.

#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::CountRows;
using testing::MakeItem;
using testing::MakePage;
using testing::OpenStore;
using testing::RawDb;
using testing::TempDir;

// Two pages of one sweep, one item with one hit each.
std::vector<WrittenPage> WriteTwoPages(Store& store) {
  auto sweep = store.BeginSweep("", "{}");
  std::vector<PageResult> pages{MakePage(*sweep, "http://a.example/1", "1"),
                                MakePage(*sweep, "http://a.example/2", "2")};
  auto w = store.WritePages(pages);
  EXPECT_TRUE(w.ok()) << w.status().message();
  return w.ok() ? *w : std::vector<WrittenPage>{};
}

TEST(StoreTriageTest, ReviewMovesStatusAndRecordsWhoWhenWhy) {
  TempDir dir;
  auto store = OpenStore(dir);
  const std::vector<WrittenPage> w = WriteTwoPages(*store);
  ASSERT_EQ(w.size(), 2u);
  int64_t h1 = w[0].hit_ids[0][0], h2 = w[1].hit_ids[0][0];
  ASSERT_TRUE(store->SetHitStatus({{h1}, HitStatus::kConfirmed, "alice", "clear solicitation"}).ok());
  EXPECT_EQ(store->GetHit(h1)->status, "confirmed");

  // One refused move means nothing is written for any listed hit.
  Status s = store->SetHitStatus({{h2, h1}, HitStatus::kDismissed, "bob", "noise"});
  EXPECT_EQ(s.message(), "hit " + std::to_string(h1) + ": cannot move from confirmed to dismissed");
  EXPECT_EQ(store->GetHit(h2)->status, "new");
  EXPECT_EQ(CountRows(dir, "status_changes"), 1);

  Status missing = store->SetHitStatus({{999}, HitStatus::kConfirmed, "bob", ""});
  EXPECT_EQ(missing.message(), "hit 999: no such hit");

  ASSERT_TRUE(store->SetHitStatus({{h1}, HitStatus::kReported, "export", "", "export"}).ok());
  ASSERT_TRUE(store->SetHitStatus({{h1}, HitStatus::kStillUp, "recheck", "", "recheck"}).ok());
  ASSERT_TRUE(store->SetHitStatus({{h1}, HitStatus::kTakenDown, "recheck", "", "recheck"}).ok());
  EXPECT_EQ(store->SetHitStatus({{h1}, HitStatus::kStillUp, "recheck", "", "recheck"}).message(),
            "hit " + std::to_string(h1) + ": cannot move from taken_down to still_up");

  sql::Database db = RawDb(dir);
  sql::Statement q(db, "SELECT actor, note, from_status, to_status, at FROM status_changes ORDER BY id LIMIT 1");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "alice");
  EXPECT_EQ(q.getColumn(1).getString(), "clear solicitation");
  EXPECT_EQ(q.getColumn(2).getString(), "new");
  EXPECT_EQ(q.getColumn(3).getString(), "confirmed");
  EXPECT_FALSE(q.getColumn(4).getString().empty());

  HitFilter f;
  f.status = HitStatus::kNew;
  EXPECT_EQ(store->ListHits(f)->size(), 1u);
  f.status = HitStatus::kTakenDown;
  EXPECT_EQ(store->ListHits(f)->size(), 1u);
  EXPECT_TRUE(store->VerifyChain()->ok());
}

// A note (the console's "n") moves no hit, whatever `to` says; it is in the
// history and the chain, is the finding's latest word, and needs words.
TEST(StoreTriageTest, NoteMovesNoHitAndIsChained) {
  TempDir dir;
  auto store = OpenStore(dir);
  const std::vector<WrittenPage> w = WriteTwoPages(*store);
  ASSERT_EQ(w.size(), 2u);
  const int64_t h1 = w[0].hit_ids[0][0], h2 = w[1].hit_ids[0][0];
  ASSERT_TRUE(store->SetHitStatus({{h2}, HitStatus::kDismissed, "bob", "noise"}).ok());
  ASSERT_TRUE(store->SetHitStatus({{h1, h2}, HitStatus::kTakenDown, "alice", "seller replied on WeChat", "note"}).ok());
  EXPECT_EQ(store->GetHit(h1)->status, "new");
  EXPECT_EQ(store->GetHit(h2)->status, "dismissed");
  EXPECT_EQ(store->GetHit(h1)->note, "seller replied on WeChat");
  EXPECT_EQ(store->GetHit(h1)->analyst, "alice");
  auto history = store->ListItemHistory(w[1].item_ids[0]);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[1].kind, "note");
  EXPECT_EQ((*history)[1].from, "dismissed");
  EXPECT_EQ((*history)[1].to, "dismissed");
  EXPECT_EQ(store->SetHitStatus({{h1}, HitStatus::kNew, "alice", "  ", "note"}).message(), "note: the note is empty");
  EXPECT_TRUE(store->VerifyChain()->ok());
}

TEST(StoreTriageTest, OffendersLinkShopsThroughSharedContacts) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("", "{}");
  auto page = [&](const std::string& platform, const std::string& id, const std::string& seller,
                  std::vector<ContactInput> contacts) {
    PageResult p = MakePage(*sweep, "http://" + platform + ".example/" + id, id);
    p.items[0].first = MakeItem(platform, id, p.capture.hops[0].url, seller, std::move(contacts));
    return p;
  };
  std::vector<PageResult> pages{
      page("xianyu", "1", "shopA", {{"wechat", "IPAgent88"}}),
      page("taobao", "2", "shopB", {{"wechat", "ipagent88 "}, {"phone", "+86 138-0013-8000"}}),
      page("pdd", "3", "shopC", {{"phone", "13800138000"}}),
      page("xianyu", "4", "loner", {{"qq", "12345"}})};
  auto w = store->WritePages(pages);
  ASSERT_TRUE(w.ok()) << w.status().message();
  ASSERT_TRUE(store->SetHitStatus({{(*w)[3].hit_ids[0][0]}, HitStatus::kConfirmed, "a", ""}).ok());
  ASSERT_TRUE(store->SetHitStatus({{(*w)[0].hit_ids[0][0], (*w)[2].hit_ids[0][0]},
                                   HitStatus::kConfirmed, "a", ""}).ok());
  auto groups = store->ListOffenders(0);
  ASSERT_TRUE(groups.ok());
  ASSERT_EQ(groups->size(), 2u);
  const auto& top = (*groups)[0];
  EXPECT_EQ(top.confirmed_hits, 2);
  EXPECT_EQ(top.total_hits, 3);
  EXPECT_EQ(top.platforms, (std::vector<std::string>{"pdd", "taobao", "xianyu"}));
  EXPECT_EQ(top.contacts, (std::vector<std::string>{"phone:13800138000", "wechat:ipagent88"}));
  EXPECT_EQ(top.shops.size(), 3u);
  EXPECT_EQ((*groups)[1].contacts, (std::vector<std::string>{"qq:12345"}));
  EXPECT_EQ(store->ListOffenders(1)->size(), 1u);
}

}  // namespace
}  // namespace lantian::store
