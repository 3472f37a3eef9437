#pragma once

// The tokenizer under ExtractContacts: a text as one token per code point,
// with the reading that undoes the usual disguises of digits and letters
// (full-width forms, circled and parenthesised digits, Chinese numerals,
// o/O/l/I that may stand for 0/1, invisible characters dropped). Private to
// extractors/.
//
//   std::vector<Tok> toks = Tokenize("加V：①③");
//   // toks[1].ascii == 'v' (lower-cased), toks[2].ascii == ':' (full-width
//   // folded), toks[3].digit == 1 with strict set, toks[4].begin == 10
//
// Thread-safe (pure).

#include <cstdint>
#include <string_view>
#include <vector>

namespace lantian::extractors::internal {

// One code point of the input with its normalized reading.
// 16 bytes: texts are tokenized in chunks of at most kChunkBytes.
struct Tok {
  char32_t cp = 0;
  char ascii = 0;             // ASCII reading (lower-cased letters; full-width folded), 0 if none
  std::int8_t digit = -1;     // digit value 0-9 if the code point can stand for a digit
  bool strict = false;        // a real digit (ASCII, full-width, circled), not 一 or 'o'
  bool letter_digit = false;  // o/O/l/I: a digit only inside a digit run
  std::uint32_t begin = 0, end = 0;  // byte offsets in the chunk
};

// Tokens of `s` in order, byte offsets into `s` (so `s` must be shorter than
// 4 GiB: callers cut texts into chunks). Invalid UTF-8 reads as U+FFFD, one
// byte per token; zero-width characters, variation selectors and the soft
// hyphen produce no token.
std::vector<Tok> Tokenize(std::string_view s);

}  // namespace lantian::extractors::internal
