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

}  // namespace lantian::patterns
