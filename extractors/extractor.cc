#include "extractors/extractor.h"

#include <gumbo.h>
#include <string.h>

#include <algorithm>
#include <cstdio>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "base/uri.h"
#include "extractors/charset.h"
#include "extractors/contacts.h"
#include "extractors/internal/html_document.h"
#include "extractors/internal/json_ld.h"
#include "extractors/internal/microdata.h"
#include "extractors/internal/record_fields.h"
#include "extractors/internal/segmenter.h"
#include "extractors/internal/visible_text.h"

// The orchestration of one page: parse, one walk for text and metadata
// (internal/visible_text), profile items and fields, link resolution, the
// generic fallbacks (internal/json_ld, internal/microdata, OpenGraph, the
// whole page), markers and contacts.

namespace lantian::extractors {
namespace {

using internal::Attr;
using internal::Collected;
using internal::FieldText;
using internal::HtmlDocument;
using internal::ItemRouting;
using internal::Sink;
using internal::TextBuilder;
using internal::WalkVisibleText;

std::string Trimmed(std::string_view s) { return std::string(base::TrimAscii(s)); }

// javascript:, mailto:, data:, tel:, sms: and fragment-only references
// (other than an app's route) are not links.
bool IsSkippedScheme(std::string_view ref) {
  std::string_view s = base::TrimAscii(ref);
  return s.empty() || (s.front() == '#' && !internal::IsHashRoute(s.substr(1))) || base::StartsWithIgnoreAsciiCase(s, "javascript:") ||
         base::StartsWithIgnoreAsciiCase(s, "mailto:") || base::StartsWithIgnoreAsciiCase(s, "data:") ||
         base::StartsWithIgnoreAsciiCase(s, "tel:") || base::StartsWithIgnoreAsciiCase(s, "sms:");
}

// Resolves links against one base URL, split once.
class Resolver {
 public:
  explicit Resolver(std::string_view base) : base_(base::SplitUri(base)) {}

  // The absolute URL without fragment (unless a route); "" when `ref` is skipped
  // (javascript:, mailto:, ...), cannot be resolved or is not http(s)/file.
  std::string Resolve(std::string_view ref) const {
    if (IsSkippedScheme(ref)) return "";
    std::optional<std::string> abs = base::ResolveUri(base_, ref);
    if (!abs) {
      // No base: keep only absolute references.
      if (base::SplitUri(ref).scheme.empty()) return "";
      abs = Trimmed(ref);
    }
    // The fragment goes, except a client-side route ("#/goods/1", "#!/p/2"):
    // on a single-page app that is what tells one listing from another.
    std::size_t hash = abs->find('#');
    if (hash != std::string::npos && !internal::IsHashRoute(std::string_view(*abs).substr(hash + 1))) abs->resize(hash);
    std::size_t colon = abs->find(':');
    std::string_view scheme = std::string_view(*abs).substr(0, colon == std::string::npos ? 0 : colon);
    if (!base::EqualsIgnoreAsciiCase(scheme, "http") && !base::EqualsIgnoreAsciiCase(scheme, "https") &&
        !base::EqualsIgnoreAsciiCase(scheme, "file")) {
      return "";
    }
    return std::move(*abs);
  }

 private:
  base::UriParts base_;
};

// What a selector group's element gives when the group names no attribute.
enum class Fallback {
  kText,  // its visible text
  kUrl,   // its href, else its src, else its text (URL fields inside an item)
  kHref,  // its href, else its text (document-wide link fields: next_page)
};

// The value of selector group `g` at its element `n`: the group's @attribute
// when it names one, else per `fallback`. Trimmed.
std::string GroupValue(const Selector& sel, std::size_t g, const GumboNode* n, Fallback fallback) {
  const std::string& attr = sel.group_attribute(g);
  if (!attr.empty()) {
    const char* v = Attr(n, attr.c_str());
    return v != nullptr ? Trimmed(v) : std::string();
  }
  const char* link = nullptr;
  switch (fallback) {
    case Fallback::kText:
      break;
    case Fallback::kUrl:
      link = Attr(n, "href");
      if (link == nullptr) link = Attr(n, "src");
      break;
    case Fallback::kHref:
      link = Attr(n, "href");
      break;
  }
  return link != nullptr ? Trimmed(link) : FieldText(n);
}

// The value a field selector gives inside `scope`: for each group in order,
// its value (GroupValue); the first non-empty value wins.
std::string FieldValue(const Selector& sel, const GumboNode* scope, bool url_field) {
  for (std::size_t g = 0; g < sel.group_count(); ++g) {
    const GumboNode* n = sel.SelectFirstInGroup(scope, g);
    if (n == nullptr) continue;
    std::string value = GroupValue(sel, g, n, url_field ? Fallback::kUrl : Fallback::kText);
    if (!value.empty()) return value;
  }
  return "";
}

// FieldValue over the whole document, using the flat element list.
std::string DocumentFieldValue(const Selector& sel, const std::vector<const GumboNode*>& elements) {
  for (std::size_t g = 0; g < sel.group_count(); ++g) {
    const GumboNode* n = sel.FirstInGroup(elements, g);
    if (n == nullptr) continue;
    std::string value = GroupValue(sel, g, n, Fallback::kHref);
    if (!value.empty()) return value;
  }
  return "";
}

// `html` is the markup the document was parsed from; `text_hay` is where a
// text marker is looked for (block markers look in the raw HTML: it holds the
// visible text too, and CAPTCHA pages keep their tell-tales in scripts; gone
// markers look in the visible text).
bool MarkerMatches(const PageMarker& m, const std::vector<const GumboNode*>& elements, std::string_view html,
                   std::string_view text_hay) {
  if (m.selector) return m.selector->MayMatchIn(html) && m.selector->FirstIn(elements) != nullptr;
  if (m.text.empty()) return false;
  // glibc's memmem (two-way with a byte-pair skip table) beats a per-call
  // Boyer-Moore-Horspool here: UTF-8 Chinese needles share lead bytes.
  return memmem(text_hay.data(), text_hay.size(), m.text.data(), m.text.size()) != nullptr;
}

std::string ProfileItemKind(SiteKind kind) {
  switch (kind) {
    case SiteKind::kForum:
      return "post";
    case SiteKind::kSearch:
      return "result";
    case SiteKind::kEcommerce:
      break;
  }
  return "listing";
}

std::string OpenGraphKind(const std::unordered_map<std::string, std::string>& og) {
  auto it = og.find("og:type");
  if (it == og.end()) return "page";
  std::string_view type = base::TrimAscii(it->second);
  if (type.starts_with("product") || type == "og:product") return "listing";
  if (type == "article") return "article";
  return "page";
}

// Records of a results page, which show no price or seller (the caller
// checks: a result's source site is no seller): most of `items` from
// `first` on lead off the page's host (a shop's list links to its own item
// pages).
bool LooksLikeSearchResults(const std::vector<Item>& items, std::size_t first, std::string_view page_url) {
  const std::string page_host = base::AsciiLower(base::SplitUri(page_url).authority);
  std::size_t n = 0, off_host = 0;
  for (std::size_t i = first; i < items.size(); ++i) {
    const Item& item = items[i];
    ++n;
    const std::string host = base::AsciiLower(base::SplitUri(item.url).authority);
    if (!host.empty() && host != page_host) ++off_host;
  }
  return n > 0 && off_host * 10 >= n * 7;
}

// Parses `utf8_html` (invalid UTF-8 replaced by U+FFFD first) under the
// size and nesting caps of `options`. The document keeps its own copy.
Result<HtmlDocument> ParseHtml(std::string_view utf8_html, const ExtractOptions& options) {
  std::string sanitized;
  if (!IsValidUtf8(utf8_html)) {
    sanitized = SanitizeUtf8(utf8_html);
    utf8_html = sanitized;
  }
  HtmlDocument::Options doc_options;
  doc_options.max_bytes = options.max_html_bytes;
  doc_options.max_nesting_depth = options.max_nesting_depth;
  return HtmlDocument::Parse(utf8_html, doc_options);
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The box of `nodes`' data-lantian-box attributes together ("x,y,w,h"), ""
// when none has a valid one (the page was not rendered).
std::string ElementsBox(const std::vector<const GumboNode*>& nodes) {
  long left = 0, top = 0, right = 0, bottom = 0;
  bool any = false;
  for (const GumboNode* node : nodes) {
    if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, "data-lantian-box");
    long x = 0, y = 0, w = 0, h = 0;
    char tail = 0;
    if (a == nullptr || std::sscanf(a->value, "%ld,%ld,%ld,%ld%c", &x, &y, &w, &h, &tail) != 4 || w <= 0 || h <= 0) {
      continue;
    }
    if (!any) {
      left = x, top = y, right = x + w, bottom = y + h;
      any = true;
    } else {
      left = std::min(left, x), top = std::min(top, y);
      right = std::max(right, x + w), bottom = std::max(bottom, y + h);
    }
  }
  if (!any) return "";
  return std::to_string(left) + "," + std::to_string(top) + "," + std::to_string(right - left) + "," +
         std::to_string(bottom - top);
}

}  // namespace

std::string GuessListingId(std::string_view url) {
  const base::UriParts parts = base::SplitUri(url);
  constexpr std::size_t kMinDigits = 4;
  static constexpr std::string_view kKeys[] = {"id",        "itemid",  "item_id", "goodsid", "goods_id", "offerid",
                                               "offer_id",  "productid", "product_id", "pid", "sku", "skuid",
                                               "sku_id",    "gid",     "infoid",  "info_id"};
  std::string_view query = parts.query;
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string key = base::AsciiLower(pair.substr(0, eq));
    std::string_view value = pair.substr(eq + 1);
    if (value.size() >= kMinDigits && AllDigits(value) &&
        std::find(std::begin(kKeys), std::end(kKeys), key) != std::end(kKeys)) {
      return std::string(value);
    }
  }
  std::string_view path = parts.path;
  std::size_t slash = path.find_last_of('/');
  std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (std::string_view ext : {".html", ".htm", ".shtml"}) {
    if (last.ends_with(ext)) last.remove_suffix(ext.size());
  }
  if (last.size() >= kMinDigits && AllDigits(last)) return std::string(last);
  return "";
}

Result<Page> ExtractPage(std::string_view utf8_html, std::string_view page_url, const SiteProfile* profile,
                         const ExtractOptions& options) {
  if (!page_url.empty() && base::SplitUri(page_url).scheme.empty()) {
    return Status::InvalidArgument("page URL is not absolute: " + std::string(page_url));
  }
  Result<HtmlDocument> parsed = ParseHtml(utf8_html, options);
  if (!parsed.ok()) return parsed.status();
  const HtmlDocument& doc = *parsed;

  Page page;
  page.truncated = doc.truncated();
  page.warnings = doc.warnings();
  if (profile != nullptr) page.profile_name = profile->name;

  // 1. Item elements from the profile. Document-wide queries (items, next
  // page, markers) run over one flat element list instead of a walk each.
  std::vector<const GumboNode*> elements;
  if (profile != nullptr) elements = internal::AllElements(doc.document());
  std::vector<const GumboNode*> item_nodes;
  if (profile != nullptr && profile->item) {
    item_nodes = profile->item->Filter(elements);
    // An item inside another item (two selector groups matching nested
    // elements) is part of the outer one.
    if (item_nodes.size() > 1) {
      std::unordered_set<const GumboNode*> all(item_nodes.begin(), item_nodes.end());
      std::erase_if(item_nodes, [&](const GumboNode* n) { return internal::HasAncestorIn(n, all); });
    }
    if (item_nodes.size() > options.max_items) {
      page.truncated = true;
      page.warnings.push_back("items capped at " + std::to_string(options.max_items) + " of " +
                              std::to_string(item_nodes.size()) + " (max_items)");
      item_nodes.resize(options.max_items);
    }
  }
  std::unordered_map<const GumboNode*, int> item_index;
  for (std::size_t i = 0; i < item_nodes.size(); ++i) item_index.emplace(item_nodes[i], static_cast<int>(i));

  // Without profile items, the page's repeated records, found before the
  // main walk so that one walk routes the text into them. Used only when no
  // JSON-LD or microdata item turns up (step 5).
  internal::Segmentation seg;
  std::unordered_map<const GumboNode*, int> record_index;
  const bool segment = item_nodes.empty() && options.generic_fallback && options.auto_segment;
  if (segment) {
    internal::SegmentOptions seg_options;
    seg_options.max_records = options.max_items;
    seg = internal::SegmentPage(doc.document(), seg_options);
    for (std::size_t i = 0; i < seg.records.size(); ++i) {
      for (const GumboNode* n : seg.records[i].nodes) record_index.emplace(n, static_cast<int>(i));
    }
  }

  // 2. The main walk: page text, outside text, item (or record) texts, links, metadata.
  Collected col;
  TextBuilder page_text;
  TextBuilder outside_text;
  std::vector<TextBuilder> item_texts(item_nodes.empty() ? seg.records.size() : item_nodes.size());
  page_text.set_limit(options.max_text_bytes);
  outside_text.set_limit(options.max_text_bytes);
  for (TextBuilder& t : item_texts) t.set_limit(options.max_text_bytes);
  ItemRouting routing;
  if (!item_nodes.empty() || !seg.records.empty()) {
    routing.index = item_nodes.empty() ? &record_index : &item_index;
    routing.items = &item_texts;
    routing.outside = &outside_text;
  }
  {
    Sink sink(&page_text, routing);
    WalkVisibleText(doc.document(), &col, &sink, routing);
  }
  page.title = col.title;
  bool text_capped = page_text.capped() || outside_text.capped();
  for (const TextBuilder& t : item_texts) text_capped = text_capped || t.capped();
  if (text_capped) {
    page.truncated = true;
    page.warnings.push_back("text capped at " + std::to_string(options.max_text_bytes) + " bytes (max_text_bytes)");
  }
  page.text = page_text.Take();

  // 3. Links, resolved against <base href> (itself resolved against the page URL).
  std::string base(page_url);
  if (col.have_base) {
    std::string b = Resolver(page_url).Resolve(col.base_href);
    if (!b.empty()) base = b;
  }
  page.base_url = base;
  const Resolver resolver(base);
  std::unordered_set<std::string> seen;
  for (const std::string& href : col.hrefs) {
    std::string abs = resolver.Resolve(href);
    if (abs.empty() || !seen.insert(abs).second) continue;
    if (page.links.size() >= options.max_links) {
      page.truncated = true;
      page.warnings.push_back("links capped at " + std::to_string(options.max_links) + " (max_links)");
      break;
    }
    page.links.push_back(std::move(abs));
  }
  std::unordered_set<std::string> seen_images;
  for (const std::string& src : col.image_srcs) {
    std::string abs = resolver.Resolve(src);
    if (abs.empty() || !seen_images.insert(abs).second) continue;
    page.image_urls.push_back(std::move(abs));
  }
  if (!col.canonical_href.empty()) page.canonical_url = resolver.Resolve(col.canonical_href);
  if (!col.next_href.empty()) page.next_page_url = resolver.Resolve(col.next_href);
  for (const std::string& link : page.links) {
    if (profile == nullptr || profile->ShouldFollow(link)) page.follow_links.push_back(link);
  }

  // 4. Items from the profile.
  if (!item_nodes.empty()) {
    page.outside_text = outside_text.Take();
    for (std::size_t i = 0; i < item_nodes.size(); ++i) {
      const GumboNode* node = item_nodes[i];
      const SiteProfile::Fields& f = profile->fields;
      Item item;
      item.source = "profile";
      item.kind = ProfileItemKind(profile->kind);
      item.box = ElementsBox({node});
      item.item_index = static_cast<int>(i);
      if (f.title) item.title = FieldValue(*f.title, node, false);
      if (f.url) item.url = resolver.Resolve(FieldValue(*f.url, node, true));
      if (f.price) item.price = FieldValue(*f.price, node, false);
      if (f.seller) item.seller = FieldValue(*f.seller, node, false);
      if (f.seller_url) item.seller_url = resolver.Resolve(FieldValue(*f.seller_url, node, true));
      if (f.posted_at) item.posted_at = FieldValue(*f.posted_at, node, false);
      if (f.listing_id) item.listing_id = FieldValue(*f.listing_id, node, false);
      if (item.listing_id.empty() && !item.url.empty()) item.listing_id = profile->ListingIdFromUrl(item.url);
      if (f.text) {
        // The configured text part, plus the attribute words of the whole item.
        std::string configured = FieldValue(*f.text, node, false);
        item.text = item_texts[i].Take();
        std::string one_line = item.text;
        for (char& ch : one_line) {
          if (ch == '\n') ch = ' ';
        }
        if (!configured.empty() && one_line.find(configured) == std::string::npos) {
          item.text = configured + "\n" + item.text;
        }
      } else {
        item.text = item_texts[i].Take();
      }
      page.items.push_back(std::move(item));
    }
  }
  if (profile != nullptr && profile->next_page) {
    std::string next = DocumentFieldValue(*profile->next_page, elements);
    if (!next.empty()) {
      std::string abs = resolver.Resolve(next);
      if (!abs.empty()) page.next_page_url = abs;
    }
  }

  // 5. Generic extraction.
  if (page.items.empty() && options.generic_fallback) {
    std::vector<Item> items = internal::JsonLdItems(col.jsonld, &page.warnings);
    // JSON-LD items carry only their JSON text: the visible text lies outside them.
    if (!items.empty()) page.outside_text = page.text;
    // Records the page declares as repeated itemscopes inside another (the
    // Answers of a Question) are the segmenter's: the container is no item.
    if (items.empty() && !col.microdata.empty() && !seg.microdata) {
      items = internal::MicrodataItems(doc.document(), col.microdata, options.max_items, &page.outside_text);
    }
    if (items.empty() && segment) {
      // No profile, JSON-LD or microdata item: the page's repeated records,
      // their texts routed by the main walk.
      page.page_kind = std::string(internal::PageKindName(seg.kind));
      if (!seg.records.empty()) {
        page.outside_text = outside_text.Take();
        bool thread = seg.kind == internal::PageKind::kThread;
        std::string page_item_url = page.canonical_url.empty() ? base::StripFragment(page_url) : page.canonical_url;
        const std::size_t first_auto = items.size();
        bool priced_or_sold = false;
        for (std::size_t i = 0; i < seg.records.size(); ++i) {
          internal::RecordFields& f = seg.records[i].fields;
          Item item;
          item.source = thread ? "auto-post" : "auto";
          item.kind = thread ? "post" : "listing";
          item.title = std::move(f.title);
          if (thread) {
            // A post lives on the thread page: its URL is the page's, with the post's anchor.
            item.url = page_item_url;
            if (!item.url.empty() && !f.element_id.empty()) item.url += "#" + f.element_id;
            item.floor = f.floor;
          } else {
            item.url = resolver.Resolve(f.url);
          }
          // A result's source site (知乎) is its seller but shows no one sells.
          priced_or_sold = priced_or_sold || !f.price.empty() || (!f.seller.empty() && !f.seller_is_source);
          item.price = std::move(f.price);
          item.seller = std::move(f.seller);
          item.seller_url = std::move(f.seller_url);
          item.posted_at = std::move(f.posted_at);
          item.text = item_texts[i].Take();
          item.box = ElementsBox(seg.records[i].nodes);
          items.push_back(std::move(item));
        }
        if (!thread && !priced_or_sold && LooksLikeSearchResults(items, first_auto, page_url)) {
          for (std::size_t i = first_auto; i < items.size(); ++i) items[i].kind = "result";
        }
      }
    }
    if (items.empty() && !col.og.empty() &&
        (col.og.count("og:title") != 0 || col.og.count("og:description") != 0)) {
      Item item;
      item.source = "opengraph";
      item.kind = OpenGraphKind(col.og);
      auto og = [&](const char* k) {
        auto it = col.og.find(k);
        return it == col.og.end() ? std::string() : Trimmed(it->second);
      };
      item.title = og("og:title");
      item.url = og("og:url");
      item.price = og("product:price:amount");
      if (item.price.empty()) item.price = og("og:price:amount");
      std::string currency = og("product:price:currency");
      if (!currency.empty() && !item.price.empty()) item.price = currency + " " + item.price;
      item.seller = og("og:site_name");
      item.text = page.text;
      std::string desc = og("og:description");
      if (!desc.empty() && item.text.find(desc) == std::string::npos) item.text = desc + "\n" + item.text;
      items.push_back(std::move(item));
    }
    if (items.empty()) {
      Item item;
      item.source = "page";
      item.kind = "page";
      item.title = page.title;
      item.text = page.text;
      items.push_back(std::move(item));
    }
    // The page's one item (a detail page, an article), where its own
    // markup gave no URL (no og:url, no rel=canonical) or no seller: those
    // of the page's own JSON-LD object, then the seller or shop the detail
    // page shows (店铺/卖家 labels, a shop's link, *shop-name*, the author).
    if (items.size() == 1 && items[0].source != "auto" && items[0].source != "auto-post") {
      Item& item = items[0];
      const bool no_url = item.url.empty() && col.canonical_href.empty();
      if ((no_url || item.seller.empty()) && !col.jsonld.empty()) {
        internal::JsonLdPage ld = internal::JsonLdPageFields(col.jsonld);
        if (no_url) item.url = std::move(ld.url);
        if (item.seller.empty()) item.seller = std::move(ld.seller);
      }
      if (seg.kind == internal::PageKind::kDetail) {
        if (item.seller.empty()) {
          item.seller = std::move(seg.detail.seller);
          item.seller_url = std::move(seg.detail.seller_url);
        }
        // The listing's own name, not the <title> around it ("…-淘宝网").
        if (item.source == "page" && !seg.detail.title.empty()) item.title = std::move(seg.detail.title);
      }
    }
    if (items.size() > options.max_items) {
      page.truncated = true;
      page.warnings.push_back("items capped at " + std::to_string(options.max_items) + " (max_items)");
      items.resize(options.max_items);
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      Item& item = items[i];
      item.item_index = static_cast<int>(i);
      // Automatic records' URLs were resolved (or set from the page's) above.
      if (!item.url.empty() && item.source != "auto-post" && item.source != "auto") item.url = resolver.Resolve(item.url);
      if (item.url.empty() && items.size() == 1) {
        item.url = page.canonical_url.empty() ? base::StripFragment(page_url) : page.canonical_url;
      }
      if (!item.seller_url.empty()) item.seller_url = resolver.Resolve(item.seller_url);
      if (item.listing_id.empty() && profile != nullptr && !item.url.empty()) {
        item.listing_id = profile->ListingIdFromUrl(item.url);
      }
      if (item.listing_id.empty() && profile == nullptr && item.kind != "post" && item.kind != "result") {
        item.listing_id = GuessListingId(item.url);
        // A whole page whose URL names a listing is that listing's page.
        if (!item.listing_id.empty() && item.kind == "page") item.kind = "listing";
      }
    }
    // OpenGraph and whole-page items hold the whole visible text: nothing lies outside.
    page.items = std::move(items);
  }

  // 6. Markers.
  if (profile != nullptr) {
    for (const PageMarker& m : profile->block_markers) {
      if (MarkerMatches(m, elements, doc.html(), doc.html())) {
        page.is_blocked = true;
        page.block_marker = m.Describe();
        break;
      }
    }
    for (const PageMarker& m : profile->gone_markers) {
      if (MarkerMatches(m, elements, doc.html(), page.text)) {
        page.is_gone = true;
        page.gone_marker = m.Describe();
        break;
      }
    }
  }

  // Valid UTF-8 out whatever Gumbo made of the input (an overflowing
  // numeric character reference once left a stray byte: extract_fuzz).
  // Before contacts, whose offsets point into the texts.
  auto valid = [](std::string& s) {
    if (!IsValidUtf8(s)) s = SanitizeUtf8(s);
  };
  valid(page.title);
  valid(page.text);
  valid(page.outside_text);
  for (Item& item : page.items) {
    valid(item.title);
    valid(item.text);
  }

  // 7. Contacts.
  if (options.extract_contacts) {
    for (Item& item : page.items) item.contacts = ExtractContacts(item.text);
    if (!page.outside_text.empty()) page.outside_contacts = ExtractContacts(page.outside_text);
  }
  return page;
}

Result<Page> ExtractPageFromBytes(std::string_view body, std::string_view content_type, std::string_view page_url,
                                  const SiteProfile* profile, const ExtractOptions& options) {
  // Only max_html_bytes of HTML are parsed: decode no more than that many
  // bytes (a multi-byte charset only grows in UTF-8), not a copy of all.
  const std::size_t whole = body.size();
  if (body.size() > options.max_html_bytes) body = body.substr(0, options.max_html_bytes);
  DecodedText decoded = DecodeToUtf8(body, content_type);
  Result<Page> page = ExtractPage(decoded.utf8, page_url, profile, options);
  if (!page.ok()) return page;
  if (body.size() < whole) {
    page->truncated = true;
    page->warnings.push_back("body cut at " + std::to_string(body.size()) + " of " + std::to_string(whole) +
                             " bytes before decoding (max_html_bytes)");
  }
  page->charset = decoded.charset_used;
  page->charset_how = decoded.how;
  page->charset_had_errors = decoded.had_errors;
  return page;
}

std::string HtmlToText(std::string_view utf8_html, const ExtractOptions& options) {
  Result<HtmlDocument> parsed = ParseHtml(utf8_html, options);
  if (!parsed.ok()) return "";
  TextBuilder b;
  ItemRouting none;
  Sink sink(&b, none);
  Collected col;
  WalkVisibleText(parsed->document(), &col, &sink, none);
  return b.Take();
}

}  // namespace lantian::extractors
