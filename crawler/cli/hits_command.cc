// `lantian hits [--db PATH] [--status S] [--category C] [--platform P] [--sweep N]
//               [--format table|jsonl|csv]`
// Lists hits for triage (DESIGN.md "Command line").

#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "store/triage.h"

namespace lantian::cli {
namespace {

struct HitsFlags {
  std::string db = "lantian.db";
  std::string status;
  std::string category;
  std::string platform;
  int64_t sweep = 0;
  std::string format = "table";
};

int RunHitsCommand(const HitsFlags& flags) {
  store::HitsRequest req;
  req.db_path = flags.db;
  req.filter.category = flags.category;
  req.filter.platform = flags.platform;
  req.filter.sweep_id = flags.sweep;
  if (!flags.status.empty()) {
    auto s = store::ParseHitStatus(flags.status);
    if (!s) {
      std::fprintf(stderr,
                   "lantian hits: --status: unknown status '%s' (new, confirmed, dismissed, "
                   "reported, taken_down, still_up)\n",
                   flags.status.c_str());
      return 2;
    }
    req.filter.status = *s;
  }
  req.format = *store::ParseOutputFormat(flags.format);
  auto out = store::RunHits(req);
  if (!out.ok()) {
    std::fprintf(stderr, "lantian hits: %s\n", out.status().message().c_str());
    return 2;
  }
  std::fwrite(out->data(), 1, out->size(), stdout);
  return 0;
}

}  // namespace

void RegisterHitsCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<HitsFlags>();
  CLI::App* cmd = app.add_subcommand("hits", "List hits for triage");
  cmd->add_option("--db", flags->db, "Evidence database (default: lantian.db in the current directory)");
  cmd->add_option("--status", flags->status,
                  "Only hits with this status: new|confirmed|dismissed|reported|taken_down|still_up");
  cmd->add_option("--category", flags->category, "Only this category id, e.g. guaranteed_grant");
  cmd->add_option("--platform", flags->platform, "Only this platform (site profile name)");
  cmd->add_option("--sweep", flags->sweep, "Only hits whose item was seen in this sweep id");
  cmd->add_option("--format", flags->format, "table (default), jsonl or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([flags, &exit_code] { exit_code = RunHitsCommand(*flags); });
}

}  // namespace lantian::cli
