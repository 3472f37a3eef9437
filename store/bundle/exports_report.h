#pragma once

// `lantian exports`: the bundles written so far, from the store's exports
// table (each row is also in the evidence chain), as an aligned table or one
// JSON object per line.
//
//   auto out = store::ListExportsReport("lantian.db", store::ExportsFormat::kTable);
//   //  id  time (UTC)            route     platform  listings  hits  sha256            path
//   //   1  2026-12-07T07:40:01Z  referral  all              5    61  9a1c…  demo/bundle.zip

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::store {

enum class ExportsFormat { kTable, kJsonl };
// "table" | "jsonl"; nullopt otherwise.
std::optional<ExportsFormat> ParseExportsFormat(std::string_view name);

// Opens the store read-only; "no exports yet" (table) or nothing (jsonl) when
// there are none.
[[nodiscard]] Result<std::string> ListExportsReport(const std::string& db_path, ExportsFormat format);

}  // namespace lantian::store
