#pragma once

// The production PageAnalyzer: charset decoding + extraction (extractors/,
// with the site profile matching the URL) + detection (model/detector.h: the
// rules, and the model when one is loaded) on every item's text.

#include <memory>
#include <vector>

#include "crawler/page_analyzer.h"
#include "crawler/url.h"
#include "patterns/category.h"
#include "patterns/rule_set.h"
#include "store/records.h"

namespace lantian::model {
class Detector;
}  // namespace lantian::model
namespace lantian::extractors {
class ProfileSet;
}  // namespace lantian::extractors

namespace lantian::crawler {

// Detector hits as the store keeps them (source and score included), only
// those in `keep` (empty = all).
std::vector<store::HitInput> ToHitInputs(std::vector<patterns::Hit> hits,
                                         const std::vector<patterns::Category>& keep = {});

// Thread-safe: the detector and profiles are immutable; each call owns its document.
class ExtractingAnalyzer final : public PageAnalyzer {
 public:
  // Both must outlive the analyzer. `profiles` may be empty (generic extraction).
  // Item URLs are canonicalized with `url_options` (the sweep's), so a listing
  // reached with tracking parameters is cited by its clean URL.
  // `categories`: keep only hits in these; empty = all.
  ExtractingAnalyzer(const model::Detector& detector, const extractors::ProfileSet& profiles,
                     UrlOptions url_options = {}, std::vector<patterns::Category> categories = {})
      : detector_(&detector), profiles_(&profiles), url_options_(std::move(url_options)),
        categories_(std::move(categories)) {}
  ExtractingAnalyzer(const ExtractingAnalyzer&) = delete;
  ExtractingAnalyzer& operator=(const ExtractingAnalyzer&) = delete;

  [[nodiscard]] Result<PageAnalysis> Analyze(const PageInput& page) const override;
  bool ProfileRenders(std::string_view page_url) const override;
  std::vector<std::string> FilterUnparsedLinks(std::string_view page_url,
                                               std::vector<std::string> hrefs) const override;

 private:
  const model::Detector* detector_;
  const extractors::ProfileSet* profiles_;
  UrlOptions url_options_;
  std::vector<patterns::Category> categories_;
};

}  // namespace lantian::crawler
