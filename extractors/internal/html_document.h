#pragma once

// HtmlDocument: one page parsed by Gumbo, owning both the UTF-8 buffer and
// the node tree, with the size and depth caps that keep hostile pages from
// exhausting memory or stack.
//
//   auto doc = HtmlDocument::Parse(utf8_html, {});
//   if (!doc.ok()) return doc.status();
//   const GumboNode* root = doc->root();

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/status.h"

namespace lantian::extractors::internal {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

// A parsed HTML document: owns the UTF-8 buffer Gumbo parsed and the
// GumboOutput whose nodes point into it (STYLE.md §5). The buffer is a
// separate heap object declared before the output, so it outlives the nodes
// and stays put when the document moves. Movable, not copyable.
// Single-thread: one document belongs to one worker.
class HtmlDocument {
 public:
  struct Options {
    // Input beyond this is cut at a UTF-8 boundary; truncated() is set.
    std::size_t max_bytes = 20u << 20;
    // Where a byte pre-scan estimates deeper nesting, the input is cut; truncated() is set.
    // Gumbo 0.10.1 is quadratic in nesting depth for block elements.
    std::size_t max_nesting_depth = 4096;
  };

  // Copies `utf8` (must already be valid UTF-8) and parses it. Gumbo errors
  // are not recorded (max_errors = 0: each one copies the open-element stack,
  // which is quadratic on deep pages). Fails only when Gumbo returns nothing.
  [[nodiscard]] static Result<HtmlDocument> Parse(std::string_view utf8, const Options& options);

  HtmlDocument(HtmlDocument&&) noexcept = default;
  HtmlDocument& operator=(HtmlDocument&&) noexcept = default;
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;
  ~HtmlDocument() = default;

  // The GUMBO_NODE_DOCUMENT node; valid while this object lives.
  const GumboNode* document() const { return output_->document; }
  // The <html> element.
  const GumboNode* root() const { return output_->root; }
  // The parsed text (possibly cut).
  std::string_view html() const { return *buffer_; }
  bool truncated() const { return truncated_; }
  // One line per cap that tripped.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  HtmlDocument() = default;

  std::unique_ptr<std::string> buffer_;  // declared first: outlives output_
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output_;
  bool truncated_ = false;
  std::vector<std::string> warnings_;
};

// Byte offset at which a cheap tag scan first sees an estimated nesting
// depth above `max_depth` (void elements, self-closing tags and elements
// with implied end tags do not count), or html.size() when it never does.
std::size_t NestingCutOffset(std::string_view html, std::size_t max_depth);

// Lower-case tag name of an element node ("div", or the original name of an
// unknown tag, e.g. "my-widget").
std::string TagName(const GumboNode* element);

// The value of attribute `name` on an element, or nullptr.
const char* Attr(const GumboNode* element, const char* name);

// True for an element (or template) node; false for null.
inline bool IsElement(const GumboNode* n) {
  return n != nullptr && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

// The children of an element, template or document node; nullptr for text,
// comments and other leaves.
inline const GumboVector* Children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  return nullptr;
}

// Every element below `document` in document order (iterative: any depth).
std::vector<const GumboNode*> AllElements(const GumboNode* document);

// True when a proper ancestor of `n` is in `set`.
bool HasAncestorIn(const GumboNode* n, const std::unordered_set<const GumboNode*>& set);

// Attribute-value tests, ASCII case-insensitive: `needle` occurs in `hay`
// (itemtype, script type); `word` is one of the space-separated tokens of
// `list` (rel).
bool ContainsIgnoreAsciiCase(std::string_view hay, std::string_view needle);
bool HasTokenIgnoreAsciiCase(std::string_view list, std::string_view word);

}  // namespace lantian::extractors::internal
