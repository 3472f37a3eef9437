#include "patterns/hit_format.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "patterns/internal/utf8.h"

namespace lantian::patterns {
namespace {

using Json = nlohmann::ordered_json;

}  // namespace

std::string MakeSnippet(std::string_view original, size_t start, size_t end) {
  auto is_cont = [&](size_t i) { return internal::IsContinuation(original[i]); };
  size_t b = start;
  for (size_t n = 0; n < kSnippetChars && b > 0; ++n) {
    --b;
    for (int k = 0; k < 3 && b > 0 && is_cont(b); ++k) --b;
  }
  size_t e = end;
  for (size_t n = 0; n < kSnippetChars && e < original.size(); ++n) {
    ++e;
    for (int k = 0; k < 3 && e < original.size() && is_cont(e); ++k) ++e;
  }
  std::string s(original.substr(b, e - b));
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\0') c = ' ';
  }
  return s;
}

double RoundedScore(double score) { return std::round(score * 1000.0) / 1000.0; }

std::string FormatScore(double score) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", score);
  return buf;
}

std::string FormatDocumentJson(std::string_view doc, const std::vector<Hit>& hits) {
  Json j;
  j["doc"] = std::string(doc);
  Json cats = Json::array();
  for (Category c : DistinctCategories(hits)) cats.push_back(std::string(CategoryId(c)));
  j["categories"] = cats;
  Json list = Json::array();
  for (const Hit& h : hits) {
    Json x = {{"category", std::string(CategoryId(h.category))},
              {"rule", h.rule},
              {"severity", std::string(SeverityId(h.severity))},
              {"source", std::string(HitSourceId(h.source))},
              {"match", h.match},
              {"start", h.start},
              {"end", h.end},
              {"snippet", h.snippet}};
    if (!h.firm.empty()) x["firm"] = h.firm;
    if (h.score >= 0) x["score"] = RoundedScore(h.score);
    list.push_back(std::move(x));
  }
  j["hits"] = list;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string FormatDocumentTable(std::string_view doc, const std::vector<Hit>& hits) {
  std::string out;
  for (const Hit& h : hits) {
    out.append(doc);
    out += '\t';
    out += CategoryId(h.category);
    out += '\t';
    out += h.rule;
    out += '\t';
    out += SeverityId(h.severity);
    out += '\t';
    out += HitSourceId(h.source);
    out += '\t';
    out += h.score >= 0 ? FormatScore(h.score) : std::string("-");
    out += '\t';
    out += std::to_string(h.start) + "-" + std::to_string(h.end);
    out += '\t';
    out += h.match;
    out += '\t';
    out += h.snippet;
    out += '\n';
  }
  return out;
}

}  // namespace lantian::patterns
