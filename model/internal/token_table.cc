#include "model/internal/token_table.h"

#include "model/internal/char_tokens.h"

namespace lantian::model::internal {
namespace {

constexpr uint32_t kInvalidByteBase = 0x110000;

}  // namespace

// CharTokens' way: the sequence length comes from the lead byte alone (a
// truncated sequence at the end is one byte).
uint32_t DecodeCodePointSlow(std::string_view text, size_t pos, size_t* length) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  size_t len = 1;
  uint32_t cp = lead;
  if (lead >= 0x80) {
    if ((lead >> 5) == 0x6) {
      len = 2, cp = lead & 0x1F;
    } else if ((lead >> 4) == 0xE) {
      len = 3, cp = lead & 0x0F;
    } else if ((lead >> 3) == 0x1E) {
      len = 4, cp = lead & 0x07;
    } else {
      len = 0;  // a continuation or invalid lead byte: one byte
    }
    if (len == 0 || pos + len > text.size()) {
      *length = 1;
      return kInvalidByteBase + lead;
    }
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
    // Bytes CharTokens took as one token but that are no real code point
    // (bad continuations, overlong forms) still need a distinct key.
    if (cp > 0x10FFFF) cp = kInvalidByteBase + lead;
    *length = len;
    return cp;
  }
  *length = 1;
  return IsFastTextSpace(lead) ? uint32_t{'_'} : cp;
}

uint64_t PackToken(std::string_view word) {
  uint32_t cps[3] = {};
  size_t n = 0;
  size_t pos = 0;
  while (pos < word.size()) {
    if (n == 3) return 0;
    size_t len = 1;
    cps[n++] = DecodeCodePoint(word, pos, &len);
    pos += len;
  }
  switch (n) {
    case 1:
      return Key1(cps[0]);
    case 2:
      return Key2(cps[0], cps[1]);
    case 3:
      return Key3(cps[0], cps[1], cps[2]);
    default:
      return 0;
  }
}

void TokenTable::Reserve(size_t count) {
  size_t size = 16;
  while (size < count * 2) size <<= 1;
  slots_.assign(size, Entry{});
  mask_ = size - 1;
}

void TokenTable::Insert(const Entry& entry) {
  if (entry.key == 0 || slots_.empty()) return;
  for (size_t i = Slot(entry.key);; i = (i + 1) & mask_) {
    Entry& e = slots_[i];
    if (e.key == entry.key) return;
    if (e.key == 0) {
      e = entry;
      return;
    }
  }
}

}  // namespace lantian::model::internal
