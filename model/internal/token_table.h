#pragma once

// The classifier's vocabulary as the scorer reads it (issue 14: scoring must
// add <= 10% to `scan`): each dictionary word (one, two or three code points
// of the normalized text, see char_tokens.h) packed into one 64-bit key, in
// an open-addressing table, so scoring a text builds no string per n-gram
// and hashes no string. Written here because fastText's own dictionary is
// keyed by std::string only.
//
//   internal::TokenTable table;
//   table.Insert(internal::PackToken(word), id);        // at load
//   uint32_t cp = internal::DecodeCodePoint(text, pos, &len);   // per character
//   const internal::TokenTable::Entry* e = table.Find(internal::Key2(cps[i - 1], cps[i]));
//   if (e != nullptr) logit[c] += e->contribution[c];                // nullptr if unseen
//
// Each entry holds its word's contribution to every category's logit, so a
// scored token costs one probe of one cache line.
//
// Immutable after loading; Find is safe from many threads.

#include <cstddef>
#include <cstdint>
#include <array>
#include <string_view>
#include <vector>

#include "patterns/category.h"

namespace lantian::model::internal {

// A code point as CharTokens sees it: whitespace is '_' (what fastText's
// word splitting forces), and a byte that starts no valid UTF-8 sequence is
// 0x110000 + the byte (above every real code point, still 21 bits).
// The code point at text[pos] (pos < text.size()) and its length in bytes:
// one per CharTokens unigram. Inline for the common cases (printable ASCII,
// three-byte sequences: CJK), which scoring meets at every character.
uint32_t DecodeCodePointSlow(std::string_view text, size_t pos, size_t* length);
inline uint32_t DecodeCodePoint(std::string_view text, size_t pos, size_t* length) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead > 0x20 && lead < 0x80) {
    *length = 1;
    return lead;
  }
  if ((lead >> 4) == 0xE && pos + 3 <= text.size()) {
    *length = 3;
    return (uint32_t{lead & 0x0Fu} << 12) | (uint32_t{static_cast<unsigned char>(text[pos + 1]) & 0x3Fu} << 6) |
           (static_cast<unsigned char>(text[pos + 2]) & 0x3Fu);
  }
  return DecodeCodePointSlow(text, pos, length);
}

// Keys never 0 (code points are >= 1 after the whitespace mapping, and
// the leading code point of a longer key is shifted above the shorter ones).
inline uint64_t Key1(uint32_t a) { return a; }
inline uint64_t Key2(uint32_t a, uint32_t b) { return (uint64_t{a} << 21) | b; }
inline uint64_t Key3(uint32_t a, uint32_t b, uint32_t c) { return (uint64_t{a} << 42) | (uint64_t{b} << 21) | c; }

// The key of a dictionary word; 0 when it is not a one-to-three code point
// token (e.g. fastText's "</s>").
uint64_t PackToken(std::string_view word);

class TokenTable {
 public:
  // Lanes past the categories stay 0: eight floats add as two SIMD words
  // (six took a third more instructions). An entry is 40 bytes; the table
  // of a 50,000-word model, at most half full, is 5 MB.
  static constexpr int kLanes = 8;
  static_assert(patterns::kCategoryCount <= kLanes);
  struct Entry {
    uint64_t key = 0;  // 0 = empty slot
    std::array<float, kLanes> contribution{};
  };

  TokenTable() = default;
  TokenTable(const TokenTable&) = delete;
  TokenTable& operator=(const TokenTable&) = delete;
  TokenTable(TokenTable&&) = default;
  TokenTable& operator=(TokenTable&&) = default;

  // Sizes the table for `count` keys, at most half full: a token the model
  // never saw (most bigrams of ordinary text) probes until an empty slot.
  // (Call once, before Insert.)
  void Reserve(size_t count);
  // Adds an entry (key != 0); a key already present keeps its first entry.
  void Insert(const Entry& entry);
  // The entry of `key`, or nullptr.
  const Entry* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      const Entry& e = slots_[i];
      if (e.key == key) return &e;
      if (e.key == 0) return nullptr;
    }
  }

 private:
  size_t Slot(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask_; }
  std::vector<Entry> slots_;
  size_t mask_ = 0;
};

}  // namespace lantian::model::internal
