#pragma once

// Automatic item segmentation: the repeated records of a page found from its
// DOM alone, for pages no site profile describes.
//
// The method follows the data-record mining literature (MDR, Liu, Grossman
// and Zhai, KDD 2003; DEPTA, Zhai and Liu, WWW 2005): adjacent sibling
// subtrees (or pairs of siblings, "generalized nodes" of two) with the same
// tag and a similar tag structure, each holding a link, form a data region;
// each subtree of a region is one record. Page chrome (nav, footer, breadcrumb,
// "热搜" link clouds, pagination, ads, related-item strips) is skipped, and a
// region of records with no content of their own (bare link lists) is no list.
// A page that declares its records as repeated microdata itemscopes of one
// itemtype inside another scope (the Answers of a Question) gets those as its
// records, siblings or not; Answers, Comments and Postings make it a thread.
// On a thread, an opening post that stands above the list of replies (a
// status above its comments) is the first post; labelled ads are none.
// On a shop's own page, listings that name no seller get the shop named
// above them (its <title>'s first part, in a header with 粉丝/关注/店铺).
// On a detail page, the seller or shop it shows outside its chrome.
//
// Usage (inside extractors/, on a parsed HtmlDocument):
//
//   Segmentation seg = SegmentPage(doc.document());
//   if (seg.kind == PageKind::kList) {
//     for (const Record& r : seg.records) Use(r.nodes, r.fields.title, r.fields.url);
//   }
//
// URLs in RecordFields are as written in the page (href, or the real target
// held by a redirect wrapper's mu=/data-url attribute): the caller resolves
// them against the page's base URL. Single-thread; the result points into the
// document and is valid while the document lives.

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace lantian::extractors::internal {

enum class PageKind {
  kList,    // repeated records: search results, shop grids, board thread lists, SERPs
  kThread,  // repeated posts with author and floor
  kDetail,  // one listing or article (its related-item strips are not items)
  kOther,   // nothing repeated, nothing that looks like a detail page
};

// "list", "thread", "detail", "other".
std::string_view PageKindName(PageKind kind);

// What a notice needs of one record, inferred from its markup.
struct RecordFields {
  std::string title;       // main link text, or its title= when the text is cut ("...")
  std::string url;         // main link target as written (see file comment)
  std::string price;       // first ¥/￥/元 amount, as written
  std::string seller;      // shop / seller / author name, or a search result's source site
  std::string seller_url;  // as written
  std::string posted_at;   // first date/time, as written
  std::string element_id;  // id= of the record element (thread posts: the URL fragment)
  int floor = 0;           // thread posts: floor as shown (OP = 1, or 0 on forums counting from #0)
  // `seller` is the site a search result comes from (知乎 under the
  // result), not who sells: it makes the record no listing.
  bool seller_is_source = false;
};

struct Record {
  // The sibling subtrees that make up the record (one, or two for a
  // generalized node), in document order.
  std::vector<const GumboNode*> nodes;
  RecordFields fields;
};

struct Segmentation {
  PageKind kind = PageKind::kOther;
  // The records of every data region, in document order (empty for detail/other).
  std::vector<Record> records;
  // The records are the page's own repeated itemscopes (microdata), not
  // found from the DOM's shape: the page's microdata items are these.
  bool microdata = false;
  // A detail page's seller or shop (kind kDetail; empty when none shows):
  // `seller` and `seller_url` of these fields; `title` its listing's name
  // as an element shows it, when the <title> holds it with words around it.
  RecordFields detail;
};

struct SegmentOptions {
  // A region needs at least this many records. Default 3.
  int min_records = 3;
  // Records kept per page (the rest are dropped). Default 2000.
  std::size_t max_records = 2000;
};

// Segments the document under `document` (a GUMBO_NODE_DOCUMENT or any element).
Segmentation SegmentPage(const GumboNode* document, const SegmentOptions& options = {});

}  // namespace lantian::extractors::internal
