#include "patterns/hit_format.h"

#include <array>
#include <cctype>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "patterns/internal/utf8.h"

namespace lantian::patterns {
namespace {

using Json = nlohmann::ordered_json;

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

bool IsBlockTag(std::string_view name) {
  static constexpr std::array<std::string_view, 24> kBlock = {
      "br", "p",  "div", "li", "ul", "ol",     "tr",      "td",    "th",      "table", "h1",  "h2",
      "h3", "h4", "h5",  "h6", "hr", "section", "article", "header", "footer", "title", "dd", "dt"};
  for (std::string_view b : kBlock) {
    if (EqualsIgnoreCase(name, b)) return true;
  }
  return false;
}

void DecodeEntity(std::string_view html, size_t* i, std::string* out) {
  // html[*i] == '&'
  const size_t semi = html.find(';', *i);
  if (semi == std::string_view::npos || semi - *i > 12) {
    out->push_back('&');
    ++*i;
    return;
  }
  const std::string_view name = html.substr(*i + 1, semi - *i - 1);
  uint32_t cp = 0;
  if (!name.empty() && name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) {
      out->push_back('&');
      ++*i;
      return;
    }
    for (char c : digits) {
      const int d = std::isdigit(static_cast<unsigned char>(c))
                        ? c - '0'
                        : (hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10 : -1);
      if (d < 0 || cp > 0x10FFFF) {
        out->push_back('&');
        ++*i;
        return;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = internal::kReplacementChar;
  } else if (name == "amp") {
    cp = '&';
  } else if (name == "lt") {
    cp = '<';
  } else if (name == "gt") {
    cp = '>';
  } else if (name == "quot") {
    cp = '"';
  } else if (name == "apos") {
    cp = '\'';
  } else if (name == "nbsp") {
    cp = 0xA0;
  } else {
    out->push_back('&');
    ++*i;
    return;
  }
  internal::AppendUtf8(cp, out);
  *i = semi + 1;
}

}  // namespace

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
              {"match", h.match},
              {"start", h.start},
              {"end", h.end},
              {"snippet", h.snippet}};
    if (!h.firm.empty()) x["firm"] = h.firm;
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
    out += std::to_string(h.start) + "-" + std::to_string(h.end);
    out += '\t';
    out += h.match;
    out += '\t';
    out += h.snippet;
    out += '\n';
  }
  return out;
}

std::string HtmlToVisibleText(std::string_view html) {
  std::string out;
  out.reserve(html.size() / 2);
  size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '&') {
      DecodeEntity(html, &i, &out);
      continue;
    }
    if (c != '<') {
      out.push_back(c);
      ++i;
      continue;
    }
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const size_t close = html.find('>', i + 1);
    if (close == std::string_view::npos) {
      out.append(html.substr(i));
      break;
    }
    size_t n = i + 1;
    if (n < close && html[n] == '/') ++n;
    size_t name_end = n;
    while (name_end < close && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    const std::string_view name = html.substr(n, name_end - n);
    const bool closing = html[i + 1] == '/';
    i = close + 1;
    if (!closing && (EqualsIgnoreCase(name, "script") || EqualsIgnoreCase(name, "style") ||
                     EqualsIgnoreCase(name, "noscript") || EqualsIgnoreCase(name, "template"))) {
      // Skip to the matching end tag.
      const std::string end_tag = "</" + std::string(name);
      size_t j = i;
      while (true) {
        j = html.find("</", j);
        if (j == std::string_view::npos) {
          i = html.size();
          break;
        }
        if (EqualsIgnoreCase(html.substr(j, end_tag.size()), end_tag)) {
          const size_t gt = html.find('>', j);
          i = gt == std::string_view::npos ? html.size() : gt + 1;
          break;
        }
        j += 2;
      }
      continue;
    }
    if (IsBlockTag(name)) out.push_back('\n');
  }
  return out;
}

}  // namespace lantian::patterns
