#pragma once

// Scores rules, model and hybrid (rule hit OR model score >= the category's
// threshold) on labelled examples, and chooses per-category thresholds on a
// held-out split (the lowest score at which precision >= min_precision).
//
//   auto report = model::EvaluateDetectors(*rules, *classifier, thresholds, examples);
//   std::cout << model::FormatDetectorTable(report);   // per category P/R/F1 for each, macro-F1
//
// Thread-safe (reads immutable rules and classifier only).

#include <array>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/classifier.h"
#include "model/corpus.h"
#include "patterns/eval.h"
#include "patterns/rule_set.h"

namespace lantian::model {

using Thresholds = std::array<double, patterns::kCategoryCount>;

struct DetectorScores {
  std::array<patterns::CategoryScore, patterns::kCategoryCount> categories{};
  double macro_f1 = 0.0;
};

struct DetectorReport {
  size_t documents = 0;
  DetectorScores rules, model, hybrid;
};

// Per category, the lowest model score t such that predicting score >= t on
// `examples` has precision >= min_precision (1.0 when no score qualifies).
Thresholds ChooseThresholds(const Classifier& classifier, const patterns::Normalizer& normalizer,
                            const std::vector<Example>& examples, double min_precision = 0.95);

// The same choice from precomputed scores (scores[i] belongs to examples[i];
// the sizes must match), e.g. out-of-fold scores in cross-validation.
Thresholds ChooseThresholdsFromScores(const std::vector<Scores>& scores, const std::vector<Example>& examples,
                                      double min_precision = 0.95);

// Per category, the score below which a RULE hit is vetoed (dropped as a
// false positive): the model score of the k-th lowest-scoring held-out
// positive the rules found, k = max_recall_loss of them, capped at
// kMaxVeto; 0 (no veto) when fewer than kMinVetoPositives such positives
// exist. What the analysts dismiss is what lowers these scores.
inline constexpr double kMaxVeto = 0.3;
inline constexpr size_t kMinVetoPositives = 20;
Thresholds ChooseVetoes(const patterns::RuleSet& rules, const Classifier& classifier,
                        const std::vector<Example>& examples, double max_recall_loss = 0.02);

// Hybrid = (rule hit AND model score >= vetoes[c]) OR model score >=
// thresholds[c]; the default vetoes (all 0) keep every rule hit.
[[nodiscard]] Result<DetectorReport> EvaluateDetectors(const patterns::RuleSet& rules, const Classifier& classifier,
                                                       const Thresholds& thresholds,
                                                       const std::vector<Example>& examples,
                                                       const Thresholds& vetoes = {});

std::string FormatDetectorTable(const DetectorReport& report);
std::string FormatDetectorJson(const DetectorReport& report);

// thresholds.toml: a [thresholds] table, one key per category id, and with
// `vetoes` a [vetoes] table of the same shape.
std::string FormatThresholdsToml(const Thresholds& thresholds, const Thresholds* vetoes = nullptr);
// Errors: "PATH:L:C: …" for bad TOML, "PATH: thresholds.<id>: missing" or
// "… expected a number in [0, 1]".
[[nodiscard]] Result<Thresholds> LoadThresholds(const std::string& path);
// The [vetoes] table of the same file; all 0 (no veto) when it has none.
[[nodiscard]] Result<Thresholds> LoadVetoes(const std::string& path);

}  // namespace lantian::model
