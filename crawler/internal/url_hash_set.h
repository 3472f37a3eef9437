#pragma once

// A compact set of 64-bit URL hashes (open addressing, 8 bytes per slot, load
// <= 0.5): ~16 MB for a million URLs, so dedup memory stays small as known
// URLs grow. A hash collision makes a new URL look known (probability ~n/2^64
// per lookup): harmless for a crawl. Thread-compatible.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lantian::crawler::internal {

class UrlHashSet {
 public:
  // Inserts `h`; true when it was not present.
  bool Insert(std::uint64_t h) {
    if (h == 0) h = 1;  // 0 marks an empty slot
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      if (slots_[i] == h) return false;
      if (slots_[i] == 0) {
        slots_[i] = h;
        ++size_;
        return true;
      }
    }
  }
  std::size_t size() const { return size_; }

 private:
  void Grow() {
    std::vector<std::uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
    size_ = 0;
    for (std::uint64_t h : old) {
      if (h != 0) Insert(h);
    }
  }
  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace lantian::crawler::internal
