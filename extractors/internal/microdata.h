#pragma once

// Items from HTML microdata (HTML Living Standard §5.2, simplified): the
// generic extractor's second fallback after JSON-LD. An item scope whose
// itemtype names a schema.org listing or post type becomes one Item; its
// itemprops fill the fields, a nested seller/author/brand/provider scope
// gives the seller, a nested offers scope the price.
//
//   <div itemscope itemtype="https://schema.org/Product">
//     <span itemprop="name">专利代理 包授权</span>
//     <div itemprop="offers" itemscope><meta itemprop="price" content="199"></div>
//   </div>
//   std::string outside;
//   std::vector<Item> items = MicrodataItems(doc.document(), col.microdata, 2000, &outside);
//   // items[0].title == "专利代理 包授权", items[0].price == "199", source "microdata"
//
// Single-thread: the nodes belong to one document.

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extractor.h"

namespace lantian::extractors::internal {

// True when an itemtype attribute names a type that becomes an item:
// schema.org Product, Offer, DiscussionForumPosting, SocialMediaPosting,
// Comment, Answer or Question (ASCII case-insensitive substring).
bool IsMicrodataItemType(std::string_view itemtype);

// The value of an itemprop element: meta content, a/link/area href,
// img/source/iframe src, time datetime, data/meter value, else a content
// attribute, else the element's visible text. Trimmed.
std::string ItempropValue(const GumboNode* element);

// Fills the empty fields of `item` from the itemprops below `scope`.
void MicrodataFields(const GumboNode* scope, Item* item);

// One Item per outermost scope of `scopes` (scopes inside another listed
// scope belong to it), at most `max_items`, in document order, with the
// scope's visible text as Item::text and source "microdata". The visible
// text outside every scope goes to *outside_text.
std::vector<Item> MicrodataItems(const GumboNode* document, const std::vector<const GumboNode*>& scopes,
                                 std::size_t max_items, std::string* outside_text);

}  // namespace lantian::extractors::internal
