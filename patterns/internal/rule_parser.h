#pragma once

// The rule parser: reads rule TOML files into RuleInfo (as written) and
// CompiledRule (RE2 pattern, near/near_all/unless windows, firm mode), with
// every validation and its "file:line: what" error. It is the parser half of
// RuleSet::LoadDir (google/robotstxt keeps parsing and matching apart the
// same way); rule_matcher runs what it builds. Private to patterns/.
//
//   Result<ParsedRules> parsed = ParseRuleFiles({"config/patterns/guaranteed_grant.toml"});
//   if (!parsed.ok()) return parsed.status();  // "…/guaranteed_grant.toml:12: rule x: …"
//   parsed->infos[0].id;                        // "guaranteed_grant.bao_shouquan"
//   parsed->rules[0].required.size();           // near + near_all windows
//
// Thread-safe (no shared state).

#include <string>
#include <vector>

#include "base/status.h"
#include "patterns/internal/compiled_rule.h"
#include "patterns/rule_set.h"

namespace lantian::patterns::internal {

struct ParsedRules {
  std::vector<RuleInfo> infos;
  std::vector<CompiledRule> rules;  // rules[i] is infos[i] compiled
  TermTable terms;                  // the regexes the rules' windows point to
  bool needs_registry = false;      // some rule has `firm = ...`
};

// Parses `paths` in order: first the [sets] tables of every file (a set may
// be used in any file), then each file's [[rule]] tables. Errors (all
// InvalidArgument unless noted) name the file and line: not TOML
// ("path:line:col: …"), unreadable (IoError), a top-level key other than
// rule/sets, an unknown rule key, a missing or mistyped field, a bad id or
// duplicate id or set (naming the first definition), an unknown category,
// severity or firm mode, a regex RE2 rejects, a pattern or term matching the
// empty string, an unknown @set, a window without terms, a negative within.
[[nodiscard]] Result<ParsedRules> ParseRuleFiles(const std::vector<std::string>& paths);

// True when `pattern` may match differently in a substring than in the whole
// text: anchors and word-boundary assertions see the substring's edges.
bool HasEdgeAssertion(const std::string& pattern);

// RE2 options for user patterns: errors are reported, never logged.
RE2::Options QuietRe2Options();

}  // namespace lantian::patterns::internal
