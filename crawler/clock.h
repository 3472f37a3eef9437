#pragma once

// Time source for the crawler. Politeness, backoff and robots.txt TTLs read
// time only through a Clock, so tests advance a ManualClock instead of
// sleeping (STYLE.md §9).

#include <atomic>
#include <chrono>

namespace lantian::crawler {

using Duration = std::chrono::milliseconds;
using TimePoint = std::chrono::time_point<std::chrono::steady_clock, Duration>;

// Thread-safe interface (implementations must be callable from any thread).
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

// The real monotonic clock. Thread-safe.
class SystemClock final : public Clock {
 public:
  TimePoint Now() const override {
    return std::chrono::time_point_cast<Duration>(std::chrono::steady_clock::now());
  }
  // A process-wide instance.
  static SystemClock& Get() {
    static SystemClock clock;
    return clock;
  }
};

// A clock tests move by hand. Thread-safe (relaxed atomics suffice: the value
// is the only shared state and tests order Advance() and Now() themselves).
class ManualClock final : public Clock {
 public:
  explicit ManualClock(TimePoint start = TimePoint(Duration(1'000'000))) : now_ms_(start.time_since_epoch().count()) {}
  TimePoint Now() const override { return TimePoint(Duration(now_ms_.load(std::memory_order_relaxed))); }
  void Advance(Duration d) { now_ms_.fetch_add(d.count(), std::memory_order_relaxed); }

 private:
  std::atomic<long long> now_ms_;
};

}  // namespace lantian::crawler
