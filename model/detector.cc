#include "model/detector.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include "patterns/hit_format.h"

namespace lantian::model {

using patterns::Category;

std::string ThresholdsPathFor(const std::string& model_path) {
  return (std::filesystem::path(model_path).parent_path() / "thresholds.toml").string();
}

std::string ModelRuleId(Category category) { return "model." + std::string(patterns::CategoryId(category)); }

Detector::Detector(const patterns::RuleSet& rules) : rules_(&rules) {}

Detector::Detector(const patterns::RuleSet& rules, std::unique_ptr<Classifier> model, const Thresholds& thresholds,
                   const Thresholds& vetoes)
    : rules_(&rules), model_(std::move(model)), thresholds_(thresholds), vetoes_(vetoes) {}

Detector::~Detector() = default;

Result<std::unique_ptr<Detector>> Detector::Load(const patterns::RuleSet& rules, const std::string& model_path) {
  Result<std::unique_ptr<Classifier>> model = Classifier::Load(model_path);
  if (!model.ok()) return model.status();
  Result<Thresholds> thresholds = LoadThresholds(ThresholdsPathFor(model_path));
  if (!thresholds.ok()) return thresholds.status();
  Result<Thresholds> vetoes = LoadVetoes(ThresholdsPathFor(model_path));
  if (!vetoes.ok()) return vetoes.status();
  return std::make_unique<Detector>(rules, std::move(*model), *thresholds, *vetoes);
}

Result<std::unique_ptr<Detector>> LoadDetector(const patterns::RuleSet& rules, const std::string& model_setting,
                                               const std::string& config_dir) {
  if (model_setting.empty() || model_setting == "none") return std::make_unique<Detector>(rules);
  const std::string path = model_setting == "default"
                               ? (std::filesystem::path(config_dir) / "models" / "default.ftz").string()
                               : model_setting;
  Result<std::unique_ptr<Detector>> detector = Detector::Load(rules, path);
  if (!detector.ok()) return detector.status().WithContext("model");
  return detector;
}

Result<std::vector<patterns::Hit>> Detector::Scan(std::string_view original) const {
  if (model_ == nullptr) return rules_->Scan(original);
  // One per thread: the copy the rules make into it reuses its buffers
  // instead of allocating the text and its offset map again per document.
  thread_local patterns::NormalizedText doc;
  Result<std::vector<patterns::Hit>> hits = rules_->Scan(original, &doc);
  if (!hits.ok()) return hits;
  const Scores scores = model_->Score(doc.text());
  // Rule hits the model scores below the category's veto are dropped.
  std::erase_if(*hits, [&](const patterns::Hit& h) {
    const int c = static_cast<int>(h.category);
    return scores[c] < vetoes_[c];
  });
  bool by_rule[patterns::kCategoryCount] = {};
  for (patterns::Hit& h : *hits) {
    const int c = static_cast<int>(h.category);
    by_rule[c] = true;
    h.score = scores[c];
  }
  int licensed = -1;  // unknown until asked
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    if (by_rule[c] || scores[c] < thresholds_[c] || doc.text().empty()) continue;
    const auto category = static_cast<Category>(c);
    if (category == Category::kUnlicensedAgency) {
      if (licensed < 0) licensed = rules_->registry().NamesOnlyLicensedFirms(doc) ? 1 : 0;
      if (licensed == 1) continue;
    }
    const Span window = model_->Evidence(doc.text(), category);
    if (window.end <= window.begin) continue;
    const auto [start, end] = doc.ToOriginal(window.begin, window.end);
    patterns::Hit h;
    h.rule = ModelRuleId(category);
    h.category = category;
    // A learned guess ranks below a rule's high: medium, whatever the score.
    h.severity = patterns::Severity::kMedium;
    h.legal_basis = std::string(patterns::DefaultLegalBasis(category));
    h.start = start;
    h.end = end;
    h.match = std::string(original.substr(start, end - start));
    h.snippet = patterns::MakeSnippet(original, start, end);
    h.source = patterns::HitSource::kModel;
    h.score = scores[c];
    hits->push_back(std::move(h));
  }
  return hits;
}

}  // namespace lantian::model
