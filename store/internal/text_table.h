#pragma once

// Output helpers the triage reports share (hits, items, entities): JSON
// lines that survive stray bytes, fixed-width table cells measured in
// display columns, CSV fields (RFC 4180), and a read-only store.
//
//   out += internal::Fit(row.title, 30) + " " + row.url + "\n";
//   out += internal::CsvField("a,b") + "\r\n";   // "\"a,b\""

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/status.h"
#include "store/store.h"

namespace lantian::store::internal {

// The UTF-8 byte order mark that CSV reports start with, so spreadsheet
// programs read the Chinese text as UTF-8 (notice.csv does the same).
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// One line of JSON; invalid UTF-8 is replaced rather than failing the listing.
std::string Dump(const nlohmann::json& j);

// Terminal columns of UTF-8 text (utf8proc_charwidth): East Asian wide and
// full-width characters take two, combining and zero-width ones none.
std::size_t DisplayWidth(std::string_view s);

// `s` on one line, padded or cut to exactly `width` columns at a character
// boundary, "…" when cut.
std::string Fit(std::string_view s, std::size_t width);

// A table for people: each column as wide as its widest cell (up to its
// `max`, 0 = no cap), and when `width` (terminal columns, 0 = no limit) is
// too small, the widest columns are cut with "…" until the lines fit, down to
// `min` (default: the header's first four columns). Trailing blanks trimmed.
//
//   Table t({{"ID"}, {"TITLE", 40}, {"URL"}});
//   t.Add({"12", "外观专利包授权", "http://shop.example/item/12"});
//   out += t.Render(80);
class Table {
 public:
  struct Column {
    std::string header;
    std::size_t max = 0;
    std::size_t min = 0;
  };
  explicit Table(std::vector<Column> columns);
  // Missing cells are blank; extra cells are dropped.
  void Add(std::vector<std::string> cells);
  std::string Render(std::size_t width) const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// `parts` joined by `sep`.
std::string Joined(const std::vector<std::string>& parts, const char* sep);

// `text` as a CSV field (RFC 4180): quoted when it holds a comma, quote or
// line break; a leading =, +, - or @ gets an apostrophe so a spreadsheet
// shows it instead of running it as a formula.
std::string CsvField(std::string_view text);

// The store at `db_path`, opened read-only.
Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& db_path);

}  // namespace lantian::store::internal
