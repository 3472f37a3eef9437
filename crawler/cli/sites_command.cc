// `lantian sites list` and `lantian sites check`: show the loaded site
// profiles, and what a profile extracts from a saved page.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "crawler/polite_fetcher.h"
#include "extractors/sites_check.h"

namespace lantian::cli {
namespace {

std::string SitesDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  return (std::filesystem::path(DefaultConfigDir()) / "sites").string();
}

// Fetches opts->page_url once (robots.txt first) into opts->fetched_body.
Status FetchPage(extractors::SitesCheckOptions* opts, bool allow_private) {
  crawler::FetchOptions fo;
  fo.allow_private = allow_private;
  fo.user_agent = "lantian/" + std::string(LANTIAN_VERSION) + " (site profile check)";
  crawler::PoliteFetcher fetcher(fo, std::chrono::milliseconds(1000));
  crawler::PoliteFetcher::Outcome o = fetcher.Fetch(opts->page_url);
  if (!o.refused.empty()) return Status::InvalidArgument("--url: " + o.refused);
  const crawler::FetchResult& r = o.result;
  if (r.outcome != crawler::FetchOutcome::kOk) {
    return Status::InvalidArgument("--url " + opts->page_url + ": " + std::string(crawler::FetchOutcomeName(r.outcome)) +
                                   (r.http_status ? " (HTTP " + std::to_string(r.http_status) + ")" : "") +
                                   (r.curl_error.empty() ? "" : ": " + r.curl_error));
  }
  opts->fetched_body = r.body;
  const crawler::FetchHop* last = r.final_hop();
  opts->fetched_content_type = last != nullptr ? last->content_type : "";
  opts->page_url = r.final_url();
  return Status::Ok();
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
      "check",
      "Print the items a site profile (or, without --site, automatic segmentation) extracts from a page "
      "(exit 1 when a profile extracts none)");
  check->add_option("--site", opts->site, "Profile name (default: none, generic extraction)");
  auto allow_private = std::make_shared<bool>(false);
  check->add_option("--html", opts->html_path, "Saved page to check");
  check->add_option("--url", opts->page_url,
                    "The page's URL: fetched (robots.txt obeyed) when --html is not given; "
                    "with --html only used to resolve links (default https://<first host>/)");
  check->add_flag("--allow-private", *allow_private, "Allow fetching private/loopback addresses");
  check->add_option("--sites", *check_dir, "Directory of site profiles (default: <config>/sites)");
  check->add_option("--charset", opts->charset, "Decode with this charset instead of sniffing");
  check->add_option("--format", opts->format, "table or jsonl")->check(CLI::IsMember({"table", "jsonl"}));
  check->callback([opts, check_dir, allow_private, &exit_code] {
    opts->sites_dir = SitesDir(*check_dir);
    if (opts->html_path.empty() && !opts->page_url.empty()) {
      Status fetched = FetchPage(opts.get(), *allow_private);
      if (!fetched.ok()) {
        std::fprintf(stderr, "lantian: %s\n", fetched.message().c_str());
        exit_code = 2;
        return;
      }
    }
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
