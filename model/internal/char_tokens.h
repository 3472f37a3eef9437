#pragma once

// The classifier's "words": every code point of a normalized text, every
// pair of adjacent code points and (optionally) every triple (issue 14 measured char uni+bigrams as words),
// each with the normalized byte span it covers, so a token's contribution can
// be laid back on the text.
//
//   std::vector<model::internal::CharToken> t = model::internal::CharTokens("专利 ab");
//   // "专" [0,3) "利" [3,6) "_" [6,7) "a" [7,8) "b" [8,9), then "专利" [0,6) "利_" ...
//
// Whitespace is written "_" (fastText splits words on whitespace).
// Thread-safe (pure function).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lantian::model::internal {

struct CharToken {
  std::string text;  // the token as fastText sees it
  size_t begin = 0;  // normalized byte span [begin, end)
  size_t end = 0;
};

// Unigrams in text order, then bigrams in text order, then (max_n >= 3)
// trigrams in text order; max_n is clamped to [1, 3]. Invalid UTF-8 bytes
// are taken one byte per code point (the normalizer never emits them).
std::vector<CharToken> CharTokens(std::string_view normalized, int max_n = 2);

// The bytes fastText splits words on; CharTokens writes each as "_".
inline bool IsFastTextSpace(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f' || c == '\0';
}

// The tokens joined by single spaces: one training line's words.
std::string JoinTokens(const std::vector<CharToken>& tokens);

}  // namespace lantian::model::internal
