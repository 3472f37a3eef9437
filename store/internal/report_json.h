#pragma once

// The JSON form of one hit, one finding and one item, as `lantian hits`,
// `hits --by item` and `items` print them; `lantian show` and the console
// reuse them so every report names a field alike.
//
//   out += internal::Dump(internal::HitJson(row)) + "\n";

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "store/findings.h"
#include "store/records.h"

namespace lantian::store::internal {

nlohmann::json HitJson(const HitRow& h);          // store/triage.cc
// A model score as reports show it: JSON null when none, else rounded to 3
// decimals; text "-" or "0.87" (store/triage.cc).
nlohmann::json ScoreJson(const std::optional<double>& score);
std::string ScoreText(const std::optional<double>& score);
nlohmann::json FindingJson(const Finding& f);     // store/findings_report.cc
nlohmann::json ItemJson(const ItemRow& r);        // store/items_report.cc

}  // namespace lantian::store::internal
