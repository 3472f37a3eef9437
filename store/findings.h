#pragma once

// Findings: one per item (listing, post, search result), with all its
// detections merged — what an analyst triages and a platform acts on,
// instead of one row per rule match. Pure functions over HitRows, so
// `lantian hits --by item`, the notice and the console group alike.
//
//   std::vector<store::Finding> f = store::GroupFindings(hits);
//   store::SortFindings(f, store::FindingOrder::kScore);
//   f[0].categories;         // {"guaranteed_grant", "unlicensed_agency"}
//   f[0].evidence[0].match;  // the best evidence of its first category

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/records.h"

namespace lantian::store {

// "high" 3, "medium" 2, "low" 1, anything else 0: severities compared.
int SeverityRank(std::string_view severity);

// The best detection of one category in a finding.
struct Evidence {
  std::string category, severity, match, snippet, rule;
  int64_t hit_id = 0;
  std::string source = "rule";  // "model" when only the model found the category
};

struct Finding {
  int64_t item_id = 0;
  // The most open status among its hits: new, then confirmed, still_up,
  // reported, taken_down, dismissed (a finding is done only when every
  // detection is).
  std::string status;
  std::string severity;                 // the highest of its hits
  int score = 0;                        // see GroupFindings
  // The model's highest score among its hits: how likely it is an offer
  // (nullopt when no model scored it).
  std::optional<double> likelihood;
  std::vector<std::string> categories;  // distinct, in the fixed category order
  std::vector<Evidence> evidence;       // one per category, same order
  std::vector<int64_t> hit_ids;         // ascending
  std::string platform, item_url, title, seller, seller_url, price, listing_id;
  std::string first_seen, last_seen;    // of the item
  std::string found_at;                 // the latest capture time among its hits
  int64_t sightings = 0;
  // Its latest review or reopen among its hits ("" when none): who, why, when.
  std::string analyst, note, reviewed_at;
};

// Groups hits by item, in order of each item's first hit. Per category the
// evidence is the hit of highest severity, then the longest match, then the
// first (a rule's hit before a model's). score = 10 x (sum over its categories of the category's highest
// severity: high 3, medium 2, low 1) + min(hits, 9): more kinds of offence
// first, then more evidence.
std::vector<Finding> GroupFindings(const std::vector<HitRow>& hits);

enum class FindingOrder { kScore, kTime, kSeverity, kLikelihood };
// "score" | "time" | "severity" | "likelihood"; nullopt otherwise.
std::optional<FindingOrder> ParseFindingOrder(std::string_view name);
// Highest score (or latest capture, or highest severity then score, or
// highest likelihood with unscored findings last) first; score ties by
// likelihood, then by item id.
void SortFindings(std::vector<Finding>& findings, FindingOrder order);

}  // namespace lantian::store
