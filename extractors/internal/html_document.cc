#include "extractors/internal/html_document.h"

#include <strings.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "base/strings.h"

namespace lantian::extractors::internal {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Elements that never nest (void) or whose end tag is implied by a sibling:
// a run of them does not deepen the tree.
bool DoesNotNest(std::string_view name) {
  auto any = [&](std::initializer_list<std::string_view> names) {
    for (std::string_view n : names) {
      if (n == name) return true;
    }
    return false;
  };
  switch (name.size()) {
    case 1: return name[0] == 'p';
    case 2: return any({"br", "hr", "li", "dt", "dd", "tr", "td", "th", "rb", "rp", "rt"});
    case 3: return any({"col", "img", "wbr", "rtc"});
    case 4: return any({"area", "base", "link", "meta", "html", "head", "body"});
    case 5: return any({"embed", "input", "param", "track", "tbody", "thead", "tfoot", "frame", "image"});
    case 6: return any({"source", "keygen", "option"});
    case 7: return any({"caption", "bgsound"});
    case 8: return any({"colgroup", "optgroup", "basefont", "menuitem"});
    default: return false;
  }
}

// Elements whose content is raw text: skip to their end tag.
bool IsRawText(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" ||
         name == "xmp" || name == "iframe" || name == "noembed" || name == "noframes" ||
         name == "plaintext";
}

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
std::size_t Utf8Boundary(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s.size();
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

}  // namespace

std::size_t NestingCutOffset(std::string_view html, std::size_t max_depth) {
  std::size_t depth = 0;
  std::size_t i = 0;
  const std::size_t n = html.size();
  char name_buf[16];
  while (i < n) {
    const void* lt = std::memchr(html.data() + i, '<', n - i);
    if (lt == nullptr) break;
    std::size_t pos = static_cast<std::size_t>(static_cast<const char*>(lt) - html.data());
    i = pos + 1;
    if (i >= n) break;
    char c = html[i];
    if (c == '!') {
      if (html.substr(i, 3) == "!--") {
        std::size_t end = html.find("-->", i + 3);
        i = end == std::string_view::npos ? n : end + 3;
      }
      continue;
    }
    bool closing = false;
    if (c == '/') {
      closing = true;
      ++i;
    }
    if (i >= n || !IsAsciiAlpha(html[i])) continue;
    std::size_t len = 0;
    while (i < n && html[i] != '>' && html[i] != '/' && html[i] != ' ' && html[i] != '\t' &&
           html[i] != '\n' && html[i] != '\r' && html[i] != '\f') {
      if (len < sizeof(name_buf)) name_buf[len] = base::AsciiLower(html[i]);
      ++len;
      ++i;
    }
    std::string_view name(name_buf, len < sizeof(name_buf) ? len : sizeof(name_buf));
    if (closing) {
      if (!DoesNotNest(name) && depth > 0) --depth;
      continue;
    }
    // Find the end of the start tag, minding quoted attribute values.
    char quote = 0;
    while (i < n) {
      char ch = html[i];
      if (quote != 0) {
        if (ch == quote) quote = 0;
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '>') {
        break;
      }
      ++i;
    }
    bool self_closing = i > 0 && i < n && html[i - 1] == '/';
    if (i < n) ++i;
    if (IsRawText(name)) {
      // Skip to "</name".
      std::size_t j = i;
      while (true) {
        std::size_t close = html.find("</", j);
        if (close == std::string_view::npos) {
          i = n;
          break;
        }
        if (strncasecmp(html.data() + close + 2, name.data(),
                        std::min(name.size(), n - close - 2)) == 0) {
          i = close;
          break;
        }
        j = close + 2;
      }
      continue;
    }
    if (self_closing || DoesNotNest(name)) continue;
    ++depth;
    if (depth > max_depth) return pos;
  }
  return n;
}

Result<HtmlDocument> HtmlDocument::Parse(std::string_view utf8, const Options& options) {
  HtmlDocument doc;
  std::size_t keep = Utf8Boundary(utf8, options.max_bytes);
  if (keep < utf8.size()) {
    doc.truncated_ = true;
    doc.warnings_.push_back("html cut at " + std::to_string(keep) + " of " + std::to_string(utf8.size()) +
                            " bytes (max_html_bytes)");
  }
  std::size_t nest_cut = NestingCutOffset(utf8.substr(0, keep), options.max_nesting_depth);
  if (nest_cut < keep) {
    doc.truncated_ = true;
    doc.warnings_.push_back("html cut at byte " + std::to_string(nest_cut) + ": nesting deeper than " +
                            std::to_string(options.max_nesting_depth) + " (max_nesting_depth)");
    keep = nest_cut;
  }
  doc.buffer_ = std::make_unique<std::string>(utf8.substr(0, keep));
  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&gumbo_options, doc.buffer_->data(), doc.buffer_->size());
  if (output == nullptr) return Status::Internal("gumbo failed to parse the document");
  doc.output_.reset(output);
  return doc;
}

std::string TagName(const GumboNode* element) {
  if (element->type != GUMBO_NODE_ELEMENT && element->type != GUMBO_NODE_TEMPLATE) return "";
  const GumboElement& e = element->v.element;
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data == nullptr ? "" : std::string(piece.data, piece.length));
  return base::AsciiLower(name);
}

const char* Attr(const GumboNode* element, const char* name) {
  if (element->type != GUMBO_NODE_ELEMENT && element->type != GUMBO_NODE_TEMPLATE) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&element->v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

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

bool HasAncestorIn(const GumboNode* n, const std::unordered_set<const GumboNode*>& set) {
  for (const GumboNode* p = n->parent; p != nullptr; p = p->parent) {
    if (set.count(p) != 0) return true;
  }
  return false;
}

bool ContainsIgnoreAsciiCase(std::string_view hay, std::string_view needle) {
  if (needle.empty() || hay.size() < needle.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (base::EqualsIgnoreAsciiCase(hay.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

bool HasTokenIgnoreAsciiCase(std::string_view list, std::string_view word) {
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    std::size_t s = i;
    while (i < list.size() && list[i] != ' ') ++i;
    if (i - s == word.size() && base::EqualsIgnoreAsciiCase(list.substr(s, word.size()), word)) return true;
  }
  return false;
}

}  // namespace lantian::extractors::internal
