#include "patterns/internal/rule_matcher.h"

#include <set>
#include <string>
#include <utility>

#include <re2/re2.h>

#include "patterns/hit_format.h"
#include "patterns/internal/utf8.h"

namespace lantian::patterns::internal {
namespace {

// A hit of the rule `info` on the original bytes [start, end).
Hit MakeHit(const RuleInfo& info, std::string_view original, size_t start, size_t end) {
  Hit h;
  h.rule = info.id;
  h.category = info.category;
  h.severity = info.severity;
  h.legal_basis = info.legal_basis;
  h.start = start;
  h.end = end;
  h.match = std::string(original.substr(start, end - start));
  h.snippet = MakeSnippet(original, start, end);
  return h;
}

}  // namespace

bool WindowHolds(const Window& w, std::string_view text, size_t ms, size_t me, TermCache* cache) {
  if (w.within == 0) {
    int8_t& c = (*cache)[w.term_id];
    if (c < 0) c = RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *w.re) ? 1 : 0;
    return c == 1;
  }
  const size_t b = BackCodePoints(text, ms, w.within);
  const size_t e = ForwardCodePoints(text, me, w.within);
  return RE2::PartialMatch(re2::StringPiece(text.data() + b, e - b), *w.re);
}

void EvaluateRule(const CompiledRule& rule, const RuleInfo& info, const Registry& registry,
                  const NormalizedText& doc, std::string_view original, TermCache* term_cache,
                  std::optional<std::vector<FirmMention>>* firms, std::vector<Hit>* hits) {
  const std::string_view text = doc.text();
  const re2::StringPiece input(text.data(), text.size());
  // Document-wide conditions (within = 0) first: they decide for every match.
  for (const Window& w : rule.required) {
    if (w.within == 0 && !WindowHolds(w, text, 0, 0, term_cache)) return;
  }
  if (rule.unless && rule.unless->within == 0 && WindowHolds(*rule.unless, text, 0, 0, term_cache)) return;
  // A near window whose terms occur nowhere in the document cannot hold
  // around any match: skip the rule before searching for its matches (one
  // cached whole-document search per term list instead of one window search
  // per match). Only for term lists without ^, $ or \b-style assertions,
  // which in a window substring also match at the window's edges.
  for (const Window& w : rule.required) {
    if (w.within == 0 || w.edge) continue;
    const Window anywhere{w.re, w.term_id, 0};
    if (!WindowHolds(anywhere, text, 0, 0, term_cache)) return;
  }
  bool firm_ok = false;
  size_t pos = 0;
  re2::StringPiece m;
  while (pos <= text.size() && rule.re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t ms = static_cast<size_t>(m.data() - text.data());
    const size_t me = ms + m.size();
    if (me == ms) {  // an empty match (e.g. a lone \b): never a hit
      pos = ForwardCodePoints(text, ms, 1);
      if (pos == ms) break;
      continue;
    }
    pos = me;
    bool ok = true;
    for (size_t i = 0; ok && i < rule.required.size(); ++i) {
      ok = WindowHolds(rule.required[i], text, ms, me, term_cache);
    }
    if (ok && rule.unless && WindowHolds(*rule.unless, text, ms, me, term_cache)) ok = false;
    if (!ok) continue;
    if (rule.firm != FirmMode::kNone) {
      firm_ok = true;
      break;
    }
    const auto [os, oe] = doc.ToOriginal(ms, me);
    hits->push_back(MakeHit(info, original, os, oe));
  }
  if (!firm_ok) return;
  if (!firms->has_value()) *firms = registry.Classify(doc);
  const bool want_licensed = rule.firm == FirmMode::kListed;
  std::set<std::string> seen;
  for (const FirmMention& f : **firms) {
    if (f.licensed != want_licensed || !seen.insert(f.name).second) continue;
    Hit h = MakeHit(info, original, f.start, f.end);
    h.firm = f.name;
    hits->push_back(std::move(h));
  }
}

}  // namespace lantian::patterns::internal
