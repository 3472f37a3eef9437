#pragma once

// Pages a browser renders during a sweep (issue 16): which pages need one,
// and one headless Chromium per sweep (render/browser.h) whose every request
// goes through the crawler's own fetcher, so the address guard, robots.txt
// and the caps hold for a script's requests as for the crawler's, and each
// exchange is kept byte-exact for the WARC.
//
//   PageRenderer renderer(settings, fetch_options, in_scope, "lantian");
//   auto page = renderer.Render(fetch_result);   // the page's own fetch: not fetched again
//   if (page.ok()) Analyze(page->dom_html) ... capture.subresources = page->subresources;
//   else if (page.status().code() == Status::Code::kUnavailable) ...  // no browser: plain fetch only

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "crawler/fetcher.h"
#include "crawler/robots.h"
#include "store/records.h"

namespace lantian::crawler {

// Which pages a browser renders: never; automatically (a site profile that
// says render = "browser", or a page whose HTML holds no items but an empty
// app root or a script state); or every HTML page.
enum class RenderMode { kNever, kAuto, kAlways };

// "never" | "auto" | "always"; nullopt for anything else.
std::optional<RenderMode> ParseRenderMode(std::string_view name);
const char* RenderModeName(RenderMode mode);

// Why `html` looks like a page whose content a script builds, e.g.
// "empty app root <div id=\"app\">" or "script state window.__INITIAL_STATE__";
// "" when it does not. Reads at most the first 2 MiB.
std::string ScriptShellReason(std::string_view html);

// crawler.render* keys (config/lantian.toml documents each).
struct RenderSettings {
  // crawler.render; `lantian sweep --render` and a job's `render` override it. Default auto.
  RenderMode mode = RenderMode::kAuto;
  // crawler.chromium: the browser binary. Default Debian's /usr/bin/chromium.
  std::string chromium = "/usr/bin/chromium";
  // crawler.render_tabs: pages rendering at once. Default 4 (about 1 GB with the browser).
  int tabs = 4;
  // crawler.render_timeout_ms: cap per page; after it the DOM is taken as it was. Default 20 s.
  std::chrono::milliseconds page_timeout{20'000};
  // crawler.render_max_requests: requests one page may make. Default 300.
  int max_requests = 300;
  // crawler.render_max_bytes: wire bytes of all of one page's requests together. Default 32 MiB.
  std::size_t max_page_bytes = 32u << 20;
  // crawler.render_other_hosts: load a page's requests to hosts outside the
  // sweep's scope (each obeys its own robots.txt, and never reaches a private
  // address, whatever allow_private says). Default false: refused, with a note.
  bool other_hosts = false;
};

// What a rendered page came to.
struct RenderedPage {
  std::string final_url;   // the main frame's URL after the browser's own navigation
  std::string dom_html;    // the DOM after load, UTF-8 (what extraction reads)
  std::string screenshot_png;
  // Every other request the page made that got an answer, as fetched.
  std::vector<store::ExchangeHop> subresources;
  std::vector<std::string> notes;  // one line each: refusals, caps, downloads, a load that never finished
  bool timed_out = false;
  int requests = 0;
  int refused = 0;
};

// One browser for a sweep, launched at the first page that needs it; pages
// render at once up to `tabs`. Thread-safe (the sweep's workers share it).
class PageRenderer {
 public:
  // `in_scope(host)`: the sweep's hosts; only they may be private addresses
  // (when `fetch.allow_private`); `robots_token` matches robots.txt groups.
  PageRenderer(RenderSettings settings, FetchOptions fetch, std::function<bool(const std::string&)> in_scope,
               std::string robots_token);
  ~PageRenderer();
  PageRenderer(const PageRenderer&) = delete;
  PageRenderer& operator=(const PageRenderer&) = delete;

  // Renders the page `document` fetched (its decoded body answers the
  // browser's navigation; it is not fetched again). kUnavailable when no
  // browser can run here: the first call says why, later ones fail at once
  // with the same message.
  [[nodiscard]] Result<RenderedPage> Render(const FetchResult& document);

  const RenderSettings& settings() const;

  // The rules the sweep got from `host_key`'s robots.txt ("http://h:80",
  // crawler/url.h HostKey), so a rendered page's requests to it follow them
  // without asking for robots.txt again. Thread-safe.
  void ShareRobots(const std::string& host_key, const RobotsRules& rules);

  // The implementation (render_pages.cc); not part of the API.
  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace lantian::crawler
