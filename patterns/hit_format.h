#pragma once

// How a hit is shown: its snippet (the original text around the match) and
// the `lantian scan` output of one document, as a JSON line or table rows.
//
//   patterns::MakeSnippet(original, h.start, h.end)  // ~30 code points each side
//   std::cout << patterns::FormatDocumentJson("page.html", *hits) << "\n";
//   // {"doc":"page.html","categories":["guaranteed_grant"],"hits":[{"category":…,
//   //  "rule":…,"severity":"high","match":"包授权","start":19,"end":28,"snippet":…}]}
//
// Thread-safe (pure functions).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "patterns/rule_set.h"

namespace lantian::patterns {

// Characters of context MakeSnippet keeps on each side of a match.
inline constexpr size_t kSnippetChars = 30;

// Hit::snippet for the original bytes [start, end): the match with up to
// kSnippetChars code points (lead bytes) before and after it, cut on UTF-8
// boundaries even when `original` is not valid UTF-8, with \n, \r, \t and
// NUL turned into spaces.
std::string MakeSnippet(std::string_view original, size_t start, size_t end);

// A model score as shown: rounded to 3 decimals (RoundedScore, for JSON) or
// printed with 3 decimals ("0.873", FormatScore).
double RoundedScore(double score);
std::string FormatScore(double score);

// One JSONL line (no trailing newline) for a scanned document:
// {"doc": ..., "categories": [...], "hits": [{"category","rule","severity",
// "source","match","start","end","snippet"[,"firm"][,"score"]}]}: source is
// "rule" or "model", score (3 decimals) only when a model scored the hit. Always valid UTF-8: invalid bytes in
// match/snippet/doc become U+FFFD.
std::string FormatDocumentJson(std::string_view doc, const std::vector<Hit>& hits);

// Human-readable rows for a document: "doc  category  rule  severity
// source  score  start-end  match  snippet" (score "-" when none), one line per hit (each ending in '\n').
std::string FormatDocumentTable(std::string_view doc, const std::vector<Hit>& hits);

}  // namespace lantian::patterns
