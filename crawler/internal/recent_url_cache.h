#pragma once

// A fixed-size cache of recently seen 64-bit URL hashes (direct-mapped, one
// hash per slot; a newer hash evicts an older one in its slot). It saves the
// writer a store lookup for links seen again soon (navigation, pagination);
// the store's UNIQUE(sweep_id, url_hash) index stays the authority on which
// URLs are known, so memory does not grow with them: 1 MiB however many URLs
// a sweep knows. A hit means "seen" (a 64-bit hash collision, ~n/2^64 per
// lookup, makes a new URL look seen: harmless for a crawl); a miss means
// "ask the store". Thread-compatible.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lantian::crawler::internal {

class RecentUrlCache {
 public:
  // 2^slot_bits slots of 8 bytes. Default 2^17: 1 MiB.
  explicit RecentUrlCache(int slot_bits = 17)
      : shift_(64 - slot_bits), slots_(std::size_t{1} << slot_bits, 0) {}

  bool Contains(std::uint64_t h) const { return slots_[Slot(h)] == Key(h); }
  void Insert(std::uint64_t h) { slots_[Slot(h)] = Key(h); }

 private:
  static std::uint64_t Key(std::uint64_t h) { return h == 0 ? 1 : h; }  // 0 marks an empty slot
  // Fibonacci hashing: the top bits of h * 2^64/phi spread FNV's weak low bits.
  std::size_t Slot(std::uint64_t h) const { return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ULL) >> shift_); }

  int shift_;
  std::vector<std::uint64_t> slots_;
};

}  // namespace lantian::crawler::internal
