#include "base/mutex.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace lantian::base {
namespace {

class Counter {
 public:
  void Add() LOCKS_EXCLUDED(mu_) {
    MutexLock l(&mu_);
    ++n_;
    cv_.SignalAll();
  }
  // Waits until the count reaches `n`, at most `ms` per wait.
  bool WaitFor(int n, int ms) LOCKS_EXCLUDED(mu_) {
    MutexLock l(&mu_);
    while (n_ < n) {
      if (!cv_.WaitFor(std::chrono::milliseconds(ms))) return n_ >= n;
    }
    return true;
  }
  int value() LOCKS_EXCLUDED(mu_) {
    MutexLock l(&mu_);
    return n_;
  }

 private:
  Mutex mu_;
  CondVar cv_{&mu_};
  int n_ GUARDED_BY(mu_) = 0;
};

TEST(MutexTest, ExcludesAndSignals) {
  Counter c;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&c] {
      for (int i = 0; i < 10000; ++i) c.Add();
    });
  }
  EXPECT_TRUE(c.WaitFor(40000, 5000));
  for (auto& t : threads) t.join();
  EXPECT_EQ(c.value(), 40000);
}

TEST(MutexTest, WaitForTimesOut) {
  Counter c;
  EXPECT_FALSE(c.WaitFor(1, 10));
}

}  // namespace
}  // namespace lantian::base
