// `lantian hits [--db PATH] [--by item|hit] [--status S] [--category C] [--platform P]
//               [--seller TEXT] [--text TEXT] [--since DATE] [--sweep N]
//               [--sort score|time|severity|likelihood] [--limit N] [--sites DIR]
//               [--format table|jsonl|csv]`
// Lists findings (one per item, all its detections merged) or single
// detections for triage (DESIGN.md "Command line").

#include <cstdio>
#include <filesystem>
#include <set>
#include <string>

#include <CLI/CLI.hpp>

#include "base/time.h"
#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "extractors/site_profile.h"
#include "patterns/category.h"
#include "store/store.h"
#include "store/triage.h"

namespace lantian::cli {
namespace {

struct HitsFlags {
  std::string db = "lantian.db";
  std::string by;  // "" = item for a table, hit for jsonl/csv
  std::string status;
  std::string category;
  std::string platform;
  std::string seller;
  std::string text;
  std::string since;
  std::string sort = "score";
  std::string sites;
  int64_t sweep = 0;
  int64_t limit = 0;
  std::string format = "table";
};

int Fail(const std::string& message) {
  std::fprintf(stderr, "lantian hits: %s\n", message.c_str());
  return 2;
}

// A profile's name or platform name, or a platform in the store, as the
// items' platform; an error listing the valid names otherwise.
Result<std::string> ResolvePlatform(const std::string& given, const std::string& sites_dir,
                                    const std::string& db_path) {
  std::set<std::string> valid{"generic"};
  auto profiles = extractors::ProfileSet::LoadDir(sites_dir);
  if (profiles.ok()) {
    for (const extractors::SiteProfile& p : profiles->profiles()) {
      if (p.name == given) return p.platform;
      valid.insert(p.platform);
      valid.insert(p.name);
    }
  }
  store::StoreOptions o;
  o.db_path = db_path;
  o.read_only = true;
  if (auto st = store::Store::Open(o); st.ok()) {
    if (auto stored = (*st)->ListPlatforms(); stored.ok()) valid.insert(stored->begin(), stored->end());
  }
  if (valid.count(given) != 0) return given;
  std::string list;
  for (const std::string& v : valid) list += (list.empty() ? "" : ", ") + v;
  return Status::InvalidArgument("--platform: unknown platform '" + given + "' (" + list + ")");
}

int RunHitsCommand(const HitsFlags& flags) {
  store::HitsRequest req;
  req.db_path = flags.db;
  req.format = *store::ParseOutputFormat(flags.format);
  req.width = TerminalWidth();
  req.by_item = flags.by.empty() ? req.format == store::OutputFormat::kTable : flags.by == "item";
  req.order = *store::ParseFindingOrder(flags.sort);
  if (req.by_item) {
    req.limit = flags.limit;
  } else {
    req.filter.limit = flags.limit;
  }
  if (!flags.category.empty()) {
    if (!patterns::ParseCategory(flags.category)) {
      std::string list;
      for (int i = 0; i < patterns::kCategoryCount; ++i) {
        list += (i ? ", " : "") + std::string(patterns::CategoryId(static_cast<patterns::Category>(i)));
      }
      return Fail("--category: unknown category '" + flags.category + "' (" + list + ")");
    }
    req.filter.category = flags.category;
  }
  if (!flags.platform.empty()) {
    const std::string sites =
        flags.sites.empty() ? (std::filesystem::path(DefaultConfigDir()) / "sites").string() : flags.sites;
    auto platform = ResolvePlatform(flags.platform, sites, flags.db);
    if (!platform.ok()) return Fail(platform.status().message());
    req.filter.platform = *platform;
  }
  if (!flags.since.empty()) {
    auto since = SinceUtc(flags.since);
    if (!since) return Fail("--since: not a date (YYYY-MM-DD) or RFC 3339 time: '" + flags.since + "'");
    req.filter.since = *since;
  }
  req.filter.seller = flags.seller;
  req.filter.text = flags.text;
  req.filter.sweep_id = flags.sweep;
  if (!flags.status.empty()) {
    auto s = store::ParseHitStatus(flags.status);
    if (!s) {
      return Fail("--status: unknown status '" + flags.status +
                  "' (new, confirmed, dismissed, reported, taken_down, still_up)");
    }
    req.filter.status = *s;
  }
  auto out = store::RunHits(req);
  if (!out.ok()) return Fail(out.status().message());
  std::fwrite(out->data(), 1, out->size(), stdout);
  return 0;
}

}  // namespace

void RegisterHitsCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<HitsFlags>();
  CLI::App* cmd = app.add_subcommand("hits", "List findings (one per item) or detections for triage");
  AddDbOption(*cmd, flags->db);
  cmd->add_option("--by", flags->by,
                  "item: one finding per listing/post with its detections merged (default for table); "
                  "hit: one row per detection, each with its item_id (default for jsonl and csv)")
      ->check(CLI::IsMember({"item", "hit"}));
  cmd->add_option("--status", flags->status,
                  "Only hits with this status: new|confirmed|dismissed|reported|taken_down|still_up");
  cmd->add_option("--category", flags->category, "Only this category id, e.g. guaranteed_grant");
  cmd->add_option("--platform", flags->platform, "Only this platform: a site profile's name or platform name");
  cmd->add_option("--seller", flags->seller, "Only items whose seller contains TEXT");
  cmd->add_option("--text", flags->text, "Only items whose title or text contains TEXT");
  cmd->add_option("--since", flags->since, "Only hits found on or after DATE (YYYY-MM-DD, UTC) or an RFC 3339 time");
  cmd->add_option("--sweep", flags->sweep, "Only hits whose item was seen in this sweep id");
  cmd->add_option("--sort", flags->sort, "Findings order: score (default), time, severity or likelihood (the model's)")
      ->check(CLI::IsMember({"score", "time", "severity", "likelihood"}));
  cmd->add_option("--limit", flags->limit, "At most N findings (or hits with --by hit)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--sites", flags->sites, "Site profiles that name platforms (default: <config>/sites)");
  cmd->add_option("--format", flags->format, "table (default), jsonl or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([flags, &exit_code] { exit_code = RunHitsCommand(*flags); });
}

}  // namespace lantian::cli
