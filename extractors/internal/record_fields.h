#pragma once

// The fields a notice needs of one record of a segmented page, inferred from
// its markup alone (internal/segmenter finds the records):
//   title      the main link's text (highlight tags such as <em>/<b> joined),
//              or its title= when the visible text is cut ("...", "…"), or an
//              image link's alt
//   url        the main link's href, or the real target a redirect wrapper
//              names in mu= / data-url= (on the link or on the record)
//   seller     a second link to a shop or user path (/shop/, space-uid-,
//              /dianpu/, ?un=, ?mall_id=, shop123.host), an element named *shop*/*seller*/*author*,
//              or the text after 店铺：/卖家：/作者：
//   price      the first ¥/￥/RMB/元 amount; posted_at the first date or
//              relative time (3天前); floor "5楼", "#5", "#0", 楼主/沙发/板凳/地板,
//              wherever in the record it sits
//
// Usage:
//
//   InferredFields f = InferRecordFields(record.nodes);
//   if (!f.title_is_author) Use(f.fields.title, f.fields.url);
//
// URLs are as written; the caller resolves them.

#include <gumbo.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "extractors/internal/html_document.h"
#include "extractors/internal/segmenter.h"

namespace lantian::extractors::internal {

struct InferredFields {
  RecordFields fields;
  bool has_author = false;       // a seller/author link, class or marker was found
  bool title_is_author = false;  // the record's only words-bearing link is its author's (a post)
  bool title_in_heading = false;  // the title link sits in a heading or *title* element
  bool floor_shown = false;  // the record shows its floor (fields.floor is it, 0 included)
};

// Fields of the record made of `nodes` (sibling subtrees, document order; not empty).
InferredFields InferRecordFields(const std::vector<const GumboNode*>& nodes);

// Helpers the segmenter shares:
// base::IsAsciiSpace, deciding most bytes (all above ' ') with one compare.
inline bool IsSpaceByte(char c) { return static_cast<unsigned char>(c) <= ' ' && base::IsAsciiSpace(c); }
// Subtrees that hold no visible text (script, style, head, svg, select, iframe...).
bool IsSkipped(const GumboNode* n);
// Lower-case words of class= and id=, split at spaces, '-' and '_', joined
// by one space ("item card j-item-1"): one string, so a part (which holds no
// space) is found inside one word only.
std::string NameTokens(const GumboNode* n);
// The same words, one at a time and without allocating (a word is cut at 63
// bytes); `f(std::string_view word)` returns false to stop.
// class= and id= of `n` (null when absent) in one pass over its
// attributes: what Attr(n, "class") and Attr(n, "id") give (the first of
// each name, ASCII case-insensitive), for a fraction of two lookups.
void ClassAndId(const GumboNode* n, const char** class_value, const char** id_value);
// The words of `class_value` then `id_value` (either may be null).
template <typename F>
void ForEachNameToken(const char* class_value, const char* id_value, F f) {
  for (const char* v : {class_value, id_value}) {
    if (v == nullptr) continue;
    char buf[64];
    std::size_t len = 0;
    for (const char* p = v;; ++p) {
      char c = *p;
      if (c == '\0' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '-' || c == '_') {
        if (len > 0 && !f(std::string_view(buf, len))) return;
        len = 0;
        if (c == '\0') break;
      } else if (len < sizeof buf) {
        buf[len++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
    }
  }
}
template <typename F>
void ForEachNameToken(const GumboNode* n, F f) {
  const char* class_value;
  const char* id_value;
  ClassAndId(n, &class_value, &id_value);
  ForEachNameToken(class_value, id_value, f);
}
// Whether a word of `tokens` (NameTokens) contains one of `parts`.
bool TokensContain(std::string_view tokens, std::initializer_list<std::string_view> parts);
// Whether one word of `tokens` (NameTokens) is one of `words`.
bool TokensInclude(std::string_view tokens, std::initializer_list<std::string_view> words);
// "/pages/goods/detail?gid=1" or "!/item/2": a fragment that routes a
// single-page app (a link and an item URL, unlike "#top").
bool IsHashRoute(std::string_view fragment);
// An href that goes somewhere (not "#...", javascript:, mailto:, tel:).
bool IsRealHref(const char* href);

}  // namespace lantian::extractors::internal
