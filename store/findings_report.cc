// `lantian hits --by item`: findings as a table, JSON lines or CSV.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/findings.h"
#include "store/internal/report_json.h"
#include "store/internal/text_table.h"
#include "store/triage.h"

namespace lantian::store {

nlohmann::json internal::FindingJson(const Finding& f) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const Evidence& e : f.evidence) {
    evidence.push_back({{"category", e.category},
                        {"severity", e.severity},
                        {"match", e.match},
                        {"snippet", e.snippet},
                        {"rule", e.rule},
                        {"source", e.source},
                        {"hit_id", e.hit_id}});
  }
  return {{"item_id", f.item_id},       {"status", f.status},         {"severity", f.severity},
          {"score", f.score},           {"categories", f.categories}, {"evidence", evidence},
          {"hit_ids", f.hit_ids},       {"hits", f.hit_ids.size()},   {"platform", f.platform},
          {"item_url", f.item_url},     {"title", f.title},           {"seller", f.seller},
          {"seller_url", f.seller_url}, {"price", f.price},           {"listing_id", f.listing_id},
          {"first_seen", f.first_seen}, {"last_seen", f.last_seen},   {"found_at", f.found_at},
          {"sightings", f.sightings},   {"analyst", f.analyst},       {"note", f.note},
          {"reviewed_at", f.reviewed_at}, {"likelihood", internal::ScoreJson(f.likelihood)}};
}

using internal::FindingJson;
using internal::CsvField;
using internal::Dump;
using internal::Joined;


std::string FormatFindingsJsonl(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) out += Dump(FindingJson(f)) + "\n";
  return out;
}

std::string FormatFindingsCsv(const std::vector<Finding>& findings) {
  std::string out = std::string(internal::kUtf8Bom) +
      "item_id,status,severity,score,categories,evidence,hits,hit_ids,platform,item_url,title,seller,seller_url,"
      "price,listing_id,first_seen,last_seen,found_at,analyst,note,reviewed_at,likelihood\r\n";
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
                                            f.found_at,
                                            f.analyst,
                                            f.note,
                                            f.reviewed_at,
                                            f.likelihood ? internal::ScoreText(f.likelihood) : ""};
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvField(cells[i]);
    out += "\r\n";
  }
  return out;
}

std::string FormatFindingsTable(const std::vector<Finding>& findings, std::size_t width) {
  internal::Table t({{"ITEM"}, {"STATUS"}, {"SEV"}, {"SCORE"}, {"P"}, {"HITS"}, {"CATEGORIES", 40},
                     {"TITLE", 36, 8}, {"SELLER", 16}, {"NOTE", 30}, {"URL", 0, 12}});
  auto or_dash = [](const std::string& s) { return s.empty() ? std::string("-") : s; };
  for (const Finding& f : findings) {
    const std::string note = f.note.empty() ? f.analyst : f.analyst + ": " + f.note;
    std::vector<std::string> categories;
    for (const Evidence& e : f.evidence) categories.push_back(e.source == "rule" ? e.category : e.category + "(model)");
    t.Add({std::to_string(f.item_id), f.status, f.severity, std::to_string(f.score), internal::ScoreText(f.likelihood),
           std::to_string(f.hit_ids.size()), Joined(categories, ","), or_dash(f.title), or_dash(f.seller), or_dash(note), f.item_url});
  }
  return t.Render(width) + std::to_string(findings.size()) + (findings.size() == 1 ? " finding\n" : " findings\n");
}

}  // namespace lantian::store
