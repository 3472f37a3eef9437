#pragma once

// Headless Chromium as a page renderer, driven over the DevTools protocol
// (CDP) through --remote-debugging-pipe: commands go to the browser's fd 3,
// replies and events come back on its fd 4, each message one JSON text
// ended by a NUL byte.
//
// The browser never touches the network itself. Every request a page makes
// (document, redirect hop, script, XHR/fetch, image, iframe) is paused with
// the CDP Fetch domain and handed to the caller's ResourceLoader, whose
// answer is fulfilled as is (a 3xx included: Chrome then pauses the next hop,
// which goes to the loader again). So the crawler's own fetcher does all I/O
// and its address guard, robots.txt and politeness see every request. As a
// second guard the browser runs with an unreachable proxy and a host
// resolver that resolves nothing, so whatever escapes interception fails.
//
//   auto browser = render::Browser::Launch({});          // one per sweep
//   if (!browser.ok()) ...                               // names the binary
//   MyLoader loader;                                     // a ResourceLoader
//   auto page = (*browser)->Render("https://a.example/list", loader, {});
//   if (page.ok()) Use(page->dom_html, page->screenshot_png, page->notes);

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace lantian::render {

// One request the page made, as Chrome sent it (CDP Fetch.requestPaused).
struct PageRequest {
  // Ours, unique per Render call (not Chrome's requestId). Default 0.
  std::uint64_t id = 0;
  // Absolute URL (fragment removed) and method, as Chrome sends them.
  std::string url;
  std::string method;
  // Request headers Chrome would send (no Cookie/Host unless the page set
  // them: the loader adds its own).
  std::vector<std::pair<std::string, std::string>> headers;
  // Request body (POST/PUT from a form or script). Empty when none.
  std::string post_data;
  // CDP's Network.ResourceType: "Document", "Script", "XHR", "Fetch", "Image", ...
  std::string resource_type;
  // A frame's document (main frame or iframe), redirect hops included.
  bool navigation = false;
};

// The loader's answer to one PageRequest.
struct PageResponse {
  // Non-empty: the request is not answered; Chrome gets a network error and
  // the result gets the note "refused URL: <refused>". Default empty.
  std::string refused;
  // HTTP status as received; a 3xx is passed on unfollowed, with its Location.
  int status = 0;
  // Response headers as received. The renderer drops Content-Encoding,
  // Transfer-Encoding and Content-Length, since `body` is decoded.
  std::vector<std::pair<std::string, std::string>> headers;
  // The decoded payload.
  std::string body;
};

// Answers the page's requests (the crawler implements it over its fetcher).
// Called only from the thread running Browser::Render(), so an implementation
// need not be thread-safe; one loader serves one Render call at a time.
class ResourceLoader {
 public:
  virtual ~ResourceLoader() = default;
  // Begins answering `request`. Must eventually produce a response for
  // request.id through Poll(), unless Render() has returned by then.
  virtual void Start(PageRequest request) = 0;
  // Waits up to max_wait for finished requests; returns (id, response)
  // pairs, each id once. May return early and empty.
  virtual std::vector<std::pair<std::uint64_t, PageResponse>> Poll(
      std::chrono::milliseconds max_wait) = 0;
};

// How the browser process is started. Plain struct.
struct BrowserOptions {
  // The Chromium binary (Debian's launcher script). Default /usr/bin/chromium.
  std::string chromium = "/usr/bin/chromium";
  // Tabs rendering at once; more Render() calls wait for a free one.
  // Default 4: ~560 MB PSS with the browser on the benchmark pages, under
  // issue 16's 1 GB goal (bench/README.md, "Rendering").
  int tabs = 4;
  // Viewport in CSS px (device scale factor 1, so screenshot px == CSS px).
  // Default 1280x900, a common desktop size.
  int viewport_width = 1280;
  int viewport_height = 900;
  // User-Agent header and navigator.userAgent. Default empty: Chromium's own.
  std::string user_agent;
  // More command-line switches, appended after ours. Default none.
  std::vector<std::string> extra_args;
};

// Caps and outputs of one Render() call. Plain struct.
struct RenderOptions {
  // Cap on loading: after it the DOM is taken as it is, with timed_out and a
  // note. Render() returns within page_timeout + about 3 s. Default 20 s.
  std::chrono::milliseconds page_timeout{20'000};
  // Done when the load event has fired and no request was pending or started
  // for this long. Default 500 ms (late XHR-built lists usually land by then).
  std::chrono::milliseconds settle{500};
  // Requests handed to the loader per page; later ones are refused, with one
  // note giving the count. Default 300.
  int max_requests = 300;
  // Cap on dom_html (cut at a UTF-8 boundary, with a note). Default 8 MiB,
  // what extraction reads at most.
  std::size_t max_dom_bytes = 8u << 20;
  // Full-page PNG screenshot, its height capped (with a note). Default on,
  // 16384 px (Chromium's texture limit).
  bool screenshot = true;
  int max_screenshot_height = 16384;
  // A PDF print of the page (Page.printToPDF). Default off.
  bool pdf = false;
  // Before the DOM is taken, set data-lantian-box="x,y,w,h" (page CSS px,
  // integers) on every element with a non-empty box, at most 20,000 in
  // document order, so an item's screenshot can be cropped (CropPng) from
  // its element. Default on.
  bool annotate_boxes = true;
};

// What one page rendered to.
struct RenderResult {
  // The main frame's URL after redirects (location.href).
  std::string final_url;
  // doctype + document.documentElement.outerHTML after load, capped at
  // RenderOptions::max_dom_bytes. "<!DOCTYPE html>" when the page has none.
  std::string dom_html;
  std::string title;
  // PNG bytes; empty when off or failed (then with a note).
  std::string screenshot_png;
  // PDF bytes; empty when off or failed (then with a note).
  std::string pdf;
  // page_timeout passed before the page settled.
  bool timed_out = false;
  // Requests handed to the loader, and requests Chrome was refused (by the
  // loader, by the request cap, or left unanswered at the end).
  int requests = 0;
  int refused = 0;
  // One line each, in order: "refused URL: reason", "request cap 300
  // reached: 712 requests refused", "download refused: URL", "dialog
  // dismissed: alert: text", "popup not followed: URL", "load did not finish
  // in 20 s; DOM taken as it was", ...
  std::vector<std::string> notes;
};

// One headless Chromium process and its tab pool. Thread-safe: up to
// BrowserOptions::tabs Render() calls run at once, others wait for a tab.
// One internal reader thread owns the browser's output pipe. Neither
// copyable nor movable (threads hold its address). The destructor closes the
// browser (SIGTERM, SIGKILL after 2 s, reaped) and removes its profile dir.
class Browser {
 public:
  // Starts the browser and checks it answers. The error names the binary.
  [[nodiscard]] static Result<std::unique_ptr<Browser>> Launch(BrowserOptions options);
  // True when `chromium` exists and is executable.
  static bool Available(const std::string& chromium = "/usr/bin/chromium");

  ~Browser();
  Browser(const Browser&) = delete;
  Browser& operator=(const Browser&) = delete;

  // Loads `url` in a fresh tab, answering its requests through `loader`,
  // and returns the rendered page; the tab is closed after. An error only
  // when the browser itself fails (crashed, not answering); a page that
  // fails or never finishes is a result with notes.
  [[nodiscard]] Result<RenderResult> Render(const std::string& url, ResourceLoader& loader,
                                            const RenderOptions& options);

  // The browser's process id (its helpers are in its process group).
  int pid() const;

 // The implementation (render/browser.cc); not part of the API.
  class Impl;

 private:
  explicit Browser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Crops a PNG to the box (x, y, width, height) in image px (== CSS px at
// device scale factor 1), clamped to the image; returns a PNG. An error
// when `png` is no PNG or the box misses the image.
[[nodiscard]] Result<std::string> CropPng(std::string_view png, int x, int y, int width,
                                          int height);

}  // namespace lantian::render
