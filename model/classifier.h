#pragma once

// The learned layer beside the rules (issue 14): a fastText supervised model
// (one-vs-all loss, character n-grams of the NORMALIZED text as words, the
// n-gram order read from the model's dictionary) giving each of the six
// categories a score in [0, 1], and for a category the evidence window: the span whose tokens push that category's
// score up most.
//
//   auto model = model::Classifier::Load("config/models/default.ftz");
//   if (!model.ok()) return model.status();   // "…/default.ftz: not a fastText model: …"
//   patterns::NormalizedText doc;
//   (void)rules->normalizer().Normalize(text, &doc);   // the same text the rules see
//   model::Scores s = (*model)->Score(doc.text());
//   s[static_cast<int>(patterns::Category::kGuaranteedGrant)];   // 0.97
//   model::Span w = (*model)->Evidence(doc.text(), patterns::Category::kGuaranteedGrant);
//   doc.ToOriginal(w.begin, w.end);                              // back to original bytes
//
// Labels are "__label__<category id>" plus "__label__none" for texts with no
// category. No fastText header is included here (model/classifier.cc owns it).
// Immutable after Load(); Score() and Evidence() are safe from many threads.

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "patterns/category.h"

namespace lantian::model {

// Per-category probability, indexed by static_cast<int>(patterns::Category).
using Scores = std::array<double, patterns::kCategoryCount>;

// A normalized byte span [begin, end), on UTF-8 boundaries.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

// The fastText label of a category ("__label__guaranteed_grant") and of "no
// category" (kNoneLabel).
std::string LabelOf(patterns::Category category);
inline constexpr std::string_view kNoneLabel = "__label__none";

class Classifier {
 public:
  // Loads a .bin or quantized .ftz written by model::Train. Errors
  // (kInvalidArgument): "PATH: not a fastText model: <why>", "PATH: model
  // has no label __label__<id>" when a category is missing; kIoError when the
  // file cannot be read.
  [[nodiscard]] static Result<std::unique_ptr<Classifier>> Load(const std::string& path);

  Classifier(const Classifier&) = delete;
  Classifier& operator=(const Classifier&) = delete;
  ~Classifier();

  // Scores of a normalized text (patterns::NormalizedText::text()). An empty
  // text, or one of tokens the model never saw, scores what the model's
  // bias gives.
  Scores Score(std::string_view normalized) const;

  // The window of `normalized` (between min_code_points and max_code_points
  // long, or the whole text when shorter) whose tokens' contributions to
  // `category`'s logit sum highest. A token's contribution is its input
  // vector dotted with the label's output row, over the token count; an
  // n-gram's is split evenly between its code points.
  Span Evidence(std::string_view normalized, patterns::Category category, size_t min_code_points = 4,
                size_t max_code_points = 24) const;

  struct Impl;

 private:
  explicit Classifier(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lantian::model
