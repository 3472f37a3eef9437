#pragma once

// From a fetched body to valid UTF-8: the charset is chosen from the BOM,
// the Content-Type header, a <meta> charset, then a GB18030/Big5 heuristic,
// and converted with iconv; undecodable bytes become U+FFFD.
//
//   extractors::DecodedText d = extractors::DecodeToUtf8(body, "text/html; charset=gbk");
//   d.utf8;           // valid UTF-8
//   d.charset_used;   // "GB18030" (GBK and GB2312 are decoded as their superset)
//   d.how;            // "header"
//
// Thread-safe (each call opens its own iconv handles).

#include <string>
#include <string_view>

namespace lantian::extractors {

// The result of decoding a fetched body to UTF-8. Value type.
struct DecodedText {
  std::string utf8;          // always valid UTF-8; undecodable input became U+FFFD
  std::string charset_used;  // canonical name actually used: "UTF-8", "GB18030", "Big5", "windows-1252", ...
  // Which evidence chose the charset: "bom", "header", "meta", "heuristic", "default".
  // When a declared charset (header or meta) failed badly and the heuristic
  // took over, this reads e.g. "heuristic (header said UTF-8, invalid)".
  std::string how;
  bool had_errors = false;   // some bytes could not be decoded and became U+FFFD
};

// Decodes a fetched body to UTF-8. Never fails: the output is always valid UTF-8.
// Order (WHATWG "encoding sniffing", simplified): BOM; the charset parameter of
// `content_type_header` (e.g. "text/html; charset=gbk"); <meta charset> or
// <meta http-equiv=Content-Type content="...charset=..."> in the first 4 KB
// (byte scan, no parse); then a heuristic (valid UTF-8 → UTF-8; else GB18030 if
// it decodes cleanly; else Big5 if it decodes cleanly; else windows-1252).
// GBK, GB2312, x-gbk and friends are decoded as GB18030 (a superset).
// A label that lies (says UTF-8, bytes are GBK) falls back to the heuristic
// when more than a few bytes fail, and `how` says so.
// Thread-safe (each call owns its iconv handles).
[[nodiscard]] DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type_header);

// Maps a charset label to the canonical name used above ("gbk" → "GB18030",
// "utf8" → "UTF-8", "big5-hkscs" → "Big5-HKSCS", "iso-8859-1" → "windows-1252").
// Returns "" for labels it does not know.
std::string CanonicalCharset(std::string_view label);

// The charset named by a <meta> tag in the first 4 KB of `bytes`, as written
// (not canonicalized), or "" when there is none.
std::string SniffMetaCharset(std::string_view bytes);

// Converts `bytes` from `charset` (a canonical name) to UTF-8, replacing each
// invalid sequence by U+FFFD. Returns the number of replacement events, or -1
// if iconv does not know the charset.
long ConvertToUtf8(std::string_view bytes, std::string_view charset, std::string* out);

// True when `bytes` is entirely valid UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);

// Returns `text` with invalid UTF-8 sequences replaced by U+FFFD.
std::string SanitizeUtf8(std::string_view text);

}  // namespace lantian::extractors
