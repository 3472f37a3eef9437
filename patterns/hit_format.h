#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "patterns/rule_set.h"

namespace lantian::patterns {

// One JSONL line (no trailing newline) for a scanned document:
// {"doc": ..., "categories": [...], "hits": [{"category","rule","severity",
// "match","start","end","snippet"}]}. Always valid UTF-8: invalid bytes in
// match/snippet/doc become U+FFFD.
std::string FormatDocumentJson(std::string_view doc, const std::vector<Hit>& hits);

// Human-readable rows for a document: "doc  category  rule  severity
// start-end  match  snippet", one line per hit (each ending in '\n').
std::string FormatDocumentTable(std::string_view doc, const std::vector<Hit>& hits);

// A minimal visible-text extraction from HTML: script/style/noscript/template
// dropped, tags removed (block tags become newlines), entities decoded.
// Stand-in until extractors/ provides the real one.
std::string HtmlToVisibleText(std::string_view html);

}  // namespace lantian::patterns
