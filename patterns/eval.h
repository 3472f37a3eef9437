#pragma once

// `lantian patterns eval`: per-category precision, recall and F1 of a rule
// set against a labelled JSONL corpus ({"id","text","labels":[...]} per
// line), with every false positive and false negative listed.
//
//   auto report = patterns::EvaluateCorpus(**rules, "tests/data/patterns/holdout.jsonl");
//   if (!report.ok()) return report.status();   // "holdout.jsonl:7: unknown label \"spam\""
//   std::cout << patterns::FormatEvalTable(*report);   // tp fp fn P R F1 per category, macro-F1
//
// Thread-safe (reads the immutable RuleSet only).

#include <array>
#include <string>
#include <vector>

#include "base/status.h"
#include "patterns/category.h"
#include "patterns/rule_set.h"

namespace lantian::patterns {

// Per-category confusion counts and scores.
struct CategoryScore {
  Category category = Category::kUnlicensedAgency;
  int tp = 0, fp = 0, fn = 0;
  double precision = 1.0;  // 1.0 when nothing was predicted
  double recall = 1.0;     // 1.0 when nothing was labelled
  double f1 = 1.0;
};

struct EvalError {
  std::string id;
  Category category = Category::kUnlicensedAgency;
  bool false_positive = false;  // else a false negative
  std::string rule;             // FP: the first hit's rule of that category
  std::string match;            // FP: its matched text
};

struct EvalReport {
  size_t documents = 0;
  std::array<CategoryScore, kCategoryCount> categories{};
  double macro_f1 = 0.0;
  std::vector<EvalError> errors;  // corpus order, then category order
};

// Scores `rules` on a labelled JSONL corpus (`{"id","text","labels":[...]}`
// per line; blank lines skipped). Errors: "FILE:LINE: what" (kInvalidArgument)
// for a bad line or unknown label, kIoError for an unreadable file.
[[nodiscard]] Result<EvalReport> EvaluateCorpus(const RuleSet& rules, const std::string& corpus_path);

// Human table (per-category tp fp fn P R F1, macro-F1, then each FP/FN).
std::string FormatEvalTable(const EvalReport& report);
// One JSON object (categories, macro_f1, errors).
std::string FormatEvalJson(const EvalReport& report);

}  // namespace lantian::patterns
