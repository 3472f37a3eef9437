#include "extractors/extractor.h"

#include <gumbo.h>
#include <strings.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "extractors/charset.h"
#include "extractors/contacts.h"
#include "extractors/internal/html_document.h"
#include "extractors/internal/segmenter.h"
#include "base/uri.h"

namespace lantian::extractors {
namespace {

using internal::Attr;
using internal::HtmlDocument;
using Json = nlohmann::json;

bool IsHtmlSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// A text node with its whitespace collapsed: computed once, then appended to
// every builder the text goes to (the page's and its item's).
class CollapsedText {
 public:
  explicit CollapsedText(std::string_view s) {
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
  CollapsedText(const CollapsedText&) = delete;
  CollapsedText& operator=(const CollapsedText&) = delete;

  bool lead() const { return lead_; }
  bool trail() const { return trail_; }
  std::string_view body() const { return body_; }

 private:
  // Index of the first whitespace byte that is not a lone ' ' (those are
  // kept as they are); mid.size() when the text needs no collapsing. Skips
  // eight bytes at a time while none is below 0x21 (every HTML space is).
  static std::size_t FirstToCollapse(std::string_view mid) {
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

  bool lead_ = false;
  bool trail_ = false;
  std::string_view body_;
  std::string buf_;
};

// Collapses whitespace and keeps block boundaries as single line breaks.
class TextBuilder {
 public:
  void Text(std::string_view s) { Append(CollapsedText(s)); }
  void Append(const CollapsedText& t) {
    if (t.body().empty()) {
      if (t.lead()) pending_space_ = true;
      return;
    }
    if ((t.lead() || pending_space_) && !at_line_start_) out_.push_back(' ');
    out_.append(t.body());
    at_line_start_ = false;
    pending_space_ = t.trail();
  }
  // Words from an attribute: set apart by spaces.
  void Words(const CollapsedText& t) {
    pending_space_ = true;
    Append(t);
    pending_space_ = true;
  }
  void Space() { pending_space_ = true; }
  void Newline() {
    if (!at_line_start_) {
      out_.push_back('\n');
      at_line_start_ = true;
    }
    pending_space_ = false;
  }
  std::string Take() {
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }
  const std::string& str() const { return out_; }

 private:
  std::string out_;
  bool pending_space_ = false;
  bool at_line_start_ = true;
};

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

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  if (needle.empty() || hay.size() < needle.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (strncasecmp(hay.data() + i, needle.data(), needle.size()) == 0) return true;
  }
  return false;
}

bool HasWordNoCase(std::string_view list, std::string_view word) {
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    std::size_t s = i;
    while (i < list.size() && list[i] != ' ') ++i;
    if (i - s == word.size() && strncasecmp(list.data() + s, word.data(), word.size()) == 0) return true;
  }
  return false;
}

bool HasNonAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

const GumboVector* Children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  return nullptr;
}

bool IsElement(const GumboNode* n) {
  return n != nullptr && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

std::string Trim(std::string_view s) {
  auto sp = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  while (!s.empty() && sp(s.front())) s.remove_prefix(1);
  while (!s.empty() && sp(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// Everything the main walk collects besides text.
struct Collected {
  std::string title;
  bool have_title = false;
  std::string base_href;
  bool have_base = false;
  std::string canonical_href;
  std::string next_href;
  std::vector<std::string> hrefs;
  std::vector<std::string> image_srcs;
  std::vector<std::string> jsonld;
  std::vector<const GumboNode*> microdata;
  std::unordered_map<std::string, std::string> og;  // og:title → value (first wins)
};

// Per-walk item routing: text inside item elements goes to those items.
struct ItemRouting {
  const std::unordered_map<const GumboNode*, int>* index = nullptr;
  std::vector<TextBuilder>* items = nullptr;
  TextBuilder* outside = nullptr;
};

// Sends text to the page, the active items, and to `outside` when no item is active.
class Sink {
 public:
  Sink(TextBuilder* page, const ItemRouting& routing) : page_(page), routing_(routing) {}
  void Enter(int item) { active_.push_back(item); }
  void Leave() { active_.pop_back(); }
  template <typename F>
  void Each(F f) {
    if (page_ != nullptr) f(*page_);
    if (active_.empty()) {
      if (routing_.outside != nullptr) f(*routing_.outside);
    } else if (routing_.items != nullptr) {
      for (int i : active_) f((*routing_.items)[static_cast<std::size_t>(i)]);
    }
  }

 private:
  TextBuilder* page_;
  ItemRouting routing_;
  std::vector<int> active_;
};

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
        bool hidden = strcasecmp(std::string(t).c_str(), "hidden") == 0;
        bool password = strcasecmp(std::string(t).c_str(), "password") == 0;
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
      if (name != nullptr && (strcasecmp(name, "description") == 0 || strcasecmp(name, "keywords") == 0)) {
        CollapsedText t(content);
        sink->Each([&](TextBuilder& b) {
          b.Newline();
          b.Append(t);
          b.Newline();
        });
      }
      const char* key = property != nullptr ? property : name;
      if (key != nullptr && (strncasecmp(key, "og:", 3) == 0 || strncasecmp(key, "product:", 8) == 0)) {
        std::string k(key);
        for (char& c : k) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        col->og.emplace(std::move(k), content);
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
      if (HasWordNoCase(rel, "canonical") && col->canonical_href.empty()) col->canonical_href = href;
      if (HasWordNoCase(rel, "next")) {
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
    if (type != nullptr &&
        (ContainsNoCase(type, "schema.org/Product") || ContainsNoCase(type, "schema.org/Offer") ||
         ContainsNoCase(type, "schema.org/DiscussionForumPosting") ||
         ContainsNoCase(type, "schema.org/SocialMediaPosting") || ContainsNoCase(type, "schema.org/Comment") ||
         ContainsNoCase(type, "schema.org/Answer") || ContainsNoCase(type, "schema.org/Question"))) {
      col->microdata.push_back(n);
    }
  }
}

// The single iterative walk over the document (explicit stack: any depth).
void Walk(const GumboNode* start, Collected* col, Sink* sink, const ItemRouting& routing) {
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
        if (type != nullptr && ContainsNoCase(type, "ld+json")) {
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

// Single-line visible text of one element, for field values.
std::string FieldText(const GumboNode* n) {
  TextBuilder b;
  ItemRouting none;
  Sink sink(&b, none);
  Walk(n, nullptr, &sink, none);
  std::string s = b.Take();
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  s = Trim(s);
  if (s.empty()) {
    for (const char* a : {"title", "alt", "content", "value", "aria-label"}) {
      const char* v = Attr(n, a);
      if (v != nullptr && *v != '\0') return Trim(v);
    }
  }
  return s;
}

bool StartsNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && strncasecmp(s.data(), prefix.data(), prefix.size()) == 0;
}

// javascript:, mailto:, data:, tel:, sms: and fragment-only references are not links to fetch.
bool IsSkippedScheme(std::string_view ref) {
  std::string s = Trim(ref);
  return s.empty() || s.front() == '#' || StartsNoCase(s, "javascript:") || StartsNoCase(s, "mailto:") ||
         StartsNoCase(s, "data:") || StartsNoCase(s, "tel:") || StartsNoCase(s, "sms:");
}

// Resolves links against one base URL, split once.
class Resolver {
 public:
  explicit Resolver(std::string_view base) : base_(base::SplitUri(base)) {}

  // The absolute URL without fragment; "" when `ref` is skipped
  // (javascript:, mailto:, ...), cannot be resolved or is not http(s)/file.
  std::string Resolve(std::string_view ref) const {
    if (IsSkippedScheme(ref)) return "";
    std::optional<std::string> abs = base::ResolveUri(base_, ref);
    if (!abs) {
      // No base: keep only absolute references.
      if (base::SplitUri(ref).scheme.empty()) return "";
      abs = Trim(ref);
    }
    std::size_t hash = abs->find('#');
    if (hash != std::string::npos) abs->resize(hash);
    std::size_t colon = abs->find(':');
    std::string_view scheme = std::string_view(*abs).substr(0, colon == std::string::npos ? 0 : colon);
    if (!(scheme.size() == 4 && strncasecmp(scheme.data(), "http", 4) == 0) &&
        !(scheme.size() == 5 && strncasecmp(scheme.data(), "https", 5) == 0) &&
        !(scheme.size() == 4 && strncasecmp(scheme.data(), "file", 4) == 0)) {
      return "";
    }
    return std::move(*abs);
  }

 private:
  base::UriParts base_;
};

// The value a field selector gives inside `scope`: for each group in order,
// its attribute or text; the first non-empty value wins.
std::string FieldValue(const Selector& sel, const GumboNode* scope, bool url_field) {
  for (std::size_t g = 0; g < sel.group_count(); ++g) {
    const GumboNode* n = sel.SelectFirstInGroup(scope, g);
    if (n == nullptr) continue;
    const std::string& attr = sel.group_attribute(g);
    std::string value;
    if (!attr.empty()) {
      const char* v = Attr(n, attr.c_str());
      if (v != nullptr) value = Trim(v);
    } else if (url_field && (Attr(n, "href") != nullptr || Attr(n, "src") != nullptr)) {
      const char* href = Attr(n, "href");
      value = Trim(href != nullptr ? href : Attr(n, "src"));
    } else {
      value = FieldText(n);
    }
    if (!value.empty()) return value;
  }
  return "";
}

// Every element of the document in document order (iterative walk).
std::vector<const GumboNode*> AllElements(const GumboNode* document) {
  std::vector<const GumboNode*> out;
  out.reserve(2048);
  std::vector<std::pair<const GumboNode*, unsigned>> stack;
  stack.emplace_back(document, 0);
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector* ch = Children(node);
    if (ch == nullptr || next >= ch->length) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(ch->data[next++]);
    if (!IsElement(child)) continue;
    out.push_back(child);
    stack.emplace_back(child, 0);
  }
  return out;
}

// FieldValue over the whole document, using the flat element list.
std::string DocumentFieldValue(const Selector& sel, const std::vector<const GumboNode*>& elements) {
  for (std::size_t g = 0; g < sel.group_count(); ++g) {
    const GumboNode* n = sel.FirstInGroup(elements, g);
    if (n == nullptr) continue;
    const std::string& attr = sel.group_attribute(g);
    std::string value;
    if (!attr.empty()) {
      const char* v = Attr(n, attr.c_str());
      if (v != nullptr) value = Trim(v);
    } else if (const char* href = Attr(n, "href"); href != nullptr) {
      value = Trim(href);
    } else {
      value = FieldText(n);
    }
    if (!value.empty()) return value;
  }
  return "";
}

// ---- JSON-LD ----

// Repairs common breakage: raw control characters inside strings, trailing
// commas, HTML comment / CDATA wrappers, a trailing ';'.
std::string RepairJson(std::string_view in) {
  std::string s = Trim(in);
  for (std::string_view w : {"<!--", "<![CDATA["}) {
    if (std::string_view(s).starts_with(w)) s.erase(0, w.size());
  }
  for (std::string_view w : {"-->", "]]>"}) {
    if (std::string_view(s).ends_with(w)) s.erase(s.size() - w.size());
  }
  s = Trim(s);
  while (!s.empty() && s.back() == ';') s.pop_back();
  std::string out;
  out.reserve(s.size());
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\' && i + 1 < s.size()) {
        out.push_back(c);
        out.push_back(s[++i]);
        continue;
      }
      if (c == '"') in_string = false;
      if (c == '\n' || c == '\r' || c == '\t') {
        out.push_back(' ');
        continue;
      }
      out.push_back(c);
      continue;
    }
    if (c == '"') in_string = true;
    if (c == ']' || c == '}') {
      std::size_t k = out.size();
      while (k > 0 && (out[k - 1] == ' ' || out[k - 1] == '\n' || out[k - 1] == '\t' || out[k - 1] == '\r')) --k;
      if (k > 0 && out[k - 1] == ',') out.erase(k - 1, 1);
    }
    out.push_back(c);
  }
  return out;
}

std::string JsonString(const Json& j) {
  if (j.is_string()) return Trim(j.get<std::string>());
  if (j.is_number_integer()) return std::to_string(j.get<long long>());
  if (j.is_number_unsigned()) return std::to_string(j.get<unsigned long long>());
  if (j.is_number_float()) {
    std::string s = std::to_string(j.get<double>());
    while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
      bool dot = s.back() == '.';
      s.pop_back();
      if (dot) break;
    }
    return s;
  }
  if (j.is_array() && !j.empty()) return JsonString(j.front());
  if (j.is_object()) {
    for (const char* k : {"name", "@value", "url", "@id"}) {
      auto it = j.find(k);
      if (it != j.end()) return JsonString(*it);
    }
  }
  return "";
}

std::string Field(const Json& o, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = o.find(k);
    if (it != o.end()) {
      std::string v = JsonString(*it);
      if (!v.empty()) return v;
    }
  }
  return "";
}

bool TypeIs(const Json& o, std::initializer_list<std::string_view> types) {
  auto it = o.find("@type");
  if (it == o.end()) return false;
  auto check = [&](const Json& t) {
    if (!t.is_string()) return false;
    std::string s = t.get<std::string>();
    std::size_t slash = s.find_last_of("/#");
    std::string_view name = slash == std::string::npos ? std::string_view(s) : std::string_view(s).substr(slash + 1);
    for (std::string_view want : types) {
      if (name == want) return true;
    }
    return false;
  };
  if (it->is_array()) {
    for (const Json& t : *it) {
      if (check(t)) return true;
    }
    return false;
  }
  return check(*it);
}

const Json* FirstObject(const Json& o, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = o.find(k);
    if (it == o.end()) continue;
    if (it->is_object()) return &*it;
    if (it->is_array() && !it->empty() && it->front().is_object()) return &it->front();
  }
  return nullptr;
}

Item ItemFromJsonLd(const Json& o) {
  Item item;
  item.source = "jsonld";
  item.title = Field(o, {"name", "headline", "title"});
  item.url = Field(o, {"url", "mainEntityOfPage", "@id"});
  item.listing_id = Field(o, {"sku", "productID", "identifier", "mpn"});
  item.posted_at = Field(o, {"datePublished", "dateCreated", "uploadDate", "dateModified"});
  const Json* offer = TypeIs(o, {"Offer", "AggregateOffer"}) ? &o : FirstObject(o, {"offers"});
  if (offer != nullptr) {
    std::string price = Field(*offer, {"price", "lowPrice", "highPrice"});
    std::string currency = Field(*offer, {"priceCurrency"});
    item.price = currency.empty() || price.empty() ? price : currency + " " + price;
    if (const Json* seller = FirstObject(*offer, {"seller", "offeredBy"})) {
      item.seller = Field(*seller, {"name", "legalName"});
      item.seller_url = Field(*seller, {"url", "@id"});
    } else {
      item.seller = Field(*offer, {"seller", "offeredBy"});
    }
  }
  if (item.seller.empty()) {
    if (const Json* who = FirstObject(o, {"seller", "author", "provider", "brand", "creator", "publisher"})) {
      item.seller = Field(*who, {"name", "legalName", "alternateName"});
      if (item.seller_url.empty()) item.seller_url = Field(*who, {"url", "@id"});
    } else {
      item.seller = Field(o, {"seller", "author", "provider", "brand"});
    }
  }
  TextBuilder text;
  for (const char* k : {"name", "headline", "alternativeHeadline", "description", "articleBody", "text",
                        "disambiguatingDescription", "slogan", "keywords"}) {
    auto it = o.find(k);
    if (it == o.end()) continue;
    std::string v = JsonString(*it);
    if (v.empty()) continue;
    text.Text(v);
    text.Newline();
  }
  if (!item.seller.empty()) {
    text.Text(item.seller);
    text.Newline();
  }
  // Contact points of the seller or organisation carry phones and e-mails.
  for (const char* k : {"telephone", "email"}) {
    std::string v = Field(o, {k});
    if (!v.empty()) {
      text.Text(v);
      text.Newline();
    }
  }
  item.text = text.Take();
  return item;
}

// Items from JSON-LD blocks: Product, Offer (alone), DiscussionForumPosting,
// SocialMediaPosting, Question/Answer/Comment, and the members of an ItemList.
// Organization and Person become items only when nothing else does (a seller
// page). Iterative walk over the JSON (any depth).
std::vector<Item> JsonLdItems(const std::vector<std::string>& blocks, std::vector<std::string>* warnings) {
  std::vector<Item> items;
  std::vector<Item> parties;
  for (const std::string& raw : blocks) {
    Json doc = Json::parse(raw, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) doc = Json::parse(RepairJson(raw), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
      warnings->push_back("json-ld block of " + std::to_string(raw.size()) + " bytes is not JSON; skipped");
      continue;
    }
    std::vector<const Json*> stack{&doc};
    while (!stack.empty()) {
      const Json* j = stack.back();
      stack.pop_back();
      if (j->is_array()) {
        for (auto it = j->rbegin(); it != j->rend(); ++it) stack.push_back(&*it);
        continue;
      }
      if (!j->is_object()) continue;
      if (TypeIs(*j, {"Product", "Offer", "AggregateOffer", "DiscussionForumPosting", "SocialMediaPosting",
                      "Question", "Answer", "Comment", "Service", "IndividualProduct", "ProductModel"})) {
        items.push_back(ItemFromJsonLd(*j));
        // Comments and answers inside a posting are items of their own.
        for (const char* k : {"comment", "suggestedAnswer", "acceptedAnswer", "hasPart"}) {
          auto it = j->find(k);
          if (it != j->end()) stack.push_back(&*it);
        }
        continue;
      }
      if (TypeIs(*j, {"Organization", "Person", "LocalBusiness", "Store", "OnlineStore", "Corporation"})) {
        parties.push_back(ItemFromJsonLd(*j));
        continue;
      }
      for (const char* k : {"@graph", "itemListElement", "item", "mainEntity", "hasPart"}) {
        auto it = j->find(k);
        if (it != j->end()) stack.push_back(&*it);
      }
    }
  }
  if (items.empty()) return parties;
  return items;
}

// Microdata property value (HTML §5.2.4, simplified).
std::string ItempropValue(const GumboNode* n) {
  GumboTag tag = n->v.element.tag;
  const char* v = nullptr;
  if (tag == GUMBO_TAG_META) v = Attr(n, "content");
  else if (tag == GUMBO_TAG_A || tag == GUMBO_TAG_LINK || tag == GUMBO_TAG_AREA) v = Attr(n, "href");
  else if (tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_SOURCE || tag == GUMBO_TAG_IFRAME) v = Attr(n, "src");
  else if (tag == GUMBO_TAG_TIME) v = Attr(n, "datetime");
  else if (tag == GUMBO_TAG_DATA || tag == GUMBO_TAG_METER) v = Attr(n, "value");
  if (v == nullptr) v = Attr(n, "content");
  if (v != nullptr) return Trim(v);
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

bool IsAncestorIn(const GumboNode* n, const std::unordered_set<const GumboNode*>& set) {
  for (const GumboNode* p = n->parent; p != nullptr; p = p->parent) {
    if (set.count(p) != 0) return true;
  }
  return false;
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

}  // namespace

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
  if (profile != nullptr) elements = AllElements(doc.document());
  std::vector<const GumboNode*> item_nodes;
  if (profile != nullptr && profile->item) {
    item_nodes = profile->item->Filter(elements);
    // An item inside another item (two selector groups matching nested
    // elements) is part of the outer one.
    if (item_nodes.size() > 1) {
      std::unordered_set<const GumboNode*> all(item_nodes.begin(), item_nodes.end());
      std::erase_if(item_nodes, [&](const GumboNode* n) { return IsAncestorIn(n, all); });
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

  // 2. The main walk: page text, outside text, item texts, links, metadata.
  Collected col;
  TextBuilder page_text;
  TextBuilder outside_text;
  std::vector<TextBuilder> item_texts(item_nodes.size());
  ItemRouting routing;
  if (!item_nodes.empty()) {
    routing.index = &item_index;
    routing.items = &item_texts;
    routing.outside = &outside_text;
  }
  {
    Sink sink(&page_text, routing);
    Walk(doc.document(), &col, &sink, routing);
  }
  page.title = col.title;
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
    std::vector<Item> items = JsonLdItems(col.jsonld, &page.warnings);
    // JSON-LD items carry only their JSON text: the visible text lies outside them.
    if (!items.empty()) page.outside_text = page.text;
    if (items.empty() && !col.microdata.empty()) {
      std::unordered_set<const GumboNode*> all(col.microdata.begin(), col.microdata.end());
      std::vector<const GumboNode*> top;
      for (const GumboNode* n : col.microdata) {
        if (!IsAncestorIn(n, all)) top.push_back(n);
      }
      if (top.size() > options.max_items) top.resize(options.max_items);
      std::unordered_map<const GumboNode*, int> idx;
      for (std::size_t i = 0; i < top.size(); ++i) idx.emplace(top[i], static_cast<int>(i));
      std::vector<TextBuilder> texts(top.size());
      TextBuilder outside;
      ItemRouting r{&idx, &texts, &outside};
      Sink sink(nullptr, r);
      Walk(doc.document(), nullptr, &sink, r);
      page.outside_text = outside.Take();
      for (std::size_t i = 0; i < top.size(); ++i) {
        Item item;
        item.source = "microdata";
        MicrodataFields(top[i], &item);
        item.text = texts[i].Take();
        items.push_back(std::move(item));
      }
    }
    if (items.empty() && options.auto_segment) {
      // No profile, JSON-LD or microdata item: the page's repeated records.
      internal::SegmentOptions seg_options;
      seg_options.max_records = options.max_items;
      internal::Segmentation seg = internal::SegmentPage(doc.document(), seg_options);
      page.page_kind = std::string(internal::PageKindName(seg.kind));
      if (!seg.records.empty()) {
        std::unordered_map<const GumboNode*, int> idx;
        for (std::size_t i = 0; i < seg.records.size(); ++i) {
          for (const GumboNode* n : seg.records[i].nodes) idx.emplace(n, static_cast<int>(i));
        }
        std::vector<TextBuilder> texts(seg.records.size());
        TextBuilder outside;
        ItemRouting r{&idx, &texts, &outside};
        Sink sink(nullptr, r);
        Walk(doc.document(), nullptr, &sink, r);
        page.outside_text = outside.Take();
        bool thread = seg.kind == internal::PageKind::kThread;
        std::string page_item_url = page.canonical_url.empty() ? base::StripFragment(page_url) : page.canonical_url;
        for (std::size_t i = 0; i < seg.records.size(); ++i) {
          internal::RecordFields& f = seg.records[i].fields;
          Item item;
          item.source = thread ? "auto-post" : "auto";
          item.title = std::move(f.title);
          if (thread) {
            // A post lives on the thread page: its URL is the page's, with the post's anchor.
            item.url = page_item_url;
            if (!item.url.empty() && !f.element_id.empty()) item.url += "#" + f.element_id;
            item.floor = f.floor;
          } else {
            item.url = resolver.Resolve(f.url);
          }
          item.price = std::move(f.price);
          item.seller = std::move(f.seller);
          item.seller_url = std::move(f.seller_url);
          item.posted_at = std::move(f.posted_at);
          item.text = texts[i].Take();
          items.push_back(std::move(item));
        }
      }
    }
    if (items.empty() && !col.og.empty() &&
        (col.og.count("og:title") != 0 || col.og.count("og:description") != 0)) {
      Item item;
      item.source = "opengraph";
      auto og = [&](const char* k) {
        auto it = col.og.find(k);
        return it == col.og.end() ? std::string() : Trim(it->second);
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
      item.title = page.title;
      item.text = page.text;
      items.push_back(std::move(item));
    }
    if (items.size() > options.max_items) {
      page.truncated = true;
      page.warnings.push_back("items capped at " + std::to_string(options.max_items) + " (max_items)");
      items.resize(options.max_items);
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      Item& item = items[i];
      item.item_index = static_cast<int>(i);
      if (!item.url.empty() && item.source != "auto-post") item.url = resolver.Resolve(item.url);
      if (item.url.empty() && items.size() == 1) {
        item.url = page.canonical_url.empty() ? base::StripFragment(page_url) : page.canonical_url;
      }
      if (!item.seller_url.empty()) item.seller_url = resolver.Resolve(item.seller_url);
      if (item.listing_id.empty() && profile != nullptr && !item.url.empty()) {
        item.listing_id = profile->ListingIdFromUrl(item.url);
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

  // 7. Contacts.
  if (options.extract_contacts) {
    for (Item& item : page.items) item.contacts = ExtractContacts(item.text);
    if (!page.outside_text.empty()) page.outside_contacts = ExtractContacts(page.outside_text);
  }
  return page;
}

Result<Page> ExtractPageFromBytes(std::string_view body, std::string_view content_type, std::string_view page_url,
                                  const SiteProfile* profile, const ExtractOptions& options) {
  DecodedText decoded = DecodeToUtf8(body, content_type);
  Result<Page> page = ExtractPage(decoded.utf8, page_url, profile, options);
  if (!page.ok()) return page;
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
  Walk(parsed->document(), &col, &sink, none);
  return b.Take();
}

}  // namespace lantian::extractors
