#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "patterns/category.h"
#include "patterns/normalizer.h"
#include "patterns/registry.h"

namespace lantian::patterns {

// One detection hit. Offsets are byte offsets into the ORIGINAL document
// passed to RuleSet::Scan.
struct Hit {
  std::string rule;          // rule id, e.g. "guaranteed_grant.bao_shouquan"
  Category category = Category::kUnlicensedAgency;
  Severity severity = Severity::kLow;
  std::string legal_basis;   // the rule's, or the category default
  size_t start = 0;          // [start, end) in the original bytes
  size_t end = 0;
  std::string match;         // original bytes [start, end) (may be invalid UTF-8 if the input was)
  std::string snippet;       // original text around the match (~30 code points each side),
                             // cut on UTF-8 boundaries, newlines/tabs → spaces
  std::string firm;          // normalized firm name for rules with `firm = ...`, else empty
};

// A rule as loaded (for `patterns check`, listings and tests).
struct RuleInfo {
  struct Example {
    std::string text;
    int line = 0;  // line of the examples/counter_examples key
  };
  std::string id;
  Category category = Category::kUnlicensedAgency;
  Severity severity = Severity::kLow;
  std::string description;
  std::string legal_basis;  // resolved: the category default when absent
  std::string pattern;      // as written
  std::string file;         // path of the rule file
  int line = 0;             // line of the [[rule]] table
  std::vector<Example> examples;
  std::vector<Example> counter_examples;
};

struct LoadOptions {
  // Registry CSV; empty means <dir>/../registry/agencies.csv.
  std::string registry_path;
  // RE2::Set memory budget. RE2's default (8 MB) silently loses ~40% of the
  // throughput on ~100 rules (PERF-NOTES.md); 64 MB keeps the DFA cached.
  int64_t set_max_mem_bytes = int64_t{64} << 20;
};

// The compiled rule set: all rule files of a directory, the variant table,
// and the registry. Immutable after LoadDir; Scan() is safe to call from any
// number of threads at once (RE2 and RE2::Set are safe for concurrent use;
// per-thread scratch buffers are thread_local).
class RuleSet {
 public:
  // Loads every `*.toml` of `dir` in name order (except variants.toml, the
  // variant table), the registry CSV, validates everything and compiles the
  // patterns into one RE2::Set plus one RE2 per rule. Errors are one line
  // "file:line: what" (kInvalidArgument): not TOML, unknown key, missing
  // field, wrong type, unknown category, bad severity, duplicate id (naming
  // the first definition), a regex RE2 rejects, a pattern matching the empty
  // string, an unknown @set, within < 0; "dir: ..." when the directory cannot
  // be read; kIoError for an unreadable registry.
  [[nodiscard]] static Result<std::unique_ptr<RuleSet>> LoadDir(const std::string& dir,
                                                                const LoadOptions& options = {});

  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;
  ~RuleSet();

  // Normalizes `original`, runs the RE2::Set prefilter and then only the
  // rules it reports, with their near/near_all/unless/firm checks. A context
  // term with `within = N` must lie entirely inside the normalized text from
  // N code points before the match start to N code points after its end
  // (the match itself included); within = 0 means anywhere. Hits are
  // sorted by (start, rule). Fails only when RE2::Set runs out of memory
  // (kResourceExhausted; never reported as "no hit") or the document is
  // larger than 4 GiB - 1.
  [[nodiscard]] Result<std::vector<Hit>> Scan(std::string_view original) const;

  // Scan restricted to one rule (by index into rules()), used by `patterns
  // check` to test a rule's examples in isolation. Same checks as Scan.
  [[nodiscard]] Result<std::vector<Hit>> ScanWithRule(std::string_view original,
                                                      size_t rule_index) const;

  const std::vector<RuleInfo>& rules() const;
  const Normalizer& normalizer() const;
  const Registry& registry() const;

  struct Impl;

 private:
  explicit RuleSet(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The distinct categories of `hits`, in Category order.
std::vector<Category> DistinctCategories(const std::vector<Hit>& hits);

}  // namespace lantian::patterns
