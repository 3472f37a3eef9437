#include "model/classifier.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <fstream>
#include <vector>

#include <fasttext/fasttext.h>

#include "model/internal/token_table.h"

namespace lantian::model {
namespace {

// FastText keeps the input/output matrices protected; this exposes the two
// read-only operations the contribution needs (both const and thread-safe).
class FastTextAccess : public fasttext::FastText {
 public:
  void AddInput(fasttext::Vector& v, int32_t id) const { input_->addRowToVector(v, id); }
  fasttext::real DotOutput(const fasttext::Vector& v, int32_t label) const { return output_->dotRow(v, label); }
};

double Sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

}  // namespace

std::string LabelOf(patterns::Category category) {
  return "__label__" + std::string(patterns::CategoryId(category));
}

struct Classifier::Impl {
  FastTextAccess ft;
  std::array<int32_t, patterns::kCategoryCount> label_ids{};
  int32_t eos_id = -1;
  int char_ngrams = 2;  // the longest word of the dictionary, in code points (1 to 3)
  // Built at load so that scoring never touches fastText's matrices nor
  // builds a string: word key -> its contribution to each category's logit
  // (input row . label's output row). The logit of a text is the mean of its
  // words' contributions, exactly what fastText's hidden vector (the mean of
  // the input rows) dotted with the output row gives.
  internal::TokenTable table;
  std::array<double, patterns::kCategoryCount> eos_contribution{};

  void BuildTables() {
    std::shared_ptr<const fasttext::Dictionary> dict = ft.getDictionary();
    const int32_t nwords = dict->nwords();
    std::vector<uint64_t> keys(static_cast<size_t>(nwords));
    std::vector<std::array<uint32_t, 3>> cps(keys.size());
    std::vector<size_t> lengths(keys.size());
    size_t pairs = 0;
    for (size_t w = 0; w < keys.size(); ++w) {
      keys[w] = internal::PackToken(dict->getWord(static_cast<int32_t>(w)), &cps[w], &lengths[w]);
      pairs += keys[w] != 0 && lengths[w] == 2;
    }
    table.Reserve(pairs);
    fasttext::Vector v(ft.getDimension());
    for (int32_t w = 0; w < nwords; ++w) {
      v.zero();
      ft.AddInput(v, w);
      internal::TokenTable::Lanes lanes;
      for (int c = 0; c < patterns::kCategoryCount; ++c) {
        const double dot = ft.DotOutput(v, label_ids[c]);
        lanes.set_lane(c, static_cast<float>(dot));
        if (w == eos_id) eos_contribution[c] = dot;
      }
      const auto i = static_cast<size_t>(w);
      table.Insert(keys[i], cps[i], lengths[i], lanes);
    }
  }

  // Adds the lanes of every token of `text` (CharTokens' tokens: unigrams,
  // bigrams and, for kN == 3, trigrams; unseen ones add the zero entry, so
  // there is no branch per token) into `total`. The unigrams and the
  // longer n-grams are summed apart, so that an add does not wait on the one
  // before; in float, flushed into doubles every kChunkCodePoints code
  // points, so that the count lane stays exact (floats hold integers to
  // 2^24) and a long text's sums lose no more than a 4,096-character one's
  // (a few hundred terms lose less than 1e-5 of a logit; the tests hold it
  // to fastText's own score; a float sum of a million terms would be off in
  // the third digit).
  template <int kN>
  void SumTokens(std::string_view text, std::array<double, internal::TokenTable::kLanes>* total) const {
    using internal::LaneVector;
    constexpr size_t kChunkCodePoints = 4096;
    if (text.empty()) return;
    LaneVector unigrams_low{}, unigrams_high{}, longer_low{}, longer_high{};
    const auto add = [](const internal::TokenTable::Lanes& l, LaneVector& low, LaneVector& high) {
      low += l.low;
      high += l.high;
    };
    const auto flush = [&] {
      for (int i = 0; i < 4; ++i) {
        (*total)[i] += unigrams_low[i] + longer_low[i];
        (*total)[i + 4] += unigrams_high[i] + longer_high[i];
      }
      unigrams_low = unigrams_high = longer_low = longer_high = LaneVector{};
    };
    size_t len = 1;
    uint32_t prev2 = 0, prev1 = internal::DecodeCodePoint(text, 0, &len);
    add(table.Unigram(prev1), unigrams_low, unigrams_high);
    size_t pos = len, n = 1;
    while (pos < text.size()) {
      for (const size_t chunk_end = n + kChunkCodePoints; pos < text.size() && n < chunk_end; ++n) {
        const uint32_t cp = internal::DecodeCodePoint(text, pos, &len);
        pos += len;
        add(table.Unigram(cp), unigrams_low, unigrams_high);
        if constexpr (kN >= 2) add(table.Bigram(prev1, cp), longer_low, longer_high);
        if constexpr (kN >= 3) {
          if (n >= 2) add(table.Trigram(prev2, prev1, cp), longer_low, longer_high);
        }
        prev2 = prev1;
        prev1 = cp;
      }
      flush();
    }
    flush();
  }

  // Calls f(lanes, first code point, length in code points) for every token
  // of `text` the model knows, the tokens SumTokens adds, in one pass that
  // keeps the last two code points (no buffer per text); `starts` gets each
  // code point's byte start. Returns the number of code points.
  template <typename F>
  size_t ForEachKnownToken(std::string_view text, std::vector<size_t>* starts, F&& f) const {
    uint32_t prev2 = 0, prev1 = 0;
    size_t n = 0;
    const auto known = [&](const internal::TokenTable::Lanes& l, size_t first, size_t length) {
      if (l.lane(internal::TokenTable::kCountLane) != 0.0f) f(l, first, length);
    };
    for (size_t pos = 0; pos < text.size(); ++n) {
      size_t len = 1;
      const uint32_t cp = internal::DecodeCodePoint(text, pos, &len);
      starts->push_back(pos);
      pos += len;
      known(table.Unigram(cp), n, 1);
      if (char_ngrams >= 2 && n >= 1) known(table.Bigram(prev1, cp), n - 1, 2);
      if (char_ngrams >= 3 && n >= 2) known(table.Trigram(prev2, prev1, cp), n - 2, 3);
      prev2 = prev1;
      prev1 = cp;
    }
    return n;
  }
};

Classifier::Classifier(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Classifier::~Classifier() = default;

Result<std::unique_ptr<Classifier>> Classifier::Load(const std::string& path) {
  {
    std::ifstream probe(path, std::ios::binary);
    if (!probe) return Status::IoError(path + ": cannot read model");
  }
  auto impl = std::make_unique<Impl>();
  try {
    impl->ft.loadModel(path);
  } catch (const std::exception& e) {
    return Status::InvalidArgument(path + ": not a fastText model: " + e.what());
  }
  std::shared_ptr<const fasttext::Dictionary> dict = impl->ft.getDictionary();
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    const std::string label = LabelOf(static_cast<patterns::Category>(c));
    int32_t id = -1;
    for (int32_t l = 0; l < dict->nlabels(); ++l) {
      if (dict->getLabel(l) == label) id = l;
    }
    if (id < 0) return Status::InvalidArgument(path + ": model has no label " + label);
    impl->label_ids[c] = id;
  }
  impl->eos_id = dict->getId(fasttext::Dictionary::EOS);
  // The tokenisation must match training's: the longest dictionary word says
  // how long the char n-grams were.
  int longest = 1;
  for (int32_t w = 0; w < dict->nwords(); ++w) {
    const std::string& word = dict->getWord(w);
    if (word == fasttext::Dictionary::EOS) continue;
    int code_points = 0;
    for (unsigned char ch : word) code_points += (ch & 0xC0) != 0x80;
    longest = std::max(longest, code_points);
  }
  impl->char_ngrams = std::min(longest, 3);
  impl->BuildTables();
  return std::unique_ptr<Classifier>(new Classifier(std::move(impl)));
}

Scores Classifier::Score(std::string_view normalized) const {
  std::array<double, internal::TokenTable::kLanes> total{};
  switch (impl_->char_ngrams) {
    case 1:
      impl_->SumTokens<1>(normalized, &total);
      break;
    case 2:
      impl_->SumTokens<2>(normalized, &total);
      break;
    default:
      impl_->SumTokens<3>(normalized, &total);
      break;
  }
  std::array<double, patterns::kCategoryCount> logit{};
  for (int c = 0; c < patterns::kCategoryCount; ++c) logit[c] = total[c];
  auto count = static_cast<size_t>(total[internal::TokenTable::kCountLane]);
  // Training lines end with the end-of-sentence word; so do scored texts.
  if (impl_->eos_id >= 0) {
    ++count;
    for (int c = 0; c < patterns::kCategoryCount; ++c) logit[c] += impl_->eos_contribution[c];
  }
  Scores scores{};
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    scores[c] = Sigmoid(count == 0 ? 0.0 : logit[c] / static_cast<double>(count));
  }
  return scores;
}

Span Classifier::Evidence(std::string_view normalized, patterns::Category category, size_t min_code_points,
                          size_t max_code_points) const {
  std::vector<size_t> starts;  // byte start of each code point
  struct Known {
    size_t first, length;
    double contribution;
  };
  std::vector<Known> known;
  const int c = static_cast<int>(category);
  const size_t n =
      impl_->ForEachKnownToken(normalized, &starts, [&](const internal::TokenTable::Lanes& l, size_t first, size_t length) {
        known.push_back(Known{first, length, l.lane(c)});
      });
  if (n == 0) return Span{0, 0};
  // An n-gram's contribution is split evenly between its code points.
  std::vector<double> weight(n, 0.0);
  for (const Known& k : known) {
    for (size_t i = k.first; i < k.first + k.length; ++i) weight[i] += k.contribution / static_cast<double>(k.length);
  }
  std::vector<double> prefix(n + 1, 0.0);
  for (size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + weight[i];
  const size_t min_len = std::min(std::max<size_t>(min_code_points, 1), n);
  const size_t max_len = std::min(std::max(max_code_points, min_len), n);
  size_t best_begin = 0, best_end = min_len;
  double best = prefix[min_len] - prefix[0];
  for (size_t end = min_len; end <= n; ++end) {
    for (size_t len = min_len; len <= max_len && len <= end; ++len) {
      const double sum = prefix[end] - prefix[end - len];
      if (sum > best) {
        best = sum;
        best_begin = end - len;
        best_end = end;
      }
    }
  }
  const size_t end_byte = best_end < n ? starts[best_end] : normalized.size();
  return Span{starts[best_begin], end_byte};
}

}  // namespace lantian::model
