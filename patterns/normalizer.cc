#include "patterns/normalizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "patterns/internal/code_points.h"
#include "patterns/internal/utf8.h"

namespace lantian::patterns {
namespace {

using internal::DecodeUtf8;
using internal::EncodeUtf8;
using internal::IsCjk;
using internal::kCpMask;
using internal::kFlagAlnum;
using internal::kFlagCjk;
using internal::kFlagSep;
using internal::kFlagSpace;
using internal::Reader;
using internal::Unit;

// An exact set of code points: a bitset over the BMP, a small sorted vector
// above it (a cheap first test before any hash lookup).
struct CpFilter {
  std::vector<uint64_t> bits = std::vector<uint64_t>(0x10000 / 64, 0);
  std::vector<uint32_t> astral;
  bool empty = true;
  void Add(uint32_t cp) {
    empty = false;
    if (cp < 0x10000) {
      bits[cp >> 6] |= uint64_t{1} << (cp & 63);
    } else if (std::find(astral.begin(), astral.end(), cp) == astral.end()) {
      astral.push_back(cp);
    }
  }
  [[gnu::always_inline]] bool MaybeHas(uint32_t cp) const {
    if (cp < 0x10000) return (bits[cp >> 6] >> (cp & 63)) & 1;
    return std::find(astral.begin(), astral.end(), cp) != astral.end();
  }
};

inline uint32_t PairHash(uint32_t a, uint32_t b) { return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u)) >> 16; }

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Replacement {
  std::vector<Unit> to;  // cp + cls; os/oe filled at use
  std::string to_utf8;
};

}  // namespace

struct Normalizer::Tables {
  // Symbol variants: first code point → candidate sequences, longest first.
  CpFilter symbol_first;
  std::unordered_map<uint32_t, std::vector<std::pair<std::vector<uint32_t>, size_t>>> symbols;
  // Token variants.
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> tokens;
  size_t max_token_len = 0;
  // Phrase variants by their last code point: (normalized key, length in
  // code points, replacement), longest first.
  struct Phrase {
    std::string key;
    size_t chars;
    size_t index;
  };
  CpFilter phrase_last;
  // Bit (hash(second-to-last, last) & 0xFFFF) is set for every phrase key:
  // rejects most candidates whose last character alone is common (利, 人).
  std::vector<uint64_t> phrase_pairs = std::vector<uint64_t>(1024, 0);
  std::unordered_map<uint32_t, std::vector<Phrase>> phrases;
  bool single_char_phrases = false;
  // Token variants: first characters (ASCII) that can start a token key.
  std::array<bool, 128> token_first{};
  std::vector<Replacement> replacements;
};

namespace {

constexpr size_t kRingSize = 16;  // max phrase variant length in code points

// The state of steps 6-8 while writing one document.
class Writer {
 public:
  // `out` is used as a raw buffer (sized ahead, written by index) and cut to
  // the written length by Finish().
  Writer(const Normalizer::Tables& t, std::string* out, std::vector<NormalizedText::Segment>* segs,
         size_t expected_bytes)
      : t_(t), out_(*out), segs_(*segs) {
    out_.resize(expected_bytes + 64);
    segs_.reserve(expected_bytes / 8 + 16);
  }

  void Finish() { out_.resize(len_); }

  struct Mark {
    size_t out_size;
    size_t seg_size;
    uint32_t last_count;
  };

  Mark Save() const {
    return Mark{len_, segs_.size(), segs_.empty() ? 0 : segs_.back().count};
  }

  void Rollback(const Mark& m) {
    len_ = m.out_size;
    segs_.resize(m.seg_size);
    if (!segs_.empty()) segs_.back().count = m.last_count;
    while (ring_n_ > 0 && RingAt(1) >= m.out_size) --ring_n_;
  }

  // Step 7 (separators) for one unit, then append and step 8 (phrases).
  [[gnu::always_inline]] void Feed(const Unit& u) {
    if (u.cls & (kFlagSpace | kFlagSep)) {
      if (last_cjk_ && !in_sep_run_) {
        in_sep_run_ = true;
        sep_mark_ = Save();
      }
      if (u.cls & kFlagSpace) {
        if (last_space_) {
          ExtendLast(u.oe);
          return;
        }
        Append(' ', u.os, u.oe);
        last_space_ = true;
      } else {
        Append(u.cp, u.os, u.oe);
        last_space_ = false;
      }
      return;
    }
    if (in_sep_run_) {
      in_sep_run_ = false;
      if (u.cls & kFlagCjk) Rollback(sep_mark_);
    }
    last_space_ = false;
    last_cjk_ = (u.cls & kFlagCjk) != 0;
    Append(u.cp, u.os, u.oe);
    MaybePhrase(u.cp, u.oe);
  }

  // A pending separator run after a CJK character, not yet decided.
  bool in_sep_run() const { return in_sep_run_; }

 private:
  uint32_t RingAt(size_t from_end) const { return ring_[(ring_head_ + ring_n_ - from_end) & (kRingSize - 1)]; }

  // Writes one code point at the end of the buffer; returns its byte length.
  [[gnu::always_inline]] uint32_t Put(uint32_t cp) {
    if (len_ + 4 > out_.size()) out_.resize(out_.size() * 2 + 64);
    if (cp < 0x80) {
      out_[len_++] = static_cast<char>(cp);
      return 1;
    }
    const size_t n = EncodeUtf8(cp, &out_[len_]);
    len_ += n;
    return static_cast<uint32_t>(n);
  }

  [[gnu::always_inline]] void Append(uint32_t cp, uint32_t os, uint32_t oe) {
    const uint32_t at = static_cast<uint32_t>(len_);
    const uint32_t n = Put(cp);
    AddSegment(at, n, os, oe - os);
    if (!t_.phrase_last.empty) {
      ring_[(ring_head_ + ring_n_) & (kRingSize - 1)] = at;
      if (ring_n_ < kRingSize) {
        ++ring_n_;
      } else {
        ring_head_ = (ring_head_ + 1) & (kRingSize - 1);
      }
    }
  }

  [[gnu::always_inline]] void AddSegment(uint32_t at, uint32_t nlen, uint32_t os, uint32_t olen) {
    if (!segs_.empty()) {
      NormalizedText::Segment& l = segs_.back();
      if (l.norm_len == nlen && l.orig_len == olen && l.norm_start + l.count * nlen == at &&
          l.orig_start + l.count * olen == os) {
        ++l.count;
        return;
      }
    }
    segs_.push_back(NormalizedText::Segment{at, os, nlen, olen, 1});
  }

  // The last output character (a space) now also covers original bytes up to oe.
  void ExtendLast(uint32_t oe) {
    NormalizedText::Segment& l = segs_.back();
    const uint32_t os = l.orig_start + (l.count - 1) * l.orig_len;
    const uint32_t at = l.norm_start + (l.count - 1) * l.norm_len;
    if (l.count > 1) {
      --l.count;
      segs_.push_back(NormalizedText::Segment{at, os, l.norm_len, oe - os, 1});
    } else {
      l.orig_len = oe - os;
    }
  }

  uint32_t OrigStartAt(uint32_t pos) const {
    for (size_t i = segs_.size(); i-- > 0;) {
      const NormalizedText::Segment& s = segs_[i];
      if (s.norm_start <= pos) return s.orig_start + ((pos - s.norm_start) / s.norm_len) * s.orig_len;
    }
    return 0;
  }

  void TruncateTo(uint32_t pos) {
    while (!segs_.empty() && segs_.back().norm_start >= pos) segs_.pop_back();
    if (!segs_.empty()) {
      NormalizedText::Segment& l = segs_.back();
      const uint32_t c = (pos - l.norm_start) / l.norm_len;
      if (c < l.count) l.count = c;
    }
    len_ = pos;
  }

  [[gnu::always_inline]] void MaybePhrase(uint32_t cp, uint32_t oe) {
    if (t_.phrase_last.empty || !t_.phrase_last.MaybeHas(cp)) return;
    if (!t_.single_char_phrases) {
      if (ring_n_ < 2) return;
      // Decode the character before this one and test the pair filter.
      const size_t p = RingAt(2);
      uint32_t prev;
      bool valid;
      internal::DecodeUtf8(reinterpret_cast<const unsigned char*>(out_.data()), len_, p, &prev, &valid);
      const uint32_t h = PairHash(prev, cp);
      if (((t_.phrase_pairs[h >> 6] >> (h & 63)) & 1) == 0) return;
    }
    ReplacePhrase(cp, oe);
  }

  [[gnu::noinline]] void ReplacePhrase(uint32_t cp, uint32_t oe) {
    auto it = t_.phrases.find(cp);
    if (it == t_.phrases.end()) return;
    for (const Normalizer::Tables::Phrase& p : it->second) {
      if (p.chars > ring_n_) continue;
      const uint32_t start = RingAt(p.chars);
      if (len_ - start != p.key.size() ||
          std::memcmp(out_.data() + start, p.key.data(), p.key.size()) != 0) {
        continue;
      }
      const uint32_t os = OrigStartAt(start);
      TruncateTo(start);
      ring_n_ = 0;
      const Replacement& r = t_.replacements[p.index];
      for (const Unit& u : r.to) {
        const uint32_t at = static_cast<uint32_t>(len_);
        const uint32_t n = Put(u.cp);
        segs_.push_back(NormalizedText::Segment{at, os, n, oe - os, 1});
      }
      if (!r.to.empty()) last_cjk_ = (r.to.back().cls & kFlagCjk) != 0;
      return;
    }
  }

  const Normalizer::Tables& t_;
  std::string& out_;
  size_t len_ = 0;
  std::vector<NormalizedText::Segment>& segs_;
  bool last_cjk_ = false;
  bool last_space_ = false;
  bool in_sep_run_ = false;
  Mark sep_mark_{};
  std::array<uint32_t, kRingSize> ring_{};
  size_t ring_head_ = 0;
  size_t ring_n_ = 0;
};

}  // namespace

std::pair<size_t, size_t> NormalizedText::ToOriginal(size_t begin, size_t end) const {
  return {OriginalStart(begin), OriginalEnd(end)};
}

size_t NormalizedText::SegmentIndex(size_t pos) const {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), pos,
                             [](size_t p, const Segment& s) { return p < s.norm_start; });
  return static_cast<size_t>(it - segments_.begin()) - 1;
}

size_t NormalizedText::OriginalStart(size_t pos) const {
  if (segments_.empty()) return 0;
  const Segment& s = segments_[SegmentIndex(pos)];
  const size_t k = (pos - s.norm_start) / s.norm_len;
  return s.orig_start + k * s.orig_len;
}

size_t NormalizedText::OriginalEnd(size_t pos) const {
  if (segments_.empty() || pos == 0) return 0;
  const Segment& s = segments_[SegmentIndex(pos - 1)];
  const size_t k = (pos - 1 - s.norm_start) / s.norm_len;
  return s.orig_start + (k + 1) * s.orig_len;
}

bool NormalizedText::GapBefore(size_t pos) const {
  if (pos == 0 || pos >= text_.size()) return true;
  return OriginalEnd(pos) < OriginalStart(pos);
}

Status CheckOpenCcAvailable() { return internal::OpenCcStatus(); }

Normalizer::Normalizer(std::unique_ptr<Tables> tables) : tables_(std::move(tables)) {}
Normalizer::~Normalizer() = default;

Result<std::unique_ptr<Normalizer>> Normalizer::Create(const VariantTable& variants) {
  LANTIAN_RETURN_IF_ERROR(CheckOpenCcAvailable());
  auto tables = std::make_unique<Tables>();
  if (variants.entries.empty()) {
    return std::unique_ptr<Normalizer>(new Normalizer(std::move(tables)));
  }
  // The variant strings are normalized by a normalizer without variants.
  const std::unique_ptr<Normalizer> base(new Normalizer(std::make_unique<Tables>()));
  auto to_units = [](std::string_view normalized) {
    std::vector<Unit> units;
    Reader r(normalized);
    Unit u;
    while (r.Next(&u)) units.push_back(u);
    return units;
  };
  const std::string& file = variants.file;
  for (const VariantTable::Entry& e : variants.entries) {
    const std::string where = file + ":" + std::to_string(e.line) + ": ";
    const std::string to = base->NormalizeToString(e.to);
    if (to.empty()) return Status::InvalidArgument(where + "variant `to` is empty after normalization");
    Replacement rep;
    rep.to = to_units(to);
    rep.to_utf8 = to;
    const size_t index = tables->replacements.size();
    tables->replacements.push_back(std::move(rep));
    for (const std::string& f : e.from) {
      const std::string key = base->NormalizeToString(f);
      const std::vector<Unit> units = to_units(key);
      if (units.empty()) {
        return Status::InvalidArgument(where + "variant \"" + f + "\" is empty after normalization");
      }
      if (units.size() > kRingSize) {
        return Status::InvalidArgument(where + "variant \"" + f + "\" is longer than 16 characters");
      }
      tables->phrase_last.Add(units.back().cp);
      if (units.size() >= 2) {
        const uint32_t h = PairHash(units[units.size() - 2].cp, units.back().cp);
        tables->phrase_pairs[h >> 6] |= uint64_t{1} << (h & 63);
      } else {
        tables->single_char_phrases = true;
      }
      tables->phrases[units.back().cp].push_back(Tables::Phrase{key, units.size(), index});
    }
    for (const std::string& f : e.token) {
      const std::string key = base->NormalizeToString(f);
      if (key.empty() || !std::all_of(key.begin(), key.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
          })) {
        return Status::InvalidArgument(where + "token \"" + f + "\" is not [a-z0-9]+ after normalization");
      }
      if (key.size() > 64) {
        return Status::InvalidArgument(where + "token \"" + f + "\" is longer than 64 characters");
      }
      tables->max_token_len = std::max(tables->max_token_len, key.size());
      tables->token_first[static_cast<unsigned char>(key[0])] = true;
      tables->tokens.emplace(key, index);
    }
    for (const std::string& f : e.symbol) {
      const std::vector<Unit> units = to_units(base->NormalizeToString(f));
      if (units.empty()) {
        return Status::InvalidArgument(where + "symbol \"" + f + "\" is empty after normalization");
      }
      std::vector<uint32_t> seq;
      for (const Unit& u : units) seq.push_back(u.cp);
      tables->symbol_first.Add(seq.front());
      tables->symbol_first.empty = false;
      tables->symbols[seq.front()].emplace_back(std::move(seq), index);
    }
  }
  for (auto& [cp, list] : tables->phrases) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Tables::Phrase& a, const Tables::Phrase& b) { return a.chars > b.chars; });
  }
  for (auto& [cp, list] : tables->symbols) {
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }
  return std::unique_ptr<Normalizer>(new Normalizer(std::move(tables)));
}

Status Normalizer::Normalize(std::string_view original, NormalizedText* out) const {
  out->text_.clear();
  out->segments_.clear();
  if (original.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::InvalidArgument("document of " + std::to_string(original.size()) +
                                   " bytes is larger than the 4 GiB - 1 the scanner supports");
  }
  const Tables& t = *tables_;
  Writer w(t, &out->text_, &out->segments_, original.size());
  Reader r(original);
  Unit u;
  const bool has_symbols = !t.symbol_first.empty;
  const bool has_tokens = !t.tokens.empty();
  bool prev_alnum = false;
  std::array<char, 64> token_buf;
  while (r.Next(&u)) {
    // Step 6: symbol variants.
    if (has_symbols && t.symbol_first.MaybeHas(u.cp)) {
      auto it = t.symbols.find(u.cp);
      bool replaced = false;
      if (it != t.symbols.end()) {
        for (const auto& [seq, index] : it->second) {
          Reader look = r;
          uint32_t oe = u.oe;
          bool match = true;
          for (size_t k = 1; k < seq.size(); ++k) {
            Unit v;
            if (!look.Next(&v) || v.cp != seq[k]) {
              match = false;
              break;
            }
            oe = v.oe;
          }
          if (!match) continue;
          r = look;
          for (Unit to : t.replacements[index].to) {
            to.os = u.os;
            to.oe = oe;
            w.Feed(to);
          }
          replaced = true;
          prev_alnum = false;
          break;
        }
      }
      if (replaced) continue;
    }
    // Token variants: a whole [a-z0-9]+ token (decided at its first character).
    if (has_tokens && (u.cls & kFlagAlnum) && !prev_alnum && t.token_first[u.cp]) {
      size_t n = 0;
      token_buf[n++] = static_cast<char>(u.cp);
      Reader look = r;
      Reader before = look;
      uint32_t oe = u.oe;
      Unit v;
      bool ended = true;
      while (look.Next(&v)) {
        if (!(v.cls & kFlagAlnum)) {
          look = before;  // not part of the token: leave it for the main loop
          break;
        }
        if (n >= t.max_token_len) {
          ended = false;
          break;
        }
        token_buf[n++] = static_cast<char>(v.cp);
        oe = v.oe;
        before = look;
      }
      if (ended) {
        auto it = t.tokens.find(std::string_view(token_buf.data(), n));
        if (it != t.tokens.end()) {
          r = look;
          for (Unit to : t.replacements[it->second].to) {
            to.os = u.os;
            to.oe = oe;
            w.Feed(to);
          }
          prev_alnum = false;
          continue;
        }
      }
    }
    prev_alnum = (u.cls & kFlagAlnum) != 0;
    w.Feed(u);
  }
  w.Finish();
  return Status::Ok();
}

std::string Normalizer::NormalizeToString(std::string_view original) const {
  NormalizedText t;
  if (!Normalize(original, &t).ok()) return std::string();
  return std::string(t.text());
}

}  // namespace lantian::patterns
