// `lantian rescan [--db PATH] [--sweep N] [--since DATE] [--patterns DIR]
//                 [--model FILE|none]`: runs the rules and the model again
// over the texts of items already in the store (no fetching) and adds the
// hits they find now, after a rule change or a retrained model. Hits already
// stored, reviewed or not, are never removed or rewritten; new ones join the
// evidence chain like a sweep's. Prints one summary line.

#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "crawler/learning.h"
#include "model/detector.h"
#include "patterns/rule_set.h"

namespace lantian::cli {
namespace {

struct RescanFlags {
  std::string db = "lantian.db";
  int64_t sweep = 0;
  std::string since;
  std::string patterns_dir;
  std::string model;  // "" or "none" = rules only, "default" = the shipped model, or a file
};

int Fail(const Status& s) {
  std::fprintf(stderr, "lantian rescan: %s\n", s.message().c_str());
  return ExitCodeFor(s);
}

int RunRescan(const RescanFlags& flags) {
  std::string since;
  if (!flags.since.empty()) {
    auto utc = SinceUtc(flags.since);
    if (!utc) {
      return Fail(Status::InvalidArgument("--since: not a date (YYYY-MM-DD) or RFC 3339 time: '" + flags.since + "'"));
    }
    since = *utc;
  }
  auto rules = patterns::RuleSet::LoadDir(flags.patterns_dir);
  if (!rules.ok()) return Fail(rules.status());
  auto detector = model::LoadDetector(**rules, flags.model, DefaultConfigDir());
  if (!detector.ok()) return Fail(Status::InvalidArgument("--" + detector.status().message()));
  crawler::RescanRequest request;
  request.db = flags.db;
  request.sweep_id = flags.sweep;
  request.since = since;
  auto found = crawler::RescanStore(**detector, request);
  if (!found.ok()) return Fail(found.status());
  std::printf("rescan: %zu items rescanned (%s), %zu with hits, %lld new hits\n", found->items,
              (*detector)->has_model() ? "rules and model" : "rules only", found->with_hits,
              static_cast<long long>(found->added));
  return 0;
}

}  // namespace

void RegisterRescanCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<RescanFlags>();
  CLI::App* cmd = app.add_subcommand(
      "rescan", "Detect again over the items already stored (no fetching) and add the new hits");
  cmd->add_option("--db,--store", flags->db, "Evidence database (SQLite file or postgresql:// URL)")->capture_default_str();
  cmd->add_option("--sweep", flags->sweep, "Only items seen in this sweep id")->check(CLI::NonNegativeNumber);
  cmd->add_option("--since", flags->since, "Only items last seen on or after DATE (YYYY-MM-DD, UTC) or an RFC 3339 time");
  cmd->add_option("--patterns", flags->patterns_dir, "Rule directory (default: <config>/patterns)");
  cmd->add_option("--model", flags->model,
                  "Learned detector beside the rules: a model file, default (<config>/models/default.ftz) or none (the default)");
  cmd->callback([flags, &exit_code] {
    if (flags->patterns_dir.empty()) flags->patterns_dir = DefaultConfigDir() + "/patterns";
    exit_code = RunRescan(*flags);
  });
}

}  // namespace lantian::cli
