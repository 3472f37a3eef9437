#include "patterns/check.h"

#include <algorithm>

namespace lantian::patterns {
namespace {

bool HasRule(const std::vector<Hit>& hits, const std::string& id, const Hit** found) {
  auto it = std::find_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.rule == id; });
  if (it == hits.end()) return false;
  *found = &*it;
  return true;
}

}  // namespace

Result<CheckReport> CheckRuleExamples(const RuleSet& rules) {
  CheckReport report;
  report.rule_count = rules.rules().size();
  for (const RuleInfo& rule : rules.rules()) {
    // Through the full Scan (normalizer + RE2::Set + context), as in production.
    for (const RuleInfo::Example& ex : rule.examples) {
      ++report.example_count;
      Result<std::vector<Hit>> hits = rules.Scan(ex.text);
      if (!hits.ok()) return hits.status();
      const Hit* h = nullptr;
      if (!HasRule(*hits, rule.id, &h)) {
        report.failures.push_back(rule.file + ":" + std::to_string(ex.line) + ": rule " + rule.id +
                                  ": example \"" + ex.text + "\" did not hit");
      }
    }
    for (const RuleInfo::Example& ex : rule.counter_examples) {
      ++report.example_count;
      Result<std::vector<Hit>> hits = rules.Scan(ex.text);
      if (!hits.ok()) return hits.status();
      const Hit* h = nullptr;
      if (HasRule(*hits, rule.id, &h)) {
        report.failures.push_back(rule.file + ":" + std::to_string(ex.line) + ": rule " + rule.id +
                                  ": counter_example \"" + ex.text + "\" hit \"" + h->match + "\"");
      }
    }
  }
  return report;
}

}  // namespace lantian::patterns
