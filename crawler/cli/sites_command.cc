// `lantian sites list` and `lantian sites check`: show the loaded site
// profiles, and what a profile extracts from a saved page.

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "extractors/sites_check.h"

namespace lantian::cli {
namespace {

std::string SitesDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  return (std::filesystem::path(DefaultConfigDir()) / "sites").string();
}

}  // namespace

void RegisterSitesCommand(CLI::App& app, int& exit_code) {
  CLI::App* sites = app.add_subcommand("sites", "Site profiles: list them, check one against a saved page");
  sites->require_subcommand(1);

  auto list_dir = std::make_shared<std::string>();
  CLI::App* list = sites->add_subcommand("list", "Print the loaded site profiles");
  list->add_option("--sites", *list_dir, "Directory of site profiles (default: <config>/sites)");
  list->callback([list_dir, &exit_code] {
    auto out = extractors::ListSites(SitesDir(*list_dir));
    if (!out.ok()) {
      std::fprintf(stderr, "lantian: %s\n", out.status().message().c_str());
      exit_code = 2;
      return;
    }
    std::fputs(out->c_str(), stdout);
    exit_code = 0;
  });

  auto opts = std::make_shared<extractors::SitesCheckOptions>();
  auto check_dir = std::make_shared<std::string>();
  CLI::App* check = sites->add_subcommand(
      "check", "Print the items a site profile extracts from a saved page (exit 1 when it extracts none)");
  check->add_option("--site", opts->site, "Profile name")->required();
  check->add_option("--html", opts->html_path, "Saved page (required; this command does not fetch)")->required();
  check->add_option("--url", opts->page_url, "The page's URL, for resolving links (default https://<first host>/)");
  check->add_option("--sites", *check_dir, "Directory of site profiles (default: <config>/sites)");
  check->add_option("--charset", opts->charset, "Decode with this charset instead of sniffing");
  check->add_option("--format", opts->format, "table or jsonl")->check(CLI::IsMember({"table", "jsonl"}));
  check->callback([opts, check_dir, &exit_code] {
    opts->sites_dir = SitesDir(*check_dir);
    auto report = extractors::RunSitesCheck(*opts);
    if (!report.ok()) {
      std::fprintf(stderr, "lantian: %s\n", report.status().message().c_str());
      exit_code = 2;
      return;
    }
    std::fputs(report->output.c_str(), stdout);
    if (report->problem) {
      std::fprintf(stderr, "lantian: %s\n", report->problem_message.c_str());
      exit_code = 1;
      return;
    }
    exit_code = 0;
  });
}

}  // namespace lantian::cli
