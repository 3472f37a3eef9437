// The fleet's share of the store: claims, host leases, heartbeats. Runs on
// SQLite and, in store_test.postgres, on PostgreSQL.

#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::OpenStore;
using testing::TempDir;

int64_t SweepWithUrls(Store& s, int n, const std::string& host = "a.example") {
  auto sweep = s.BeginSweep("", "{}");
  EXPECT_TRUE(sweep.ok());
  std::vector<FrontierUrl> urls;
  for (int i = 0; i < n; ++i) urls.push_back({"http://" + host + "/" + std::to_string(i), host, 0, "", 'S'});
  EXPECT_EQ(*s.EnqueueUrls(*sweep, urls), n);
  return *sweep;
}

std::vector<int64_t> Ids(const Result<std::vector<FrontierRow>>& rows) {
  EXPECT_TRUE(rows.ok()) << rows.status().message();
  std::vector<int64_t> out;
  if (rows.ok()) {
    for (const auto& r : *rows) out.push_back(r.id);
  }
  return out;
}

TEST(StoreFleetTest, WorkersClaimDisjointRowsOldestFirst) {
  TempDir dir;
  auto store = OpenStore(dir);
  ASSERT_NE(store, nullptr);
  const int64_t sweep = SweepWithUrls(*store, 10);
  ASSERT_TRUE(store->RegisterWorker(sweep, "w1", 1000).ok());
  ASSERT_TRUE(store->RegisterWorker(sweep, "w2", 1000).ok());
  const auto a = Ids(store->ClaimUrls(sweep, "w1", 4, 0));
  const auto b = Ids(store->ClaimUrls(sweep, "w2", 4, 0));
  ASSERT_EQ(a.size(), 4u);
  ASSERT_EQ(b.size(), 4u);
  EXPECT_LT(a.back(), b.front());  // oldest rows first, none twice
  EXPECT_EQ(Ids(store->ClaimUrls(sweep, "w1", 10, 0)).size(), 2u);  // what is left
  EXPECT_TRUE(Ids(store->ClaimUrls(sweep, "w2", 10, 0)).empty());
  auto row = store->ClaimUrls(sweep, "w1", 1, 0);  // a worker never claims its own rows again
  EXPECT_TRUE(row->empty());
}

TEST(StoreFleetTest, RowsOfASilentOrFinishedWorkerGoBackToThePool) {
  TempDir dir;
  auto store = OpenStore(dir);
  ASSERT_NE(store, nullptr);
  const int64_t sweep = SweepWithUrls(*store, 6);
  ASSERT_TRUE(store->RegisterWorker(sweep, "dead", 1000).ok());
  ASSERT_TRUE(store->RegisterWorker(sweep, "live", 1000).ok());
  const auto held = Ids(store->ClaimUrls(sweep, "dead", 3, 0));
  ASSERT_EQ(held.size(), 3u);
  // Marked done before it died: stays done.
  ASSERT_TRUE(store->MarkUrls(std::vector<FrontierUpdate>{{held[0], FrontierState::kDone, 1, "", ""}}).ok());
  ASSERT_TRUE(store->Heartbeat(sweep, "live", 20'000, 0, 0).ok());
  // While "dead" still counts as alive (heartbeat >= 500), its rows are its own.
  EXPECT_EQ(Ids(store->ClaimUrls(sweep, "live", 10, 500)).size(), 3u);
  // Its heartbeat (1000) is older than 15 s ago: the two pending rows it held are free.
  EXPECT_EQ(Ids(store->ClaimUrls(sweep, "live", 10, 5000)), (std::vector<int64_t>{held[1], held[2]}));

  const int64_t sweep2 = SweepWithUrls(*store, 4, "b.example");
  ASSERT_TRUE(store->RegisterWorker(sweep2, "x", 1000).ok());
  ASSERT_EQ(Ids(store->ClaimUrls(sweep2, "x", 4, 0)).size(), 4u);
  ASSERT_TRUE(store->FinishWorker(sweep2, "x").ok());  // interrupted: hands its window back
  ASSERT_TRUE(store->RegisterWorker(sweep2, "y", 1000).ok());
  EXPECT_EQ(Ids(store->ClaimUrls(sweep2, "y", 10, 0)).size(), 4u);
  // Rejoining under the same name starts from an empty window.
  ASSERT_TRUE(store->RegisterWorker(sweep2, "y", 2000).ok());
  EXPECT_EQ(Ids(store->ClaimUrls(sweep2, "y", 10, 0)).size(), 4u);
}

TEST(StoreFleetTest, OneRequestPerHostAcrossWorkersAndTheDelayHolds) {
  TempDir dir;
  auto store = OpenStore(dir);
  ASSERT_NE(store, nullptr);
  const int64_t sweep = SweepWithUrls(*store, 1);
  ASSERT_TRUE(store->RegisterWorker(sweep, "w1", 0).ok());
  ASSERT_TRUE(store->RegisterWorker(sweep, "w2", 0).ok());
  auto first = store->LeaseHost(sweep, "a.example", "w1", 1000, 30'000);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_TRUE(first->granted);
  auto second = store->LeaseHost(sweep, "a.example", "w2", 1100, 30'000);
  EXPECT_FALSE(second->granted);  // w1's request runs: ask again soon
  EXPECT_EQ(second->retry_at_ms, 1100 + Store::kBusyPollMs);
  EXPECT_TRUE(store->LeaseHost(sweep, "b.example", "w2", 1100, 30'000)->granted);  // another host is free
  auto hosts = store->ListWorkers(sweep, 1200);
  ASSERT_TRUE(hosts.ok());
  ASSERT_EQ(hosts->size(), 2u);
  EXPECT_EQ((*hosts)[0].hosts, std::vector<std::string>{"a.example"});
  EXPECT_EQ((*hosts)[1].hosts, std::vector<std::string>{"b.example"});

  // Done at 1500 with a 1 s delay: nobody before 2500, then anybody.
  ASSERT_TRUE(store->ReleaseHost(sweep, "a.example", "w1", 2500).ok());
  auto early = store->LeaseHost(sweep, "a.example", "w2", 2000, 30'000);
  EXPECT_FALSE(early->granted);
  EXPECT_EQ(early->retry_at_ms, 2500);
  EXPECT_TRUE(store->LeaseHost(sweep, "a.example", "w2", 2500, 30'000)->granted);
  // A holder that never releases (killed): its lease runs out after busy_ms.
  EXPECT_FALSE(store->LeaseHost(sweep, "a.example", "w1", 32'000, 30'000)->granted);
  EXPECT_TRUE(store->LeaseHost(sweep, "a.example", "w1", 32'501, 30'000)->granted);
  // Only the holder's release counts.
  ASSERT_TRUE(store->ReleaseHost(sweep, "a.example", "w2", 0).ok());
  EXPECT_FALSE(store->LeaseHost(sweep, "a.example", "w2", 33'000, 30'000)->granted);
}

TEST(StoreFleetTest, RobotsAnswerIsSharedWhileFreshAndOnlyWhenItIsText) {
  TempDir dir;
  auto store = OpenStore(dir);
  ASSERT_NE(store, nullptr);
  const std::string host = "http://a.example:80";
  EXPECT_FALSE(store->GetSharedRobots(host, 0)->has_value());
  ASSERT_TRUE(store->PutSharedRobots(host, {0, "User-agent: *\nDisallow: /private/\n", 5000}).ok());
  auto got = store->GetSharedRobots(host, 4000);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->body, "User-agent: *\nDisallow: /private/\n");
  EXPECT_EQ((*got)->fetched_ms, 5000);
  EXPECT_FALSE(store->GetSharedRobots(host, 5001)->has_value());  // older than the TTL allows
  // An older answer never replaces a newer one; a newer one does.
  ASSERT_TRUE(store->PutSharedRobots(host, {1, "", 4500}).ok());
  EXPECT_EQ((*store->GetSharedRobots(host, 0))->access, 0);
  ASSERT_TRUE(store->PutSharedRobots(host, {1, "", 6000}).ok());
  EXPECT_EQ((*store->GetSharedRobots(host, 0))->access, 1);
  // Bytes that are not UTF-8 text stay with the worker that fetched them.
  ASSERT_TRUE(store->PutSharedRobots("http://b.example:80", {0, "Disallow: /\xff\xfe", 7000}).ok());
  EXPECT_FALSE(store->GetSharedRobots("http://b.example:80", 0)->has_value());
}

TEST(StoreFleetTest, ConcurrentClaimersOnTheirOwnConnectionsNeverShareARow) {
  TempDir dir;
  int64_t sweep = 0;
  {
    auto store = OpenStore(dir);
    ASSERT_NE(store, nullptr);
    sweep = SweepWithUrls(*store, 400);
  }
  std::vector<std::vector<int64_t>> got(3);
  std::vector<std::thread> threads;
  for (int w = 0; w < 3; ++w) {
    threads.emplace_back([&, w] {
      auto store = OpenStore(dir);
      if (!store) return;
      const std::string name = "w" + std::to_string(w);
      if (!store->RegisterWorker(sweep, name, 0).ok()) return;
      while (true) {
        auto rows = store->ClaimUrls(sweep, name, 7, 0);
        if (!rows.ok()) {
          // SQLite: a busy writer; PostgreSQL never refuses a claim.
          if (rows.status().code() == Status::Code::kUnavailable) continue;
          ADD_FAILURE() << rows.status().message();
          return;
        }
        if (rows->empty()) return;
        for (const auto& r : *rows) got[w].push_back(r.id);
      }
    });
  }
  for (auto& t : threads) t.join();
  std::set<int64_t> all;
  size_t total = 0;
  for (const auto& g : got) {
    total += g.size();
    all.insert(g.begin(), g.end());
  }
  EXPECT_EQ(total, 400u);
  EXPECT_EQ(all.size(), 400u);
}

}  // namespace
}  // namespace lantian::store
