#pragma once

// The visible text of a Gumbo tree, as detection sees it, and the page
// metadata gathered in the same single walk (title, <base>, canonical and
// next links, hrefs, image sources, JSON-LD blocks, microdata item scopes,
// OpenGraph properties). Text is routed to the page, to the item elements it
// lies in, and to the "outside" text that lies in no item.
//
//   TextBuilder page;
//   ItemRouting none;
//   Sink sink(&page, none);
//   Collected col;
//   WalkVisibleText(doc.document(), &col, &sink, none);
//   std::string text = page.Take();   // one line per block, words spaced
//
// What counts as text: text nodes (whitespace collapsed), block elements as
// line breaks, table cells as spaces, and the words sellers hide in
// attributes (title, aria-label, img/area alt, input placeholder and value,
// textarea placeholder; hidden inputs only when they hold non-ASCII words,
// never passwords). <script>, <style>, <template>, <noscript> and SVG are
// skipped. Everything here is single-thread (one document, one worker).

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lantian::extractors::internal {

// HTML's ASCII whitespace (space, \t, \n, \r, \f).
inline bool IsHtmlSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// A text node with its whitespace collapsed: computed once, then appended to
// every builder the text goes to (the page's and its item's). body() points
// into `s` or into this object; neither copyable nor movable.
class CollapsedText {
 public:
  explicit CollapsedText(std::string_view s);
  CollapsedText(const CollapsedText&) = delete;
  CollapsedText& operator=(const CollapsedText&) = delete;

  bool lead() const { return lead_; }    // `s` began with whitespace
  bool trail() const { return trail_; }  // `s` ended with whitespace
  std::string_view body() const { return body_; }

 private:
  bool lead_ = false;
  bool trail_ = false;
  std::string_view body_;
  std::string buf_;
};

// Collapses whitespace and keeps block boundaries as single line breaks.
// Value type.
class TextBuilder {
 public:
  void Text(std::string_view s) { Append(CollapsedText(s)); }
  void Append(const CollapsedText& t) {
    if (t.body().empty()) {
      if (t.lead()) pending_space_ = true;
      return;
    }
    if (out_.size() >= limit_) {
      capped_ = true;
      return;
    }
    if ((t.lead() || pending_space_) && !at_line_start_) out_.push_back(' ');
    std::string_view body = t.body();
    if (out_.size() + body.size() > limit_) {
      // Cut at a character boundary: never a partial UTF-8 sequence.
      std::size_t room = limit_ > out_.size() ? limit_ - out_.size() : 0;
      while (room > 0 && room < body.size() && (static_cast<unsigned char>(body[room]) & 0xC0) == 0x80) --room;
      body = body.substr(0, room);
      capped_ = true;
    }
    out_.append(body);
    at_line_start_ = false;
    pending_space_ = t.trail();
  }
  // At most `bytes` of text are kept (default: no limit); capped() tells
  // whether any was dropped.
  void set_limit(std::size_t bytes) { limit_ = bytes; }
  bool capped() const { return capped_; }
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
  // The text without trailing line breaks; the builder is left empty.
  std::string Take() {
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }
  const std::string& str() const { return out_; }

 private:
  std::string out_;
  std::size_t limit_ = static_cast<std::size_t>(-1);
  bool capped_ = false;
  bool pending_space_ = false;
  bool at_line_start_ = true;
};

// Everything the main walk collects besides text. Values are as written
// (unresolved, untrimmed); the first title, <base> and canonical win.
struct Collected {
  std::string title;
  bool have_title = false;
  std::string base_href;
  bool have_base = false;
  std::string canonical_href;
  std::string next_href;
  std::vector<std::string> hrefs;       // <a>/<area> href, <link rel=next>
  std::vector<std::string> image_srcs;  // <img> src and its lazy-load variants
  std::vector<std::string> jsonld;      // <script type=application/ld+json> bodies
  std::vector<const GumboNode*> microdata;  // item scopes of IsMicrodataItemType
  std::unordered_map<std::string, std::string> og;  // og:title → value (first wins), keys lower-case
};

// Per-walk item routing: text inside item elements goes to those items.
// Null members: no items (everything goes to the page).
struct ItemRouting {
  const std::unordered_map<const GumboNode*, int>* index = nullptr;  // item element → index into `items`
  std::vector<TextBuilder>* items = nullptr;
  TextBuilder* outside = nullptr;
};

// Sends text to the page, the active items, and to `outside` when no item is
// active. `page` may be null (item texts only). Keeps the pointers it is given.
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

// The single iterative walk from `start` (explicit stack: any depth): text to
// `sink`, routed by `routing`; metadata to `col` unless it is null.
void WalkVisibleText(const GumboNode* start, Collected* col, Sink* sink, const ItemRouting& routing);

// Single-line visible text of one element, for field values; when it has no
// text, its title, alt, content, value or aria-label attribute. Trimmed.
std::string FieldText(const GumboNode* element);

}  // namespace lantian::extractors::internal
