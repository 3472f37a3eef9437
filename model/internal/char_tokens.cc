#include "model/internal/char_tokens.h"

namespace lantian::model::internal {
namespace {

size_t CodePointLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

bool IsFastTextSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f' || c == '\0';
}

}  // namespace

std::vector<CharToken> CharTokens(std::string_view normalized) {
  std::vector<CharToken> unigrams;
  size_t pos = 0;
  while (pos < normalized.size()) {
    size_t len = CodePointLength(static_cast<unsigned char>(normalized[pos]));
    if (pos + len > normalized.size()) len = 1;
    std::string text(normalized.substr(pos, len));
    if (len == 1 && IsFastTextSpace(text[0])) text.assign(1, '_');
    unigrams.push_back(CharToken{std::move(text), pos, pos + len});
    pos += len;
  }
  std::vector<CharToken> tokens = unigrams;
  tokens.reserve(unigrams.size() * 2);
  for (size_t i = 1; i < unigrams.size(); ++i) {
    CharToken bigram{unigrams[i - 1].text, unigrams[i - 1].begin, unigrams[i].end};
    bigram.text.append(unigrams[i].text);
    tokens.push_back(std::move(bigram));
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
