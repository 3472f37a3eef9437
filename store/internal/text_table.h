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

// One line of JSON; invalid UTF-8 is replaced rather than failing the listing.
std::string Dump(const nlohmann::json& j);

// Display columns of UTF-8 text: East Asian wide characters take two.
std::size_t DisplayWidth(std::string_view s);

// `s` on one line, padded or cut to exactly `width` columns at a character
// boundary, "…" when cut.
std::string Fit(std::string_view s, std::size_t width);

// `parts` joined by `sep`.
std::string Joined(const std::vector<std::string>& parts, const char* sep);

// `text` as a CSV field (RFC 4180): quoted when it holds a comma, quote or
// line break; a leading =, +, - or @ gets an apostrophe so a spreadsheet
// shows it instead of running it as a formula.
std::string CsvField(std::string_view text);

// The store at `db_path`, opened read-only.
Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& db_path);

}  // namespace lantian::store::internal
