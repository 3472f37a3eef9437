#pragma once

// A bounded blocking FIFO between pipeline stages (STYLE.md §6): when full,
// Push waits; nothing is dropped. Bounded in items and, optionally, in bytes
// (each Push says what its item costs): a stage that carries pages of very
// different sizes (a 20 KB listing, a hub page with 10,000 links) is bounded
// by memory, not by a count. An item larger than the byte budget is still
// accepted when the queue is empty, so nothing waits forever. Thread-safe.

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <utility>

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
  bool Push(T item, std::size_t bytes = 0) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] {
      return closed_ || (items_.size() < capacity_ && (items_.empty() || bytes <= max_bytes_ - bytes_));
    });
    if (closed_) return false;
    items_.emplace_back(std::move(item), bytes);
    bytes_ += std::min(bytes, max_bytes_);
    not_empty_.notify_one();
    return true;
  }

  // Waits for an item; nullopt once closed and drained.
  std::optional<T> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return closed_ || !items_.empty(); });
    return TakeLocked();
  }

  // Like Pop, but gives up after `timeout` (nullopt).
  std::optional<T> PopFor(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mu_);
    not_empty_.wait_for(lock, timeout, [&] { return closed_ || !items_.empty(); });
    return TakeLocked();
  }

  // No more pushes; Pop drains what is left, then returns nullopt.
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

  std::size_t size() const {
    std::lock_guard lock(mu_);
    return items_.size();
  }
  // Bytes of the budget held by queued items.
  std::size_t bytes() const {
    std::lock_guard lock(mu_);
    return bytes_;
  }

 private:
  std::optional<T> TakeLocked() {
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front().first);
    bytes_ -= std::min(items_.front().second, max_bytes_);
    items_.pop_front();
    not_full_.notify_all();  // several producers may fit in the bytes freed
    return item;
  }

  const std::size_t capacity_;
  const std::size_t max_bytes_;
  mutable std::mutex mu_;
  std::condition_variable not_empty_;
  std::condition_variable not_full_;
  std::deque<std::pair<T, std::size_t>> items_;  // item and its bytes; guarded by mu_
  std::size_t bytes_ = 0;                        // guarded by mu_
  bool closed_ = false;  // guarded by mu_
};

}  // namespace lantian::crawler::internal
