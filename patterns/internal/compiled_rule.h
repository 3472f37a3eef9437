#pragma once

// The compiled form of a rule, shared by the rule parser (which builds it)
// and the rule matcher (which runs it). Private to patterns/. Immutable once
// built; the RE2 objects are safe for concurrent use.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

namespace lantian::patterns::internal {

// `firm = "listed" | "unlisted"`: the rule reports registry firm mentions
// instead of its own matches.
enum class FirmMode { kNone, kListed, kUnlisted };

// A context window: at least one of the terms (one combined regex) must
// match within `within` code points of the match (0 = anywhere).
struct Window {
  const RE2* re = nullptr;  // owned by the rule set's TermTable (shared by identical lists)
  size_t term_id = 0;       // index into that table (per-document cache for within = 0)
  size_t within = 0;
  bool edge = false;        // `re` has ^, $ or \b-style assertions (HasEdgeAssertion)
};

// Term alternations, deduplicated across rules: many rules share the same
// `unless` list, and a within = 0 check is then run once per document.
// Moving the table keeps every Window::re valid (the RE2s are on the heap).
struct TermTable {
  std::vector<std::unique_ptr<RE2>> regexes;
  std::unordered_map<std::string, size_t> by_pattern;  // combined pattern → index
};

struct CompiledRule {
  std::unique_ptr<RE2> re;
  std::vector<Window> required;  // near + near_all: every one must hold
  std::optional<Window> unless;  // vetoes when it matches
  FirmMode firm = FirmMode::kNone;
};

}  // namespace lantian::patterns::internal
