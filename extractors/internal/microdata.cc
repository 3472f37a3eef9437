#include "extractors/internal/microdata.h"

#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/strings.h"
#include "extractors/internal/html_document.h"
#include "extractors/internal/visible_text.h"

namespace lantian::extractors::internal {

bool IsMicrodataItemType(std::string_view type) {
  for (std::string_view t : {"schema.org/Product", "schema.org/Offer", "schema.org/DiscussionForumPosting",
                             "schema.org/SocialMediaPosting", "schema.org/Comment", "schema.org/Answer",
                             "schema.org/Question"}) {
    if (ContainsIgnoreAsciiCase(type, t)) return true;
  }
  return false;
}

std::string ItempropValue(const GumboNode* n) {
  GumboTag tag = n->v.element.tag;
  const char* v = nullptr;
  if (tag == GUMBO_TAG_META) v = Attr(n, "content");
  else if (tag == GUMBO_TAG_A || tag == GUMBO_TAG_LINK || tag == GUMBO_TAG_AREA) v = Attr(n, "href");
  else if (tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_SOURCE || tag == GUMBO_TAG_IFRAME) v = Attr(n, "src");
  else if (tag == GUMBO_TAG_TIME) v = Attr(n, "datetime");
  else if (tag == GUMBO_TAG_DATA || tag == GUMBO_TAG_METER) v = Attr(n, "value");
  if (v == nullptr) v = Attr(n, "content");
  if (v != nullptr) return std::string(base::TrimAscii(v));
  return FieldText(n);
}

void MicrodataFields(const GumboNode* scope, Item* item) {
  // Iterative walk over descendants; a nested itemscope's props belong to it,
  // except the seller/author/brand object whose "name" we want.
  struct Frame {
    const GumboNode* node;
    unsigned next;
    std::string owner;  // "" = the item itself, else the itemprop of a nested scope
  };
  std::vector<Frame> stack{{scope, 0, ""}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* ch = Children(f.node);
    if (ch == nullptr || f.next >= ch->length) {
      stack.pop_back();
      continue;
    }
    const auto* n = static_cast<const GumboNode*>(ch->data[f.next++]);
    if (!IsElement(n)) continue;
    std::string owner = f.owner;
    const char* prop = Attr(n, "itemprop");
    if (prop != nullptr) {
      std::string p = prop;
      auto set = [&](std::string* field) {
        if (field->empty()) *field = ItempropValue(n);
      };
      if (owner.empty()) {
        if (p == "name" || p == "headline") set(&item->title);
        else if (p == "url") set(&item->url);
        else if (p == "price" || p == "lowPrice") set(&item->price);
        else if (p == "sku" || p == "productID" || p == "identifier") set(&item->listing_id);
        else if (p == "datePublished" || p == "dateCreated") set(&item->posted_at);
      } else if (owner == "seller" || owner == "author" || owner == "brand" || owner == "provider") {
        if (p == "name") set(&item->seller);
        else if (p == "url") set(&item->seller_url);
      } else if (owner == "offers") {
        if (p == "price" || p == "lowPrice") set(&item->price);
      } else if ((owner == "offers.seller") && p == "name") {
        set(&item->seller);
      }
      if (Attr(n, "itemscope") != nullptr) {
        // Only the seller-like objects and offers (and the offer's seller) are read.
        std::string nested = owner.empty() ? p : owner + "." + p;
        bool wanted = nested == "seller" || nested == "author" || nested == "brand" || nested == "provider" ||
                      nested == "offers" || nested == "offers.seller";
        owner = wanted ? nested : "nested";
      }
    } else if (Attr(n, "itemscope") != nullptr) {
      owner = "nested";
    }
    stack.push_back({n, 0, owner});
  }
}

std::vector<Item> MicrodataItems(const GumboNode* document, const std::vector<const GumboNode*>& scopes,
                                 std::size_t max_items, std::string* outside_text) {
  std::unordered_set<const GumboNode*> all(scopes.begin(), scopes.end());
  std::vector<const GumboNode*> top;
  for (const GumboNode* n : scopes) {
    if (!HasAncestorIn(n, all)) top.push_back(n);
  }
  if (top.size() > max_items) top.resize(max_items);
  std::unordered_map<const GumboNode*, int> idx;
  for (std::size_t i = 0; i < top.size(); ++i) idx.emplace(top[i], static_cast<int>(i));
  std::vector<TextBuilder> texts(top.size());
  TextBuilder outside;
  ItemRouting r{&idx, &texts, &outside};
  Sink sink(nullptr, r);
  WalkVisibleText(document, nullptr, &sink, r);
  *outside_text = outside.Take();
  std::vector<Item> items;
  for (std::size_t i = 0; i < top.size(); ++i) {
    Item item;
    item.source = "microdata";
    const char* type = Attr(top[i], "itemtype");
    item.kind = type != nullptr && (ContainsIgnoreAsciiCase(type, "Posting") || ContainsIgnoreAsciiCase(type, "Comment") ||
                                    ContainsIgnoreAsciiCase(type, "Answer") || ContainsIgnoreAsciiCase(type, "Question"))
                    ? "post"
                    : "listing";
    MicrodataFields(top[i], &item);
    item.text = texts[i].Take();
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace lantian::extractors::internal
