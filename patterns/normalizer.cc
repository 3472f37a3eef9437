#include "patterns/normalizer.h"

#include <opencc/opencc.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <limits>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "patterns/internal/utf8.h"

namespace lantian::patterns {
namespace {

using internal::DecodeUtf8;
using internal::EncodeUtf8;
using internal::IsCjk;

// ---------------------------------------------------------------------------
// Per-code-point mapping (steps 2-5: strip Cf/VS, NFKC, lowercase, t2s).
//
// Each code point below kTableSize is computed once per process and cached in
// a flat table of atomics (relaxed: an entry is a pure function of the code
// point, so two threads racing to fill it store the same value).

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
std::array<std::atomic<uint32_t>, kTableSize> g_table{};

// OpenCC: not documented thread-safe, so one converter behind a mutex. It is
// only reached on a cache miss (once per Han code point per process).
struct OpenCcState {
  std::mutex mu;
  opencc_t handle = reinterpret_cast<opencc_t>(-1);
  std::string error;
};

OpenCcState& OpenCc() {
  static OpenCcState* state = [] {
    auto* s = new OpenCcState;  // leaked on purpose: used until process exit
    s->handle = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    if (s->handle == reinterpret_cast<opencc_t>(-1)) {
      const char* e = opencc_error();
      s->error = std::string("opencc: cannot open ") + OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP + ": " +
                 (e != nullptr ? e : "unknown error");
    }
    return s;
  }();
  return *state;
}

uint32_t TradToSimp(uint32_t cp) {
  OpenCcState& occ = OpenCc();
  if (occ.handle == reinterpret_cast<opencc_t>(-1)) return cp;
  char in[4];
  const size_t n = EncodeUtf8(cp, in);
  std::lock_guard<std::mutex> lock(occ.mu);
  char* converted = opencc_convert_utf8(occ.handle, in, n);
  if (converted == nullptr) return cp;
  const size_t len = std::strlen(converted);
  uint32_t result = cp;
  bool valid = false;
  uint32_t out = 0;
  if (len > 0) {
    const size_t used =
        DecodeUtf8(reinterpret_cast<const unsigned char*>(converted), len, 0, &out, &valid);
    if (valid && used == len) result = out;  // only 1:1 conversions are taken
  }
  opencc_convert_utf8_free(converted);
  return result;
}

uint32_t ClassOf(uint32_t cp) {
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return kFlagAlnum;
    if ((cp >= 'A' && cp <= 'Z')) return 0;
    if (cp <= 0x20 || cp == 0x7F) return kFlagSpace;
    return kFlagSep;
  }
  if (IsCjk(cp)) return kFlagCjk;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return kFlagSpace;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
    case UTF8PROC_CATEGORY_CO:  // private use: icon fonts, emoji look-alikes
    case UTF8PROC_CATEGORY_CN:  // unassigned (newer emoji)
      return kFlagSep;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
      return 0;
  }
  return 0;
}

bool IsStripped(uint32_t cp) {
  if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) return true;
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_CF;
}

// Full mapping of one code point; returns the number of code points written
// to out (0 = dropped). `out` holds at least kMaxMapped entries.
constexpr int kMaxMapped = 18;
int MapCodePoint(uint32_t cp, uint32_t* out) {
  if (IsStripped(cp)) return 0;
  utf8proc_int32_t buf[kMaxMapped];
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, kMaxMapped,
                                               static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), nullptr);
  if (n < 0 || n > kMaxMapped) {
    out[0] = cp;
    n = 1;
  } else {
    n = utf8proc_normalize_utf32(buf, n, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    if (n < 0) {
      out[0] = cp;
      n = 1;
    } else {
      for (utf8proc_ssize_t i = 0; i < n; ++i) out[i] = static_cast<uint32_t>(buf[i]);
    }
  }
  int w = 0;
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    uint32_t c = static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(out[i])));
    if (IsCjk(c)) c = TradToSimp(c);
    if (IsStripped(c)) continue;
    out[w++] = c;
  }
  return w;
}

uint32_t ComputeEntry(uint32_t cp) {
  uint32_t mapped[kMaxMapped];
  const int n = MapCodePoint(cp, mapped);
  if (n == 0) return kComputed | kKindDrop;
  if (n == 1) return kComputed | ClassOf(mapped[0]) | (mapped[0] & kCpMask);
  return kComputed | kKindMulti;
}

inline uint32_t Lookup(uint32_t cp) {
  if (cp < kTableSize) {
    uint32_t e = g_table[cp].load(std::memory_order_relaxed);
    if ((e & kComputed) == 0) {
      e = ComputeEntry(cp);
      g_table[cp].store(e, std::memory_order_relaxed);
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
        *u = Unit{internal::kReplacementChar, kFlagSep, os, static_cast<uint32_t>(pos_)};
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

Status CheckOpenCcAvailable() {
  OpenCcState& occ = OpenCc();
  if (occ.handle == reinterpret_cast<opencc_t>(-1)) return Status::Internal(occ.error);
  return Status::Ok();
}

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
