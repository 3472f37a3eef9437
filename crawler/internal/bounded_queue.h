#pragma once

// A bounded blocking FIFO between pipeline stages (STYLE.md §6): when full,
// Push waits; nothing is dropped. Bounded in items and, optionally, in bytes
// (each Push says what its item costs): a stage that carries pages of very
// different sizes (a 20 KB listing, a hub page with 10,000 links) is bounded
// by memory, not by a count. An item larger than the byte budget is still
// accepted when the queue is empty, so nothing waits forever. Thread-safe.
//
//   BoundedQueue<Page> q(/*capacity=*/64, /*max_bytes=*/4 << 20);
//   producer:  if (!q.Push(std::move(page), page_bytes)) return;  // closed
//   consumer:  while (std::optional<Page> p = q.Pop()) Handle(*p);
//   shutdown:  q.Close();  // consumers drain what is queued, then see nullopt

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <deque>
#include <limits>
#include <optional>
#include <utility>

#include "base/mutex.h"
#include "base/thread_annotations.h"

namespace lantian::crawler::internal {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity, std::size_t max_bytes = std::numeric_limits<std::size_t>::max())
      : capacity_(capacity == 0 ? 1 : capacity), max_bytes_(max_bytes) {}
  BoundedQueue(const BoundedQueue&) = delete;
  BoundedQueue& operator=(const BoundedQueue&) = delete;

  // Waits for room (an item slot and `bytes` of the byte budget); false when
  // the queue was closed (the item is not queued).
  bool Push(T item, std::size_t bytes = 0) LOCKS_EXCLUDED(mu_) {
    base::MutexLock lock(&mu_);
    while (!closed_ && !HasRoomLocked(bytes)) not_full_.Wait();
    if (closed_) return false;
    items_.emplace_back(std::move(item), bytes);
    bytes_ += std::min(bytes, max_bytes_);
    not_empty_.Signal();
    return true;
  }

  // Waits for an item; nullopt once closed and drained.
  std::optional<T> Pop() LOCKS_EXCLUDED(mu_) {
    base::MutexLock lock(&mu_);
    while (!closed_ && items_.empty()) not_empty_.Wait();
    return TakeLocked();
  }

  // Like Pop, but gives up after `timeout` (nullopt).
  std::optional<T> PopFor(std::chrono::milliseconds timeout) LOCKS_EXCLUDED(mu_) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    base::MutexLock lock(&mu_);
    while (!closed_ && items_.empty()) {
      if (!not_empty_.WaitUntil(deadline)) break;
    }
    return TakeLocked();
  }

  // No more pushes; Pop drains what is left, then returns nullopt.
  void Close() LOCKS_EXCLUDED(mu_) {
    base::MutexLock lock(&mu_);
    closed_ = true;
    not_empty_.SignalAll();
    not_full_.SignalAll();
  }

  std::size_t size() const LOCKS_EXCLUDED(mu_) {
    base::MutexLock lock(&mu_);
    return items_.size();
  }
  // Bytes of the budget held by queued items.
  std::size_t bytes() const LOCKS_EXCLUDED(mu_) {
    base::MutexLock lock(&mu_);
    return bytes_;
  }

 private:
  // An item slot is free and `bytes` fit the byte budget (any item fits an
  // empty queue).
  bool HasRoomLocked(std::size_t bytes) const EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    return items_.size() < capacity_ && (items_.empty() || bytes <= max_bytes_ - bytes_);
  }

  std::optional<T> TakeLocked() EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front().first);
    bytes_ -= std::min(items_.front().second, max_bytes_);
    items_.pop_front();
    not_full_.SignalAll();  // several producers may fit in the bytes freed
    return item;
  }

  // Constant after construction.
  const std::size_t capacity_;
  const std::size_t max_bytes_;

  mutable base::Mutex mu_;
  base::CondVar not_empty_{&mu_};
  base::CondVar not_full_{&mu_};
  // Guarded by mu_.
  std::deque<std::pair<T, std::size_t>> items_ GUARDED_BY(mu_);  // item and its bytes
  std::size_t bytes_ GUARDED_BY(mu_) = 0;
  bool closed_ GUARDED_BY(mu_) = false;
};

}  // namespace lantian::crawler::internal
