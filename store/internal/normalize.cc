#include "store/internal/normalize.h"

#include "base/strings.h"

namespace lantian::store::internal {

std::string NormalizeMatch(std::string_view m) {
  std::string out;
  out.reserve(m.size());
  for (char c : m) {
    if (base::IsAsciiSpace(c)) continue;
    out.push_back(base::AsciiLower(c));
  }
  return out;
}

std::string NormalizeContact(std::string_view kind_in, std::string_view value) {
  std::string kind = base::AsciiLower(kind_in);
  std::string v;
  if (kind == "phone" || kind == "qq" || kind == "tel" || kind == "mobile") {
    for (char c : value) {
      if (c >= '0' && c <= '9') v.push_back(c);
    }
    if (kind != "qq" && v.size() == 13 && v.starts_with("86")) v.erase(0, 2);
    if (kind == "tel" || kind == "mobile") kind = "phone";
  } else {
    for (char c : value) {
      if (base::IsAsciiSpace(c)) continue;
      v.push_back(base::AsciiLower(c));
    }
  }
  if (v.empty()) return {};
  return kind + ":" + v;
}

}  // namespace lantian::store::internal
