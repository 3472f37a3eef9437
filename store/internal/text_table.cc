#include "store/internal/text_table.h"

#include <algorithm>
#include <utility>

#include <utf8proc.h>

namespace lantian::store::internal {

std::string Dump(const nlohmann::json& j) {
  // Stored text should be UTF-8 already; replace anything that is not
  // rather than fail the whole listing.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

// The next code point of `s` at `i` and its byte length; an invalid byte is
// one column wide, one byte long.
std::pair<utf8proc_int32_t, size_t> NextCodePoint(std::string_view s, size_t i) {
  utf8proc_int32_t cp = -1;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return {-1, 1};
  return {cp, static_cast<size_t>(n)};
}

// Terminal columns of one code point (utf8proc: East Asian wide and
// full-width forms 2, combining marks and zero-width characters 0).
size_t CodePointWidth(utf8proc_int32_t cp) {
  if (cp < 0) return 1;
  return static_cast<size_t>(utf8proc_charwidth(cp));
}

}  // namespace

size_t DisplayWidth(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    auto [cp, len] = NextCodePoint(s, i);
    w += CodePointWidth(cp);
    i += len;
  }
  return w;
}

// Cuts to at most `width` columns at a character boundary, "…" when cut.
std::string Fit(std::string_view s, size_t width) {
  std::string clean;
  for (char c : s) clean.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  const size_t full = DisplayWidth(clean);
  if (full <= width) return clean + std::string(width - full, ' ');
  if (width == 0) return "";
  std::string out;
  size_t w = 0;
  for (size_t i = 0; i < clean.size();) {
    auto [cp, len] = NextCodePoint(clean, i);
    const size_t cw = CodePointWidth(cp);
    if (w + cw + 1 > width) break;  // room for the "…" (one column)
    out.append(clean, i, len);
    w += cw;
    i += len;
  }
  out += "…";
  ++w;
  return out + std::string(width > w ? width - w : 0, ' ');
}

Table::Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

void Table::Add(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::string Table::Render(size_t width) const {
  const size_t n = columns_.size();
  if (n == 0) return "";
  std::vector<size_t> w(n), floor(n);
  for (size_t c = 0; c < n; ++c) {
    const size_t header = DisplayWidth(columns_[c].header);
    w[c] = header;
    for (const auto& row : rows_) w[c] = std::max(w[c], DisplayWidth(row[c]));
    if (columns_[c].max > 0) w[c] = std::min(w[c], std::max(columns_[c].max, header));
    floor[c] = std::min(w[c], std::max(columns_[c].min, std::min<size_t>(header, 4)));
  }
  size_t total = n - 1;
  for (size_t x : w) total += x;
  // Narrow the widest column that can still give, one column at a time,
  // until the table fits: long titles and URLs give first, ids never.
  while (width > 0 && total > width) {
    size_t widest = n;
    for (size_t c = 0; c < n; ++c) {
      if (w[c] > floor[c] && (widest == n || w[c] > w[widest])) widest = c;
    }
    if (widest == n) break;  // every column at its floor: let the line wrap
    --w[widest];
    --total;
  }
  std::string out;
  auto line = [&](auto cell) {
    std::string l;
    for (size_t c = 0; c < n; ++c) l += (c ? " " : "") + Fit(cell(c), w[c]);
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out += l + "\n";
  };
  line([&](size_t c) -> std::string_view { return columns_[c].header; });
  for (const auto& row : rows_) line([&](size_t c) -> std::string_view { return row[c]; });
  return out;
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
