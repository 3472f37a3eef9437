// `lantian entities [--top N] [--db PATH] [--format table|jsonl]`
// Offenders ranked by confirmed hits, with shops and platforms linked
// through shared contacts.
// `lantian entities show ID [--db PATH] [--format text|json|html]`
// One offender's dossier (html: a printable page for a referral).

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
  return PrintReport("entities", out);
}

struct DossierFlags {
  int64_t id = 0;
  std::string db = "lantian.db";
  std::string format = "text";
};

int RunDossierCommand(const DossierFlags& flags) {
  store::DossierRequest req;
  req.db_path = flags.db;
  req.offender_id = flags.id;
  req.format = flags.format == "json"   ? store::DossierFormat::kJson
               : flags.format == "html" ? store::DossierFormat::kHtml
                                        : store::DossierFormat::kText;
  auto out = store::RunDossier(req);
  return PrintReport("entities show", out);
}

}  // namespace

void RegisterEntitiesCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<EntitiesFlags>();
  CLI::App* cmd = app.add_subcommand("entities", "Offenders ranked by confirmed hits");
  cmd->add_option("--top", flags->top, "Show the top N offenders (default 20, 0 = all)");
  AddDbOption(*cmd, flags->db);
  cmd->add_option("--format", flags->format, "table (default) or jsonl")
      ->check(CLI::IsMember({"table", "jsonl"}));
  auto dossier = std::make_shared<DossierFlags>();
  CLI::App* show = cmd->add_subcommand("show", "One offender's dossier: listings, contacts, outcomes, timeline");
  show->add_option("ID", dossier->id, "Offender id (the ID column of `lantian entities`)")
      ->required()
      ->check(CLI::PositiveNumber);
  AddDbOption(*show, dossier->db);
  show->add_option("--format", dossier->format, "text (default), json, or html (a printable dossier)")
      ->check(CLI::IsMember({"text", "json", "html"}));
  show->callback([dossier, &exit_code] { exit_code = RunDossierCommand(*dossier); });
  cmd->callback([flags, show, &exit_code] {
    if (show->parsed()) return;  // `entities show` ran its own callback
    exit_code = RunEntitiesCommand(*flags);
  });
}

}  // namespace lantian::cli
