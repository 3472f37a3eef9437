#include "crawler/internal/bounded_queue.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "crawler/internal/recent_url_cache.h"

namespace lantian::crawler::internal {
namespace {

using namespace std::chrono_literals;

TEST(BoundedQueueTest, ByteBudgetMakesTheProducerWait) {
  BoundedQueue<std::string> q(100, 1000);
  ASSERT_TRUE(q.Push("a", 600));
  std::atomic<bool> pushed{false};
  std::jthread producer([&] {
    q.Push("b", 600);  // does not fit until "a" leaves
    pushed = true;
  });
  std::this_thread::sleep_for(50ms);
  EXPECT_FALSE(pushed);
  EXPECT_EQ(q.bytes(), 600u);
  EXPECT_EQ(*q.Pop(), "a");
  producer.join();
  EXPECT_TRUE(pushed);
  EXPECT_EQ(q.bytes(), 600u);
  EXPECT_EQ(*q.Pop(), "b");
  EXPECT_EQ(q.bytes(), 0u);
}

TEST(BoundedQueueTest, ItemLargerThanTheBudgetPassesAlone) {
  BoundedQueue<std::string> q(100, 1000);
  ASSERT_TRUE(q.Push("huge", 5000));  // empty queue: accepted, never waits forever
  EXPECT_EQ(q.bytes(), 1000u);
  EXPECT_EQ(*q.Pop(), "huge");
  EXPECT_EQ(q.bytes(), 0u);
  ASSERT_TRUE(q.Push("small", 10));
  ASSERT_TRUE(q.Push("zero", 0));  // items without a cost only count against the item capacity
  EXPECT_EQ(q.size(), 2u);
}

TEST(BoundedQueueTest, CloseWakesAWaitingProducer) {
  BoundedQueue<int> q(1);
  ASSERT_TRUE(q.Push(1));
  std::jthread producer([&] { EXPECT_FALSE(q.Push(2)); });
  std::this_thread::sleep_for(20ms);
  q.Close();
  producer.join();
  EXPECT_EQ(*q.Pop(), 1);
  EXPECT_FALSE(q.Pop().has_value());
}

TEST(RecentUrlCacheTest, RemembersRecentHashesInFixedMemory) {
  RecentUrlCache cache(4);  // 16 slots
  EXPECT_FALSE(cache.Contains(42));
  cache.Insert(42);
  EXPECT_TRUE(cache.Contains(42));
  cache.Insert(0);  // 0 is a valid hash too
  EXPECT_TRUE(cache.Contains(0));
  // Many more hashes than slots: old ones are evicted (a miss means "ask the
  // store"), never reported as absent while still cached.
  int hits = 0;
  for (std::uint64_t h = 1000; h < 2000; ++h) cache.Insert(h * 0x100000001B3ULL);
  for (std::uint64_t h = 1000; h < 2000; ++h) hits += cache.Contains(h * 0x100000001B3ULL) ? 1 : 0;
  EXPECT_LE(hits, 16);
  EXPECT_GT(hits, 0);
}

}  // namespace
}  // namespace lantian::crawler::internal
