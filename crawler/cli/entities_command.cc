// `lantian entities [--top N] [--db PATH] [--format table|jsonl]`
// Offenders ranked by confirmed hits, with shops and platforms linked
// through shared contacts.

#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "store/triage.h"

namespace lantian::cli {
namespace {

struct EntitiesFlags {
  size_t top = 20;
  std::string db = "lantian.db";
  std::string format = "table";
};

int RunEntitiesCommand(const EntitiesFlags& flags) {
  store::EntitiesRequest req;
  req.db_path = flags.db;
  req.top = flags.top;
  req.format = *store::ParseOutputFormat(flags.format);
  req.width = TerminalWidth();
  auto out = store::RunEntities(req);
  if (!out.ok()) {
    std::fprintf(stderr, "lantian entities: %s\n", out.status().message().c_str());
    return 2;
  }
  std::fwrite(out->data(), 1, out->size(), stdout);
  return 0;
}

}  // namespace

void RegisterEntitiesCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<EntitiesFlags>();
  CLI::App* cmd = app.add_subcommand("entities", "Offenders ranked by confirmed hits");
  cmd->add_option("--top", flags->top, "Show the top N offenders (default 20, 0 = all)");
  cmd->add_option("--db", flags->db, "Evidence database (default: lantian.db in the current directory)");
  cmd->add_option("--format", flags->format, "table (default) or jsonl")
      ->check(CLI::IsMember({"table", "jsonl"}));
  cmd->callback([flags, &exit_code] { exit_code = RunEntitiesCommand(*flags); });
}

}  // namespace lantian::cli
