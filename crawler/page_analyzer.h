#pragma once

// The worker stage's view of page analysis: charset decoding, extraction
// (items, links) and detection, behind one interface so the pipeline can be
// tested without the real extractors and rules.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "store/records.h"

namespace lantian::crawler {

struct PageInput {
  std::string_view url;           // final URL (after redirects)
  std::string_view body;          // decoded payload, in the page's own charset
  std::string_view content_type;  // Content-Type header value ("" if none)
  int depth = 0;
};

struct PageAnalysis {
  // Items with their hits (offsets into ItemInput::text).
  std::vector<std::pair<store::ItemInput, std::vector<store::HitInput>>> items;
  // Per item, in the same order: where its element is on a page a browser
  // rendered ("x,y,w,h" in CSS px, extractors::Item::box), "" when unknown.
  // Empty when no item has one.
  std::vector<std::string> item_boxes;
  // Link targets as found (absolute or relative); the pipeline resolves and scopes them.
  std::vector<std::string> links;
  // A block or CAPTCHA page (site profile block_markers): never stored as content.
  bool blocked = false;
  std::string block_reason;
  // The site profile that claims the page ("" = none), and whether its item
  // selectors found any item; a claimed page without one was segmented
  // automatically instead, and the sweep summary counts it (profile health).
  std::string profile;
  bool profile_matched = false;
  // The claiming profile says its pages are built by script (render = "browser").
  bool profile_renders = false;
};

// Thread-safe: Analyze is called from every worker thread at once.
class PageAnalyzer {
 public:
  virtual ~PageAnalyzer() = default;
  // Error only when analysis could not run (e.g. the rule engine ran out of
  // memory); a page that yields nothing is an empty PageAnalysis.
  [[nodiscard]] virtual Result<PageAnalysis> Analyze(const PageInput& page) const = 0;

  // Links found by the cheap href scan of a page that was not parsed (an
  // unchanged payload): keeps those the page's site profile would follow, as
  // Analyze would have. `hrefs` are as found (maybe relative). Default: all.
  virtual std::vector<std::string> FilterUnparsedLinks(std::string_view page_url,
                                                       std::vector<std::string> hrefs) const {
    (void)page_url;
    return hrefs;
  }

  // Whether the site profile claiming `page_url` says its pages are built by
  // script (render = "browser"). Default: no profile does.
  virtual bool ProfileRenders(std::string_view page_url) const {
    (void)page_url;
    return false;
  }
};

}  // namespace lantian::crawler
