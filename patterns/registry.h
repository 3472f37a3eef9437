#pragma once

// Firm names in a document and the registry of licensed patent agencies
// (config/registry/agencies.csv) they are checked against: the basis of
// rules with `firm = "unlisted"` / `"listed"` (patterns/rule_set.h).
//
//   auto reg = patterns::Registry::Load("config/registry/agencies.csv", normalizer);
//   if (!reg.ok()) return reg.status();        // "agencies.csv:12: expected 3 fields …"
//   for (const patterns::FirmMention& f : reg->Classify(doc)) {
//     // f.name "北京某某知识产权代理有限公司", f.licensed, [f.start, f.end) in the original
//   }
//
// Thread-safety: see each declaration (FindFirms is pure; a loaded Registry
// is immutable).

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "patterns/normalizer.h"

namespace lantian::patterns {

// A firm name found in a document (see FindFirms).
struct FirmMention {
  std::string name;         // normalized (as in NormalizedText::text())
  size_t norm_begin = 0;    // byte range of the name in the normalized text
  size_t norm_end = 0;      //   (including a partnership form after the suffix)
  size_t suffix_end = 0;    // normalized end of the firm suffix (before any partnership form)
  size_t start = 0;         // byte range in the ORIGINAL text
  size_t end = 0;
  bool licensed = false;    // set by Registry::Classify
};

// Finds firm names (…知识产权代理有限公司, …专利代理事务所, …工作室, with an
// optional partnership form such as 普通合伙 after it) in a normalized
// document: 2–30 characters before the suffix, starting after a boundary
// (start of text, a non-CJK character, a dropped separator, or a word such as
// 由/是/为/找/选/我们/本店/本公司). `licensed` is left false.
std::vector<FirmMention> FindFirms(const NormalizedText& doc);

// The licensed patent agency registry (config/registry/agencies.csv, columns
// name,code,region with a header row; quoted fields allowed). Names are kept
// normalized, with and without their parenthesised partnership form.
// Immutable after Load; safe for concurrent use.
class Registry {
 public:
  Registry() = default;
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;
  Registry(Registry&&) noexcept = default;
  Registry& operator=(Registry&&) noexcept = default;

  // Reads the CSV; errors are "path:line: what".
  [[nodiscard]] static Result<Registry> Load(const std::string& csv_path,
                                             const Normalizer& normalizer);
  // Same from CSV text already in memory; `name_for_errors` prefixes errors.
  [[nodiscard]] static Result<Registry> Parse(std::string_view csv, std::string_view name_for_errors,
                                              const Normalizer& normalizer);

  // True when a registry name ends exactly where `firm` ends (its suffix,
  // partnership form excluded) and the whole registry name is present in
  // `doc` immediately before that point. A name that differs by a word is a
  // different firm.
  bool IsLicensed(const NormalizedText& doc, const FirmMention& firm) const;

  // FindFirms + IsLicensed for each.
  std::vector<FirmMention> Classify(const NormalizedText& doc) const;

  // True when `doc` names at least one firm and every firm it names is
  // licensed: a licensed agency's own listing, not an unlicensed offer.
  // `firms`, when given, caches Classify(doc) between calls.
  bool NamesOnlyLicensedFirms(const NormalizedText& doc,
                              std::optional<std::vector<FirmMention>>* firms = nullptr) const;

  size_t size() const { return count_; }

 private:
  std::unordered_set<std::string> names_;  // normalized, partnership form stripped
  size_t max_name_bytes_ = 0;
  size_t count_ = 0;
};

}  // namespace lantian::patterns
