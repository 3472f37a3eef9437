#pragma once

// Steps 1-5 of normalization, per code point: invalid UTF-8 → U+FFFD, strip
// Cf characters and variation selectors, NFKC, lowercase, OpenCC t2s (only
// 1:1 conversions), and the class of the result (Han, space, separator,
// ASCII alphanumeric). The Normalizer (steps 6-8: variants, separators,
// phrases) reads a document through Reader. Private to patterns/.
//
//   Reader r(original);
//   Unit u;
//   while (r.Next(&u)) {
//     // u.cp: normalized code point; u.cls: kFlagCjk / kFlagSpace / ...;
//     // [u.os, u.oe): the original bytes it came from
//   }
//
// Each code point below kTableSize is computed once per process and cached in
// a flat table of atomics (relaxed: an entry is a pure function of the code
// point, so two threads racing to fill it store the same value). OpenCC is
// reached only on a cache miss, behind a mutex. Everything here is
// thread-safe; a Reader is a cheap value (copied for lookahead).

#include <algorithm>
#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/status.h"
#include "patterns/internal/utf8.h"

namespace lantian::patterns::internal {

// A table entry: the mapped code point (kCpMask), its class flags and kind.
constexpr uint32_t kCpMask = 0x1FFFFF;
constexpr uint32_t kFlagCjk = 1u << 24;
constexpr uint32_t kFlagSpace = 1u << 25;  // whitespace, controls, NUL
constexpr uint32_t kFlagSep = 1u << 26;    // punctuation, symbols, emoji, U+FFFD
constexpr uint32_t kFlagAlnum = 1u << 27;  // ASCII [a-z0-9]
constexpr uint32_t kKindDrop = 1u << 28;
constexpr uint32_t kKindMulti = 1u << 29;
constexpr uint32_t kComputed = 1u << 31;
constexpr uint32_t kClassMask = kFlagCjk | kFlagSpace | kFlagSep | kFlagAlnum;

constexpr uint32_t kTableSize = 0x30000;
// The process-wide cache behind Lookup(); entries start 0 (not computed).
extern std::array<std::atomic<uint32_t>, kTableSize> g_code_point_table;

// The class flags of a (normalized) code point.
uint32_t ClassOf(uint32_t cp);

// Full mapping of one code point; returns the number of code points written
// to out (0 = dropped). `out` holds at least kMaxMapped entries.
constexpr int kMaxMapped = 18;
int MapCodePoint(uint32_t cp, uint32_t* out);

// The table entry of `cp`, computed (kComputed set): kKindDrop when it maps
// to nothing, kKindMulti when to several code points (call MapCodePoint),
// else the one code point and its class.
uint32_t ComputeEntry(uint32_t cp);

// ComputeEntry(cp), cached for cp < kTableSize.
inline uint32_t Lookup(uint32_t cp) {
  if (cp < kTableSize) {
    uint32_t e = g_code_point_table[cp].load(std::memory_order_relaxed);
    if ((e & kComputed) == 0) {
      e = ComputeEntry(cp);
      g_code_point_table[cp].store(e, std::memory_order_relaxed);
    }
    return e;
  }
  return ComputeEntry(cp);
}

// ASCII: lowercase and class, no table lookups.
struct AsciiTable {
  uint32_t e[128];
  constexpr AsciiTable() : e{} {
    for (uint32_t c = 0; c < 128; ++c) {
      uint32_t m = (c >= 'A' && c <= 'Z') ? c + 32 : c;
      uint32_t cls;
      if ((m >= 'a' && m <= 'z') || (m >= '0' && m <= '9')) {
        cls = kFlagAlnum;
      } else if (m <= 0x20 || m == 0x7F) {
        cls = kFlagSpace;
      } else {
        cls = kFlagSep;
      }
      e[c] = kComputed | cls | m;
    }
  }
};
constexpr AsciiTable kAscii;

// Ok when OpenCC's t2s converter could be opened (once per process), else
// Internal "opencc: cannot open t2s.json: <reason>".
Status OpenCcStatus();

// One normalized code point (after steps 1-5) with its original byte range.
struct Unit {
  uint32_t cp;
  uint32_t cls;
  uint32_t os;
  uint32_t oe;
};

// Steps 1-5 as a stream of Units. Cheap to copy (for lookahead).
class Reader {
 public:
  explicit Reader(std::string_view s)
      : p_(reinterpret_cast<const unsigned char*>(s.data())), size_(s.size()) {}

  [[gnu::always_inline]] bool Next(Unit* u) {
    if (multi_i_ < multi_n_) {
      const uint32_t c = multi_[multi_i_++];
      *u = Unit{c, ClassOf(c), multi_os_, multi_oe_};
      return true;
    }
    while (pos_ < size_) {
      const unsigned char b = p_[pos_];
      if (b < 0x80) {
        const uint32_t e = kAscii.e[b];
        *u = Unit{e & kCpMask, e & kClassMask, static_cast<uint32_t>(pos_),
                  static_cast<uint32_t>(pos_ + 1)};
        ++pos_;
        return true;
      }
      uint32_t cp;
      bool valid = true;
      size_t len;
      if ((b & 0xF0) == 0xE0 && pos_ + 2 < size_ && (p_[pos_ + 1] & 0xC0) == 0x80 &&
          (p_[pos_ + 2] & 0xC0) == 0x80) {
        cp = (uint32_t{b & 0x0Fu} << 12) | (uint32_t{p_[pos_ + 1] & 0x3Fu} << 6) | (p_[pos_ + 2] & 0x3Fu);
        len = 3;
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) len = DecodeUtf8(p_, size_, pos_, &cp, &valid);
      } else {
        len = DecodeUtf8(p_, size_, pos_, &cp, &valid);
      }
      const uint32_t os = static_cast<uint32_t>(pos_);
      pos_ += len;
      if (!valid) {
        *u = Unit{kReplacementChar, kFlagSep, os, static_cast<uint32_t>(pos_)};
        return true;
      }
      const uint32_t e = Lookup(cp);
      if (e & kKindDrop) continue;
      if (e & kKindMulti) {
        uint32_t mapped[kMaxMapped];
        const int n = MapCodePoint(cp, mapped);
        if (n == 0) continue;
        std::copy(mapped, mapped + n, multi_);
        multi_n_ = n;
        multi_i_ = 1;
        multi_os_ = os;
        multi_oe_ = static_cast<uint32_t>(pos_);
        *u = Unit{mapped[0], ClassOf(mapped[0]), os, multi_oe_};
        return true;
      }
      *u = Unit{e & kCpMask, e & kClassMask, os, static_cast<uint32_t>(pos_)};
      return true;
    }
    return false;
  }

 private:
  const unsigned char* p_;
  size_t size_;
  size_t pos_ = 0;
  uint32_t multi_[kMaxMapped];
  int multi_n_ = 0;
  int multi_i_ = 0;
  uint32_t multi_os_ = 0;
  uint32_t multi_oe_ = 0;
};

}  // namespace lantian::patterns::internal
