#pragma once

// The text normalization detection runs on, and its offset map back to the
// original bytes: rules match the normalized text, hits report original spans.
//
//   auto n = patterns::Normalizer::Create(variants);   // patterns/variant_table.h
//   patterns::NormalizedText doc;
//   if (auto st = (*n)->Normalize("實用新型 包 授 權 ＢＡＯ", &doc); !st.ok()) return st;
//   doc.text();                            // "实用新型包授权 bao"
//   auto [s, e] = doc.ToOriginal(12, 21);  // [13, 24): the original "包 授 權" of "包授权"
//
// The steps, their order and the thread-safety of each class are described
// at Normalizer below.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "patterns/variant_table.h"

namespace lantian::patterns {

// A normalized document: the text patterns are matched against, plus the map
// from every normalized byte back to the ORIGINAL byte range it came from.
// Thread-compatible (one per scanning thread; Normalize() reuses its buffers).
class NormalizedText {
 public:
  NormalizedText() = default;
  NormalizedText(const NormalizedText&) = default;
  NormalizedText& operator=(const NormalizedText&) = default;
  NormalizedText(NormalizedText&&) noexcept = default;
  NormalizedText& operator=(NormalizedText&&) noexcept = default;

  // Lowercase, simplified, half-width UTF-8 without separators between CJK
  // characters. Always valid UTF-8.
  std::string_view text() const { return text_; }

  // Original byte range [first, second) for the normalized byte range
  // [begin, end). `begin` and `end` must lie on UTF-8 character boundaries of
  // text() with begin < end <= text().size(). A normalized character that came
  // from several original bytes (a full-width letter, a replaced variant)
  // maps to all of them.
  std::pair<size_t, size_t> ToOriginal(size_t begin, size_t end) const;

  // Original start offset of the normalized character at byte `pos` (pos <
  // text().size()), and original end offset of the character ending at
  // byte `pos` (0 < pos <= text().size()).
  size_t OriginalStart(size_t pos) const;
  size_t OriginalEnd(size_t pos) const;

  // True when original bytes were dropped between the normalized character
  // ending at `pos` and the one starting there (a removed separator or
  // invisible character): a word boundary the normalized text no longer shows.
  bool GapBefore(size_t pos) const;

  // Implementation detail of the offset map (public only for normalizer.cc):
  // a run of `count` characters, each `norm_len` normalized bytes made of
  // `orig_len` original bytes, contiguous on both sides.
  struct Segment {
    uint32_t norm_start;
    uint32_t orig_start;
    uint32_t norm_len;
    uint32_t orig_len;
    uint32_t count;
  };

 private:
  friend class Normalizer;
  size_t SegmentIndex(size_t pos) const;

  std::string text_;
  std::vector<Segment> segments_;
};

// Applies the normalization steps of the rule file format, in this order:
// invalid UTF-8 → U+FFFD (NUL and controls count as whitespace), strip Cf
// characters and variation selectors, NFKC, lowercase, OpenCC t2s (per code
// point; only 1:1 conversions), symbol variants, token variants (done before
// separator removal so "专利 bsq" becomes "专利包授权"), removal of
// whitespace/punctuation/symbols/emoji between two Han characters (a run of
// whitespace elsewhere collapses to one space), phrase variants (longest key
// ending at a character wins; replaced text is not re-scanned). NFKC is
// applied per code point: combining sequences are not recomposed.
//
// Immutable after Create(); Normalize() is safe to call from many threads at
// once (the per-code-point cache is process-wide, atomic, and filled lazily;
// the OpenCC converter behind it is guarded by a mutex).
class Normalizer {
 public:
  // Normalizes the variant strings themselves and builds the lookup tables.
  // Fails with "file:line: what" when a variant normalizes to an empty
  // string, a token is not [a-z0-9]+, or a phrase is longer than 16
  // characters; fails when OpenCC's t2s config cannot be opened.
  [[nodiscard]] static Result<std::unique_ptr<Normalizer>> Create(const VariantTable& variants);

  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;
  ~Normalizer();

  // Normalizes `original` into `out` (its buffers are reused). Never fails
  // on content; fails only when the input is larger than 4 GiB - 1.
  [[nodiscard]] Status Normalize(std::string_view original, NormalizedText* out) const;

  // Convenience for tests and rule loading: the normalized text only.
  std::string NormalizeToString(std::string_view original) const;

  struct Tables;  // private to normalizer.cc

 private:
  explicit Normalizer(std::unique_ptr<Tables> tables);
  std::unique_ptr<Tables> tables_;
};

// True when the OpenCC t2s converter can be opened (checked once).
[[nodiscard]] Status CheckOpenCcAvailable();

}  // namespace lantian::patterns
