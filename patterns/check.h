#pragma once

// `lantian patterns check`: runs every rule's examples (each must hit with
// that rule) and counter_examples (none may), each rule alone
// (RuleSet::ScanWithRule), and lists the failures with the file:line of the
// example.
//
//   auto rules = patterns::RuleSet::LoadDir("config/patterns");
//   auto report = patterns::CheckRuleExamples(**rules);
//   for (const std::string& f : report->failures) std::cerr << f << "\n";
//   // "config/patterns/guaranteed_grant.toml:31: rule guaranteed_grant.bao_outcome:
//   //  example \"外观 一件两百 包下证\" did not hit"
//
// Thread-safe (reads the immutable RuleSet only).

#include <string>
#include <vector>

#include "base/status.h"
#include "patterns/rule_set.h"

namespace lantian::patterns {

// Result of running every rule's examples and counter_examples.
struct CheckReport {
  size_t rule_count = 0;
  size_t example_count = 0;  // examples + counter_examples run
  // One line each: `file:line: rule <id>: example "<...>" did not hit` or
  // `file:line: rule <id>: counter_example "<...>" hit "<match>"`.
  std::vector<std::string> failures;
};

// Runs each rule's examples (must hit with THIS rule) and counter_examples
// (must not hit with THIS rule). A Scan error is returned as the Status.
[[nodiscard]] Result<CheckReport> CheckRuleExamples(const RuleSet& rules);

}  // namespace lantian::patterns
