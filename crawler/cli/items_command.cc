// `lantian items [--db PATH] [--sweep N] [--platform P] [--kind K] [--with-hits]
//                [--limit N] [--format table|jsonl|csv]`
// The items themselves (listings, posts, results), hit or not: what a seller
// lists, where each was seen, its contacts and the categories of its hits.

#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "store/triage.h"

namespace lantian::cli {
namespace {

struct ItemsFlags {
  std::string db = "lantian.db";
  int64_t sweep = 0;
  std::string platform;
  std::string kind;
  bool with_hits = false;
  int64_t limit = 0;
  std::string format = "table";
};

int RunItemsCommand(const ItemsFlags& flags) {
  store::ItemsRequest req;
  req.db_path = flags.db;
  req.filter.sweep_id = flags.sweep;
  req.filter.platform = flags.platform;
  req.filter.kind = flags.kind;
  req.filter.with_hits = flags.with_hits;
  req.filter.limit = flags.limit;
  req.format = *store::ParseOutputFormat(flags.format);
  req.width = TerminalWidth();
  auto out = store::RunItems(req);
  return PrintReport("items", out);
}

}  // namespace

void RegisterItemsCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ItemsFlags>();
  CLI::App* cmd = app.add_subcommand("items", "List the items found (listings, posts, results), hit or not");
  AddDbOption(*cmd, flags->db);
  cmd->add_option("--sweep", flags->sweep, "Only items seen in this sweep id");
  cmd->add_option("--platform", flags->platform, "Only this platform (site profile's platform, or generic)");
  cmd->add_option("--kind", flags->kind, "Only this kind: listing|post|result|article|page")
      ->check(CLI::IsMember({"listing", "post", "result", "article", "page"}));
  cmd->add_flag("--with-hits", flags->with_hits, "Only items with at least one hit");
  cmd->add_option("--limit", flags->limit, "At most N items (default: all)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--format", flags->format, "table (default), jsonl or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([flags, &exit_code] { exit_code = RunItemsCommand(*flags); });
}

}  // namespace lantian::cli
