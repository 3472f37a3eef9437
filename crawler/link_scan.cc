#include "crawler/link_scan.h"

#include <cctype>

#include "base/strings.h"

namespace lantian::crawler {
namespace {

std::string DecodeEntities(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '&') {
      if (v.substr(i, 5) == "&amp;") {
        out.push_back('&');
        i += 4;
        continue;
      }
      if (v.substr(i, 5) == "&#38;") {
        out.push_back('&');
        i += 4;
        continue;
      }
    }
    out.push_back(v[i]);
  }
  return out;
}

}  // namespace

std::vector<std::string> ScanHrefs(std::string_view html) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    ++pos;
    std::size_t name_end = pos;
    while (name_end < html.size() && std::isalpha(static_cast<unsigned char>(html[name_end])) != 0) ++name_end;
    const std::string_view name = html.substr(pos, name_end - pos);
    if (!base::EqualsIgnoreAsciiCase(name, "a") && !base::EqualsIgnoreAsciiCase(name, "area")) continue;
    const std::size_t tag_end = html.find('>', name_end);
    if (tag_end == std::string_view::npos) break;
    const std::string_view tag = html.substr(name_end, tag_end - name_end);
    // Find an href attribute in the tag.
    for (std::size_t i = 0; i + 4 < tag.size(); ++i) {
      if (!base::EqualsIgnoreAsciiCase(tag.substr(i, 4), "href")) continue;
      if (i > 0 && std::isspace(static_cast<unsigned char>(tag[i - 1])) == 0) continue;
      std::size_t j = i + 4;
      while (j < tag.size() && std::isspace(static_cast<unsigned char>(tag[j])) != 0) ++j;
      if (j >= tag.size() || tag[j] != '=') continue;
      ++j;
      while (j < tag.size() && std::isspace(static_cast<unsigned char>(tag[j])) != 0) ++j;
      if (j >= tag.size()) break;
      std::string_view value;
      if (tag[j] == '"' || tag[j] == '\'') {
        const std::size_t close = tag.find(tag[j], j + 1);
        value = tag.substr(j + 1, (close == std::string_view::npos ? tag.size() : close) - j - 1);
      } else {
        std::size_t k = j;
        while (k < tag.size() && std::isspace(static_cast<unsigned char>(tag[k])) == 0) ++k;
        value = tag.substr(j, k - j);
      }
      if (!value.empty()) out.push_back(DecodeEntities(value));
      break;
    }
    pos = tag_end + 1;
  }
  return out;
}

}  // namespace lantian::crawler
