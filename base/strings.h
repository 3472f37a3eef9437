#pragma once

// ASCII-only string helpers: case folding and whitespace trimming for
// protocol text (HTTP headers, robots.txt, charset labels, CSS selectors,
// TOML keys). They never touch bytes >= 0x80, so UTF-8 text passes through
// unchanged; Unicode folding is patterns/normalizer's job.
//
//   base::AsciiLower("Content-Type")        -> "content-type"
//   base::TrimAscii("  gzip \t")            -> "gzip"   (a view into the input)
//   base::EqualsIgnoreAsciiCase("GBK", "gbk") -> true

#include <string>
#include <string_view>

namespace lantian::base {

constexpr char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A lower-cased copy of `s` (A-Z only).
std::string AsciiLower(std::string_view s);

// `s` without leading and trailing ASCII whitespace (space, \t, \n, \r, \f,
// \v). The view points into `s`'s buffer.
std::string_view TrimAscii(std::string_view s);

// `text` safe inside HTML text and quoted attributes: & < > " ' escaped.
std::string HtmlEscape(std::string_view text);

// Case-insensitive equality over A-Z.
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);

// True when `s` starts with `prefix`, ignoring A-Z case.
bool StartsWithIgnoreAsciiCase(std::string_view s, std::string_view prefix);

}  // namespace lantian::base
