#pragma once

// The production PageAnalyzer: charset decoding + extraction (extractors/,
// with the site profile matching the URL) + detection (patterns/ RuleSet) on
// every item's text.

#include <memory>

#include "crawler/page_analyzer.h"

namespace lantian::patterns {
class RuleSet;
}  // namespace lantian::patterns
namespace lantian::extractors {
class ProfileSet;
}  // namespace lantian::extractors

namespace lantian::crawler {

// Thread-safe: the rule set and profiles are immutable; each call owns its document.
class ExtractingAnalyzer final : public PageAnalyzer {
 public:
  // Both must outlive the analyzer. `profiles` may be empty (generic extraction).
  ExtractingAnalyzer(const patterns::RuleSet& rules, const extractors::ProfileSet& profiles)
      : rules_(&rules), profiles_(&profiles) {}
  ExtractingAnalyzer(const ExtractingAnalyzer&) = delete;
  ExtractingAnalyzer& operator=(const ExtractingAnalyzer&) = delete;

  [[nodiscard]] Result<PageAnalysis> Analyze(const PageInput& page) const override;

 private:
  const patterns::RuleSet* rules_;
  const extractors::ProfileSet* profiles_;
};

}  // namespace lantian::crawler
