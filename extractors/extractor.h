#pragma once

// From a fetched page to items: one Page per HTML document with its items
// (listings, posts, search results), their fields and text, the page's
// links, markers and contacts. A site profile's selectors pick the items;
// without one (or when they match nothing) JSON-LD, microdata, automatic
// segmentation, OpenGraph or the whole page do.
//
//   const extractors::SiteProfile* taobao = profiles.Find("taobao");
//   auto page = extractors::ExtractPageFromBytes(body, "text/html; charset=gbk",
//                                                "https://s.taobao.com/search?q=x", taobao);
//   if (!page.ok()) return page.status();
//   for (const extractors::Item& item : page->items) {
//     // item.title, item.url (absolute), item.seller, item.text (what detection scans)
//   }
//   page->follow_links;   // links the profile says to crawl
//
// Thread-safe: no shared state; each call owns its document.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extractors/charset.h"
#include "extractors/contacts.h"
#include "extractors/site_profile.h"

namespace lantian::extractors {

// Caps and switches for one extraction. Plain struct, defaults protect.
struct ExtractOptions {
  // HTML beyond this many bytes is cut (at a UTF-8 boundary) before parsing and
  // Page::truncated is set. Default 8 MiB (listing and thread pages are well
  // under 2 MiB): Gumbo's tree is up to ~6x the page. The capture itself keeps
  // every byte up to the fetcher's max_body_bytes.
  std::size_t max_html_bytes = 8u << 20;
  // Visible text kept per page, per item and outside the items; beyond it
  // the text is cut (at a character boundary), a warning says so and
  // Page::truncated is set. Default 2 MiB: detection reads every kept byte
  // several times over (normalization), so the cap bounds its memory too.
  std::size_t max_text_bytes = 2u << 20;
  // Gumbo 0.10.1 is quadratic on deeply nested block elements (scope checks
  // walk the open-element stack). A byte pre-scan estimates the nesting; the
  // input is cut where the estimate first exceeds this depth and
  // Page::truncated is set. Default 4096 (real pages stay below ~100).
  std::size_t max_nesting_depth = 4096;
  // Items kept per page (the rest are dropped and Page::truncated is set). Default 2000.
  std::size_t max_items = 2000;
  // Distinct links kept per page (the rest dropped, truncated set). Default 20000.
  std::size_t max_links = 20000;
  // Without a profile (or when the profile's item selector matches nothing):
  // JSON-LD / microdata / OpenGraph items, else the whole page as one item. Default on.
  bool generic_fallback = true;
  // In the generic fallback, before OpenGraph and whole-page items: the
  // page's repeated records found from its DOM alone (list and thread pages),
  // one item each. Default on.
  bool auto_segment = true;
  // Run ExtractContacts on every item's text. Default on.
  bool extract_contacts = true;
};

// One extracted item: a listing, a forum post or a search result. Value type.
struct Item {
  std::string listing_id;
  std::string url;         // absolute; fragment dropped unless a client-side route ("#/goods/1") or a post's anchor
  std::string title;
  std::string price;       // as written ("¥199.00", "199-399")
  std::string seller;
  std::string seller_url;  // absolute
  std::string posted_at;   // as written
  int floor = 0;           // forum posts: floor as shown (OP = 1, or 0 on forums counting from #0); 0 when unknown
  // What detection runs on: all visible text of the item element plus the
  // words sellers hide in attributes (img alt, a title, input value...), one
  // line per block. Valid UTF-8.
  std::string text;
  std::vector<Contact> contacts;  // found in `text` (offsets into `text`)
  int item_index = 0;             // 0-based position on the page
  // Where the item came from: "profile", "jsonld", "microdata", "auto" (a
  // record of a list page), "auto-post" (a post of a thread page),
  // "opengraph", "page".
  std::string source;
  // What the item is: "listing" (an offer in a shop or on a classifieds
  // board, or a detail page's listing), "post" (a forum post or reply),
  // "result" (a search-engine result), "article", or "page" (a whole page).
  std::string kind;
  // Where the item's element is on a page a browser rendered: its
  // data-lantian-box "x,y,w,h" (render/browser.h), the union of both
  // elements' for a two-element record; "" when the page was not rendered or
  // the item is no element (JSON-LD, the whole page).
  std::string box;
};

// The listing id an item URL carries when no profile names one: an id-like
// query parameter (id, item_id, itemId, goods_id, offerId, productId, pid,
// sku...) or a last path segment of digits ("/goods/12345.html",
// "/item/12345"), at least 4 digits; "" otherwise. ASCII case-insensitive keys.
//   GuessListingId("https://item.x.test/item.htm?spm=a1&id=6126480")  // "6126480"
std::string GuessListingId(std::string_view url);

// Everything extracted from one page. Value type.
struct Page {
  std::string title;
  std::string text;           // whole visible text (+ meta description/keywords, attribute words)
  // The visible text that lies outside every item element: detection runs
  // here too, for hits in no item. For profile and microdata items, the text
  // outside their elements; for JSON-LD items (which hold only their JSON
  // text), the whole `text`; empty for an OpenGraph or whole-page item, whose
  // text is already the whole page.
  std::string outside_text;
  std::string canonical_url;  // <link rel=canonical>, absolute; "" when absent
  std::string base_url;       // the URL relative links were resolved against
  std::vector<std::string> links;         // absolute, no fragment, deduplicated, document order
  std::vector<std::string> follow_links;  // `links` passing the profile's follow/deny (all links without a profile)
  std::string next_page_url;              // profile next_page, else <link rel=next>
  std::vector<std::string> image_urls;    // absolute, deduplicated (evidence for "详情看图")
  std::vector<Item> items;
  std::vector<Contact> outside_contacts;  // contacts in `outside_text`
  bool is_blocked = false;    // a block marker matched
  std::string block_marker;   // which (PageMarker::Describe)
  bool is_gone = false;       // a gone marker matched
  std::string gone_marker;
  bool truncated = false;     // a cap in ExtractOptions tripped (see `warnings`)
  std::vector<std::string> warnings;  // one line per tripped cap or oddity
  std::string profile_name;   // "" for generic extraction
  // What automatic segmentation judged the page: "list", "thread", "detail",
  // "other"; "" when it did not run (profile, JSON-LD or microdata items).
  std::string page_kind;
  // Filled by ExtractPageFromBytes only.
  std::string charset;
  std::string charset_how;
  bool charset_had_errors = false;
};

// Parses `utf8_html` (invalid UTF-8 is replaced by U+FFFD first) and extracts
// the page. `page_url` must be absolute (http/https/file) or empty (then only
// absolute links are kept). `profile` may be null: generic extraction.
// Errors: InvalidArgument for a relative `page_url`; Internal when Gumbo fails.
// Thread-safe: no shared state; each call owns its document.
[[nodiscard]] Result<Page> ExtractPage(std::string_view utf8_html, std::string_view page_url,
                                       const SiteProfile* profile, const ExtractOptions& options = {});

// DecodeToUtf8(body, content_type) then ExtractPage; fills Page::charset*.
[[nodiscard]] Result<Page> ExtractPageFromBytes(std::string_view body, std::string_view content_type,
                                                std::string_view page_url, const SiteProfile* profile,
                                                const ExtractOptions& options = {});

// Visible text of an HTML document (the `Page::text` of a generic extraction),
// for `lantian scan --html`. Never fails; empty for empty input.
std::string HtmlToText(std::string_view utf8_html, const ExtractOptions& options = {});

}  // namespace lantian::extractors
