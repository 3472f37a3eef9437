#include "model/internal/char_tokens.h"

#include <algorithm>

namespace lantian::model::internal {
namespace {

size_t CodePointLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

}  // namespace

std::vector<CharToken> CharTokens(std::string_view normalized, int max_n) {
  std::vector<CharToken> unigrams;
  size_t pos = 0;
  while (pos < normalized.size()) {
    size_t len = CodePointLength(static_cast<unsigned char>(normalized[pos]));
    if (pos + len > normalized.size()) len = 1;
    std::string text(normalized.substr(pos, len));
    if (len == 1 && IsFastTextSpace(static_cast<unsigned char>(text[0]))) text.assign(1, '_');
    unigrams.push_back(CharToken{std::move(text), pos, pos + len});
    pos += len;
  }
  std::vector<CharToken> tokens = unigrams;
  const size_t n_max = static_cast<size_t>(std::clamp(max_n, 1, 3));
  tokens.reserve(unigrams.size() * n_max);
  for (size_t n = 2; n <= n_max; ++n) {
    for (size_t i = n - 1; i < unigrams.size(); ++i) {
      CharToken gram{unigrams[i + 1 - n].text, unigrams[i + 1 - n].begin, unigrams[i].end};
      for (size_t k = i + 2 - n; k <= i; ++k) gram.text.append(unigrams[k].text);
      tokens.push_back(std::move(gram));
    }
  }
  return tokens;
}

std::string JoinTokens(const std::vector<CharToken>& tokens) {
  std::string out;
  for (const CharToken& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.text;
  }
  return out;
}

}  // namespace lantian::model::internal
