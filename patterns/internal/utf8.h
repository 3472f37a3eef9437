#pragma once

// Small UTF-8 helpers shared inside patterns/. Not part of the API.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lantian::patterns::internal {

inline constexpr uint32_t kReplacementChar = 0xFFFD;

// Decodes one code point at `s[pos]`. Returns the number of bytes consumed
// (>= 1). Invalid or truncated sequences, overlongs, surrogates and values
// above U+10FFFF consume one byte and yield U+FFFD with *valid = false.
inline size_t DecodeUtf8(const unsigned char* s, size_t size, size_t pos, uint32_t* cp,
                         bool* valid) {
  const unsigned char b0 = s[pos];
  *valid = true;
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t need;
  uint32_t c;
  uint32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    c = b0 & 0x1F;
    min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    c = b0 & 0x0F;
    min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    c = b0 & 0x07;
    min = 0x10000;
  } else {
    *cp = kReplacementChar;
    *valid = false;
    return 1;
  }
  for (size_t i = 1; i <= need; ++i) {
    if (pos + i >= size || (s[pos + i] & 0xC0) != 0x80) {
      *cp = kReplacementChar;
      *valid = false;
      return 1;
    }
    c = (c << 6) | (s[pos + i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    *cp = kReplacementChar;
    *valid = false;
    return 1;
  }
  *cp = c;
  return need + 1;
}

// Appends the UTF-8 encoding of `cp` (assumed a valid scalar value) to `out`;
// returns the number of bytes written (1..4).
inline size_t EncodeUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

inline void AppendUtf8(uint32_t cp, std::string* out) {
  char buf[4];
  out->append(buf, EncodeUtf8(cp, buf));
}

// Han ideographs (the "CJK characters" of the separator rule).
inline bool IsCjk(uint32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x3134F) || (cp >= 0x2E80 && cp <= 0x2FDF);
}

// True for a UTF-8 continuation byte.
inline bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `pos` back/forward by up to `n` code points within a valid UTF-8 string.
inline size_t BackCodePoints(std::string_view s, size_t pos, size_t n) {
  while (n > 0 && pos > 0) {
    --pos;
    while (pos > 0 && IsContinuation(s[pos])) --pos;
    --n;
  }
  return pos;
}
inline size_t ForwardCodePoints(std::string_view s, size_t pos, size_t n) {
  while (n > 0 && pos < s.size()) {
    ++pos;
    while (pos < s.size() && IsContinuation(s[pos])) ++pos;
    --n;
  }
  return pos;
}

}  // namespace lantian::patterns::internal
