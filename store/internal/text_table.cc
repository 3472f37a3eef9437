#include "store/internal/text_table.h"

namespace lantian::store::internal {

std::string Dump(const nlohmann::json& j) {
  // Stored text should be UTF-8 already; replace anything that is not
  // rather than fail the whole listing.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Display columns of UTF-8 text: East Asian wide characters (3- and 4-byte
// sequences here, which covers CJK) take two.
size_t DisplayWidth(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    w += len >= 3 ? 2 : 1;
    i += len;
  }
  return w;
}

// Cuts to at most `width` columns at a character boundary, "…" when cut.
std::string Fit(std::string_view s, size_t width) {
  std::string clean;
  for (char c : s) clean.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  if (DisplayWidth(clean) <= width) {
    return clean + std::string(width - DisplayWidth(clean), ' ');
  }
  std::string out;
  size_t w = 0;
  for (size_t i = 0; i < clean.size();) {
    unsigned char c = static_cast<unsigned char>(clean[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    size_t cw = len >= 3 ? 2 : 1;
    if (w + cw + 1 > width) break;
    out.append(clean, i, len);
    w += cw;
    i += len;
  }
  out += "…";
  ++w;
  return out + std::string(width > w ? width - w : 0, ' ');
}

std::string Joined(const std::vector<std::string>& parts, const char* sep) {
  std::string s;
  for (std::size_t i = 0; i < parts.size(); ++i) s += (i ? sep : "") + parts[i];
  return s;
}

std::string CsvField(std::string_view text) {
  // A cell a spreadsheet would run as a formula (=, +, -, @) is defused
  // with a leading apostrophe (OWASP "CSV injection").
  std::string value;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
    value.push_back('\'');
  }
  value.append(text);
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}


Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& db_path) {
  StoreOptions o;
  o.db_path = db_path;
  o.read_only = true;
  return Store::Open(o);
}

}  // namespace lantian::store::internal
