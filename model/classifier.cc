#include "model/classifier.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <fstream>
#include <vector>

#include <fasttext/fasttext.h>

#include "model/internal/char_tokens.h"

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

  // Word ids of the tokens, -1 for tokens the model never saw.
  std::vector<int32_t> Ids(const std::vector<internal::CharToken>& tokens) const {
    std::shared_ptr<const fasttext::Dictionary> dict = ft.getDictionary();
    std::vector<int32_t> ids;
    ids.reserve(tokens.size());
    for (const internal::CharToken& t : tokens) ids.push_back(dict->getId(t.text));
    return ids;
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
  return std::unique_ptr<Classifier>(new Classifier(std::move(impl)));
}

Scores Classifier::Score(std::string_view normalized) const {
  const std::vector<internal::CharToken> tokens = internal::CharTokens(normalized, impl_->char_ngrams);
  std::vector<int32_t> ids = impl_->Ids(tokens);
  std::erase(ids, -1);
  // Training lines end with the end-of-sentence word; so do scored texts.
  if (impl_->eos_id >= 0) ids.push_back(impl_->eos_id);
  const int dim = impl_->ft.getDimension();
  fasttext::Vector hidden(dim);
  hidden.zero();
  for (int32_t id : ids) impl_->ft.AddInput(hidden, id);
  if (!ids.empty()) hidden.mul(1.0 / static_cast<double>(ids.size()));
  Scores scores{};
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    scores[c] = Sigmoid(impl_->ft.DotOutput(hidden, impl_->label_ids[c]));
  }
  return scores;
}

Span Classifier::Evidence(std::string_view normalized, patterns::Category category, size_t min_code_points,
                          size_t max_code_points) const {
  const std::vector<internal::CharToken> tokens = internal::CharTokens(normalized, impl_->char_ngrams);
  const std::vector<int32_t> ids = impl_->Ids(tokens);
  // Code points are the unigram tokens, which come first.
  std::vector<size_t> starts;  // byte start of each code point
  for (const internal::CharToken& t : tokens) {
    if (!starts.empty() && t.begin <= starts.back()) break;
    starts.push_back(t.begin);
  }
  const size_t n = starts.size();
  if (n == 0) return Span{0, 0};
  const int dim = impl_->ft.getDimension();
  const int32_t label = impl_->label_ids[static_cast<int>(category)];
  std::vector<double> weight(n, 0.0);
  fasttext::Vector v(dim);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (ids[i] < 0) continue;
    v.zero();
    impl_->ft.AddInput(v, ids[i]);
    const double contribution = impl_->ft.DotOutput(v, label);
    if (i < n) {
      weight[i] += contribution;
    } else {
      // An n-gram's contribution is split evenly between its code points.
      const size_t first =
          static_cast<size_t>(std::lower_bound(starts.begin(), starts.end(), tokens[i].begin) - starts.begin());
      size_t last = first;
      while (last < n && starts[last] < tokens[i].end) ++last;
      for (size_t k = first; k < last; ++k) weight[k] += contribution / static_cast<double>(last - first);
    }
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
