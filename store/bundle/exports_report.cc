#include "store/bundle/exports_report.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "store/bundle/export.h"
#include "store/internal/text_table.h"
#include "store/store.h"

namespace lantian::store {

std::optional<ExportsFormat> ParseExportsFormat(std::string_view name) {
  if (name == "table") return ExportsFormat::kTable;
  if (name == "jsonl") return ExportsFormat::kJsonl;
  return std::nullopt;
}

Result<std::string> ListExportsReport(const std::string& db_path, ExportsFormat format) {
  auto db = internal::OpenReadOnly(db_path);
  if (!db.ok()) return db.status();
  auto rows = (*db)->ListExports();
  if (!rows.ok()) return rows.status();
  std::string out;
  if (format == ExportsFormat::kJsonl) {
    for (const ExportRecord& r : *rows) {
      ExportNote n = ParseExportNote(r.note);
      nlohmann::json j = {{"id", r.id},          {"at", r.at},
                          {"path", r.path},      {"sha256", r.sha256},
                          {"route", n.route},    {"platform", n.platform},
                          {"listings", n.listings}, {"hits", r.hit_count},
                          {"draft", n.draft}};
      out += internal::Dump(j) + "\n";
    }
    return out;
  }
  if (rows->empty()) return std::string("no exports yet\n");
  out += " id  " + internal::Fit("time (UTC)", 24) + "  " + internal::Fit("route", 14) + "  " +
         internal::Fit("platform", 10) + "  listings   hits  " + internal::Fit("sha256", 16) +
         "  path\n";
  for (const ExportRecord& r : *rows) {
    ExportNote n = ParseExportNote(r.note);
    char nums[64];
    std::snprintf(nums, sizeof nums, "%8lld  %5lld", static_cast<long long>(n.listings),
                  static_cast<long long>(r.hit_count));
    char id[16];
    std::snprintf(id, sizeof id, "%3lld", static_cast<long long>(r.id));
    out += std::string(id) + "  " + internal::Fit(r.at, 24) + "  " +
           internal::Fit(n.route + (n.draft ? " draft" : ""), 14) + "  " + internal::Fit(n.platform, 10) +
           "  " + nums + "  " + internal::Fit(r.sha256.substr(0, 16), 16) + "  " + r.path + "\n";
  }
  return out;
}

}  // namespace lantian::store
