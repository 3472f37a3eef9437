#pragma once

// The CSS selector subset site profiles are written in, compiled once and
// matched over Gumbo trees.
//
//   auto sel = extractors::Selector::Parse("div.item h3 > a@href, h3 a@data-url");
//   if (!sel.ok()) return sel.status();   // "col 5: expected ']' after attribute name"
//   std::vector<const GumboNode*> links = sel->SelectAll(doc.root());
//   sel->group_attribute(0);              // "href"
//
// The grammar and thread-safety are described at Selector below.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

// Gumbo's node type, forward-declared so this header does not include <gumbo.h>.
struct GumboInternalNode;

namespace lantian::extractors {

// A compiled CSS selector from the subset site profiles use:
//   type            div            (case-insensitive)
//   universal       *
//   id              #main
//   class           .item
//   attribute       [data-id]  [a=v]  [a*=v]  [a^=v]  [a$=v]  [a~=v]
//                   (values bare or in '...' / "...")
//   compound        div.item[data-id]
//   combinators     descendant (space), child (>)
//   groups          a.title, h3 > a
//   attribute pick  a.title@href  — a trailing @name takes that attribute
//                   instead of the element's text; each group has its own
//                   ("h3 a@data-url, h3 a@href"); "@data-id" alone is the
//                   context element itself.
// Matching (Matches, SelectAll) is the union of the groups. A field value
// (extractor) tries the groups in order and takes the first non-empty value,
// so a profile can list several layouts as fallbacks.
// Immutable after Parse; thread-safe for concurrent use. Copyable (shares the
// compiled form).
class Selector {
 public:
  // Parses `text`. The error names the 1-based column in `text`, e.g.
  // "col 5: expected ']' after attribute name".
  [[nodiscard]] static Result<Selector> Parse(std::string_view text);

  Selector(const Selector&) = default;
  Selector& operator=(const Selector&) = default;
  Selector(Selector&&) noexcept = default;
  Selector& operator=(Selector&&) noexcept = default;
  ~Selector();

  // True when `node` (an element) matches any group.
  bool Matches(const GumboInternalNode* node) const;

  // Every element under `root` (not `root` itself) that matches, in document
  // order, without duplicates. Iterative walk: safe on any depth.
  std::vector<const GumboInternalNode*> SelectAll(const GumboInternalNode* root) const;

  // The first match under `root` in document order, or nullptr.
  const GumboInternalNode* SelectFirst(const GumboInternalNode* root) const;

  // SelectAll / SelectFirstInGroup over `elements`, a document's elements in
  // document order (one flat list serves many document-wide queries). The
  // "@attr"-only group matches nothing here.
  std::vector<const GumboInternalNode*> Filter(const std::vector<const GumboInternalNode*>& elements) const;
  const GumboInternalNode* FirstIn(const std::vector<const GumboInternalNode*>& elements) const;
  const GumboInternalNode* FirstInGroup(const std::vector<const GumboInternalNode*>& elements,
                                        std::size_t group) const;

  // False only when no element of a document parsed from `html` can match:
  // every group's last compound names an id or class that does not occur in
  // `html` at all. A cheap test before a walk over every element. (An id or
  // class spelled with character references in the markup is missed; page
  // markers are the sites' own plain markup.)
  bool MayMatchIn(std::string_view html) const;
  // The attribute named after '@' when every group names the same one, else "".
  const std::string& attribute() const;
  // Groups, in the order written, with their own '@' attribute ("" = text).
  std::size_t group_count() const;
  const std::string& group_attribute(std::size_t group) const;
  // The first match of one group under `root` (or `root` itself for "@attr").
  const GumboInternalNode* SelectFirstInGroup(const GumboInternalNode* root, std::size_t group) const;
  // The selector as written.
  const std::string& source() const;

  struct Compiled;

 private:
  explicit Selector(std::shared_ptr<const Compiled> compiled);
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace lantian::extractors
