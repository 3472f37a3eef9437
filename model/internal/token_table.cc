#include "model/internal/token_table.h"

#include "model/internal/char_tokens.h"

namespace lantian::model::internal {
namespace {

constexpr uint32_t kInvalidByteBase = 0x110000;

}  // namespace

// CharTokens' way: the sequence length comes from the lead byte alone (a
// truncated sequence at the end is one byte).
uint64_t DecodeCodePointSlow(std::string_view text, size_t pos) {
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
    if (len == 0 || pos + len > text.size()) return (uint64_t{1} << 32) | (kInvalidByteBase + lead);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
    // Bytes CharTokens took as one token but that are no real code point
    // (bad continuations, overlong forms) still need a distinct key.
    if (cp > 0x10FFFF) cp = kInvalidByteBase + lead;
    return (uint64_t{len} << 32) | cp;
  }
  return (uint64_t{1} << 32) | (IsFastTextSpace(lead) ? uint32_t{'_'} : cp);
}

uint64_t PackToken(std::string_view word, std::array<uint32_t, 3>* cps, size_t* count) {
  size_t n = 0;
  size_t pos = 0;
  while (pos < word.size()) {
    if (n == 3) return 0;
    size_t len = 1;
    (*cps)[n++] = DecodeCodePoint(word, pos, &len);
    pos += len;
  }
  *count = n;
  switch (n) {
    case 1:
      return Key1((*cps)[0]);
    case 2:
      return Key2((*cps)[0], (*cps)[1]);
    case 3:
      return Key3((*cps)[0], (*cps)[1], (*cps)[2]);
    default:
      return 0;
  }
}

const TokenTable::Lanes TokenTable::kZero{};

template <typename Key>
void TokenTable::OpenTable<Key>::Reserve(size_t count) {
  size_t size = 16;
  int bits = 4;
  while (size < count * 2) size <<= 1, ++bits;
  if (size <= keys_.size()) return;
  std::vector<Key> keys = std::move(keys_);
  std::vector<Lanes> values = std::move(values_);
  keys_.assign(size, 0);
  values_.assign(size, Lanes{});
  mask_ = size - 1;
  shift_ = 64 - bits;
  used_ = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] != 0) Insert(keys[i], values[i]);
  }
}

template <typename Key>
void TokenTable::OpenTable<Key>::Insert(Key key, const Lanes& lanes) {
  if ((used_ + 1) * 2 > keys_.size()) Reserve(used_ + 1);
  for (size_t i = Slot(key);; i = (i + 1) & mask_) {
    if (keys_[i] == key) return;
    if (keys_[i] == 0) {
      keys_[i] = key;
      values_[i] = lanes;
      ++used_;
      return;
    }
  }
}

void TokenTable::Reserve(size_t pairs) { pairs_.Reserve(pairs); }

void TokenTable::Insert(uint64_t key, const std::array<uint32_t, 3>& cps, size_t count, Lanes lanes) {
  if (key == 0) return;
  lanes.set_lane(kCountLane, 1.0f);
  if (count == 1 && cps[0] < kDirectCodePoints) {
    if (unigrams_[cps[0]].lane(kCountLane) == 0.0f) unigrams_[cps[0]] = lanes;
  } else if (count == 2 && (cps[0] | cps[1]) < kDirectCodePoints) {
    pairs_.Insert((cps[0] << 16) | cps[1], lanes);
  } else {
    others_.Insert(key, lanes);
  }
}

}  // namespace lantian::model::internal
