#include "extractors/internal/visible_text.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "base/strings.h"
#include "extractors/internal/html_document.h"
#include "extractors/internal/microdata.h"

namespace lantian::extractors::internal {
namespace {

// Index of the first whitespace byte that is not a lone ' ' (those are
// kept as they are); mid.size() when the text needs no collapsing. Skips
// eight bytes at a time while none is below 0x21 (every HTML space is).
std::size_t FirstToCollapse(std::string_view mid) {
  const char* p = mid.data();
  const std::size_t n = mid.size();
  std::size_t i = 0;
  while (true) {
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (((w - 0x2121212121212121ull) & ~w & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    while (i < n && !IsHtmlSpace(p[i])) ++i;
    if (i >= n) return n;
    if (p[i] != ' ' || IsHtmlSpace(p[i + 1])) return i;  // mid ends in non-space: p[i + 1] exists
    ++i;
  }
}

}  // namespace

CollapsedText::CollapsedText(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && IsHtmlSpace(s[b])) ++b;
  lead_ = b > 0;
  if (b == e) return;
  while (IsHtmlSpace(s[e - 1])) --e;
  trail_ = e < s.size();
  std::string_view mid = s.substr(b, e - b);
  std::size_t first = FirstToCollapse(mid);
  if (first == mid.size()) {
    body_ = mid;
    return;
  }
  buf_.reserve(mid.size());
  buf_.append(mid.data(), first);
  bool space = false;
  for (std::size_t i = first; i < mid.size(); ++i) {
    char c = mid[i];
    if (IsHtmlSpace(c)) {
      space = true;
      continue;
    }
    if (space) buf_.push_back(' ');
    space = false;
    buf_.push_back(c);
  }
  body_ = buf_;
}

namespace {

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_LEGEND:
      return true;
    default:
      return false;
  }
}

bool IsCell(GumboTag tag) { return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH; }

bool HasNonAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

void AttributeWords(const GumboNode* n, GumboTag tag, Sink* sink) {
  auto words = [&](const char* v) {
    if (v == nullptr || *v == '\0') return;
    CollapsedText t(v);
    sink->Each([&](TextBuilder& b) { b.Words(t); });
  };
  words(Attr(n, "title"));
  words(Attr(n, "aria-label"));
  switch (tag) {
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_AREA:
      words(Attr(n, "alt"));
      break;
    case GUMBO_TAG_INPUT: {
      words(Attr(n, "placeholder"));
      const char* type = Attr(n, "type");
      const char* value = Attr(n, "value");
      if (value != nullptr) {
        std::string_view t = type == nullptr ? "" : type;
        bool hidden = base::EqualsIgnoreAsciiCase(t, "hidden");
        bool password = base::EqualsIgnoreAsciiCase(t, "password");
        // Hidden inputs mostly carry tokens; keep them only when they hold words.
        if (!password && (!hidden || HasNonAscii(value))) words(value);
      }
      break;
    }
    case GUMBO_TAG_TEXTAREA:
      words(Attr(n, "placeholder"));
      break;
    default:
      break;
  }
}

void TextOfChildren(const GumboNode* n, std::string* out) {
  const GumboVector* ch = Children(n);
  if (ch == nullptr) return;
  for (unsigned i = 0; i < ch->length; ++i) {
    const auto* c = static_cast<const GumboNode*>(ch->data[i]);
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE) {
      out->append(c->v.text.text);
    }
  }
}

void CollectElement(const GumboNode* n, GumboTag tag, Collected* col, Sink* sink) {
  switch (tag) {
    case GUMBO_TAG_TITLE: {
      if (!col->have_title) {
        std::string raw;
        TextOfChildren(n, &raw);
        TextBuilder b;
        b.Text(raw);
        col->title = b.Take();
        col->have_title = true;
      }
      break;
    }
    case GUMBO_TAG_META: {
      const char* name = Attr(n, "name");
      const char* property = Attr(n, "property");
      const char* content = Attr(n, "content");
      if (content == nullptr) break;
      if (name != nullptr &&
          (base::EqualsIgnoreAsciiCase(name, "description") || base::EqualsIgnoreAsciiCase(name, "keywords"))) {
        CollapsedText t(content);
        sink->Each([&](TextBuilder& b) {
          b.Newline();
          b.Append(t);
          b.Newline();
        });
      }
      const char* key = property != nullptr ? property : name;
      if (key != nullptr &&
          (base::StartsWithIgnoreAsciiCase(key, "og:") || base::StartsWithIgnoreAsciiCase(key, "product:"))) {
        col->og.emplace(base::AsciiLower(key), content);
      }
      break;
    }
    case GUMBO_TAG_BASE: {
      const char* href = Attr(n, "href");
      if (href != nullptr && !col->have_base) {
        col->base_href = href;
        col->have_base = true;
      }
      break;
    }
    case GUMBO_TAG_LINK: {
      const char* rel = Attr(n, "rel");
      const char* href = Attr(n, "href");
      if (rel == nullptr || href == nullptr) break;
      if (HasTokenIgnoreAsciiCase(rel, "canonical") && col->canonical_href.empty()) col->canonical_href = href;
      if (HasTokenIgnoreAsciiCase(rel, "next")) {
        if (col->next_href.empty()) col->next_href = href;
        col->hrefs.emplace_back(href);
      }
      break;
    }
    case GUMBO_TAG_A:
    case GUMBO_TAG_AREA: {
      const char* href = Attr(n, "href");
      if (href != nullptr) col->hrefs.emplace_back(href);
      break;
    }
    case GUMBO_TAG_IMG: {
      for (const char* a : {"src", "data-src", "data-original", "data-ks-lazyload", "data-lazy-src"}) {
        const char* v = Attr(n, a);
        if (v != nullptr && *v != '\0') col->image_srcs.emplace_back(v);
      }
      break;
    }
    default:
      break;
  }
  if (Attr(n, "itemscope") != nullptr) {
    const char* type = Attr(n, "itemtype");
    if (type != nullptr && IsMicrodataItemType(type)) {
      col->microdata.push_back(n);
    }
  }
}

}  // namespace

void WalkVisibleText(const GumboNode* start, Collected* col, Sink* sink, const ItemRouting& routing) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
    bool block;
    bool cell;
    bool item;
  };
  std::vector<Frame> stack;
  stack.push_back({start, 0, false, false, false});
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* ch = Children(f.node);
    if (ch == nullptr || f.next >= ch->length) {
      Frame done = f;
      stack.pop_back();
      if (done.block) sink->Each([](TextBuilder& b) { b.Newline(); });
      if (done.cell) sink->Each([](TextBuilder& b) { b.Space(); });
      if (done.item) {
        sink->Each([](TextBuilder& b) { b.Newline(); });
        sink->Leave();
      }
      continue;
    }
    const auto* n = static_cast<const GumboNode*>(ch->data[f.next++]);
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE: {
        CollapsedText text(n->v.text.text);
        sink->Each([&](TextBuilder& b) { b.Append(text); });
        continue;
      }
      case GUMBO_NODE_COMMENT:
      case GUMBO_NODE_DOCUMENT:
        continue;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
    }
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT) {
      if (col != nullptr) {
        const char* type = Attr(n, "type");
        if (type != nullptr && ContainsIgnoreAsciiCase(type, "ld+json")) {
          std::string raw;
          TextOfChildren(n, &raw);
          col->jsonld.push_back(std::move(raw));
        }
      }
      continue;
    }
    if (tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT ||
        n->type == GUMBO_NODE_TEMPLATE || n->v.element.tag_namespace == GUMBO_NAMESPACE_SVG) {
      continue;
    }
    bool is_item = false;
    if (routing.index != nullptr) {
      auto it = routing.index->find(n);
      if (it != routing.index->end()) {
        sink->Each([](TextBuilder& b) { b.Newline(); });
        sink->Enter(it->second);
        is_item = true;
      }
    }
    bool block = IsBlock(tag);
    bool cell = IsCell(tag);
    if (block) sink->Each([](TextBuilder& b) { b.Newline(); });
    if (cell) sink->Each([](TextBuilder& b) { b.Space(); });
    if (col != nullptr) CollectElement(n, tag, col, sink);
    if (tag != GUMBO_TAG_META) AttributeWords(n, tag, sink);
    stack.push_back({n, 0, block, cell, is_item});
  }
}

std::string FieldText(const GumboNode* element) {
  TextBuilder b;
  ItemRouting none;
  Sink sink(&b, none);
  WalkVisibleText(element, nullptr, &sink, none);
  std::string s = b.Take();
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  s = std::string(base::TrimAscii(s));
  if (s.empty()) {
    for (const char* a : {"title", "alt", "content", "value", "aria-label"}) {
      const char* v = Attr(element, a);
      if (v != nullptr && *v != '\0') return std::string(base::TrimAscii(v));
    }
  }
  return s;
}

}  // namespace lantian::extractors::internal
