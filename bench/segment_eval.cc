// Scores automatic item segmentation against a labelled set of pages.
//
//   build/bench/segment_eval DIR [--pages | --verbose | --dump]
//
// DIR/labels.jsonl holds one object per page:
//   {"page": "pages/x.html", "url": "https://...", "kind": "list|thread|detail|other",
//    "items": [{"url": "...", "title": "...", "seller": "..."|null, "price": ..., "floor": N|null}]}
// Each page is extracted with no profile (ExtractPage, generic fallback), and
// its items are matched to the labelled ones by item URL. Prints per-kind and
// total: item recall and precision, title and seller accuracy over matched
// items (seller only where the label has one), floor accuracy for posts, and
// page-kind accuracy. Exit status 0 unless the set cannot be read.
// --dump prints, instead of scores, every extracted field of every page and
// item as one JSON object per page (a CPU change must leave it byte-identical:
// compare runs before and after with cmp, or a blind set's by its sha256sum).

#include <nlohmann/json.hpp>

#include <cstdio>
#include <deque>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/strings.h"
#include "extractors/extractor.h"

namespace {

using Json = nlohmann::json;

struct Tally {
  int pages = 0, kind_right = 0;
  int labelled = 0, predicted = 0, matched = 0;
  int title_right = 0;
  int seller_labelled = 0, seller_right = 0;
  int floor_labelled = 0, floor_right = 0;

  void Add(const Tally& o) {
    pages += o.pages;
    kind_right += o.kind_right;
    labelled += o.labelled;
    predicted += o.predicted;
    matched += o.matched;
    title_right += o.title_right;
    seller_labelled += o.seller_labelled;
    seller_right += o.seller_right;
    floor_labelled += o.floor_labelled;
    floor_right += o.floor_right;
  }
};

// Titles compare without spaces, ellipses and case.
std::string Squash(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (lantian::base::IsAsciiSpace(s[i])) continue;
    if (s.compare(i, 3, "\xE2\x80\xA6") == 0) {
      i += 2;
      continue;
    }
    if (s.compare(i, 3, "\xE3\x80\x80") == 0) {  // ideographic space
      i += 2;
      continue;
    }
    if (s[i] == '.') continue;
    out.push_back(lantian::base::AsciiLower(s[i]));
  }
  return out;
}

// URLs compare percent-decoded: a label may keep raw Chinese that the
// extractor percent-encodes.
std::string Decoded(std::string_view s) {
  std::string out;
  auto hex = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

double Ratio(int a, int b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }

void Print(const std::string& name, const Tally& t) {
  std::printf("%-8s pages %3d  kind %.2f  items %4d/%4d  recall %.3f  precision %.3f  title %.3f  seller %.3f (%d)"
              "  floor %.3f (%d)\n",
              name.c_str(), t.pages, Ratio(t.kind_right, t.pages), t.matched, t.labelled, Ratio(t.matched, t.labelled),
              Ratio(t.matched, t.predicted), Ratio(t.title_right, t.matched), Ratio(t.seller_right, t.seller_labelled),
              t.seller_labelled, Ratio(t.floor_right, t.floor_labelled), t.floor_labelled);
}

// Every field ExtractPage fills, for --dump.
Json PageJson(const std::string& page_path, const lantian::extractors::Page& page) {
  auto contacts = [](const std::vector<lantian::extractors::Contact>& cs) {
    Json out = Json::array();
    for (const auto& c : cs) {
      out.push_back({{"kind", static_cast<int>(c.kind)}, {"key", c.key}, {"raw", c.raw}, {"start", c.start},
                     {"end", c.end}});
    }
    return out;
  };
  Json items = Json::array();
  for (const auto& item : page.items) {
    items.push_back({{"listing_id", item.listing_id}, {"url", item.url}, {"title", item.title},
                     {"price", item.price}, {"seller", item.seller}, {"seller_url", item.seller_url},
                     {"posted_at", item.posted_at}, {"floor", item.floor}, {"text", item.text},
                     {"contacts", contacts(item.contacts)}, {"item_index", item.item_index},
                     {"source", item.source}, {"kind", item.kind}});
  }
  return {{"page", page_path},
          {"title", page.title},
          {"text", page.text},
          {"outside_text", page.outside_text},
          {"canonical_url", page.canonical_url},
          {"base_url", page.base_url},
          {"links", page.links},
          {"follow_links", page.follow_links},
          {"next_page_url", page.next_page_url},
          {"image_urls", page.image_urls},
          {"items", items},
          {"outside_contacts", contacts(page.outside_contacts)},
          {"truncated", page.truncated},
          {"warnings", page.warnings},
          {"page_kind", page.page_kind},
          {"charset", page.charset}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: segment_eval DIR [--pages | --verbose | --dump]\n");
    return 2;
  }
  std::string dir = argv[1];
  // Totals only unless asked: a blind set is scored without showing which
  // pages fall short. --pages: the pages that do; --verbose: every page and miss.
  bool verbose = argc > 2 && std::string(argv[2]) == "--verbose";
  bool pages = verbose || (argc > 2 && std::string(argv[2]) == "--pages");
  bool dump = argc > 2 && std::string(argv[2]) == "--dump";
  std::ifstream labels(dir + "/labels.jsonl");
  if (!labels) {
    std::fprintf(stderr, "segment_eval: cannot read %s/labels.jsonl\n", dir.c_str());
    return 1;
  }
  std::map<std::string, Tally> by_kind;
  std::string line;
  int line_no = 0;
  while (std::getline(labels, line)) {
    ++line_no;
    if (lantian::base::TrimAscii(line).empty()) continue;
    Json label = Json::parse(line, nullptr, false);
    if (label.is_discarded()) {
      std::fprintf(stderr, "segment_eval: %s/labels.jsonl:%d: not JSON\n", dir.c_str(), line_no);
      return 1;
    }
    std::string page_path = dir + "/" + Str(label, "page");
    std::ifstream in(page_path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "segment_eval: cannot read %s\n", page_path.c_str());
      return 1;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    auto page = lantian::extractors::ExtractPageFromBytes(ss.str(), "text/html", Str(label, "url"), nullptr);
    if (!page.ok()) {
      std::fprintf(stderr, "segment_eval: %s: %s\n", page_path.c_str(), page.status().message().c_str());
      return 1;
    }
    if (dump) {
      std::printf("%s\n", PageJson(Str(label, "page"), *page).dump(-1, ' ', false, Json::error_handler_t::replace).c_str());
      continue;
    }
    std::string kind = Str(label, "kind");
    Tally t;
    t.pages = 1;
    std::string got_kind = page->page_kind.empty() ? "detail" : page->page_kind;
    if (got_kind == kind || (kind == "other" && got_kind == "detail")) t.kind_right = 1;
    // Posts without an id share the page URL: such items match in page order.
    std::unordered_map<std::string, std::deque<const lantian::extractors::Item*>> predicted;
    for (const auto& item : page->items) predicted[Decoded(item.url)].push_back(&item);
    t.predicted = static_cast<int>(page->items.size());
    for (const Json& want : label.value("items", Json::array())) {
      ++t.labelled;
      auto it = predicted.find(Decoded(Str(want, "url")));
      if (it == predicted.end() || it->second.empty()) {
        if (verbose) std::printf("  miss %s: %s\n", Str(label, "page").c_str(), Str(want, "url").c_str());
        continue;
      }
      const auto& got = *it->second.front();
      it->second.pop_front();
      ++t.matched;
      std::string want_title = Str(want, "title");
      if (kind == "thread" || want_title.empty() || Squash(got.title) == Squash(want_title)) {
        ++t.title_right;
      } else if (verbose) {
        std::printf("  title %s: got [%s] want [%s]\n", Str(label, "page").c_str(), got.title.c_str(),
                    want_title.c_str());
      }
      std::string want_seller = Str(want, "seller");
      if (!want_seller.empty()) {
        ++t.seller_labelled;
        if (Squash(got.seller) == Squash(want_seller)) {
          ++t.seller_right;
        } else if (verbose) {
          std::printf("  seller %s: got [%s] want [%s]\n", Str(label, "page").c_str(), got.seller.c_str(),
                      want_seller.c_str());
        }
      }
      auto floor = want.find("floor");
      if (kind == "thread" && floor != want.end() && floor->is_number_integer()) {
        ++t.floor_labelled;
        if (got.floor == floor->get<int>()) ++t.floor_right;
      }
    }
    if (verbose || (pages && (t.matched != t.labelled || t.kind_right == 0))) {
      std::printf("%-28s kind %-6s got %-6s items %d/%d predicted %d\n", Str(label, "page").c_str(), kind.c_str(),
                  got_kind.c_str(), t.matched, t.labelled, t.predicted);
    }
    by_kind[kind].Add(t);
  }
  if (dump) return 0;
  Tally total;
  for (const auto& [kind, t] : by_kind) {
    Print(kind, t);
    total.Add(t);
  }
  Print("total", total);
  return 0;
}
