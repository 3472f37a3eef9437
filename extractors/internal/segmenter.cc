#include "extractors/internal/segmenter.h"

#include <re2/re2.h>
#include <strings.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/no_destructor.h"
#include "base/strings.h"
#include "extractors/internal/html_document.h"
#include "extractors/internal/microdata.h"
#include "extractors/internal/record_fields.h"

namespace lantian::extractors::internal {
namespace {

// Siblings at least this similar (0..1) belong to one run.
constexpr double kSimilar = 0.6;
// Tags of a subtree compared for similarity: pre-order, this deep and this many.
constexpr int kShapeDepth = 3;
constexpr std::size_t kShapeLen = 32;

// Per element, what the region search needs.
struct Info {
  const GumboNode* node = nullptr;
  const char* class_value = nullptr;  // its class= (Attr(node, "class")), read once
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool named_chrome = false;  // its own tag or class/id names chrome
  bool chrome = false;        // this element or an ancestor is page chrome
  bool itemscope = false;     // a microdata item
  bool scope = false;         // ... with an itemtype a record can be (internal/microdata)
  int depth = 0;
  int text_len = 0;     // bytes of non-space visible text in the subtree
  int chunks = 0;       // non-blank text nodes in the subtree
  int links = 0;        // <a href> that go somewhere, in the subtree
  int images = 0;
  std::span<const int> children;  // element children, in document order (into BuildInfos' *child_ids)
};

// Class/id words that name an ad (IsChrome's among them).
constexpr std::string_view kAdWords[] = {"ad",    "ads",     "advert",   "adverts", "advertisement",
                                         "adbox", "sponsor", "sponsored"};

// Whether a word of `id_value` names an ad (id="mv_e_ad_1").
bool IdNamesAnAd(const char* id_value) {
  bool ad = false;
  ForEachNameToken(nullptr, id_value, [&](std::string_view word) {
    ad = std::find(std::begin(kAdWords), std::end(kAdWords), word) != std::end(kAdWords);
    return !ad;
  });
  return ad;
}

// Navigation, footers, breadcrumbs, search-word clouds, pagination, ads and
// related-item strips: text there belongs to no record.
bool IsChrome(const GumboNode* n, const char* class_value, const char* id_value) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
      return true;
    default:
      break;
  }
  // The words by first letter (all are lower-case ASCII): a class word is
  // compared with the few of its letter, not hashed (hashed class names are
  // most of the words here and match none).
  static constexpr std::string_view kWords[] = {
      "nav", "navbar", "navigation", "topnav", "sitenav", "subnav", "menu", "menus", "menubar", "topbar", "toolbar",
      "footer", "foot", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "bread", "pager", "pagination", "pagenav",
      "pagebar", "paging", "pages", "copyright", "sidebar", "aside", "related", "recommend", "recommends", "guess",
      "tagcloud", "keywords", "friendlink", "friendlinks", "share", "login", "hotword", "hotwords", "hotsearch", "hotkey",
      "hotkeys", "hotquery", "hotlist", "hottags"};
  static const base::NoDestructor<std::array<std::vector<std::string_view>, 26>> kByLetter([] {
    std::array<std::vector<std::string_view>, 26> by;
    for (std::string_view w : kWords) by[static_cast<std::size_t>(w[0] - 'a')].push_back(w);
    for (std::string_view w : kAdWords) by[static_cast<std::size_t>(w[0] - 'a')].push_back(w);
    return by;
  }());
  auto is_word = [](std::string_view t) {
    if (t[0] < 'a' || t[0] > 'z') return false;
    for (std::string_view w : (*kByLetter)[static_cast<std::size_t>(t[0] - 'a')]) {
      if (w == t) return true;
    }
    return false;
  };
  bool chrome = false;
  bool prev_hot = false;
  ForEachNameToken(class_value, id_value, [&](std::string_view t) {
    // "hot-search", "hot_words": the two words of a search-word cloud.
    chrome = is_word(t) ||
             (prev_hot && (t == "search" || t == "words" || t == "word" || t == "keys" || t == "query" || t == "tags"));
    prev_hot = t == "hot";
    return !chrome;
  });
  return chrome;
}

int NonSpaceBytes(const char* text) {
  // Eight bytes at a time while none is below 0x21 (neither a space nor the
  // terminating NUL): most text nodes are long runs of words.
  const std::size_t len = std::strlen(text);
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < len) {
    if (i + 8 <= len) {
      std::uint64_t w;
      std::memcpy(&w, text + i, 8);
      if (((w - 0x2121212121212121ull) & ~w & 0x8080808080808080ull) == 0) {
        n += 8;
        i += 8;
        continue;
      }
    }
    if (!IsSpaceByte(text[i])) ++n;
    ++i;
  }
  return static_cast<int>(n);
}

// The attributes BuildInfos reads of an element, null when absent.
struct ElementAttrs {
  const char* class_value = nullptr;
  const char* id_value = nullptr;
  const char* itemscope = nullptr;
  const char* itemtype = nullptr;
  const char* href = nullptr;
};

// One pass over the attributes of element `n`: for each name what Attr
// gives (the first attribute of that name, ASCII case-insensitive), instead
// of one lookup per name.
ElementAttrs ReadAttrs(const GumboNode* n) {
  ElementAttrs out;
  const GumboVector& attrs = n->v.element.attributes;
  auto take = [](const GumboAttribute* a, const char* name, const char** slot) {
    if (*slot == nullptr && strcasecmp(a->name, name) == 0) *slot = a->value;
  };
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    switch (a->name[0] | 0x20) {
      case 'c':
        take(a, "class", &out.class_value);
        break;
      case 'i':
        take(a, "id", &out.id_value);
        take(a, "itemscope", &out.itemscope);
        take(a, "itemtype", &out.itemtype);
        break;
      case 'h':
        take(a, "href", &out.href);
        break;
      default:
        break;
    }
  }
  return out;
}

void UnmarkChromeNamedRecords(std::vector<Info>* infos, int page_text);

// All elements under `root` in pre-order, with their subtree sums.
// *child_ids holds every Info::children and must outlive the Infos.
std::vector<Info> BuildInfos(const GumboNode* root, std::vector<int>* child_ids) {
  std::vector<Info> infos;
  struct Frame {
    const GumboNode* node;
    int parent;
    int depth;
  };
  std::vector<Frame> stack{{root, -1, 0}};
  std::vector<int> text_owner;  // per text node: the element it sits in (for sums)
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    const GumboNode* n = f.node;
    int self = -1;
    if (n->type == GUMBO_NODE_ELEMENT) {
      self = static_cast<int>(infos.size());
      Info info;
      info.node = n;
      info.parent = f.parent;
      info.tag = n->v.element.tag;
      info.depth = f.depth;
      const ElementAttrs attrs = ReadAttrs(n);
      info.class_value = attrs.class_value;
      info.named_chrome = IsChrome(n, attrs.class_value, attrs.id_value);
      info.itemscope = attrs.itemscope != nullptr;
      if (info.itemscope) info.scope = attrs.itemtype != nullptr && IsMicrodataItemType(attrs.itemtype);
      if (info.tag == GUMBO_TAG_A && IsRealHref(attrs.href)) info.links = 1;
      if (info.tag == GUMBO_TAG_IMG) info.images = 1;
      infos.push_back(std::move(info));
    }
    const GumboVector* ch = nullptr;
    if (n->type == GUMBO_NODE_ELEMENT) ch = &n->v.element.children;
    if (n->type == GUMBO_NODE_DOCUMENT) ch = &n->v.document.children;
    if (ch == nullptr) continue;
    int owner = self >= 0 ? self : f.parent;
    // Children pushed in reverse so they pop in document order.
    for (unsigned i = ch->length; i-- > 0;) {
      const auto* c = static_cast<const GumboNode*>(ch->data[i]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
        if (owner >= 0) {
          int bytes = NonSpaceBytes(c->v.text.text);
          if (bytes > 0) {
            infos[static_cast<std::size_t>(owner)].text_len += bytes;
            infos[static_cast<std::size_t>(owner)].chunks += 1;
          }
        }
        continue;
      }
      if (c->type != GUMBO_NODE_ELEMENT || IsSkipped(c)) continue;
      stack.push_back({c, owner, f.depth + 1});
    }
  }
  // Children lists, one array for all: elements were numbered in document
  // order, so each parent's children land in order.
  std::vector<int> offset(infos.size() + 1, 0);
  for (const Info& c : infos) {
    if (c.parent >= 0) ++offset[static_cast<std::size_t>(c.parent) + 1];
  }
  for (std::size_t i = 1; i < offset.size(); ++i) offset[i] += offset[i - 1];
  child_ids->assign(static_cast<std::size_t>(offset.back()), 0);
  std::vector<int> fill(offset.begin(), offset.end() - 1);
  for (std::size_t i = 0; i < infos.size(); ++i) {
    const int p = infos[i].parent;
    if (p >= 0) (*child_ids)[static_cast<std::size_t>(fill[static_cast<std::size_t>(p)]++)] = static_cast<int>(i);
  }
  for (std::size_t i = 0; i < infos.size(); ++i) {
    infos[i].children = std::span<const int>(child_ids->data() + offset[i],
                                             static_cast<std::size_t>(offset[i + 1] - offset[i]));
  }
  // Pre-order: every child comes after its parent, so a reverse pass sums.
  for (std::size_t i = infos.size(); i-- > 1;) {
    const Info& c = infos[i];
    if (c.parent < 0) continue;
    Info& p = infos[static_cast<std::size_t>(c.parent)];
    p.text_len += c.text_len;
    p.chunks += c.chunks;
    p.links += c.links;
    p.images += c.images;
  }
  const int page_text = infos.empty() ? 0 : infos[0].text_len;
  UnmarkChromeNamedRecords(&infos, page_text);
  // Chrome is small: an element holding most of the page's text is not
  // chrome whatever its class says (<body class="pages-search-result">).
  // Pre-order, so a parent is decided before its children.
  for (Info& i : infos) {
    const bool parent_chrome = i.parent >= 0 && infos[static_cast<std::size_t>(i.parent)].chrome;
    i.chrome = parent_chrome || (i.named_chrome && (i.text_len * 5 < page_text * 2 || i.text_len < 200));
  }
  return infos;
}

// Pre-order tags of a subtree, kShapeDepth deep, at most kShapeLen of them.
struct Shape {
  std::array<std::uint16_t, kShapeLen> tags;
  std::size_t len = 0;
  std::size_t size() const { return len; }
  bool empty() const { return len == 0; }
  std::uint16_t operator[](std::size_t i) const { return tags[i]; }
};

// `stack` is scratch space, reused between calls.
void ShapeOf(const std::vector<Info>& infos, int root, std::vector<std::pair<int, int>>* stack, Shape* shape) {
  shape->len = 0;
  stack->assign(1, {root, 0});
  while (!stack->empty() && shape->len < kShapeLen) {
    auto [i, d] = stack->back();
    stack->pop_back();
    const Info& info = infos[static_cast<std::size_t>(i)];
    shape->tags[shape->len++] = static_cast<std::uint16_t>(info.tag);
    if (d + 1 >= kShapeDepth) continue;
    for (std::size_t k = info.children.size(); k-- > 0;) stack->push_back({info.children[k], d + 1});
  }
}

double ShapeSimilarity(const Shape& a, const Shape& b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  // The distance is at least the difference in length: shapes that unlike
  // are below kSimilar, the only bound callers compare with, without the table.
  const double longest = static_cast<double>(std::max(a.size(), b.size()));
  const double bound = 1.0 - static_cast<double>(std::max(a.size(), b.size()) - std::min(a.size(), b.size())) / longest;
  if (bound < kSimilar) return bound;
  // Levenshtein distance, two rows (shapes are at most kShapeLen long).
  int prev_row[kShapeLen + 1];
  int cur_row[kShapeLen + 1];
  int* prev = prev_row;
  int* cur = cur_row;
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return 1.0 - static_cast<double>(prev[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

// Elements named as chrome that are records of a list, not chrome:
// siblings that share a class reading like chrome ("c-result
// c-clk-recommend") and hold most of the page's text (chrome is a block or
// two, a related-items strip a small share), and a record marked as
// sponsored or featured among its like ("item item-ad" among "item"s).
// Only elements named as chrome are visited (most pages have a few).
void UnmarkChromeNamedRecords(std::vector<Info>* infos, int page_text) {
  std::vector<std::pair<int, int>> stack;
  Shape own_shape;
  Shape shape;
  for (const Info& first : *infos) {
    if (!first.named_chrome || first.parent < 0 || first.class_value == nullptr || *first.class_value == '\0') {
      continue;
    }
    const std::span<const int> siblings = (*infos)[static_cast<std::size_t>(first.parent)].children;
    auto same_class = [&](const Info& c) {
      return c.named_chrome && c.class_value != nullptr && std::string_view(c.class_value) == first.class_value;
    };
    int same = 0;
    int text = 0;
    for (int c : siblings) {
      const Info& sibling = (*infos)[static_cast<std::size_t>(c)];
      if (!same_class(sibling)) continue;
      ++same;
      text += sibling.text_len;
    }
    if (same >= 3 && text * 5 >= page_text * 2) {
      for (int c : siblings) {
        Info& sibling = (*infos)[static_cast<std::size_t>(c)];
        if (same_class(sibling)) sibling.named_chrome = false;
      }
      continue;
    }
    // A record of a list marked as sponsored or featured ("item item-ad"
    // among "item"s): the class of two or more siblings, then more words.
    // An ad slot named so by its id (id="mv_e_ad_1") stays chrome.
    const char* unused_class;
    const char* id_value;
    ClassAndId(first.node, &unused_class, &id_value);
    if (IdNamesAnAd(id_value)) continue;
    // And it is shaped like them (a wrapper's ad banner among layout
    // wrappers "w" is not).
    const int self = static_cast<int>(&first - infos->data());
    ShapeOf(*infos, self, &stack, &own_shape);
    int variant_of = 0;
    const std::string_view own = first.class_value;
    for (int c : siblings) {
      const Info& sibling = (*infos)[static_cast<std::size_t>(c)];
      if (sibling.named_chrome || sibling.tag != first.tag || sibling.class_value == nullptr) continue;
      const std::string_view base = sibling.class_value;
      if (base.empty() || own.size() <= base.size() + 1 || !own.starts_with(base) || own[base.size()] != ' ') continue;
      ShapeOf(*infos, c, &stack, &shape);
      if (ShapeSimilarity(own_shape, shape) >= kSimilar) ++variant_of;
    }
    if (variant_of >= 2) (*infos)[static_cast<std::size_t>(self)].named_chrome = false;
  }
}

class Similarity {
 public:
  explicit Similarity(const std::vector<Info>& infos) : infos_(infos), shapes_(infos.size()), known_(infos.size()) {}

  double operator()(int a, int b) {
    const Info& x = infos_[static_cast<std::size_t>(a)];
    const Info& y = infos_[static_cast<std::size_t>(b)];
    if (x.tag != y.tag) return 0.0;
    const char* ca = x.class_value;
    const char* cb = y.class_value;
    // Records of one list mostly share their class: the cheap, common case.
    if (ca != nullptr && cb != nullptr && *ca != '\0' && std::string_view(ca) == cb) return 1.0;
    return ShapeSimilarity(ShapeOf(a), ShapeOf(b));
  }

 private:
  // Computed once per element, when first compared.
  const Shape& ShapeOf(int i) {
    const auto k = static_cast<std::size_t>(i);
    if (!known_[k]) {
      internal::ShapeOf(infos_, i, &stack_, &shapes_[k]);
      known_[k] = true;
    }
    return shapes_[k];
  }

  const std::vector<Info>& infos_;
  std::vector<Shape> shapes_;  // by element
  std::vector<bool> known_;
  std::vector<std::pair<int, int>> stack_;
};

// A data region: runs of similar siblings under one parent.
struct Region {
  int parent = -1;
  std::vector<std::vector<int>> records;  // element indices per record
  int text = 0;
  double score = 0;
  bool alive = true;
};

bool Rich(const Info& i) { return (i.text_len >= 24 && i.chunks >= 2) || i.text_len >= 60; }

int RecordText(const std::vector<Info>& infos, const std::vector<int>& rec) {
  int t = 0;
  for (int i : rec) t += infos[static_cast<std::size_t>(i)].text_len;
  return t;
}

int RecordLinks(const std::vector<Info>& infos, const std::vector<int>& rec) {
  int t = 0;
  for (int i : rec) t += infos[static_cast<std::size_t>(i)].links;
  return t;
}

bool RecordRich(const std::vector<Info>& infos, const std::vector<int>& rec) {
  Info sum;
  for (int i : rec) {
    sum.text_len += infos[static_cast<std::size_t>(i)].text_len;
    sum.chunks += infos[static_cast<std::size_t>(i)].chunks;
  }
  return Rich(sum);
}

// Keeps a run as a region when it looks like records of content.
void MaybeAddRegion(const std::vector<Info>& infos, int parent, std::vector<std::vector<int>> run,
                    const SegmentOptions& options, std::vector<Region>* out) {
  // Header rows, spacers: records without a link and without words.
  std::erase_if(run, [&](const std::vector<int>& r) {
    return RecordLinks(infos, r) == 0 && RecordText(infos, r) < 6;
  });
  if (static_cast<int>(run.size()) < options.min_records) return;
  int linked = 0;
  int rich = 0;
  int text = 0;
  for (const auto& r : run) {
    if (RecordLinks(infos, r) > 0) ++linked;
    if (RecordRich(infos, r)) ++rich;
    text += RecordText(infos, r);
  }
  double n = static_cast<double>(run.size());
  if (linked < 0.8 * n || rich < 0.6 * n) return;
  Region region;
  region.parent = parent;
  region.text = text;
  for (const auto& r : run) region.score += std::min(RecordText(infos, r), 600) + 20;
  region.records = std::move(run);
  out->push_back(std::move(region));
}

// FindRegions' work space, reused from one parent to the next (most
// parents hold no region: their vectors would be allocated for nothing).
struct RegionScratch {
  std::vector<int> kids;
  std::vector<bool> used;
  std::vector<std::size_t> members;
};

// Runs of one sibling (k = 1), then of sibling pairs (k = 2) among the rest.
void FindRegions(const std::vector<Info>& infos, int parent, Similarity* sim, const SegmentOptions& options,
                 RegionScratch* scratch, std::vector<Region>* out) {
  std::vector<int>& kids = scratch->kids;
  kids.clear();
  for (int c : infos[static_cast<std::size_t>(parent)].children) {
    const Info& ci = infos[static_cast<std::size_t>(c)];
    // Empty spacers (clearfix divs) do not break a run.
    if (ci.chrome || (ci.text_len == 0 && ci.links == 0 && ci.images == 0)) continue;
    kids.push_back(c);
  }
  if (static_cast<int>(kids.size()) < options.min_records) return;
  std::vector<bool>& used = scratch->used;
  used.assign(kids.size(), false);
  for (std::size_t i = 0; i < kids.size();) {
    // A run of similar siblings; one unlike sibling between two alike (an
    // ad or a notice inserted into the list) is skipped, not a record.
    std::vector<std::size_t>& members = scratch->members;
    members.assign(1, i);
    std::size_t j = i + 1;
    while (j < kids.size()) {
      const std::size_t last = members.back();
      if ((*sim)(kids[last], kids[j]) >= kSimilar) {
        members.push_back(j++);
      } else if (members.size() >= 2 && j + 1 < kids.size() && (*sim)(kids[last], kids[j + 1]) >= kSimilar) {
        members.push_back(j + 1);
        j += 2;
      } else {
        break;
      }
    }
    if (static_cast<int>(members.size()) >= options.min_records) {
      std::vector<std::vector<int>> run;
      for (std::size_t k : members) {
        run.push_back({kids[k]});
        used[k] = true;
      }
      MaybeAddRegion(infos, parent, std::move(run), options, out);
    }
    i = j;
  }
  for (std::size_t i = 0; i + 3 < kids.size();) {
    if (used[i] || used[i + 1] || (*sim)(kids[i], kids[i + 1]) >= kSimilar) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::vector<std::vector<int>> run;
    while (j + 1 < kids.size() && !used[j] && !used[j + 1] &&
           (run.empty() || ((*sim)(kids[j - 2], kids[j]) >= kSimilar && (*sim)(kids[j - 1], kids[j + 1]) >= kSimilar))) {
      run.push_back({kids[j], kids[j + 1]});
      j += 2;
    }
    if (static_cast<int>(run.size()) >= options.min_records) {
      for (std::size_t k = i; k < j; ++k) used[k] = true;
      MaybeAddRegion(infos, parent, std::move(run), options, out);
      i = j;
    } else {
      ++i;
    }
  }
}

// Between a region and regions inside its records, keeps one side: the inner
// ones when they carry most of the outer records' text, several to a record
// (a grid of rows of listings); else the outer (a tag list inside each listing).
void ResolveNesting(const std::vector<Info>& infos, std::vector<Region>* regions) {
  std::unordered_map<int, std::pair<int, int>> record_of;  // element → (region, record)
  for (std::size_t r = 0; r < regions->size(); ++r) {
    for (std::size_t k = 0; k < (*regions)[r].records.size(); ++k) {
      for (int e : (*regions)[r].records[k]) record_of[e] = {static_cast<int>(r), static_cast<int>(k)};
    }
  }
  // For each region, the (outer region, record) its parent lies in, nearest first.
  auto enclosing = [&](const Region& inner) {
    std::vector<std::pair<int, int>> out;
    for (int p = inner.parent; p >= 0; p = infos[static_cast<std::size_t>(p)].parent) {
      auto it = record_of.find(p);
      if (it != record_of.end()) out.push_back(it->second);
    }
    return out;
  };
  std::vector<std::size_t> order(regions->size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return infos[static_cast<std::size_t>((*regions)[a].parent)].depth <
           infos[static_cast<std::size_t>((*regions)[b].parent)].depth;
  });
  std::vector<std::vector<std::pair<int, int>>> encl(regions->size());
  for (std::size_t i = 0; i < regions->size(); ++i) encl[i] = enclosing((*regions)[i]);
  for (std::size_t oi : order) {
    Region& outer = (*regions)[oi];
    if (!outer.alive) continue;
    std::vector<std::size_t> inners;
    std::vector<int> per_record(outer.records.size(), 0);
    int inner_text = 0;
    for (std::size_t ii = 0; ii < regions->size(); ++ii) {
      if (ii == oi || !(*regions)[ii].alive) continue;
      for (const auto& [r, k] : encl[ii]) {
        if (static_cast<std::size_t>(r) != oi) continue;
        inners.push_back(ii);
        per_record[static_cast<std::size_t>(k)] += static_cast<int>((*regions)[ii].records.size());
        inner_text += (*regions)[ii].text;
        break;
      }
    }
    if (inners.empty()) continue;
    int multi = 0;
    int holders = 0;
    int inner_records = 0;
    for (int c : per_record) {
      if (c >= 2) ++multi;
      if (c > 0) ++holders;
      inner_records += c;
    }
    const int outer_records = static_cast<int>(outer.records.size());
    // A few page sections (header, body, footer) around one long list: the
    // list, not the sections.
    const bool sections = holders * 2 <= outer_records && inner_records >= 2 * outer_records;
    bool inner_wins = sections || (inner_text >= 0.7 * outer.text && multi * 2 >= outer_records);
    if (inner_wins) {
      outer.alive = false;
    } else {
      for (std::size_t ii : inners) (*regions)[ii].alive = false;
    }
  }
}


// The repeated itemscopes of one itemtype nested in another scope (Zhihu's
// Answers in the Question, a forum's Comments in the DiscussionForumPosting,
// the Products of an ItemList): the page names its records itself, whether
// or not they are siblings. The outermost scopes of the type that holds the
// most, at least min_records of them and mostly with content of their own;
// an offers scope is a listing's price, not a record. Empty when none.
std::vector<std::vector<int>> MicrodataRecords(const std::vector<Info>& infos, const SegmentOptions& options,
                                               std::string* type_out) {
  // (itemtype, its scopes), in the order the types first appear.
  std::vector<std::pair<std::string_view, std::vector<int>>> by_type;
  for (std::size_t i = 0; i < infos.size(); ++i) {
    const Info& info = infos[i];
    if (!info.scope) continue;
    // Scopes enclosing this one: walk up (scopes are few, pages shallow).
    bool nested = false;
    bool same_type_above = false;
    const std::string_view type = Attr(info.node, "itemtype");
    for (int p = info.parent; p >= 0; p = infos[static_cast<std::size_t>(p)].parent) {
      const Info& up = infos[static_cast<std::size_t>(p)];
      if (!up.itemscope) continue;
      nested = true;
      if (up.scope && std::string_view(Attr(up.node, "itemtype")) == type) same_type_above = true;
    }
    const char* prop = Attr(info.node, "itemprop");
    const bool offer = prop != nullptr && std::string_view(prop).find("offer") != std::string_view::npos;
    if (!nested || same_type_above || info.chrome || offer) continue;
    auto it = std::find_if(by_type.begin(), by_type.end(), [&](const auto& t) { return t.first == type; });
    if (it == by_type.end()) it = by_type.insert(by_type.end(), {type, {}});
    it->second.push_back(static_cast<int>(i));
  }
  std::vector<std::vector<int>> best;
  for (auto& [type, scopes] : by_type) {
    if (static_cast<int>(scopes.size()) < options.min_records || scopes.size() <= best.size()) continue;
    std::vector<std::vector<int>> recs;
    int rich = 0;
    for (int s : scopes) {
      recs.push_back({s});
      if (Rich(infos[static_cast<std::size_t>(s)])) ++rich;
    }
    if (rich < 0.6 * static_cast<double>(scopes.size())) continue;
    best = std::move(recs);
    *type_out = std::string(type);
  }
  return best;
}

// Whether a text node under `root`, outside the subtrees in `skip`, holds one of `words`.
bool SubtreeTextHolds(const GumboNode* root, std::initializer_list<std::string_view> words,
                      const std::unordered_set<const GumboNode*>* skip = nullptr) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      const std::string_view t = n->v.text.text;
      for (std::string_view w : words) {
        if (t.find(w) != std::string_view::npos) return true;
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || IsSkipped(n) || (skip != nullptr && skip->count(n) != 0)) continue;
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
  return false;
}

// The records of the page's data regions (MDR), into *records; or, when the
// page holds no list, its kind (detail or other).
std::optional<PageKind> DomRecords(const std::vector<Info>& infos, const SegmentOptions& options,
                                   std::vector<std::vector<int>>* records) {
  Similarity sim(infos);
  std::vector<Region> regions;
  RegionScratch scratch;
  for (std::size_t i = 0; i < infos.size(); ++i) {
    if (infos[i].chrome || static_cast<int>(infos[i].children.size()) < options.min_records) continue;
    FindRegions(infos, static_cast<int>(i), &sim, options, &scratch, &regions);
  }
  ResolveNesting(infos, &regions);
  double best = 0;
  for (const Region& r : regions) {
    if (r.alive) best = std::max(best, r.score);
  }
  int region_text = 0;
  // Parents of the strong regions: a small run beside them under the same
  // parent is the same list split by a separator row (stickies, then the rest).
  std::unordered_set<int> strong_parents;
  for (const Region& r : regions) {
    if (r.alive && r.score >= 0.35 * best) strong_parents.insert(r.parent);
  }
  for (const Region& r : regions) {
    if (!r.alive || (r.score < 0.35 * best && strong_parents.count(r.parent) == 0)) continue;
    region_text += r.text;
    for (const auto& rec : r.records) records->push_back(rec);
  }
  int page_text = 0;
  bool has_heading = false;
  for (const Info& i : infos) {
    if (i.tag == GUMBO_TAG_H1 && !i.chrome) has_heading = true;
  }
  // Text outside chrome: the root's sum minus the top chrome subtrees'.
  page_text = infos[0].text_len;
  for (const Info& i : infos) {
    if (i.chrome && (i.parent < 0 || !infos[static_cast<std::size_t>(i.parent)].chrome)) page_text -= i.text_len;
  }
  if (records->empty()) {
    return has_heading && page_text > 0 ? PageKind::kDetail : PageKind::kOther;
  }
  // A few small records beside a body of text: a detail page's strip.
  if (records->size() < 8 && region_text < 0.3 * page_text) {
    return PageKind::kDetail;
  }
  // A few records beside the page's own buy button (加入购物车, 立即购买
  // outside them): a listing's detail page and its 看了又看 strip, however
  // little text the listing shows itself.
  if (records->size() < 8) {
    std::unordered_set<const GumboNode*> in_records;
    for (const auto& rec : *records) {
      for (int e : rec) in_records.insert(infos[static_cast<std::size_t>(e)].node);
    }
    if (SubtreeTextHolds(infos[0].node, {"加入购物车", "立即购买"}, &in_records)) return PageKind::kDetail;
  }
  return std::nullopt;
}

// Whether the records' element ids number their position on the page
// ("post1strow0", "post1strow1", ... one apart, on every record, at least
// three of them): a row's place, which names
// another post once a reply is deleted or the thread is paged, not the post.
// A permalink's id holds the post's own number (post_4872695).
bool PositionalIds(const std::vector<Record>& records) {
  std::string_view prefix;
  long prev = -1;
  int numbered = 0;
  for (const Record& r : records) {
    std::string_view id = r.fields.element_id;
    if (id.empty()) return false;
    std::size_t digits = id.size();
    while (digits > 0 && id[digits - 1] >= '0' && id[digits - 1] <= '9') --digits;
    if (digits == id.size() || id.size() - digits > 9) return false;
    const long number = std::strtol(std::string(id.substr(digits)).c_str(), nullptr, 10);
    if (numbered > 0 && (id.substr(0, digits) != prefix || number != prev + 1)) return false;
    prefix = id.substr(0, digits);
    prev = number;
    ++numbered;
  }
  return numbered >= 3;
}

// Whether `pred(info)` holds for an element of the subtree at `root`.
template <typename Pred>
bool AnyInSubtree(const std::vector<Info>& infos, int root, Pred pred) {
  std::vector<int> stack{root};
  while (!stack.empty()) {
    const Info& info = infos[static_cast<std::size_t>(stack.back())];
    stack.pop_back();
    if (pred(info)) return true;
    stack.insert(stack.end(), info.children.begin(), info.children.end());
  }
  return false;
}

// The thread's opening post when the list holds only the replies (Weibo's
// status above its comments, a forum's topic above "全部回复"): the nearest
// element before the first post, a sibling of it or of one of its
// ancestors, that has an author link and words of its own, like a post.
// With `with_heading` (the first post shows floor 1, which forums that
// number replies from 1 show too), only one that holds the page's <h1>. -1
// when there is none.
int OpeningPostBefore(const std::vector<Info>& infos, int first_post, int min_post_text, bool with_heading) {
  constexpr int kLevels = 6;           // the status sits this many levels above its comments at most
  constexpr int kSiblingsPerLevel = 3;  // linked siblings tried per level: an app banner may stand between
  const char* post_class = infos[static_cast<std::size_t>(first_post)].class_value;
  auto authored = [](const GumboNode* n) {
    const InferredFields f = InferRecordFields({n});
    return f.has_author && !f.fields.seller_url.empty();
  };
  // A box of featured replies ("最赞回应") holds copies of the posts: an
  // element of the records' own class with an author link inside it.
  auto holds_posts = [&](int root) {
    return post_class != nullptr && *post_class != '\0' && AnyInSubtree(infos, root, [&](const Info& i) {
             return i.class_value != nullptr && std::string_view(i.class_value) == post_class && i.links > 0 &&
                    authored(i.node);
           });
  };
  auto holds_heading = [&](int root) {
    return AnyInSubtree(infos, root, [](const Info& i) { return i.tag == GUMBO_TAG_H1; });
  };
  int node = first_post;
  for (int level = 0; level < kLevels; ++level) {
    const int parent = infos[static_cast<std::size_t>(node)].parent;
    if (parent < 0 || infos[static_cast<std::size_t>(parent)].parent < 0) break;  // not above <body>
    const std::span<const int> siblings = infos[static_cast<std::size_t>(parent)].children;
    const auto at = std::find(siblings.begin(), siblings.end(), node);
    int tried = 0;
    for (auto it = at; it != siblings.begin() && tried < kSiblingsPerLevel;) {
      const int s = *--it;
      const Info& info = infos[static_cast<std::size_t>(s)];
      // Title rows without a link do not count.
      if (info.chrome || info.links == 0 || holds_posts(s)) continue;
      ++tried;
      if (info.tag == GUMBO_TAG_HEADER || !Rich(info) || info.text_len < min_post_text) continue;
      if (with_heading && !holds_heading(s)) continue;
      if (authored(info.node)) return s;
    }
    node = parent;
  }
  return -1;
}

// Whether a post-shaped record is an advertisement: a short element of it
// says so in full ("广告", "推广"), as a feed's inserted ads are labelled.
bool AdLabelled(const std::vector<Info>& infos, const std::vector<int>& record) {
  static constexpr std::string_view kLabels[] = {"广告", "推广", "赞助", "AD", "Ad", "Sponsored"};
  std::vector<int> stack(record.rbegin(), record.rend());
  while (!stack.empty()) {
    const Info& info = infos[static_cast<std::size_t>(stack.back())];
    stack.pop_back();
    if (info.chunks == 1 && info.text_len <= 9) {
      const GumboVector& ch = info.node->v.element.children;
      for (unsigned i = 0; i < ch.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(ch.data[i]);
        if (c->type != GUMBO_NODE_TEXT) continue;
        const std::string_view t = base::TrimAscii(c->v.text.text);
        if (std::find(std::begin(kLabels), std::end(kLabels), t) != std::end(kLabels)) return true;
      }
    }
    for (std::size_t k = info.children.size(); k-- > 0;) stack.push_back(info.children[k]);
  }
  return false;
}

// The text of the page's <title>, "" when it has none.
std::string_view PageTitle(const GumboNode* document) {
  const GumboNode* n = document;
  for (GumboTag want : {GUMBO_TAG_HTML, GUMBO_TAG_HEAD, GUMBO_TAG_TITLE}) {
    const GumboVector& ch = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    const GumboNode* next = nullptr;
    for (unsigned i = 0; i < ch.length && next == nullptr; ++i) {
      const auto* c = static_cast<const GumboNode*>(ch.data[i]);
      if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == want) next = c;
    }
    if (next == nullptr) return "";
    n = next;
  }
  const GumboVector& ch = n->v.element.children;
  if (ch.length == 0) return "";
  const auto* text = static_cast<const GumboNode*>(ch.data[0]);
  return text->type == GUMBO_NODE_TEXT ? base::TrimAscii(text->v.text.text) : std::string_view();
}

// A detail page's own name for its listing: the longest one-text element
// outside the chrome whose whole text the <title> holds with words around
// it ("【漫步者Lolli Pro3】" before, "-京东", "-淘宝网" after), at least a third of
// the <title>; "" when none (the <title> itself serves then).
std::string DetailTitle(const GumboNode* document, const std::vector<Info>& infos) {
  const std::string_view title = PageTitle(document);
  constexpr std::size_t kMinBytes = 12;
  if (title.size() < kMinBytes) return "";
  const int title_bytes = NonSpaceBytes(std::string(title).c_str());
  std::string_view best;
  for (const Info& info : infos) {
    if (info.chrome || info.chunks != 1 || info.text_len * 3 < title_bytes || info.text_len >= title_bytes ||
        info.tag == GUMBO_TAG_TITLE) {
      continue;
    }
    const GumboVector& ch = info.node->v.element.children;
    for (unsigned k = 0; k < ch.length; ++k) {
      const auto* c = static_cast<const GumboNode*>(ch.data[k]);
      if (c->type != GUMBO_NODE_TEXT) continue;
      const std::string_view t = base::TrimAscii(c->v.text.text);
      if (t.size() > best.size() && t.size() >= kMinBytes && title.find(t) != std::string_view::npos) best = t;
    }
  }
  return std::string(best);
}

// On a shop's own page, whose listings name no seller, the shop named once
// above them: the part of the <title> before its first separator
// ("南山下知识产权服务 - 拼多多") as the whole text of an element before the
// first record, in a small block with the shop's counters or buttons
// (粉丝, 关注, 收藏, 进店, 店铺). "" when the page shows none.
std::string ShopNameAbove(const GumboNode* document, const std::vector<Info>& infos, int first_record) {
  std::string_view name = PageTitle(document);
  for (std::string_view sep : {" - ", "-", "_", "|", "｜", "—"}) name = name.substr(0, name.find(sep));
  name = base::TrimAscii(name);
  constexpr std::size_t kMaxNameBytes = 60;
  if (name.size() < 4 || name.size() > kMaxNameBytes) return "";
  const int name_bytes = NonSpaceBytes(std::string(name).c_str());
  constexpr int kBlockText = 300;  // bytes of text in the block around the name at most
  for (int i = 0; i < first_record; ++i) {
    const Info& info = infos[static_cast<std::size_t>(i)];
    if (info.chrome || info.chunks != 1 || info.text_len != name_bytes) continue;
    const GumboVector& ch = info.node->v.element.children;
    bool whole = false;
    for (unsigned k = 0; k < ch.length && !whole; ++k) {
      const auto* c = static_cast<const GumboNode*>(ch.data[k]);
      whole = c->type == GUMBO_NODE_TEXT && base::TrimAscii(c->v.text.text) == name;
    }
    if (!whole) continue;
    // The parent or grandparent block, while small, shows what a shop's header does.
    int up = info.parent;
    for (int level = 0; level < 2 && up >= 0; ++level, up = infos[static_cast<std::size_t>(up)].parent) {
      const Info& block = infos[static_cast<std::size_t>(up)];
      if (block.text_len > kBlockText) break;
      if (SubtreeTextHolds(block.node, {"粉丝", "关注", "收藏", "进店", "店铺"})) return std::string(name);
    }
  }
  return "";
}

// The seller or shop a detail page shows, found as a record's is
// (InferRecordFields) in the page outside its chrome: the largest subtrees
// of <body> that hold no navigation, footer or sidebar, in document order
// (a site's "卖家中心" link in its nav is no seller). A search result's
// source is none.
RecordFields DetailSeller(const std::vector<Info>& infos) {
  // infos are in document order, each after its parent: one pass from the
  // end marks the elements with chrome inside.
  std::vector<char> chrome_inside(infos.size(), 0);
  for (std::size_t i = infos.size(); i-- > 0;) {
    const int up = infos[i].parent;
    if (up >= 0 && (infos[i].chrome || chrome_inside[i])) chrome_inside[static_cast<std::size_t>(up)] = 1;
  }
  std::vector<const GumboNode*> clean;
  bool in_body = false;
  for (std::size_t i = 0; i < infos.size(); ++i) {
    const Info& info = infos[i];
    if (info.tag == GUMBO_TAG_BODY) {
      in_body = true;
      if (!info.chrome && !chrome_inside[i]) {
        clean.push_back(info.node);
        break;
      }
      continue;
    }
    if (!in_body || info.chrome || chrome_inside[i] || info.parent < 0) continue;
    const std::size_t up = static_cast<std::size_t>(info.parent);
    if (chrome_inside[up] && !infos[up].chrome) clean.push_back(info.node);
  }
  RecordFields out;
  if (clean.empty()) return out;
  InferredFields f = InferRecordFields(clean);
  if (f.fields.seller_is_source) return out;
  out.seller = std::move(f.fields.seller);
  out.seller_url = std::move(f.fields.seller_url);
  return out;
}

}  // namespace

std::string_view PageKindName(PageKind kind) {
  switch (kind) {
    case PageKind::kList:
      return "list";
    case PageKind::kThread:
      return "thread";
    case PageKind::kDetail:
      return "detail";
    case PageKind::kOther:
      break;
  }
  return "other";
}

Segmentation SegmentPage(const GumboNode* document, const SegmentOptions& options) {
  Segmentation seg;
  std::vector<int> child_ids;
  std::vector<Info> infos = BuildInfos(document, &child_ids);
  if (infos.empty()) return seg;

  std::string scope_type;
  std::vector<std::vector<int>> records = MicrodataRecords(infos, options, &scope_type);
  seg.microdata = !records.empty();
  if (!seg.microdata) {
    std::optional<PageKind> kind = DomRecords(infos, options, &records);
    if (kind) {
      seg.kind = *kind;
      if (seg.kind == PageKind::kDetail) {
        seg.detail = DetailSeller(infos);
        seg.detail.title = DetailTitle(document, infos);
      }
      return seg;
    }
  }
  std::sort(records.begin(), records.end());
  if (records.size() > options.max_records) records.resize(options.max_records);

  int floors = 0;
  int authored = 0;
  int author_only = 0;
  int long_text = 0;
  std::vector<InferredFields> inferred;
  inferred.reserve(records.size());
  for (const auto& rec : records) {
    std::vector<const GumboNode*> nodes;
    for (int e : rec) nodes.push_back(infos[static_cast<std::size_t>(e)].node);
    InferredFields inf = InferRecordFields(nodes);
    if (inf.floor_shown) ++floors;
    if (inf.has_author) ++authored;
    if (inf.title_is_author || inf.fields.url.empty()) ++author_only;
    if (RecordText(infos, rec) >= 80) ++long_text;
    Record r;
    r.nodes = std::move(nodes);
    seg.records.push_back(std::move(r));
    inferred.push_back(std::move(inf));
  }
  double n = static_cast<double>(records.size());
  // Answers, comments and postings a page declares as such are posts.
  const bool post_scopes = ContainsIgnoreAsciiCase(scope_type, "Answer") ||
                           ContainsIgnoreAsciiCase(scope_type, "Comment") ||
                           ContainsIgnoreAsciiCase(scope_type, "Posting");
  bool thread = post_scopes || floors >= 0.5 * n ||
                (authored >= 0.6 * n && author_only >= 0.6 * n && long_text >= 0.5 * n);
  seg.kind = thread ? PageKind::kThread : PageKind::kList;
  if (thread && !seg.microdata) {
    // Rows that are no post: ads inserted between the posts, labelled as
    // such, and a header row above the first ("25 条回复", tags), without an
    // author and with few words; neither shows a floor.
    for (std::size_t i = records.size(); i-- > 0;) {
      if (inferred[i].floor_shown) continue;
      const bool header_row = i == 0 && !inferred[i].has_author && RecordText(infos, records[i]) < 80;
      if (!header_row && !AdLabelled(infos, records[i])) continue;
      records.erase(records.begin() + static_cast<std::ptrdiff_t>(i));
      inferred.erase(inferred.begin() + static_cast<std::ptrdiff_t>(i));
      seg.records.erase(seg.records.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  if (thread && !seg.microdata && !records.empty() &&
      (!inferred[0].floor_shown || inferred[0].fields.floor >= 1)) {
    // The list may start at a reply: the opening post stands before it.
    int min_text = RecordText(infos, records[0]);
    for (const auto& rec : records) min_text = std::min(min_text, RecordText(infos, rec));
    const bool floor_one = inferred[0].floor_shown && inferred[0].fields.floor == 1;
    const int op = OpeningPostBefore(infos, records[0].front(), min_text, floor_one);
    if (op >= 0) {
      Record r;
      r.nodes = {infos[static_cast<std::size_t>(op)].node};
      inferred.insert(inferred.begin(), InferRecordFields(r.nodes));
      seg.records.insert(seg.records.begin(), std::move(r));
      records.insert(records.begin(), {op});
    }
  }
  for (std::size_t i = 0; i < seg.records.size(); ++i) {
    RecordFields& f = inferred[i].fields;
    if (thread) {
      // A post's words are its text: a title only when it shows one in a
      // heading (a subject line), not a permalink, client badge or tool.
      if (inferred[i].title_is_author || f.url.empty() || !inferred[i].title_in_heading) f.title.clear();
      f.url.clear();
      // Floors the markup does not show follow the previous post's.
      if (!inferred[i].floor_shown && i > 0 && inferred[i - 1].floor_shown) {
        f.floor = seg.records[i - 1].fields.floor + 1;
        inferred[i].floor_shown = true;
      }
    } else {
      f.floor = 0;
    }
    seg.records[i].fields = std::move(f);
  }
  if (!thread && !seg.records.empty() &&
      std::all_of(seg.records.begin(), seg.records.end(), [](const Record& r) { return r.fields.seller.empty(); })) {
    const std::string shop = ShopNameAbove(document, infos, records[0].front());
    if (!shop.empty()) {
      for (Record& r : seg.records) r.fields.seller = shop;
    }
  }
  if (thread && PositionalIds(seg.records)) {
    for (Record& r : seg.records) r.fields.element_id.clear();
  }
  if (thread && !seg.records.empty() && !inferred[0].floor_shown) {
    // No floor shown at the top: the first post is the thread's opening.
    int next = 1;
    for (std::size_t i = 0; i < seg.records.size(); ++i) {
      RecordFields& f = seg.records[i].fields;
      if (!inferred[i].floor_shown) f.floor = next;
      next = f.floor + 1;
    }
  }
  return seg;
}

}  // namespace lantian::extractors::internal
