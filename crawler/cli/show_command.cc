// `lantian show ITEM_ID [--db PATH] [--format text|json]`
// One finding in full: the item's fields, its text with the evidence marked,
// every hit, every capture it was seen in, and who decided what, when and why.

#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "store/triage.h"

namespace lantian::cli {
namespace {

struct ShowFlags {
  int64_t item = 0;
  std::string db = "lantian.db";
  std::string format = "text";
};

int RunShowCommand(const ShowFlags& flags) {
  store::ShowRequest req;
  req.db_path = flags.db;
  req.item_id = flags.item;
  req.format = flags.format == "json" ? store::OutputFormat::kJsonl : store::OutputFormat::kTable;
  auto out = store::RunShow(req);
  return PrintReport("show", out);
}

}  // namespace

void RegisterShowCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ShowFlags>();
  CLI::App* cmd = app.add_subcommand("show", "Show one finding in full: fields, marked text, captures, history");
  cmd->add_option("ITEM_ID", flags->item, "Item id (from `lantian hits` or `lantian items`)")
      ->required()
      ->check(CLI::PositiveNumber);
  AddDbOption(*cmd, flags->db);
  cmd->add_option("--format", flags->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([flags, &exit_code] { exit_code = RunShowCommand(*flags); });
}

}  // namespace lantian::cli
