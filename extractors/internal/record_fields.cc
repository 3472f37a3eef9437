#include "extractors/internal/record_fields.h"

#include <re2/re2.h>
#include <strings.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

#include "base/no_destructor.h"
#include "base/strings.h"
#include "extractors/internal/html_document.h"

namespace lantian::extractors::internal {

bool IsSkipped(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEMPLATE) return true;
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  if (n->v.element.tag_namespace == GUMBO_NAMESPACE_SVG) return true;
  switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_IFRAME:
      return true;
    default:
      return false;
  }
}

void ClassAndId(const GumboNode* n, const char** class_value, const char** id_value) {
  *class_value = nullptr;
  *id_value = nullptr;
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    const char* name = a->name;
    // The first letter decides most names; strcasecmp as gumbo_get_attribute.
    const char first = static_cast<char>(name[0] | 0x20);
    if (first == 'c') {
      if (*class_value == nullptr && strcasecmp(name, "class") == 0) *class_value = a->value;
    } else if (first == 'i') {
      if (*id_value == nullptr && strcasecmp(name, "id") == 0) *id_value = a->value;
    }
  }
}

// Lower-case words of class= and id=, split at spaces, '-' and '_'.
std::string NameTokens(const GumboNode* n) {
  std::string out;
  ForEachNameToken(n, [&](std::string_view t) {
    if (!out.empty()) out.push_back(' ');
    out.append(t);
    return true;
  });
  return out;
}

bool TokensContain(std::string_view tokens, std::initializer_list<std::string_view> parts) {
  for (std::string_view p : parts) {
    if (tokens.find(p) != std::string_view::npos) return true;
  }
  return false;
}

bool TokensInclude(std::string_view tokens, std::initializer_list<std::string_view> words) {
  while (!tokens.empty()) {
    const std::size_t space = tokens.find(' ');
    const std::string_view word = tokens.substr(0, space);
    for (std::string_view w : words) {
      if (word == w) return true;
    }
    if (space == std::string_view::npos) break;
    tokens.remove_prefix(space + 1);
  }
  return false;
}

bool IsHashRoute(std::string_view fragment) {
  return fragment.size() > 1 && (fragment[0] == '/' || (fragment[0] == '!' && fragment[1] == '/'));
}

bool IsRealHref(const char* href) {
  if (href == nullptr) return false;
  std::string_view h = base::TrimAscii(href);
  // "#top" goes nowhere; "#/goods/1" is a single-page app's route.
  if (h.empty() || (h.front() == '#' && !IsHashRoute(h.substr(1)))) return false;
  return !base::StartsWithIgnoreAsciiCase(h, "javascript:") && !base::StartsWithIgnoreAsciiCase(h, "mailto:") &&
         !base::StartsWithIgnoreAsciiCase(h, "tel:");
}

namespace {

// Short lower-case ASCII parts looked for inside class/id words, filed by
// first letter: a word is compared only where a part's first letter stands
// (most letters start none), instead of one find per part.
// Immutable after construction; build one per list (static) and share it.
class PartSet {
 public:
  template <std::size_t N>
  explicit PartSet(const std::string_view (&parts)[N]) {
    for (std::string_view p : parts) by_letter_[static_cast<unsigned char>(p[0])].push_back(p);
  }

  // Whether `text` (one word, or NameTokens' words joined by spaces, which
  // no part holds) contains a part: what a find per part says.
  bool FoundIn(std::string_view text) const {
    for (std::size_t i = 0; i < text.size(); ++i) {
      for (std::string_view p : by_letter_[static_cast<unsigned char>(text[i])]) {
        if (text.compare(i, p.size(), p) == 0) return true;
      }
    }
    return false;
  }

 private:
  std::array<std::vector<std::string_view>, 256> by_letter_;
};

// Whether a class/id word of `n` contains one of `parts`: TokensContain(NameTokens(n), parts)
// without building the string.
bool NameContains(const GumboNode* n, const PartSet& parts) {
  bool found = false;
  ForEachNameToken(n, [&](std::string_view word) {
    found = parts.FoundIn(word);
    return !found;
  });
  return found;
}

// NameContains with a short list of parts, a find each (for one to three
// parts cheaper than a PartSet).
template <typename Parts>
bool NameContains(const GumboNode* n, const Parts& parts) {
  bool found = false;
  ForEachNameToken(n, [&](std::string_view word) {
    for (std::string_view p : parts) {
      if (word.find(p) != std::string_view::npos) found = true;
    }
    return !found;
  });
  return found;
}

// One-line text kept per record for the field patterns.
constexpr std::size_t kRecordTextCap = 4096;

// The index of the first space byte at or after `i` (t.size() when none).
// Skips eight bytes at a time while none is below 0x21 (every ASCII space
// is): item text is long runs of CJK words with few spaces.
std::size_t EndOfWord(std::string_view t, std::size_t i) {
  const std::size_t n = t.size();
  while (i + 8 <= n) {
    std::uint64_t w;
    std::memcpy(&w, t.data() + i, 8);
    if (((w - 0x2121212121212121ull) & ~w & 0x8080808080808080ull) != 0) break;
    i += 8;
  }
  while (i < n && !IsSpaceByte(t[i])) ++i;
  return i;
}

// Appends `t` with each run of ASCII space as one ' ', and none at the start
// of *out or after its ' ': runs of words are copied whole.
void AppendSqueezed(std::string_view t, std::string* out) {
  std::size_t i = 0;
  while (i < t.size()) {
    if (IsSpaceByte(t[i])) {
      while (i < t.size() && IsSpaceByte(t[i])) ++i;
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
      continue;
    }
    const std::size_t j = EndOfWord(t, i);
    out->append(t.data() + i, j - i);
    i = j;
  }
}

// Bytes from a UTF-8 lead byte to the next character (1 for ASCII and stray
// continuation bytes): scans that look for whole characters step by these.
constexpr std::array<unsigned char, 256> kUtf8Step = [] {
  std::array<unsigned char, 256> step{};
  for (int c = 0; c < 256; ++c) step[static_cast<std::size_t>(c)] = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return step;
}();

// Short strings looked for in one pass over a text, one UTF-8 character at
// a time: a byte table for the one-byte ones, a table of first byte pairs
// for the others, so that CJK needles, whose lead byte (0xE5, 0xE6) starts
// every third character of Chinese text, are compared only where their first
// two bytes stand. Needles are whole UTF-8 characters.
// Immutable after construction; build one per set (static) and share it.
class NeedleSet {
 public:
  template <std::size_t N>
  explicit NeedleSet(const std::string_view (&needles)[N]) : needles_(needles, needles + N) {
    for (std::string_view n : needles_) {
      if (n.size() == 1) {
        first_[static_cast<unsigned char>(n[0])] |= kSingle;
      } else {
        first_[static_cast<unsigned char>(n[0])] |= kLead;
        pairs_[Pair(n[0], n[1])] = true;
      }
    }
  }

  bool FoundIn(std::string_view text) const { return FirstIn(text) != std::string_view::npos; }

  // The offset of the first needle in `text`, npos when there is none.
  std::size_t FirstIn(std::string_view text) const {
    const std::size_t size = text.size();
    for (std::size_t i = 0; i < size;) {
      const auto c = static_cast<unsigned char>(text[i]);
      const unsigned char what = first_[c];
      if (what == 0) {
        // To the next character: a needle starts on none of its continuation bytes.
        i += kUtf8Step[c];
        continue;
      }
      if ((what & kSingle) != 0) return i;
      if (i + 1 < size && pairs_[Pair(text[i], text[i + 1])]) {
        for (std::string_view n : needles_) {
          if (n.size() > 1 && text.substr(i, n.size()) == n) return i;
        }
      }
      i += kUtf8Step[c];
    }
    return std::string_view::npos;
  }

 private:
  static std::size_t Pair(char a, char b) {
    return static_cast<std::size_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
  }

  static constexpr unsigned char kSingle = 1;  // a one-byte needle
  static constexpr unsigned char kLead = 2;    // the first byte of a longer one

  std::vector<std::string_view> needles_;
  std::array<unsigned char, 256> first_{};
  std::vector<bool> pairs_ = std::vector<bool>(65536, false);
};


// The LIFO stack of a subtree walk: in place while it holds at most
// kInline nodes (a record's walks mostly do), on the heap beyond, so that the
// many small walks of field inference allocate nothing.
class NodeStack {
 public:
  explicit NodeStack(const GumboNode* first) { push_back(first); }
  NodeStack(const NodeStack&) = delete;
  NodeStack& operator=(const NodeStack&) = delete;

  bool empty() const { return size_ == 0; }
  void push_back(const GumboNode* n) {
    if (size_ < kInline) {
      inline_[size_] = n;
    } else {
      heap_.push_back(n);
    }
    ++size_;
  }
  // Removes and returns the top node (not empty()).
  const GumboNode* Pop() {
    --size_;
    if (size_ < kInline) return inline_[size_];
    const GumboNode* n = heap_.back();
    heap_.pop_back();
    return n;
  }

 private:
  static constexpr std::size_t kInline = 64;
  std::array<const GumboNode*, kInline> inline_;
  std::vector<const GumboNode*> heap_;  // the nodes above the first kInline
  std::size_t size_ = 0;
};

void AppendText(const GumboNode* root, std::string* out, std::size_t cap) {
  NodeStack stack(root);
  while (!stack.empty() && out->size() < cap) {
    const GumboNode* n = stack.Pop();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      std::string_view t = base::TrimAscii(n->v.text.text);
      if (t.empty()) continue;
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
      AppendSqueezed(t, out);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || IsSkipped(n)) continue;
    if (n->v.element.tag == GUMBO_TAG_BR && !out->empty() && out->back() != ' ') out->push_back(' ');
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
}

std::string InnerText(const GumboNode* n) {
  std::string s;
  AppendText(n, &s, kRecordTextCap);
  return s;
}

// A promotion tacked onto a title inside its link (JD's <i
// class="promo-words">新品上市</i>): a class word holding "promo".
bool PromoElement(const GumboNode* n) {
  bool promo = false;
  ForEachNameToken(n, [&](std::string_view word) {
    promo = word.find("promo") != std::string_view::npos;
    return !promo;
  });
  return promo;
}

// Text split by highlight tags (<em>, <b>) is joined without the space
// AppendText puts between text nodes: the title as the reader sees it,
// without the promotions inside it.
std::string LinkText(const GumboNode* a) {
  std::string s;
  NodeStack stack(a);
  while (!stack.empty() && s.size() < kRecordTextCap) {
    const GumboNode* n = stack.Pop();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      AppendSqueezed(n->v.text.text, &s);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || IsSkipped(n) || (n != a && PromoElement(n))) continue;
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
  return std::string(base::TrimAscii(s));
}

// Whether `root` holds visible text outside its descendant `inner`.
bool HasTextOutside(const GumboNode* root, const GumboNode* inner) {
  NodeStack stack(root);
  while (!stack.empty()) {
    const GumboNode* n = stack.Pop();
    if (n == inner) continue;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      for (const char* p = n->v.text.text; *p != '\0'; ++p) {
        if (!IsSpaceByte(*p)) return true;
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || IsSkipped(n)) continue;
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
  return false;
}

// What a visitor of ForEachElement wants next.
enum class Walk { kDescend, kSkipChildren, kStop };

// Visits the elements of the subtrees `roots` in document order, leaving out
// skipped subtrees (script, style...). `visit(element, root)` steers the walk.
template <typename Visit>
void ForEachElement(std::span<const GumboNode* const> roots, Visit visit) {
  for (const GumboNode* root : roots) {
    NodeStack stack(root);
    while (!stack.empty()) {
      const GumboNode* n = stack.Pop();
      if (n->type != GUMBO_NODE_ELEMENT || IsSkipped(n)) continue;
      Walk next = visit(n, root);
      if (next == Walk::kStop) return;
      if (next == Walk::kSkipChildren) continue;
      const GumboVector& ch = n->v.element.children;
      for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
    }
  }
}

// Links beside a seller's name that are not it.
bool ContactTool(std::string_view text) {
  static const std::string_view kTools[] = {"旺旺", "和我联系", "联系卖家", "联系客服", "客服", "进店", "进店逛逛",
                                            "进入店铺", "咨询", "在线咨询", "关注", "私信", "发消息"};
  for (std::string_view t : kTools) {
    if (text == t) return true;
  }
  return false;
}

// Seller-named elements that hold something else of the seller.
bool SellerAside(std::string_view tokens) {
  // Short words only as whole words: "loc" is no "lock", "tag" no "stage".
  static constexpr std::string_view kParts[] = {"location", "avatar", "level", "credit", "icon", "time",
                                                "date",     "badge",  "grade", "medal",  "address"};
  static const base::NoDestructor<PartSet> kSet(kParts);
  return kSet->FoundIn(tokens) ||
         TokensInclude(tokens, {"loc", "city", "area", "addr", "tag", "tags", "face", "pic", "img", "lv"});
}

struct Link {
  const GumboNode* node = nullptr;
  std::string href;   // as written, or the wrapper's real target
  std::string text;
  std::string title;  // title= attribute
  bool seller = false;
  bool seller_named = false;
  bool aside = false;  // an avatar, badge or level link: neither title nor seller  // by its (or its parent's) class/id, not only by its href
  bool titled = false;  // in a heading or a *title* element
  bool heading_inside = false;  // its words are all a heading's or a *title* element's inside it
  bool quoted = false;  // in a <blockquote> or *quote* element (another post's words)
};

// The first of mu=, data-url=, ... (in this order) that holds an absolute
// URL. One pass over the attributes: for each name its first attribute (as
// Attr finds it), the earliest name in the list wins.
const char* RealTarget(const GumboNode* n) {
  static constexpr const char* kNames[] = {"mu",         "data-url",  "data-mdurl",      "data-href",
                                           "data-landurl", "data-link", "data-target-url", "data-real-url"};
  constexpr int kNone = static_cast<int>(std::size(kNames));
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return nullptr;
  const GumboVector& attrs = n->v.element.attributes;
  const char* best = nullptr;
  int best_rank = kNone;
  unsigned seen = 0;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    const char first = static_cast<char>(a->name[0] | 0x20);
    if (first != 'm' && first != 'd') continue;
    for (int r = 0; r < kNone; ++r) {
      if (strcasecmp(a->name, kNames[r]) != 0) continue;
      const unsigned bit = 1u << r;
      if ((seen & bit) == 0) {
        seen |= bit;
        const char* v = a->value;
        if (r < best_rank && (base::StartsWithIgnoreAsciiCase(v, "http://") ||
                              base::StartsWithIgnoreAsciiCase(v, "https://") ||
                              base::StartsWithIgnoreAsciiCase(v, "//"))) {
          best = v;
          best_rank = r;
        }
      }
      break;
    }
  }
  return best;
}

// A link to a shop or a user: by its path ("/shop/12", "space-uid-3.html",
// "/dianpu/7", "?un=name", "?mall_id=9"), or by a host whose first label
// names a shop ("shop123.x.test").
bool SellerHref(std::string_view href) {
  static const base::NoDestructor<RE2> kSellerPath(
      R"((?i)(shop|store|seller|dianpu|/u/|/user|/home|space-uid|member|profile|/people|/author|/company/|/corp/|[?&](uid|un|mid|userid|user_id|mall_?id)=))");
  static const base::NoDestructor<RE2> kSellerHost(R"((?i)^(shop|store|mall|seller)[a-z0-9]*\.)");
  std::string_view path = href;
  std::size_t scheme = path.find("//");
  if (scheme != std::string_view::npos && path.substr(0, scheme).find('/') == std::string_view::npos &&
      path.substr(0, scheme).find('?') == std::string_view::npos) {
    std::string_view host = path.substr(scheme + 2);
    std::size_t slash = host.find_first_of("/?#");
    path = slash == std::string_view::npos ? std::string_view() : host.substr(slash);
    host = host.substr(0, slash);
    if (RE2::PartialMatch(host, *kSellerHost)) return true;
  }
  // An item page naming its seller in the query (item.htm?id=1&user_id=2)
  // is the item's link, not the seller's.
  static const base::NoDestructor<RE2> kItemPath(
      R"((?i)(item|detail|goods|offer|product|listing|/p/|/i/|/t/|thread|viewthread))");
  std::string_view path_only = path.substr(0, path.find('?'));
  if (RE2::PartialMatch(path_only, *kItemPath) && !RE2::PartialMatch(path_only, *kSellerPath)) return false;
  return RE2::PartialMatch(path, *kSellerPath);
}

constexpr std::string_view kSellerParts[] = {"shop",     "store",  "seller", "author", "user",    "nick",
                                             "poster",   "uname",  "owner",  "merchant", "vendor", "dianpu",
                                             "zuozhe",   "company", "corp",  "supplier"};

const PartSet& SellerParts() {
  static const base::NoDestructor<PartSet> kSet(kSellerParts);
  return *kSet;
}

bool SellerName(std::string_view tokens) { return SellerParts().FoundIn(tokens); }

bool IsHeading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
         t == GUMBO_TAG_H6;
}

// Whether `pred` holds for `from` or an ancestor of it inside the record
// (the record element itself counts when `with_record`).
template <typename Pred>
bool UpToRecord(const GumboNode* from, const std::vector<const GumboNode*>& record_nodes, bool with_record,
                Pred pred) {
  for (const GumboNode* p = from; p != nullptr && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
    const bool is_record = std::find(record_nodes.begin(), record_nodes.end(), p) != record_nodes.end();
    if (is_record && !with_record) break;
    if (pred(p)) return true;
    if (is_record) break;
  }
  return false;
}

// In a heading or a *title* element.
bool InTitleContext(const GumboNode* a, const std::vector<const GumboNode*>& record_nodes) {
  return UpToRecord(a, record_nodes, /*with_record=*/true, [](const GumboNode* p) {
    static constexpr std::string_view kTitleParts[] = {"title", "subject", "tit"};
    return IsHeading(p->v.element.tag) || NameContains(p, kTitleParts);
  });
}

// In a <blockquote> or *quote* element below the record.
bool InQuote(const GumboNode* a, const std::vector<const GumboNode*>& record_nodes) {
  return UpToRecord(a->parent, record_nodes, /*with_record=*/false, [](const GumboNode* p) {
    static constexpr std::string_view kQuote[] = {"quote"};
    return p->v.element.tag == GUMBO_TAG_BLOCKQUOTE || NameContains(p, kQuote);
  });
}

bool HasPrice(std::string_view text);

// A search engine's click-through link ("/link?url=...", "/url?q=..."):
// a '?' after /link, /url, /jump, /redirect or /ck/a, or a url=, u=, q= or
// target= parameter (ASCII case-insensitive). One pass over the href, no
// regex: it runs on most links of a record.
bool IsRedirectWrapper(std::string_view href) {
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); };
  for (std::size_t i = href.find('?'); i < href.size(); ++i) {
    const char c = href[i];
    if (c != '?' && c != '&') continue;
    // The last letter of a wrapper's path, the first of its parameter,
    // decide most hrefs before any compare.
    const char last = i > 0 ? lower(href[i - 1]) : '\0';
    if (c == '?' && (last == 'k' || last == 'l' || last == 'p' || last == 't' || last == 'a')) {
      const std::string_view before = href.substr(0, i);
      for (std::string_view path : {"/link", "/url", "/jump", "/redirect", "/ck/a"}) {
        if (before.size() >= path.size() &&
            base::EqualsIgnoreAsciiCase(before.substr(before.size() - path.size()), path)) {
          return true;
        }
      }
    }
    const char next = i + 1 < href.size() ? lower(href[i + 1]) : '\0';
    if (next != 'u' && next != 'q' && next != 't') continue;
    const std::string_view rest = href.substr(i + 1);
    for (std::string_view name : {"url=", "u=", "q=", "target="}) {
      if (rest.size() >= name.size() && base::EqualsIgnoreAsciiCase(rest.substr(0, name.size()), name)) return true;
    }
  }
  return false;
}

std::vector<Link> RecordLinksOf(const std::vector<const GumboNode*>& nodes) {
  std::vector<Link> links;
  const char* wrapper_target = nullptr;
  for (const GumboNode* n : nodes) {
    if (wrapper_target == nullptr) wrapper_target = RealTarget(n);
  }
  ForEachElement(nodes, [&](const GumboNode* n, const GumboNode*) {
    const char* href = n->v.element.tag == GUMBO_TAG_A ? Attr(n, "href") : nullptr;
    if (IsRealHref(href)) {
      Link l;
      l.node = n;
      const char* real = RealTarget(n);
      l.href = real != nullptr ? real : href;
      // A whole card as one link (title, price, seller inside): its title
      // element, when the link holds more text than that; else all its text.
      const char* title = Attr(n, "title");
      bool titled_inside = false;
      bool all_heading = false;  // the link's words are a heading's, or a *title* element's, all of them
      ForEachElement(std::span(&n, 1), [&](const GumboNode* m, const GumboNode* link) {
        if (m == link) return Walk::kDescend;
        const GumboTag t = m->v.element.tag;
        const bool heading = t != GUMBO_TAG_H5 && t != GUMBO_TAG_H6 && IsHeading(t);
        static constexpr std::string_view kTitleParts[] = {"title", "subject"};
        if (!heading && !(NameContains(m, kTitleParts) && !SellerName(NameTokens(m)))) return Walk::kDescend;
        std::string inner = LinkText(m);
        if (inner.empty()) return Walk::kDescend;
        if (!HasTextOutside(link, m)) {
          all_heading = true;
          return Walk::kDescend;
        }
        l.text = std::move(inner);
        titled_inside = true;
        // Its title=, or that of an element inside it (<div class=title><span title=...>).
        const char* inner_title = nullptr;
        if (title == nullptr) {
          ForEachElement(std::span(&m, 1), [&](const GumboNode* x, const GumboNode*) {
            inner_title = Attr(x, "title");
            return inner_title == nullptr ? Walk::kDescend : Walk::kStop;
          });
        }
        if (inner_title != nullptr) l.title = std::string(base::TrimAscii(inner_title));
        return Walk::kStop;
      });
      if (!titled_inside) l.text = LinkText(n);
      if (l.text.size() > 24 && HasPrice(l.text)) {
        // A whole card as one link whose title element has no telling name
        // (hashed classes): the first text of some length that is no price.
        ForEachElement(std::span(&n, 1), [&](const GumboNode* m, const GumboNode* link) {
          if (m == link) return Walk::kDescend;
          std::string inner = LinkText(m);
          if (inner.size() < 12 || inner.size() >= l.text.size()) return Walk::kDescend;
          if (HasPrice(inner)) return Walk::kSkipChildren;
          l.text = std::move(inner);
          return Walk::kStop;
        });
      }
      if (l.text.empty()) {
        // An image link: its alt is its text.
        ForEachElement(std::span(&n, 1), [&](const GumboNode* m, const GumboNode*) {
          const char* alt = m->v.element.tag == GUMBO_TAG_IMG ? Attr(m, "alt") : nullptr;
          if (alt != nullptr) l.text = std::string(base::TrimAscii(alt));
          return l.text.empty() ? Walk::kDescend : Walk::kStop;
        });
      }
      if (title != nullptr) l.title = std::string(base::TrimAscii(title));
      std::string tokens = NameTokens(n);
      if (n->parent != nullptr && n->parent->type == GUMBO_NODE_ELEMENT) {
        tokens.push_back(' ');
        tokens += NameTokens(n->parent);
      }
      // A user's badge or level link is not the user.
      l.aside = SellerAside(tokens);
      l.seller_named = !l.aside && SellerName(tokens);
      l.seller = l.seller_named || (SellerHref(l.href) && !l.aside);
      // <a><h3>title</h3></a> as much as <h3><a>title</a></h3>.
      l.heading_inside = all_heading && !titled_inside;
      l.titled = l.heading_inside || InTitleContext(n, nodes);
      l.quoted = InQuote(n, nodes);
      links.push_back(std::move(l));
      return Walk::kSkipChildren;  // links do not nest
    }
    return Walk::kDescend;
  });
  // A SERP result's container, or an element inside it, names the real
  // target of its title link when that link is a redirect wrapper; in a
  // result without a heading or *title* element, of its wrapper links.
  const bool any_titled = std::any_of(links.begin(), links.end(), [](const Link& l) { return l.titled && !l.seller; });
  auto takes_target = [&](const Link& l) { return !l.seller && (any_titled ? l.titled : IsRedirectWrapper(l.href)); };
  if (wrapper_target == nullptr && std::any_of(links.begin(), links.end(), [&](const Link& l) {
        return takes_target(l) && (!any_titled || IsRedirectWrapper(l.href));
      })) {
    ForEachElement(nodes, [&](const GumboNode* n, const GumboNode*) {
      if (n->v.element.tag == GUMBO_TAG_A) return Walk::kSkipChildren;
      wrapper_target = RealTarget(n);
      return wrapper_target == nullptr ? Walk::kDescend : Walk::kStop;
    });
  }
  if (wrapper_target != nullptr) {
    for (Link& l : links) {
      if (takes_target(l) && RealTarget(l.node) == nullptr) l.href = wrapper_target;
    }
  }
  return links;
}

bool EndsWithEllipsis(std::string_view s) {
  return s.ends_with("...") || s.ends_with("\xE2\x80\xA6") || s.ends_with("\xE2\x80\xA6\xE2\x80\xA6");
}

std::string TitleOf(const Link& l) {
  // title= is the full title only where the text is cut in the markup
  // itself; elsewhere it is often promotion ("新品上市 包邮").
  if (l.title.empty()) return l.text;
  if (l.text.empty()) return l.title;
  if (EndsWithEllipsis(l.text)) {
    std::string_view shown = l.text;
    while (!shown.empty() && (shown.back() == '.' || shown.back() == ' ')) shown.remove_suffix(1);
    while (shown.ends_with("\xE2\x80\xA6")) shown.remove_suffix(3);
    if (l.title.size() > shown.size()) return l.title;
  }
  return l.text;
}

int FloorIn(std::string_view text, bool named);
std::string FindTime(std::string_view text);

// Links every post carries ("只看该作者", "回复", "举报", a floor label): not
// what the record is about.
bool ToolLink(const Link& l) {
  static const std::string_view kTools[] = {"只看该作者", "只看楼主", "回复", "举报", "引用", "分享", "收藏", "点赞",
                                            "使用道具", "电梯直达", "评分", "支持", "反对", "删除", "编辑", "复制链接",
                                            "赞", "踩", "回复此楼", "查看全部"};
  for (std::string_view t : kTools) {
    if (l.text == t) return true;
  }
  if (FloorIn(l.text, true) >= 0 && l.text.size() <= 12) return true;
  // A post's permalink shows its time ("编辑于 2023-03-18 10:02", "3天前").
  return l.text.size() <= 40 && !FindTime(l.text).empty();
}

int LinkWeight(const Link& l) {
  // An icon link's title= ("有新回复 - 新窗口打开") weighs little.
  int w = static_cast<int>(l.text.empty() ? std::min<std::size_t>(l.title.size(), 12) : l.text.size());
  if (l.titled) w += 200;
  // Of two titled links, the one whose words are a heading's is the title,
  // not a snippet link in a *title*-named row.
  if (l.heading_inside) w += 100;
  return w;
}

// The first match of `re`, whose group 1 is the whole pattern (PriceRe,
// TimeRe), trimmed; "" when none. Asks RE2 for the match bounds only, which
// it finds without the submatch engines: the same span as group 1.
std::string FindWhole(const RE2& re, std::string_view text) {
  re2::StringPiece m;
  if (re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, &m, 1)) {
    return std::string(base::TrimAscii(std::string_view(m.data(), m.size())));
  }
  return "";
}

std::string FindFirst(const RE2& re, std::string_view text) {
  std::string m;
  if (RE2::PartialMatch(text, re, &m)) return std::string(base::TrimAscii(m));
  return "";
}

// The patterns below run only on text holding a string each match needs:
// most records hold no time and no seller marker, and RE2's unanchored
// search reads the whole text to say so.
const RE2& PriceRe() {
  static const base::NoDestructor<RE2> re(
      R"(((?:[¥￥]|RMB|CNY)\s*\d[\d,]*(?:\.\d+)?(?:\s*[-~～]\s*\d[\d,]*(?:\.\d+)?)?(?:\s*起)?|\d[\d,]*(?:\.\d+)?\s*元(?:起)?))");
  return *re;
}

// A byte of the amount before 元: digits, ',', '.' and RE2's \s.
bool IsPriceAmountByte(char c) {
  return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
         c == '\f';
}

// Where PriceRe's leftmost match can start at the earliest, npos when the
// text holds none of the strings every match needs. A match starts at its
// ¥/￥/RMB/CNY, or at the amount before its 元, which is digits, ',', '.'
// and RE2's \s (no needle among them): so no match starts before the run of
// those that ends at the first needle. PriceRe has no anchor, so the search
// from there finds the same match as from the start of the text.
std::size_t PriceSearchStart(std::string_view text) {
  static constexpr std::string_view kNeeds[] = {"\xC2\xA5" /* ¥ */, "\xEF\xBF\xA5" /* ￥ */, "RMB", "CNY",
                                                "\xE5\x85\x83" /* 元 */};
  static const base::NoDestructor<NeedleSet> kSet(kNeeds);
  std::size_t start = kSet->FirstIn(text);
  if (start == std::string_view::npos) return start;
  while (start > 0 && IsPriceAmountByte(text[start - 1])) --start;
  return start;
}

bool HasPrice(std::string_view text) {
  const std::size_t start = PriceSearchStart(text);
  return start != std::string_view::npos && RE2::PartialMatch(text.substr(start), PriceRe());
}


const RE2& TimeRe() {
  static const base::NoDestructor<RE2> re(
      R"((\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|\d+\s*(?:秒|分钟|小时|天|周|个月)前|(?:昨天|前天|今天)\s*\d{1,2}:\d{2}|刚刚))");
  return *re;
}

// Each form of TimeRe holds '-', '/', '.', ':' or 年 right after a digit
// (2024-03-18, 03-18 10:02, 2024年), 前 right after 秒/钟/时/天/周/月
// (3天前), or 刚刚: a text without any is no time ("年费", "3.5万" are none).
bool MayHoldTime(std::string_view text) {
  auto digit_before = [&](std::size_t i) { return i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9'; };
  for (std::size_t i = 0; i < text.size(); i += kUtf8Step[static_cast<unsigned char>(text[i])]) {
    const char c = text[i];
    if (c == '-' || c == '/' || c == '.' || c == ':') {
      if (digit_before(i)) return true;
      continue;
    }
    if (c != '\xE5') continue;  // 年, 前 and 刚 start with 0xE5
    const std::string_view ch = text.substr(i, 3);
    if (ch == "年" && digit_before(i)) return true;
    if (text.substr(i, 6) == "刚刚") return true;
    if (ch == "前") {
      for (std::string_view unit : {"秒", "钟", "时", "天", "周", "月"}) {
        if (i >= unit.size() && text.substr(i - unit.size(), unit.size()) == unit) return true;
      }
    }
  }
  return false;
}

std::string FindTime(std::string_view text) { return MayHoldTime(text) ? FindFirst(TimeRe(), text) : ""; }

const RE2& SellerMarkerRe() {
  static const base::NoDestructor<RE2> re(
      R"((?:店铺|卖家|掌柜|商家|作者|发布者|发帖人|楼主)\s*[:：]\s*([^\s|｜/,，]{1,40}))");
  return *re;
}

// Each floor label FloorIn reads holds one of these.
bool MayHoldFloor(std::string_view text) {
  static constexpr std::string_view kHints[] = {"#", "楼", "层", "F", "沙发", "板凳", "地板"};
  static const base::NoDestructor<NeedleSet> kSet(kHints);
  return kSet->FoundIn(text);
}

// Floor of a post in a short label: "5楼", "#5", "第5楼", 楼主 1, 沙发 2, 板凳 3,
// 地板 4; "#0" where a forum counts its opening post from 0 (NGA). -1: none.
int FloorInHinted(std::string_view text, bool named);

int FloorIn(std::string_view text, bool named) { return MayHoldFloor(text) ? FloorInHinted(text, named) : -1; }

// FloorIn on a text known to hold a floor hint (MayHoldFloor).
int FloorInHinted(std::string_view text, bool named) {
  static const base::NoDestructor<RE2> kNumbered(R"((?:第\s*)?(\d{1,6})\s*(?:楼|层|F\b)|#\s*(\d{1,6}))");
  std::string a, b;
  if (RE2::PartialMatch(text, *kNumbered, &a, &b)) return std::atoi((a.empty() ? b : a).c_str());
  if (!named) return -1;
  // Discuz's "5#" (<em>5</em><sup>#</sup>), only as a whole label.
  static const base::NoDestructor<RE2> kHashAfter(R"(^\s*(\d{1,6})\s*#\s*$)");
  if (RE2::FullMatch(text, *kHashAfter, &a)) return std::atoi(a.c_str());
  static const std::pair<std::string_view, int> kNamed[] = {{"楼主", 1}, {"沙发", 2}, {"板凳", 3}, {"地板", 4}};
  for (const auto& [word, n] : kNamed) {
    if (text.find(word) != std::string_view::npos) return n;
  }
  return -1;
}

// The floor as the record shows it: a short label ("5楼", "沙发", or the
// digits of an element named *floor*), else a numbered floor in its text;
// -1 when it shows none. The label may sit anywhere in the record, on an
// inner row as much as on the record's root.
int RecordFloor(const std::vector<const GumboNode*>& nodes, std::string_view text, bool may_hold_floor) {
  // <div class="post" data-floor="3">
  for (const char* attr : {"data-floor", "data-floor-num", "data-louceng"}) {
    const char* v = Attr(nodes.front(), attr);
    if (v != nullptr && *v >= '0' && *v <= '9') return std::atoi(v);
  }
  // Most records of a list show no floor: skip the element walk.
  if (!may_hold_floor) return -1;
  constexpr std::size_t kLabelBytes = 30;
  int floor = -1;
  ForEachElement(nodes, [&](const GumboNode* n, const GumboNode*) {
    std::string t;
    AppendText(n, &t, kLabelBytes + 1);
    if (t.empty() || t.size() > kLabelBytes) return Walk::kDescend;
    floor = FloorIn(t, true);
    if (floor < 0 && TokensContain(NameTokens(n), {"floor", "louceng", "postnum"})) {
      std::string digits;
      for (char c : t) {
        if (c >= '0' && c <= '9') digits.push_back(c);
      }
      if (!digits.empty() && digits.size() <= 6) floor = std::atoi(digits.c_str());
    }
    // A short element holds no longer label inside.
    return floor >= 0 ? Walk::kStop : Walk::kSkipChildren;
  });
  if (floor >= 0) return floor;
  return FloorInHinted(text, false);
}

// What the field patterns need of a record's text, found in one pass a
// UTF-8 character at a time instead of one pass each: where PriceRe may
// first match (PriceSearchStart), and whether the text holds what TimeRe
// (MayHoldTime), a floor label (MayHoldFloor) and a seller marker (a colon)
// need. Each answer is the one its own function gives.
struct TextHints {
  std::size_t price_start = std::string_view::npos;
  bool time = false;
  std::size_t time_at = std::string_view::npos;  // where the first thing TimeRe needs stands
  bool floor = false;
  bool colon = false;
};

TextHints HintsOf(std::string_view text) {
  TextHints h;
  std::size_t price = std::string_view::npos;
  const std::size_t size = text.size();
  auto digit_before = [&](std::size_t i) { return i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9'; };
  auto at = [&](std::size_t i, std::string_view s) { return text.substr(i, s.size()) == s; };
  auto set_time = [&](std::size_t i) {
    h.time = true;
    h.time_at = i;
  };
  for (std::size_t i = 0; i < size; i += kUtf8Step[static_cast<unsigned char>(text[i])]) {
    if (price != std::string_view::npos && h.time && h.floor && h.colon) break;
    const char c = text[i];
    switch (c) {
      case '#':
      case 'F':
        h.floor = true;
        break;
      case ':':
        h.colon = true;
        if (!h.time && digit_before(i)) set_time(i);
        break;
      case '-':
      case '/':
      case '.':
        if (!h.time && digit_before(i)) set_time(i);
        break;
      case 'R':
        if (price == std::string_view::npos && at(i, "RMB")) price = i;
        break;
      case 'C':
        if (price == std::string_view::npos && at(i, "CNY")) price = i;
        break;
      case '\xC2':
        if (price == std::string_view::npos && at(i, "\xC2\xA5" /* ¥ */)) price = i;
        break;
      case '\xEF':
        if (price == std::string_view::npos && at(i, "\xEF\xBF\xA5" /* ￥ */)) price = i;
        if (at(i, "\xEF\xBC\x9A" /* ： */)) h.colon = true;
        break;
      case '\xE5':
        if (price == std::string_view::npos && at(i, "元")) price = i;
        if (at(i, "层") || at(i, "地板")) h.floor = true;
        if (!h.time) {
          if (at(i, "年")) {
            if (digit_before(i)) set_time(i);
          } else if (at(i, "刚刚")) {
            set_time(i);
          } else if (at(i, "前")) {
            for (std::string_view unit : {"秒", "钟", "时", "天", "周", "月"}) {
              if (!h.time && i >= unit.size() && text.substr(i - unit.size(), unit.size()) == unit) set_time(i);
            }
          }
        }
        break;
      case '\xE6':
        if (at(i, "楼") || at(i, "沙发") || at(i, "板凳")) h.floor = true;
        break;
      default:
        break;
    }
  }
  if (price != std::string_view::npos) {
    while (price > 0 && IsPriceAmountByte(text[price - 1])) --price;
  }
  h.price_start = price;
  return h;
}

// Where TimeRe's leftmost match can start at the earliest, given `hint`,
// the first offset HintsOf found a thing it needs at (its '-', '/', '.',
// ':' or 年 after a digit, 前 after a unit, 刚刚). Every match holds such a
// thing, so the leftmost one either starts after `hint` or holds it; then
// all between its start and `hint` are characters a match is made of
// (digits, RE2's \s, -/.: and the CJK of dates and units), so no match
// starts before the run of those that ends at `hint`. TimeRe has no
// anchor: the search from there finds the same match as from the start.
std::size_t TimeSearchStart(std::string_view text, std::size_t hint) {
  static constexpr std::string_view kMatchChars[] = {"年", "月", "日", "秒", "分", "钟", "小", "时",
                                                     "天", "周", "个", "前", "昨", "今", "刚"};
  std::size_t s = hint;
  while (s > 0) {
    const char c = text[s - 1];
    if (static_cast<unsigned char>(c) < 0x80) {
      if ((c >= '0' && c <= '9') || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '-' ||
          c == '/' || c == '.' || c == ':') {
        --s;
        continue;
      }
      break;
    }
    std::size_t k = s - 1;
    while (k > 0 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    const std::string_view ch = text.substr(k, s - k);
    if (std::find(std::begin(kMatchChars), std::end(kMatchChars), ch) == std::end(kMatchChars)) break;
    s = k;
  }
  return s;
}

// Where SellerMarkerRe's leftmost match can start at the earliest: at the
// first of its marker words (each match starts with one); npos without any.
std::size_t SellerMarkerSearchStart(std::string_view text) {
  static constexpr std::string_view kMarkers[] = {"店铺", "卖家", "掌柜", "商家", "作者", "发布者", "发帖人", "楼主"};
  static const base::NoDestructor<NeedleSet> kSet(kMarkers);
  return kSet->FirstIn(text);
}

// Whether `n` shows where a search result comes from: a <cite>, or a
// class/id word naming the source or the shown URL.
bool SourceElement(const GumboNode* n) {
  if (n->v.element.tag == GUMBO_TAG_CITE) return true;
  static constexpr std::string_view kWords[] = {"source", "cite", "citeurl", "showurl", "sitelink", "sitename", "site"};
  bool found = false;
  ForEachNameToken(n, [&](std::string_view word) {
    found = std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
    return !found;
  });
  return found;
}

// A name of some words, not a domain or URL ("www.zhihu.com", "baike.x.test/item"),
// a date or time, or a separator.
bool IsSiteName(std::string_view t, std::string_view title) {
  constexpr std::size_t kMaxBytes = 60;
  if (t.size() < 2 || t.size() > kMaxBytes || t == title || t.ends_with("快照")) return false;  // a snapshot link
  bool ascii_only = true;
  bool has_dot_or_slash = false;
  bool has_letter = false;
  for (char c : t) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      ascii_only = false;
      has_letter = true;
    } else if (c == '.' || c == '/') {
      has_dot_or_slash = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      has_letter = true;
    }
  }
  if (!has_letter || (ascii_only && has_dot_or_slash)) return false;
  return FindTime(t).empty() && !t.starts_with("http");
}

// The first text of the record's first source element that is a site's
// name (see SourceElement, IsSiteName); "" when there is none.
std::string SourceName(const std::vector<const GumboNode*>& nodes, std::string_view title) {
  std::string name;
  ForEachElement(nodes, [&](const GumboNode* n, const GumboNode* root) {
    if (n == root || !SourceElement(n)) return Walk::kDescend;
    NodeStack stack(n);
    while (!stack.empty() && name.empty()) {
      const GumboNode* m = stack.Pop();
      if (m->type == GUMBO_NODE_TEXT || m->type == GUMBO_NODE_CDATA) {
        std::string t;
        AppendSqueezed(base::TrimAscii(m->v.text.text), &t);
        // "知乎 - 2026年8月2日" in one text: the part before the separator.
        for (std::string_view sep : {" - ", " · ", " | ", " _ "}) {
          const std::size_t at = t.find(sep);
          if (at != std::string::npos) t.resize(at);
        }
        if (IsSiteName(t, title)) name = std::move(t);
        continue;
      }
      if (m->type != GUMBO_NODE_ELEMENT || IsSkipped(m)) continue;
      const GumboVector& ch = m->v.element.children;
      for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
    }
    // The first source element decides: a later one is another result's or a tool.
    return Walk::kStop;
  });
  return name;
}

// A seller link that holds the whole user card (avatar, nick, a line of
// city and credit): the text of the element inside it named as the name
// ("item-user-info-nick", "shop-name"); "" when there is none.
std::string NameInsideSellerLink(const GumboNode* link) {
  std::string name;
  ForEachElement(std::span(&link, 1), [&](const GumboNode* n, const GumboNode* root) {
    if (n == root) return Walk::kDescend;
    const std::string tokens = NameTokens(n);
    if (!SellerName(tokens) || SellerAside(tokens) || !TokensContain(tokens, {"name", "nick"})) return Walk::kDescend;
    name = InnerText(n);
    return name.empty() ? Walk::kDescend : Walk::kStop;
  });
  return name;
}

std::string ElementId(const GumboNode* n) {
  for (int level = 0; level < 3 && n != nullptr; ++level) {
    const char* id = Attr(n, "id");
    if (id != nullptr && *id != '\0') return id;
    // A wrapper with one element child: the post element is inside.
    const GumboNode* only = nullptr;
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(ch.data[i]);
      if (c->type != GUMBO_NODE_ELEMENT) continue;
      if (only != nullptr) return "";
      only = c;
    }
    n = only;
  }
  return "";
}

}  // namespace

InferredFields InferRecordFields(const std::vector<const GumboNode*>& nodes) {
  InferredFields out;
  RecordFields& f = out.fields;
  std::string text;
  text.reserve(1024);
  for (const GumboNode* n : nodes) AppendText(n, &text, kRecordTextCap);
  const TextHints hints = HintsOf(text);
  std::vector<Link> links = RecordLinksOf(nodes);
  const Link* main = nullptr;
  const Link* seller = nullptr;
  for (const Link& l : links) {
    if (l.seller) {
      // The seller's name, not "旺旺" or "进店逛逛" beside it, nor a user a
      // post quotes: the first link named as the seller's, else the first one.
      if (!l.text.empty() && !ContactTool(l.text) && !l.quoted &&
          (seller == nullptr || (l.seller_named && !seller->seller_named))) {
        seller = &l;
      }
      continue;
    }
    if ((l.text.empty() && l.title.empty()) || ToolLink(l) || l.quoted || l.aside) continue;
    if (main == nullptr || LinkWeight(l) > LinkWeight(*main)) main = &l;
  }
  if (main == nullptr) {
    // Only the author's links and post tools: a post, not a listing.
    out.title_is_author = seller != nullptr;
  }
  if (main != nullptr && !out.title_is_author) {
    out.title_in_heading = main->titled;
    f.title = TitleOf(*main);
    f.url = main->href;
  }
  if (seller != nullptr) {
    f.seller = NameInsideSellerLink(seller->node);
    if (f.seller.empty()) f.seller = seller->text;
    f.seller_url = seller->href;
    out.has_author = true;
  } else {
    if (hints.colon) {
      const std::size_t start = SellerMarkerSearchStart(text);
      if (start != std::string_view::npos) f.seller = FindFirst(SellerMarkerRe(), text.substr(start));
    }
    // A seller named by class but without a link (<span class="shop-name">).
    if (f.seller.empty()) {
      // The first such element whose name says it holds the name
      // ("seller-text", "shop-name"), else the first one that is not its
      // location, avatar or badge.
      std::string first;
      ForEachElement(nodes, [&](const GumboNode* n, const GumboNode* root) {
        if (n == root || !NameContains(n, SellerParts())) return Walk::kDescend;
        const std::string tokens = NameTokens(n);
        if (SellerAside(tokens)) return Walk::kDescend;
        std::string t = InnerText(n);
        if (t.empty() || t.size() > 60) return Walk::kDescend;
        if (TokensContain(tokens, {"name", "nick", "text", "title"})) {
          f.seller = t;
          return Walk::kStop;
        }
        if (first.empty()) first = t;
        return Walk::kDescend;
      });
      if (f.seller.empty()) f.seller = first;
    }
    // A search result's source: the site's name where the result shows
    // where it comes from (<cite>, class *source*/*showurl*), before its
    // domain, date or snapshot link.
    if (f.seller.empty() && main != nullptr) {
      f.seller = SourceName(nodes, main->text);
      f.seller_is_source = !f.seller.empty();
    }
    // A directory row's company, shown as plain text in its own cell
    // ("杭州金桥企业管理咨询有限公司").
    if (f.seller.empty()) {
      static const base::NoDestructor<RE2> kCompany(
          R"(^[\p{Han}A-Za-z0-9（）()·]{2,40}?(?:有限公司|有限责任公司|公司|厂|商行|工作室|事务所|经营部|门市部|服务部)$)");
      ForEachElement(nodes, [&](const GumboNode* n, const GumboNode* root) {
        if (n == root) return Walk::kDescend;
        if (n->v.element.tag == GUMBO_TAG_A) return Walk::kSkipChildren;
        std::string t = InnerText(n);
        if (t.size() > 120) return Walk::kDescend;
        if (main != nullptr && t == main->text) return Walk::kSkipChildren;
        if (RE2::FullMatch(t, *kCompany)) {
          f.seller = std::move(t);
          return Walk::kStop;
        }
        return Walk::kSkipChildren;
      });
    }
    out.has_author = !f.seller.empty() && !f.seller_is_source;
  }
  if (hints.price_start != std::string_view::npos) f.price = FindWhole(PriceRe(), text.substr(hints.price_start));
  if (hints.time) f.posted_at = FindWhole(TimeRe(), text.substr(TimeSearchStart(text, hints.time_at)));
  const int floor = RecordFloor(nodes, text, hints.floor);
  out.floor_shown = floor >= 0;
  f.floor = std::max(floor, 0);
  f.element_id = ElementId(nodes.front());
  return out;
}

}  // namespace lantian::extractors::internal
