#pragma once

// Items from JSON-LD (<script type="application/ld+json">): the generic
// extractor's first fallback when no profile item matched. Blocks are parsed
// leniently: a block that is not JSON is repaired (RepairJson) and parsed
// again; one that still fails is skipped with a warning.
//
//   std::vector<std::string> warnings;
//   std::vector<Item> items = JsonLdItems(
//       {R"({"@type":"Product","name":"商标注册 包过","offers":{"price":99,"priceCurrency":"CNY"}})"},
//       &warnings);
//   // items[0].title == "商标注册 包过", items[0].price == "CNY 99", source "jsonld"
//
// Thread-safe (pure functions).

#include <string>
#include <string_view>
#include <vector>

#include "extractors/extractor.h"

namespace lantian::extractors::internal {

// Repairs common breakage: raw control characters inside strings, trailing
// commas, HTML comment / CDATA wrappers, a trailing ';'.
std::string RepairJson(std::string_view in);

// Items from JSON-LD blocks: Product, Offer (alone), DiscussionForumPosting,
// SocialMediaPosting, Question/Answer/Comment, Service, and the members of an
// ItemList or @graph; comments and answers inside a posting are items of
// their own. Organization and Person (and other parties) become items only
// when nothing else does (a seller page). Item::text holds the item's JSON
// text fields, one per line. One warning per block that is not JSON
// ("json-ld block of N bytes is not JSON; skipped"). Iterative: any depth.
std::vector<Item> JsonLdItems(const std::vector<std::string>& blocks, std::vector<std::string>* warnings);

// What the page's own JSON-LD object (an Article, NewsArticle, BlogPosting,
// WebPage, ItemPage, or an item type JsonLdItems reads; not a WebSite,
// BreadcrumbList or party) says of the page, for a page-level item: its
// `url` (else mainEntityOfPage, @id), absolute or as written, and who wrote
// or sells it (seller, author, brand, publisher: its name). The first such
// object of the blocks, at the top, in @graph or in mainEntity; empty fields
// when there is none. Blocks that are not JSON are skipped silently
// (JsonLdItems warns).
struct JsonLdPage {
  std::string url;
  std::string seller;
};
JsonLdPage JsonLdPageFields(const std::vector<std::string>& blocks);

}  // namespace lantian::extractors::internal
