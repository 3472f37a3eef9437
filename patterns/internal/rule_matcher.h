#pragma once

// The rule matcher: runs one compiled rule (internal/compiled_rule.h, built
// by internal/rule_parser) over a normalized document and appends its hits,
// mapped back to the original bytes. It is the matcher half of RuleSet::Scan;
// the RE2::Set prefilter that picks the rules to run stays in rule_set.cc.
// Private to patterns/.
//
//   TermCache cache(parsed.terms.regexes.size(), -1);
//   std::optional<std::vector<FirmMention>> firms;
//   std::vector<Hit> hits;
//   EvaluateRule(parsed.rules[i], parsed.infos[i], registry, doc, original, &cache, &firms, &hits);
//
// Thread-safe for distinct caches/outputs (the rule and registry are only read).

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "patterns/internal/compiled_rule.h"
#include "patterns/normalizer.h"
#include "patterns/registry.h"
#include "patterns/rule_set.h"

namespace lantian::patterns::internal {

// Per document: one entry per TermTable regex, -1 not yet run, else 0/1 =
// it matches anywhere in the document (the within = 0 answer).
using TermCache = std::vector<int8_t>;

// Does `w` hold around the normalized match [ms, me) of `text`? Its terms
// must match inside [ms - within, me + within] code points (the match
// included); within = 0 means anywhere, memoized in `cache`.
bool WindowHolds(const Window& w, std::string_view text, size_t ms, size_t me, TermCache* cache);

// Runs `rule` (described by `info`) over `doc`, the normalization of
// `original`, and appends its hits: each match whose required windows all
// hold and whose unless window does not, or, for a firm rule with at least
// one such match, one hit per distinct firm mention that is (listed) or is
// not (unlisted) in `registry`. `*firms` caches Registry::Classify per
// document (filled on first need). Hits are appended unsorted.
void EvaluateRule(const CompiledRule& rule, const RuleInfo& info, const Registry& registry,
                  const NormalizedText& doc, std::string_view original, TermCache* cache,
                  std::optional<std::vector<FirmMention>>* firms, std::vector<Hit>* hits);

}  // namespace lantian::patterns::internal
