#pragma once

// The classifier's vocabulary as the scorer reads it (issue 14: scoring must
// add <= 10% to `scan`): each dictionary word (one, two or three code points
// of the normalized text, see char_tokens.h) with its contribution to every
// category's logit, found by code points, so scoring a text builds no string
// per n-gram and hashes no string. Written here because fastText's own
// dictionary is keyed by std::string only.
//
//   internal::TokenTable table;
//   table.Reserve(pairs);                                         // at load
//   table.Insert(internal::PackToken(word, &cps, &n), cps, n, lanes);
//   uint32_t cp = internal::DecodeCodePoint(text, pos, &len);     // per character
//   const internal::TokenTable::Lanes& l = table.Bigram(prev, cp);
//   logit[c] += l.lane(c);                                        // 0 if unseen
//
// Immutable after loading; the lookups are safe from many threads.

#include <array>
#include <cstddef>
#include <cstdint>
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
// The slow path returns the code point in the low 32 bits and the length
// above, so that the caller's length never has its address taken (a size_t
// in memory made the scorer reload its table's size_t members every step).
uint64_t DecodeCodePointSlow(std::string_view text, size_t pos);
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
  const uint64_t slow = DecodeCodePointSlow(text, pos);
  *length = static_cast<size_t>(slow >> 32);
  return static_cast<uint32_t>(slow);
}

// The key of a dictionary word's code points; 0 when it is not a
// one-to-three code point token (e.g. fastText's "</s>"). `cps` gets them.
// Keys are never 0 (code points are >= 1 after the whitespace mapping, and
// the leading code point of a longer key is shifted above the shorter ones).
inline uint64_t Key1(uint32_t a) { return a; }
inline uint64_t Key2(uint32_t a, uint32_t b) { return (uint64_t{a} << 21) | b; }
inline uint64_t Key3(uint32_t a, uint32_t b, uint32_t c) { return (uint64_t{a} << 42) | (uint64_t{b} << 21) | c; }
uint64_t PackToken(std::string_view word, std::array<uint32_t, 3>* cps, size_t* count);

// Four float lanes that add as one SIMD word (a vector extension gcc and
// clang share). Sums in std::array, or in 32-byte vectors on a target
// without AVX, were kept on the stack, each add waiting on the store of the
// one before.
using LaneVector = float __attribute__((vector_size(16)));

class TokenTable {
 public:
  // A word's contribution to each category's logit, in lanes
  // [0, kCategoryCount); lane kCountLane is 1 for a word of the model and 0
  // for the zero entry every lookup of an unseen word returns, so a text's
  // scorer adds lanes without asking whether a word was found, and the
  // count of known words comes out of the same sum. Eight floats add as two
  // SIMD words (six took a third more instructions).
  static constexpr int kLanes = 8;
  static constexpr int kCountLane = kLanes - 1;
  static_assert(patterns::kCategoryCount <= kCountLane);
  struct Lanes {
    LaneVector low{}, high{};  // lanes 0-3, 4-7
    float lane(int i) const { return i < 4 ? low[i] : high[i - 4]; }
    void set_lane(int i, float value) {
      if (i < 4) {
        low[i] = value;
      } else {
        high[i - 4] = value;
      }
    }
  };

  TokenTable() = default;
  TokenTable(const TokenTable&) = delete;
  TokenTable& operator=(const TokenTable&) = delete;
  TokenTable(TokenTable&&) = default;
  TokenTable& operator=(TokenTable&&) = default;

  // Sizes the pair table for `pairs` two-code-point words, at most half
  // full (an unseen pair, most of ordinary text's, probes until an empty
  // key). Call once, before Insert.
  void Reserve(size_t pairs);
  // Adds a word's contribution (lane kCountLane is set to 1); a word
  // already present keeps its first. `key`, `cps` and `count` are what
  // PackToken gave; a key of 0 is ignored.
  void Insert(uint64_t key, const std::array<uint32_t, 3>& cps, size_t count, Lanes lanes);

  // The contribution of a word, or the zero entry (lane kCountLane 0).
  const Lanes& Unigram(uint32_t a) const {
    return a < kDirectCodePoints ? unigrams_[a] : others_.Find(Key1(a));
  }
  const Lanes& Bigram(uint32_t a, uint32_t b) const {
    // The pair key is never 0: both code points are >= 1.
    return (a | b) < kDirectCodePoints ? pairs_.Find((a << 16) | b) : others_.Find(Key2(a, b));
  }
  const Lanes& Trigram(uint32_t a, uint32_t b, uint32_t c) const { return others_.Find(Key3(a, b, c)); }

  // Bytes the tables take (heap), for the benchmark notes.
  size_t bytes() const { return unigrams_.size() * sizeof(Lanes) + pairs_.bytes() + others_.bytes(); }

 private:
  // Unigrams of the Basic Multilingual Plane (every CJK character of the
  // normalized text) are an array indexed by code point, and pairs of them
  // have 32-bit keys; everything else (supplementary planes, CharTokens'
  // invalid bytes, trigrams) is keyed by Key1/Key2/Key3.
  static constexpr uint32_t kDirectCodePoints = 0x10000;
  static const Lanes kZero;

  // Open addressing with linear probing, at most half full (so a probe
  // always ends at an empty key), keys apart from the values: 16 pair keys
  // to a cache line, and an unseen word (most pairs of ordinary text) reads
  // no value.
  template <typename Key>
  class OpenTable {
   public:
    // Never empty, so that Find needs no check.
    OpenTable() { Reserve(0); }
    void Reserve(size_t count);
    // A key already present keeps its first value.
    void Insert(Key key, const Lanes& lanes);
    const Lanes& Find(Key key) const {
      for (size_t i = Slot(key);; i = (i + 1) & mask_) {
        if (keys_[i] == key) return values_[i];
        if (keys_[i] == 0) return kZero;
      }
    }
    size_t bytes() const { return keys_.size() * (sizeof(Key) + sizeof(Lanes)); }

   private:
    // Fibonacci hashing: the top bits of the product.
    size_t Slot(Key key) const { return static_cast<size_t>((uint64_t{key} * 0x9E3779B97F4A7C15ull) >> shift_); }
    std::vector<Key> keys_;  // 0 = empty
    std::vector<Lanes> values_;
    size_t used_ = 0;
    size_t mask_ = 0;
    int shift_ = 60;
  };

  std::vector<Lanes> unigrams_ = std::vector<Lanes>(kDirectCodePoints);
  OpenTable<uint32_t> pairs_;
  OpenTable<uint64_t> others_;
};

}  // namespace lantian::model::internal
