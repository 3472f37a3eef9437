// `lantian exports [--db PATH] [--format table|jsonl]`: the evidence bundles
// written so far (time, path, sha256, route, platform, listing and hit count).

#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "store/bundle/exports_report.h"

namespace lantian::cli {
namespace {

struct ExportsFlags {
  std::string db = "lantian.db";
  std::string format = "table";
};

int RunExportsCommand(const ExportsFlags& flags) {
  auto out = store::ListExportsReport(flags.db, *store::ParseExportsFormat(flags.format));
  return PrintReport("exports", out);
}

}  // namespace

void RegisterExportsCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ExportsFlags>();
  CLI::App* cmd = app.add_subcommand("exports", "Evidence bundles written so far, from the store");
  AddDbOption(*cmd, flags->db);
  cmd->add_option("--format", flags->format, "table (default) or jsonl")
      ->check(CLI::IsMember({"table", "jsonl"}));
  cmd->callback([flags, &exit_code] { exit_code = RunExportsCommand(*flags); });
}

}  // namespace lantian::cli
