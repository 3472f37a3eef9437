#pragma once

// The hybrid detector (issue 14): the rules (patterns/rule_set.h) and, when a
// model is loaded, the learned classifier (model/classifier.h) on the same
// normalized text. Rule hits stay as the rules give them, each with the
// model's score of its category; a category the rules did not find whose
// model score reaches its threshold (thresholds.toml beside the model) adds
// one hit with source kModel, rule id "model.<category>", its score and the
// evidence window the model weighs most as its match.
//
//   auto detector = model::Detector::Load(*rules, "config/models/default.ftz");
//   if (!detector.ok()) return detector.status();  // "…/thresholds.toml: thresholds.forged_seal: missing"
//   auto hits = (*detector)->Scan(text);
//   for (const patterns::Hit& h : *hits) {
//     // h.source kRule or kModel, h.score in [0, 1] (kNoScore without a model)
//   }
//
// A licensed agency's own listing (only registry firms named) gets no model
// unlicensed_agency hit, as the rules drop theirs (patterns/rule_set.cc).
// Immutable after construction; Scan() is safe from many threads.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "model/classifier.h"
#include "model/evaluate.h"
#include "patterns/rule_set.h"

namespace lantian::model {

// thresholds.toml in the model file's directory.
std::string ThresholdsPathFor(const std::string& model_path);

// The rule id of a model hit: "model.guaranteed_grant".
std::string ModelRuleId(patterns::Category category);

class Detector {
 public:
  // Rules only: Scan() is RuleSet::Scan. `rules` must outlive the detector.
  explicit Detector(const patterns::RuleSet& rules);
  // Rules and model. A rule hit whose model score of its category is below
  // vetoes[c] is dropped as a false positive (all 0: every rule hit stays).
  Detector(const patterns::RuleSet& rules, std::unique_ptr<Classifier> model, const Thresholds& thresholds,
           const Thresholds& vetoes = {});

  // Loads the model file and the thresholds.toml beside it (its [vetoes]
  // table when it has one). Errors are the
  // classifier's ("PATH: not a fastText model: …") and the thresholds'
  // ("…/thresholds.toml: thresholds.<id>: missing", "PATH:L:C: …").
  [[nodiscard]] static Result<std::unique_ptr<Detector>> Load(const patterns::RuleSet& rules,
                                                              const std::string& model_path);

  Detector(const Detector&) = delete;
  Detector& operator=(const Detector&) = delete;
  ~Detector();

  // Rule hits (sorted by start, rule) then model hits (in category order).
  // Errors as RuleSet::Scan.
  [[nodiscard]] Result<std::vector<patterns::Hit>> Scan(std::string_view original) const;

  bool has_model() const { return model_ != nullptr; }
  const patterns::RuleSet& rules() const { return *rules_; }
  const Thresholds& thresholds() const { return thresholds_; }
  const Thresholds& vetoes() const { return vetoes_; }

 private:
  const patterns::RuleSet* rules_;
  std::unique_ptr<Classifier> model_;
  Thresholds thresholds_{};
  Thresholds vetoes_{};
};

// The detector a command runs with, from its model setting (`--model`,
// crawler.model): "" or "none" = rules only (the default until a shipped
// model meets the precision and scan-time bars, bench/README.md);
// "default" = <config_dir>/models/default.ftz; anything else a model file.
// A named model must load (errors as Detector::Load, prefixed "model: ").
[[nodiscard]] Result<std::unique_ptr<Detector>> LoadDetector(const patterns::RuleSet& rules,
                                                             const std::string& model_setting,
                                                             const std::string& config_dir);

}  // namespace lantian::model
