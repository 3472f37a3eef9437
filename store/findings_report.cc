// `lantian hits --by item`: findings as a table, JSON lines or CSV.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/findings.h"
#include "store/internal/text_table.h"
#include "store/triage.h"

namespace lantian::store {
namespace {

using internal::CsvField;
using internal::Dump;
using internal::Fit;
using internal::Joined;

nlohmann::json FindingJson(const Finding& f) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const Evidence& e : f.evidence) {
    evidence.push_back({{"category", e.category},
                        {"severity", e.severity},
                        {"match", e.match},
                        {"snippet", e.snippet},
                        {"rule", e.rule},
                        {"hit_id", e.hit_id}});
  }
  return {{"item_id", f.item_id},       {"status", f.status},         {"severity", f.severity},
          {"score", f.score},           {"categories", f.categories}, {"evidence", evidence},
          {"hit_ids", f.hit_ids},       {"hits", f.hit_ids.size()},   {"platform", f.platform},
          {"item_url", f.item_url},     {"title", f.title},           {"seller", f.seller},
          {"seller_url", f.seller_url}, {"price", f.price},           {"listing_id", f.listing_id},
          {"first_seen", f.first_seen}, {"last_seen", f.last_seen},   {"found_at", f.found_at},
          {"sightings", f.sightings}};
}

}  // namespace

std::string FormatFindingsJsonl(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) out += Dump(FindingJson(f)) + "\n";
  return out;
}

std::string FormatFindingsCsv(const std::vector<Finding>& findings) {
  std::string out =
      "item_id,status,severity,score,categories,evidence,hits,hit_ids,platform,item_url,title,seller,seller_url,"
      "price,listing_id,first_seen,last_seen,found_at\r\n";
  for (const Finding& f : findings) {
    std::vector<std::string> evidence;
    for (const Evidence& e : f.evidence) evidence.push_back(e.category + ": " + e.match);
    std::vector<std::string> ids;
    for (int64_t id : f.hit_ids) ids.push_back(std::to_string(id));
    const std::vector<std::string> cells = {std::to_string(f.item_id),
                                            f.status,
                                            f.severity,
                                            std::to_string(f.score),
                                            Joined(f.categories, "; "),
                                            Joined(evidence, "; "),
                                            std::to_string(f.hit_ids.size()),
                                            Joined(ids, " "),
                                            f.platform,
                                            f.item_url,
                                            f.title,
                                            f.seller,
                                            f.seller_url,
                                            f.price,
                                            f.listing_id,
                                            f.first_seen,
                                            f.last_seen,
                                            f.found_at};
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvField(cells[i]);
    out += "\r\n";
  }
  return out;
}

std::string FormatFindingsTable(const std::vector<Finding>& findings) {
  std::string out = Fit("ITEM", 6) + " " + Fit("STATUS", 10) + " " + Fit("SEV", 6) + " " + Fit("SCORE", 5) + " " +
                    Fit("HITS", 4) + " " + Fit("CATEGORIES", 28) + " " + Fit("TITLE", 28) + " " + Fit("SELLER", 14) +
                    " URL\n";
  for (const Finding& f : findings) {
    out += Fit(std::to_string(f.item_id), 6) + " " + Fit(f.status, 10) + " " + Fit(f.severity, 6) + " " +
           Fit(std::to_string(f.score), 5) + " " + Fit(std::to_string(f.hit_ids.size()), 4) + " " +
           Fit(Joined(f.categories, ","), 28) + " " + Fit(f.title.empty() ? "-" : f.title, 28) + " " +
           Fit(f.seller.empty() ? "-" : f.seller, 14) + " " + f.item_url + "\n";
  }
  out += std::to_string(findings.size()) + (findings.size() == 1 ? " finding\n" : " findings\n");
  return out;
}

}  // namespace lantian::store
