#pragma once

// The rule detector: every rule file of a directory (config/patterns/*.toml),
// compiled into one RE2::Set prefilter plus one RE2 per rule, run over
// normalized text (patterns/normalizer.h); hits carry byte spans in the
// ORIGINAL text.
//
//   auto rules = patterns::RuleSet::LoadDir("config/patterns");
//   if (!rules.ok()) return rules.status();  // "…/guaranteed_grant.toml:24: rule …: …"
//   auto hits = (*rules)->Scan("实用新型代写 包 授 權 不过全额退款");
//   for (const patterns::Hit& h : *hits) {
//     // h.rule "guaranteed_grant.bao_outcome", h.match "包 授 權", [h.start, h.end)
//   }
//
// Rule files
// ----------
// A rule file holds [[rule]] tables and an optional [sets] table. Every
// pattern and term is an RE2 regex matched against the NORMALIZED text
// (lower case, simplified, half width, no separators between Han
// characters, variants replaced), so write '包授权', not '包\s*授權'.
//
//   [sets]                              # named term lists, shared by all files
//   ip_words = ["专利", "实用新型", "外观", "商标"]
//
//   [[rule]]
//   id = "guaranteed_grant.bao_outcome" # [a-z0-9_]+(.[a-z0-9_]+)*, unique
//   category = "guaranteed_grant"       # one of the six category ids
//   severity = "high"                   # low | medium | high
//   description = "包授权 / 包下证 …"
//   legal_basis = "专利代理条例 第二十五条…"  # optional: else the category's default
//   pattern = '包(?:授权|下证|拿证)|包过(?:[^户]|$)'
//   near = { any = ["@ip_words"], within = 40 }
//   unless = ["@meta", "@exam_course", "@other_permits"]
//   examples = ["发明专利 全程代办 包授权 官费另算"]          # must hit (patterns check)
//   counter_examples = ["严厉打击实用新型包授权等违法宣传"]  # must not hit
//
// The context keys (each optional) decide which matches of `pattern` are hits:
//
//   near = { any = [TERMS], within = N }
//       At least one term must match within N code points of the match: the
//       term must lie entirely inside the normalized text from N code points
//       before the match start to N after its end (the match included).
//       within = 0 (or absent) means anywhere in the document.
//   near_all = [{ any = [...], within = N }, ...]
//       Like near, and every window must hold; near and near_all combine.
//       guaranteed_grant.failure_then_money needs a refund word within 14
//       code points AND an IP word within 60:
//         near_all = [{ any = ["退款", …], within = 14 }, { any = ["@ip_words"], within = 60 }]
//   unless = [TERMS]
//       A veto: when a term matches, the match is not a hit. Document-wide by
//       default ("@meta": news, notices and statutes that quote the practice).
//   unless_within = N
//       Limits the unless veto to N code points around the match, as near does.
//   firm = "unlisted" | "listed"
//       The rule no longer reports its own matches: when at least one match
//       holds, it reports every distinct firm name in the document
//       (…知识产权代理有限公司, …专利事务所, …工作室) that is absent from
//       (unlisted) or present in (listed) the registry of licensed agencies
//       (config/registry/agencies.csv). unlicensed_agency.unlisted_firm_offer
//       reports an unlicensed firm offering 专利代办 this way.
//
// TERMS are regexes; "@name" stands for the terms of a [sets] list. A term
// list without ^, $ or \b-style assertions is also checked once against the
// whole document first, so a rule whose near terms occur nowhere is skipped.
// Matches are found left to right without overlap; empty matches never hit.
// config/patterns/variants.toml is not a rule file: it is the variant table
// (patterns/variant_table.h).

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

// Who found a hit: a rule of a RuleSet, or the learned model beside the
// rules (model/detector.h).
enum class HitSource { kRule, kModel };
std::string_view HitSourceId(HitSource source);  // "rule" | "model"

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
  HitSource source = HitSource::kRule;
  // The model's score of this hit's category for the document, in [0, 1];
  // kNoScore when no model scored it (RuleSet alone never does).
  double score = -1.0;
};
inline constexpr double kNoScore = -1.0;

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

  // Scan, and the normalized text the rules saw copied into `*normalized`
  // (for the model, which reads the same text; model/detector.h).
  [[nodiscard]] Result<std::vector<Hit>> Scan(std::string_view original, NormalizedText* normalized) const;

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
