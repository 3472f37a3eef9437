#pragma once

// What a notice quotes and dates, made fit for a platform's reader: the
// evidence sentence cleaned of invisible characters and cut at sentence or
// clause boundaries (never inside a word, number or UTF-8 sequence), and
// times in Chinese date form in China Standard Time. Private to store/bundle/.
//
//   QuoteEvidence("…广告。本所包授权，不过退款！其他", "包授权")  -> "本所包授权，不过退款！"
//   ChineseDateTime("2026-12-06T06:05:00Z")                       -> "2026年12月6日 14:05"

#include <cstddef>
#include <string>
#include <string_view>

namespace lantian::store::internal {

// `text` without zero-width and bidi-control characters (U+200B–U+200F,
// U+202A–U+202E, U+2060–U+2064, U+FEFF, U+00AD), runs of whitespace as one
// space, trimmed.
std::string StripInvisible(std::string_view text);

// The sentence of `context` that holds `match` (both cleaned with
// StripInvisible): from just after the previous 。！？ (or "!"/"?" before a
// space, or a line break) to the next one, inclusive. When that sentence is
// longer than `max_chars` code points, the clause instead (boundaries ；，
// too); when even the clause is longer, a window around the match cut after
// a boundary or at a space, never inside an ASCII word or number, with "…"
// where text was left out. A match not in the context is returned cleaned.
std::string QuoteEvidence(std::string_view context, std::string_view match,
                          size_t max_chars = 80);

// "2026年12月6日 14:05" in China Standard Time (UTC+8) from RFC 3339; the
// input unchanged when it does not parse; "" for "".
std::string ChineseDateTime(std::string_view rfc3339);
// "2026年12月6日" only.
std::string ChineseDate(std::string_view rfc3339);

}  // namespace lantian::store::internal
