#include "store/triage.h"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "store/internal/report_json.h"
#include "store/internal/text_table.h"
#include "store/store.h"

namespace lantian::store {

nlohmann::json internal::HitJson(const HitRow& h) {
  return {{"id", h.id},
          {"category", h.category},
          {"rule", h.rule},
          {"severity", h.severity},
          {"status", h.status},
          {"platform", h.platform},
          {"item_url", h.item_url},
          {"item_title", h.item_title},
          {"seller", h.seller},
          {"page_url", h.page_url},
          {"match", h.match},
          {"snippet", h.snippet},
          {"start", h.start},
          {"end", h.end},
          {"legal_basis", h.legal_basis},
          {"captured_at", h.captured_at},
          {"capture_id", h.capture_id},
          {"capture_sha256", h.capture_sha256},
          {"item_id", h.item_id},
          {"first_seen", h.first_seen},
          {"last_seen", h.last_seen},
          {"sightings", h.sightings},
          {"listing_id", h.listing_id},
          {"price", h.price},
          {"seller_url", h.seller_url},
          {"reported_at", h.reported_at},
          {"analyst", h.analyst},
          {"note", h.note},
          {"reviewed_at", h.reviewed_at},
          {"source", h.source},
          {"score", internal::ScoreJson(h.score)}};
}

nlohmann::json internal::ScoreJson(const std::optional<double>& score) {
  if (!score) return nullptr;
  return std::round(*score * 1000.0) / 1000.0;
}

std::string internal::ScoreText(const std::optional<double>& score) {
  if (!score) return "-";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", *score);
  return buf;
}

using internal::HitJson;
using internal::CsvField;
using internal::Dump;
using internal::Joined;
using internal::OpenReadOnly;
using internal::Table;


std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "jsonl") return OutputFormat::kJsonl;
  if (name == "csv") return OutputFormat::kCsv;
  return std::nullopt;
}

std::string FormatHitsJsonl(const std::vector<HitRow>& hits) {
  std::string out;
  for (const auto& h : hits) out += Dump(HitJson(h)) + "\n";
  return out;
}

std::string FormatHitsCsv(const std::vector<HitRow>& hits) {
  static const char* kColumns[] = {"id", "category", "rule", "severity", "status", "platform",
                                   "item_url", "item_title", "seller", "page_url", "match",
                                   "snippet", "start", "end", "legal_basis", "captured_at",
                                   "capture_id", "capture_sha256", "item_id", "first_seen",
                                   "last_seen", "sightings", "listing_id", "price",
                                   "seller_url", "reported_at", "analyst", "note",
                                   "reviewed_at", "source", "score"};
  std::string out = internal::kUtf8Bom;
  for (size_t i = 0; i < std::size(kColumns); ++i) {
    if (i) out += ",";
    out += kColumns[i];
  }
  out += "\r\n";
  for (const auto& h : hits) {
    nlohmann::json j = HitJson(h);
    for (size_t i = 0; i < std::size(kColumns); ++i) {
      if (i) out += ",";
      const auto& v = j[kColumns[i]];
      out += CsvField(v.is_string() ? v.get<std::string>() : v.is_null() ? std::string() : Dump(v));
    }
    out += "\r\n";
  }
  return out;
}

std::string FormatHitsTable(const std::vector<HitRow>& hits, std::size_t width) {
  Table t({{"ID"}, {"STATUS"}, {"CATEGORY"}, {"SEV"}, {"SRC"}, {"P"}, {"PLATFORM", 12}, {"MATCH", 20},
           {"TITLE", 36, 8}, {"NOTE", 30}, {"URL", 0, 12}});
  for (const auto& h : hits) {
    const std::string note = h.note.empty() ? h.analyst : h.analyst + ": " + h.note;
    t.Add({std::to_string(h.id), h.status, h.category, h.severity, h.source, internal::ScoreText(h.score),
           h.platform, h.match,
           h.item_title.empty() ? "-" : h.item_title, note.empty() ? "-" : note, h.item_url});
  }
  return t.Render(width) + std::to_string(hits.size()) + (hits.size() == 1 ? " hit\n" : " hits\n");
}

Result<std::string> RunHits(const HitsRequest& request) {
  auto store = OpenReadOnly(request.db_path);
  if (!store.ok()) return store.status();
  auto hits = (*store)->ListHits(request.filter);
  if (!hits.ok()) return hits.status();
  if (request.by_item) {
    std::vector<Finding> findings = GroupFindings(*hits);
    SortFindings(findings, request.order);
    if (request.limit > 0 && findings.size() > static_cast<std::size_t>(request.limit)) {
      findings.resize(static_cast<std::size_t>(request.limit));
    }
    switch (request.format) {
      case OutputFormat::kJsonl: return FormatFindingsJsonl(findings);
      case OutputFormat::kCsv: return FormatFindingsCsv(findings);
      case OutputFormat::kTable: break;
    }
    return FormatFindingsTable(findings, request.width);
  }
  switch (request.format) {
    case OutputFormat::kJsonl: return FormatHitsJsonl(*hits);
    case OutputFormat::kCsv: return FormatHitsCsv(*hits);
    case OutputFormat::kTable: return FormatHitsTable(*hits, request.width);
  }
  return FormatHitsTable(*hits, request.width);
}

std::string LoginName() {
  char buf[256] = {};
  if (getlogin_r(buf, sizeof(buf)) == 0 && buf[0]) return buf;
  for (const char* var : {"LOGNAME", "USER"}) {
    const char* v = std::getenv(var);
    if (v && *v) return v;
  }
  if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
  return "unknown";
}

namespace {

// The hits of `request.item_ids` that move to `request.to`; a refusal names
// the item whose hits cannot.
Result<std::vector<int64_t>> HitsOfItems(Store& store, const ReviewRequest& request) {
  std::vector<int64_t> ids;
  const std::string to = HitStatusName(request.to);
  for (int64_t item : request.item_ids) {
    HitFilter f;
    f.item_id = item;
    f.category = request.category;
    auto hits = store.ListHits(f);
    if (!hits.ok()) return hits.status();
    const std::string what = request.category.empty() ? "" : " " + request.category;
    if (hits->empty()) {
      return Status::NotFound("item " + std::to_string(item) + ": no" + what + " hits (see `lantian hits`)");
    }
    bool any = false;
    std::map<std::string, int> blocked;
    for (const HitRow& h : *hits) {
      auto from = ParseHitStatus(h.status);
      if (h.status == to) {
        any = true;  // already there: nothing to write for it
      } else if (from && (request.to == HitStatus::kNew ? CanReopen(*from) : IsAllowedTransition(*from, request.to))) {
        ids.push_back(h.id);
        any = true;
      } else {
        ++blocked[h.status];
      }
    }
    if (!any) {
      std::string states;
      for (const auto& [status, n] : blocked) states += (states.empty() ? "" : ", ") + std::to_string(n) + " " + status;
      const std::string move = request.to == HitStatus::kNew ? " hit can be reopened" : " hit can move to " + to;
      return Status::FailedPrecondition("item " + std::to_string(item) + ": no" + what + move + " (" + states + ")");
    }
  }
  return ids;
}

}  // namespace

Result<std::string> RunReview(const ReviewRequest& request) {
  if (request.hit_ids.empty() && request.item_ids.empty()) {
    return Status::InvalidArgument("review: no hit or item ids given");
  }
  StoreOptions o;
  o.db_path = request.db_path;
  o.create_if_missing = false;
  auto store = Store::Open(o);
  if (!store.ok()) return store.status();
  std::vector<int64_t> hit_ids = request.hit_ids;
  if (!request.item_ids.empty()) {
    auto of_items = HitsOfItems(**store, request);
    if (!of_items.ok()) return of_items.status();
    hit_ids.insert(hit_ids.end(), of_items->begin(), of_items->end());
  }
  if (hit_ids.empty()) {
    return std::string("nothing to do: every hit of the listed items is already ") + HitStatusName(request.to) + "\n";
  }
  StatusChange change;
  change.hit_ids = hit_ids;
  change.to = request.to;
  change.actor = request.analyst.empty() ? LoginName() : request.analyst;
  change.note = request.note;
  change.kind = request.to == HitStatus::kNew ? "reopen" : "review";
  LANTIAN_RETURN_IF_ERROR((*store)->SetHitStatus(change));
  std::vector<int64_t> ids = hit_ids;
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::string out = request.to == HitStatus::kNew ? "reopened " : std::string(HitStatusName(request.to)) + " ";
  if (!request.item_ids.empty()) {
    out += std::to_string(request.item_ids.size()) + (request.item_ids.size() == 1 ? " item (" : " items (");
  }
  out += std::to_string(ids.size()) + (ids.size() == 1 ? " hit" : " hits");
  out += request.item_ids.empty() ? ": " : "): ";
  for (size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + std::to_string(ids[i]);
  return out + " (analyst " + change.actor + ")\n";
}

Result<std::string> RunEntities(const EntitiesRequest& request) {
  auto store = OpenReadOnly(request.db_path);
  if (!store.ok()) return store.status();
  auto groups = (*store)->ListOffenders(request.top);
  if (!groups.ok()) return groups.status();
  std::string out;
  auto join = [](const std::vector<std::string>& v) { return Joined(v, ", "); };
  if (request.format == OutputFormat::kJsonl) {
    int rank = 0;
    for (const auto& g : *groups) {
      out += Dump({{"rank", ++rank},
                   {"id", g.id},
                   {"entity_ids", g.entity_ids},
                   {"confirmed_hits", g.confirmed_hits},
                   {"total_hits", g.total_hits},
                   {"platforms", g.platforms},
                   {"shops", g.shops},
                   {"contacts", g.contacts}}) +
             "\n";
    }
    return out;
  }
  Table t({{"RANK"}, {"ID"}, {"CONFIRMED"}, {"HITS"}, {"PLATFORMS", 30}, {"CONTACTS", 40}, {"SHOPS", 0, 12}});
  int rank = 0;
  for (const auto& g : *groups) {
    t.Add({std::to_string(++rank), std::to_string(g.id), std::to_string(g.confirmed_hits), std::to_string(g.total_hits), join(g.platforms),
           join(g.contacts), join(g.shops)});
  }
  return t.Render(request.width);
}

Result<VerifyReport> RunVerifyDb(const std::string& db_path) {
  auto store = OpenReadOnly(db_path);
  if (!store.ok()) return store.status();
  return (*store)->VerifyChain();
}

std::string FormatVerifyReport(const VerifyReport& report) {
  if (report.ok()) return "chain OK: " + std::to_string(report.entries) + " entries\n";
  std::string out;
  for (const auto& f : report.failures) out += f.reason + "\n";
  return out;
}

}  // namespace lantian::store
