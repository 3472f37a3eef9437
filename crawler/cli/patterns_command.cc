// `lantian patterns check [--patterns DIR]` and
// `lantian patterns eval --corpus FILE.jsonl [--patterns DIR] [--min-f1 X] [--format table|json]`.

#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "patterns/check.h"
#include "patterns/eval.h"
#include "patterns/rule_set.h"

namespace lantian::cli {
namespace {

struct PatternsFlags {
  std::string patterns_dir;
  std::string corpus;
  double min_f1 = -1;
  std::string format = "table";
};

std::string Dir(const PatternsFlags& f) {
  return f.patterns_dir.empty() ? DefaultConfigDir() + "/patterns" : f.patterns_dir;
}

int RunCheck(const PatternsFlags& flags) {
  Result<std::unique_ptr<patterns::RuleSet>> rules = patterns::RuleSet::LoadDir(Dir(flags));
  if (!rules.ok()) {
    std::fprintf(stderr, "%s\n", rules.status().message().c_str());
    return 2;
  }
  Result<patterns::CheckReport> report = patterns::CheckRuleExamples(**rules);
  if (!report.ok()) {
    std::fprintf(stderr, "lantian patterns check: %s\n", report.status().message().c_str());
    return 2;
  }
  for (const std::string& f : report->failures) std::printf("%s\n", f.c_str());
  if (!report->failures.empty()) {
    std::printf("%zu rules, %zu examples, %zu failed\n", report->rule_count, report->example_count,
                report->failures.size());
    return 1;
  }
  std::printf("%zu rules, %zu examples OK\n", report->rule_count, report->example_count);
  return 0;
}

int RunEval(const PatternsFlags& flags) {
  Result<std::unique_ptr<patterns::RuleSet>> rules = patterns::RuleSet::LoadDir(Dir(flags));
  if (!rules.ok()) {
    std::fprintf(stderr, "%s\n", rules.status().message().c_str());
    return 2;
  }
  Result<patterns::EvalReport> report = patterns::EvaluateCorpus(**rules, flags.corpus);
  if (!report.ok()) {
    std::fprintf(stderr, "%s\n", report.status().message().c_str());
    return 2;
  }
  const std::string out =
      flags.format == "json" ? patterns::FormatEvalJson(*report) + "\n" : patterns::FormatEvalTable(*report);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (flags.min_f1 >= 0) {
    bool below = report->macro_f1 < flags.min_f1;
    for (const patterns::CategoryScore& s : report->categories) {
      if (s.precision < flags.min_f1 || s.recall < flags.min_f1) below = true;
    }
    if (below) {
      std::fprintf(stderr, "lantian patterns eval: below --min-f1 %.3f (macro-F1 %.3f, or a category's precision/recall)\n",
                   flags.min_f1, report->macro_f1);
      return 1;
    }
  }
  return 0;
}

}  // namespace

void RegisterPatternsCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<PatternsFlags>();
  CLI::App* cmd = app.add_subcommand("patterns", "Check and evaluate detection rules");
  cmd->require_subcommand(1);

  CLI::App* check = cmd->add_subcommand("check", "Compile every rule and run its examples and counter_examples");
  check->add_option("--patterns", flags->patterns_dir, "Rule directory (default: <config>/patterns)");
  check->callback([flags, &exit_code] { exit_code = RunCheck(*flags); });

  CLI::App* eval = cmd->add_subcommand("eval", "Per-category precision / recall / F1 on a labelled JSONL corpus");
  eval->add_option("--corpus", flags->corpus, "Corpus: {\"id\",\"text\",\"labels\":[...]} per line")->required();
  eval->add_option("--patterns", flags->patterns_dir, "Rule directory (default: <config>/patterns)");
  eval->add_option("--min-f1", flags->min_f1, "Exit 1 when macro-F1 or any category's precision/recall is below X")
      ->check(CLI::Range(0.0, 1.0));
  eval->add_option("--format", flags->format, "Output format")->check(CLI::IsMember({"table", "json"}));
  eval->callback([flags, &exit_code] { exit_code = RunEval(*flags); });
}

}  // namespace lantian::cli
