#pragma once

// `lantian sites check` and `lantian sites list`: try a site profile on a
// saved (or freshly fetched) page and show what it extracts, so a profile
// author sees at once when the site's markup has changed.
//
//   extractors::SitesCheckOptions o;
//   o.sites_dir = "config/sites";
//   o.site = "taobao";
//   o.html_path = "saved-search.html";
//   auto r = extractors::RunSitesCheck(o);
//   std::cout << r->output;   // charset, items with their fields and contacts
//   if (r->problem) std::cerr << r->problem_message << "\n";   // "…: block page (selector:#nocaptcha)"
//
// Thread-safe (no shared state).

#include <optional>
#include <string>

#include "base/status.h"

namespace lantian::extractors {

// Inputs of `lantian sites check`.
struct SitesCheckOptions {
  std::string sites_dir;  // directory of *.toml profiles
  std::string site;       // profile name; "" = no profile (generic extraction, automatic segmentation)
  std::string html_path;  // saved page; "" = use `fetched_body`
  // A page the caller fetched from `page_url` (the CLI does, for --url
  // without --html: extractors/ never touches the network), with the
  // response's Content-Type.
  std::optional<std::string> fetched_body;
  std::string fetched_content_type;
  std::string page_url;   // the page's URL, for resolving links; "" = https://<first host>/
  std::string charset;    // force this charset instead of sniffing; "" = sniff
  std::string format = "table";  // table | jsonl
};

// What `sites check` prints, and whether the profile failed on the page.
struct SitesCheckReport {
  std::string output;   // ready to print (ends with '\n')
  bool problem = false; // no item came from the profile's selectors, or the page is a block page
  std::string problem_message;  // one line when `problem`
};

// Loads the profiles, decodes and extracts the saved page with the named
// profile and renders the items (fields + contacts) as a table or JSON lines.
// Errors (bad usage/input, exit code 2): unknown site, unreadable file, bad
// profile directory, unknown format.
[[nodiscard]] Result<SitesCheckReport> RunSitesCheck(const SitesCheckOptions& options);

// `lantian sites list`: one line per loaded profile (name, platform, kind, hosts, file).
[[nodiscard]] Result<std::string> ListSites(const std::string& sites_dir);

}  // namespace lantian::extractors
