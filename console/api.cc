#include "console/api.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/time.h"
#include "store/findings.h"
#include "store/warc_reader.h"

namespace lantian::console {
namespace {

using nlohmann::json;

ApiResponse Json(const json& j, int status = 200) {
  ApiResponse r;
  r.status = status;
  // Invalid UTF-8 from a page never breaks the answer: replaced, not thrown.
  r.body = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return r;
}

json FindingJson(const store::Finding& f) {
  json evidence = json::array();
  for (const auto& e : f.evidence) {
    evidence.push_back({{"category", e.category}, {"severity", e.severity}, {"match", e.match},
                        {"snippet", e.snippet}, {"rule", e.rule}, {"hit_id", e.hit_id}, {"source", e.source}});
  }
  return {{"item_id", f.item_id},
          {"status", f.status},
          {"severity", f.severity},
          {"score", f.score},
          {"likelihood", f.likelihood ? json(*f.likelihood) : json(nullptr)},
          {"categories", f.categories},
          {"evidence", evidence},
          {"hit_ids", f.hit_ids},
          {"platform", f.platform},
          {"item_url", f.item_url},
          {"title", f.title},
          {"seller", f.seller},
          {"seller_url", f.seller_url},
          {"price", f.price},
          {"listing_id", f.listing_id},
          {"first_seen", f.first_seen},
          {"last_seen", f.last_seen},
          {"found_at", f.found_at},
          {"sightings", f.sightings},
          {"analyst", f.analyst},
          {"note", f.note},
          {"reviewed_at", f.reviewed_at}};
}

std::optional<int64_t> ParseInt(std::string_view s) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string Get(const Query& q, std::string_view key, std::string_view fallback = "") {
  auto it = q.find(key);
  return it == q.end() ? std::string(fallback) : it->second;
}

// "2026-12-01" or an RFC 3339 time, as the RFC 3339 ms form store rows hold;
// nullopt when it is neither. `end_of_day` makes a bare date cover its day.
std::optional<std::string> DateBound(const std::string& v, bool end_of_day) {
  std::string t = v;
  if (t.size() == 10) t += end_of_day ? "T23:59:59.999Z" : "T00:00:00.000Z";
  auto parsed = base::ParseRfc3339(t);
  if (!parsed.ok()) return std::nullopt;
  int64_t ms = parsed->epoch_seconds * 1000;
  std::string frac = parsed->fraction.substr(0, 3);
  while (frac.size() < 3) frac += '0';
  return base::FormatRfc3339UtcMs(ms + std::stoll(frac));
}

bool StatusMatches(const std::string& want, const std::string& status) {
  if (want == "all") return true;
  if (want == "open") return status != "dismissed" && status != "taken_down";
  return want == status;
}

// Byte offset into UTF-8 `text` → code-point offset (API.md: spans count
// code points, as JavaScript's Array.from(text) does).
int64_t CodePoints(const std::string& text, int64_t byte_offset) {
  int64_t n = 0;
  const int64_t end = std::min<int64_t>(byte_offset, static_cast<int64_t>(text.size()));
  for (int64_t i = 0; i < end; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

Result<store::Finding> LoadFinding(store::Store& store, int64_t item_id) {
  store::HitFilter filter;
  filter.item_id = item_id;
  auto hits = store.ListHits(filter);
  if (!hits.ok()) return hits.status();
  if (hits->empty()) return Status::NotFound("item " + std::to_string(item_id) + ": no such finding");
  return store::GroupFindings(*hits).front();
}

ApiResponse FindingAnswer(store::Store& store, int64_t item_id) {
  auto f = LoadFinding(store, item_id);
  if (!f.ok()) return ErrorResponse(500, f.status().message());
  return Json({{"finding", FindingJson(*f)}});
}

}  // namespace

ApiResponse ErrorResponse(int status, std::string_view message) {
  return Json({{"error", std::string(message)}}, status);
}

ApiResponse ListFindings(store::Store& store, const Query& query) {
  const std::string status = Get(query, "status", "open");
  static const std::set<std::string, std::less<>> kStatuses{"new",      "confirmed",  "dismissed", "still_up",
                                                            "reported", "taken_down", "open",      "all"};
  if (!kStatuses.contains(status)) return ErrorResponse(400, "status: unknown value '" + status + "'");
  auto order = store::ParseFindingOrder(Get(query, "order", "score"));
  if (!order) return ErrorResponse(400, "order: unknown value '" + Get(query, "order") + "'");
  auto offset = ParseInt(Get(query, "offset", "0"));
  if (!offset || *offset < 0) return ErrorResponse(400, "offset: expected a number >= 0");
  auto limit = ParseInt(Get(query, "limit", "50"));
  if (!limit || *limit < 1 || *limit > 500) return ErrorResponse(400, "limit: expected a number from 1 to 500");
  store::HitFilter filter;
  filter.category = Get(query, "category");
  filter.platform = Get(query, "platform");
  filter.seller = Get(query, "seller");
  filter.text = Get(query, "q");
  std::optional<std::string> until;
  if (auto v = Get(query, "since"); !v.empty()) {
    auto since = DateBound(v, false);
    if (!since) return ErrorResponse(400, "since: expected a date (YYYY-MM-DD) or RFC 3339 time");
    filter.since = *since;
  }
  if (auto v = Get(query, "until"); !v.empty()) {
    until = DateBound(v, true);
    if (!until) return ErrorResponse(400, "until: expected a date (YYYY-MM-DD) or RFC 3339 time");
  }
  auto hits = store.ListHits(filter);
  if (!hits.ok()) return ErrorResponse(500, hits.status().message());
  std::vector<store::Finding> all = store::GroupFindings(*hits);
  std::erase_if(all, [&](const store::Finding& f) {
    return !StatusMatches(status, f.status) || (until && f.found_at > *until);
  });
  store::SortFindings(all, *order);
  json page = json::array();
  const size_t from = std::min(all.size(), static_cast<size_t>(*offset));
  const size_t to = std::min(all.size(), from + static_cast<size_t>(*limit));
  for (size_t i = from; i < to; ++i) page.push_back(FindingJson(all[i]));
  return Json({{"total", all.size()}, {"offset", *offset}, {"findings", std::move(page)}});
}

ApiResponse GetFinding(store::Store& store, int64_t item_id) {
  store::HitFilter filter;
  filter.item_id = item_id;
  auto hits = store.ListHits(filter);
  if (!hits.ok()) return ErrorResponse(500, hits.status().message());
  if (hits->empty()) return ErrorResponse(404, "item " + std::to_string(item_id) + ": no such finding");
  store::ItemFilter item_filter;
  item_filter.item_id = item_id;
  auto items = store.ListItems(item_filter);
  if (!items.ok()) return ErrorResponse(500, items.status().message());
  const std::string text = items->empty() ? "" : items->front().text;
  json spans = json::array();
  for (const auto& h : *hits) {
    spans.push_back({{"start", CodePoints(text, h.start)},
                     {"end", CodePoints(text, h.end)},
                     {"category", h.category},
                     {"hit_id", h.id}});
  }
  auto captures = store.ListItemCaptures(item_id);
  if (!captures.ok()) return ErrorResponse(500, captures.status().message());
  json caps = json::array();
  for (const auto& c : *captures) {
    caps.push_back({{"capture_id", c.capture_id}, {"url", c.url}, {"captured_at", c.fetched_at},
                    {"sha256", c.payload_sha256}});
  }
  auto history = store.ListItemHistory(item_id);
  if (!history.ok()) return ErrorResponse(500, history.status().message());
  json hist = json::array();
  for (const auto& c : *history) {
    hist.push_back({{"hit_id", c.hit_id}, {"category", c.category}, {"from", c.from}, {"to", c.to},
                    {"actor", c.actor}, {"note", c.note}, {"kind", c.kind}, {"at", c.at}});
  }
  return Json({{"finding", FindingJson(store::GroupFindings(*hits).front())},
               {"text", text},
               {"spans", spans},
               {"captures", caps},
               {"history", hist}});
}

ApiResponse ReviewFinding(store::Store& store, int64_t item_id, std::string_view user, std::string_view body) {
  json req = json::parse(body, nullptr, false);
  if (req.is_discarded() || !req.is_object()) return ErrorResponse(400, "body: expected a JSON object");
  const std::string action = req.value("action", "");
  const std::string note = req.contains("note") && req["note"].is_string() ? req["note"].get<std::string>() : "";
  const std::string category =
      req.contains("category") && req["category"].is_string() ? req["category"].get<std::string>() : "";
  store::HitStatus to = store::HitStatus::kConfirmed;
  std::string kind = "review";
  if (action == "confirm") {
    to = store::HitStatus::kConfirmed;
  } else if (action == "dismiss") {
    to = store::HitStatus::kDismissed;
  } else if (action == "reopen") {
    to = store::HitStatus::kNew;
    kind = "reopen";
    if (note.find_first_not_of(" \t\r\n") == std::string::npos) {
      return ErrorResponse(400, "reopen needs a note saying why the decision is undone");
    }
  } else if (action == "note") {
    kind = "note";
    if (note.find_first_not_of(" \t\r\n") == std::string::npos) return ErrorResponse(400, "note: the note is empty");
  } else {
    return ErrorResponse(400, "action: expected confirm, dismiss, reopen or note");
  }
  store::HitFilter filter;
  filter.item_id = item_id;
  auto hits = store.ListHits(filter);
  if (!hits.ok()) return ErrorResponse(500, hits.status().message());
  if (hits->empty()) return ErrorResponse(404, "item " + std::to_string(item_id) + ": no such finding");
  // The hits this action applies to: a review decides the new ones, a
  // reopen takes back the decided ones (as `lantian review --item` does).
  store::StatusChange change;
  for (const auto& h : *hits) {
    if (!category.empty() && h.category != category) continue;
    // A note goes on every hit of the item (or of the category).
    const bool wanted = kind == "note" ? true
                        : kind == "reopen" ? (h.status == "confirmed" || h.status == "dismissed")
                                           : h.status == "new";
    if (wanted) change.hit_ids.push_back(h.id);
  }
  if (change.hit_ids.empty() && kind == "review") {
    // Nothing new to decide: the store refuses the move and says why
    // ("hit 12: cannot move from dismissed to confirmed"), as API.md has it.
    for (const auto& h : *hits) {
      if (category.empty() || h.category == category) change.hit_ids.push_back(h.id);
    }
  }
  if (change.hit_ids.empty()) {
    return ErrorResponse(409, "item " + std::to_string(item_id) + ": no " +
                                  (kind == "reopen" ? "confirmed or dismissed" : "new") + " hits" +
                                  (category.empty() ? "" : " of category " + category) + " to " + action);
  }
  change.to = to;
  change.actor = std::string(user);
  change.note = note;
  change.kind = kind;
  Status s = store.SetHitStatus(change);
  if (!s.ok()) {
    return ErrorResponse(s.code() == Status::Code::kFailedPrecondition ? 409 : 500, s.message());
  }
  return FindingAnswer(store, item_id);
}

ApiResponse UndoReview(store::Store& store, int64_t item_id, std::string_view user) {
  auto history = store.ListItemHistory(item_id);
  if (!history.ok()) return ErrorResponse(500, history.status().message());
  // This user's latest change on the item: every entry of it (one
  // SetHitStatus call gives its hits the same time and kind).
  const store::HitChange* latest = nullptr;
  for (const auto& c : *history) {
    if (c.actor == user && c.kind != "note") latest = &c;  // notes are words, not decisions
  }
  if (latest == nullptr || latest->kind != "review" ||
      (latest->to != "confirmed" && latest->to != "dismissed")) {
    return ErrorResponse(409, "item " + std::to_string(item_id) + ": nothing of yours to undo");
  }
  store::StatusChange change;
  for (const auto& c : *history) {
    if (c.actor == user && c.at == latest->at && c.kind == latest->kind && c.to == latest->to) {
      change.hit_ids.push_back(c.hit_id);
    }
  }
  change.to = store::HitStatus::kNew;
  change.actor = std::string(user);
  change.kind = "reopen";
  change.note = "undo: " + latest->to + (latest->note.empty() ? "" : " (" + latest->note + ")");
  Status s = store.SetHitStatus(change);
  if (!s.ok()) {
    return ErrorResponse(s.code() == Status::Code::kFailedPrecondition ? 409 : 500, s.message());
  }
  return FindingAnswer(store, item_id);
}

ApiResponse CapturePage(store::Store& store, int64_t capture_id) {
  auto records = store.CaptureRecords(capture_id);
  if (!records.ok()) {
    return ErrorResponse(records.status().code() == Status::Code::kNotFound ? 404 : 500, records.status().message());
  }
  const store::Store::RecordLocation* response = nullptr;
  for (const auto& r : *records) {
    if (r.type == "response") response = &r;  // the last hop is the final page
  }
  if (response == nullptr) return ErrorResponse(404, "capture " + std::to_string(capture_id) + ": no response record");
  auto rec = store::ReadRecord(response->path, response->offset, response->length);
  if (!rec.ok()) return ErrorResponse(500, rec.status().message());
  const size_t head_end = rec->block.find("\r\n\r\n");
  if (head_end == std::string::npos) return ErrorResponse(500, "capture " + std::to_string(capture_id) + ": no HTTP head");
  std::string head = rec->block.substr(0, head_end);
  std::string body = rec->block.substr(head_end + 4);
  std::string lower = head;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower.find("\r\ncontent-encoding: gzip") != std::string::npos) {
    // Bounded: a page's decoded body, capped like the crawler's 64 MiB.
    auto plain = store::Gunzip(body, int64_t{64} << 20);
    if (!plain.ok()) return ErrorResponse(500, "capture " + std::to_string(capture_id) + ": " + plain.status().message());
    body = std::move(*plain);
  }
  ApiResponse r;
  r.body = std::move(body);
  r.content_type = "text/html; charset=utf-8";
  return r;
}

ApiResponse ListOffenders(store::Store& store, const Query& query) {
  auto top = ParseInt(Get(query, "top", "50"));
  if (!top || *top < 0) return ErrorResponse(400, "top: expected a number >= 0");
  auto groups = store.ListOffenders(static_cast<size_t>(*top));
  if (!groups.ok()) return ErrorResponse(500, groups.status().message());
  json out = json::array();
  for (const auto& g : *groups) {
    out.push_back({{"id", g.id}, {"entity_ids", g.entity_ids}, {"confirmed_hits", g.confirmed_hits},
                   {"total_hits", g.total_hits}, {"shops", g.shops}, {"platforms", g.platforms},
                   {"contacts", g.contacts}});
  }
  return Json({{"offenders", out}});
}

ApiResponse GetOffender(store::Store& store, int64_t offender_id) {
  auto groups = store.ListOffenders(0);
  if (!groups.ok()) return ErrorResponse(500, groups.status().message());
  auto g = std::find_if(groups->begin(), groups->end(), [&](const store::OffenderGroup& o) { return o.id == offender_id; });
  if (g == groups->end()) return ErrorResponse(404, "offender " + std::to_string(offender_id) + ": no such offender");
  const std::set<int64_t> entities(g->entity_ids.begin(), g->entity_ids.end());
  auto items = store.ListItems({});
  if (!items.ok()) return ErrorResponse(500, items.status().message());
  std::vector<store::HitRow> hits;
  json timeline = json::array();
  std::vector<std::pair<std::string, json>> events;
  for (const auto& item : *items) {
    if (!entities.contains(item.entity_id)) continue;
    store::HitFilter filter;
    filter.item_id = item.id;
    auto item_hits = store.ListHits(filter);
    if (!item_hits.ok()) return ErrorResponse(500, item_hits.status().message());
    hits.insert(hits.end(), item_hits->begin(), item_hits->end());
    events.push_back({item.first_seen, {{"at", item.first_seen},
                                        {"what", "first seen on " + item.platform + ": " + item.title},
                                        {"item_id", item.id}}});
    auto history = store.ListItemHistory(item.id);
    if (!history.ok()) return ErrorResponse(500, history.status().message());
    for (const auto& c : *history) {
      events.push_back({c.at, {{"at", c.at},
                               {"what", "hit " + std::to_string(c.hit_id) + " (" + c.category + ") " + c.from + " -> " +
                                            c.to + " by " + c.actor + " (" + c.kind + ")"},
                               {"item_id", item.id}}});
    }
  }
  std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& e : events) timeline.push_back(std::move(e.second));
  std::vector<store::Finding> findings = store::GroupFindings(hits);
  store::SortFindings(findings, store::FindingOrder::kScore);
  json fj = json::array();
  for (const auto& f : findings) fj.push_back(FindingJson(f));
  return Json({{"offender",
                {{"id", g->id}, {"entity_ids", g->entity_ids}, {"confirmed_hits", g->confirmed_hits},
                 {"total_hits", g->total_hits}, {"shops", g->shops}, {"platforms", g->platforms},
                 {"contacts", g->contacts}}},
               {"findings", fj},
               {"timeline", timeline}});
}

ApiResponse Stats(store::Store& store, const Query& query, int64_t now_ms) {
  auto days = ParseInt(Get(query, "days", "30"));
  if (!days || *days < 1 || *days > 3660) return ErrorResponse(400, "days: expected a number from 1 to 3660");
  auto hits = store.ListHits({});
  if (!hits.ok()) return ErrorResponse(500, hits.status().message());
  const std::string since = base::FormatRfc3339UtcMs(now_ms - *days * 86'400'000);
  std::map<std::tuple<std::string, std::string, std::string>, int64_t> per_day;
  int64_t reported = 0, taken_down = 0;
  std::set<int64_t> removed_items;
  // A finding is new, per category, on the day its first hit of that
  // category was captured: counted once, however many hits it gathers.
  std::map<std::pair<int64_t, std::string>, const store::HitRow*> first_of;
  for (const auto& h : *hits) {
    const store::HitRow*& first = first_of[{h.item_id, h.category}];
    if (first == nullptr || h.captured_at < first->captured_at) first = &h;
  }
  for (const auto& [key, h] : first_of) {
    if (h->captured_at >= since) ++per_day[{h->captured_at.substr(0, 10), h->category, h->platform}];
  }
  for (const auto& h : *hits) {
    if (h.status == "reported" || h.status == "still_up" || h.status == "taken_down") ++reported;
    if (h.status == "taken_down") {
      ++taken_down;
      removed_items.insert(h.item_id);
    }
  }
  // Hours from a hit's report to its takedown, from the recorded changes.
  std::vector<double> hours;
  for (int64_t item : removed_items) {
    auto history = store.ListItemHistory(item);
    if (!history.ok()) return ErrorResponse(500, history.status().message());
    std::map<int64_t, std::string> reported_at;
    for (const auto& c : *history) {
      if (c.to == "reported") reported_at[c.hit_id] = c.at;
      if (c.to == "taken_down" && reported_at.contains(c.hit_id)) {
        auto from = base::ParseRfc3339(reported_at[c.hit_id]);
        auto to = base::ParseRfc3339(c.at);
        if (from.ok() && to.ok()) hours.push_back(static_cast<double>(to->epoch_seconds - from->epoch_seconds) / 3600.0);
      }
    }
  }
  json median = nullptr;
  if (!hours.empty()) {
    std::sort(hours.begin(), hours.end());
    const size_t n = hours.size();
    median = n % 2 ? hours[n / 2] : (hours[n / 2 - 1] + hours[n / 2]) / 2.0;
  }
  json days_out = json::array();
  for (const auto& [key, count] : per_day) {
    days_out.push_back({{"day", std::get<0>(key)}, {"category", std::get<1>(key)}, {"platform", std::get<2>(key)},
                        {"count", count}});
  }
  auto top = store.ListOffenders(10);
  if (!top.ok()) return ErrorResponse(500, top.status().message());
  json offenders = json::array();
  for (const auto& g : *top) offenders.push_back({{"id", g.id}, {"shops", g.shops}, {"confirmed_hits", g.confirmed_hits}});
  return Json({{"per_day", days_out},
               {"takedown_rate", reported ? static_cast<double>(taken_down) / static_cast<double>(reported) : 0.0},
               {"median_hours_to_removal", median},
               {"top_offenders", offenders}});
}

ApiResponse ListSweeps(store::Store& store, store::DaemonState* daemon) {
  auto sweeps = store.ListSweepSummaries(100);
  if (!sweeps.ok()) return ErrorResponse(500, sweeps.status().message());
  json out = json::array();
  std::set<std::string> jobs{"recheck", "learn"};
  for (const auto& s : *sweeps) {
    json errors = json::object();
    for (const auto& [host, n] : s.errors_by_host) errors[host] = n;
    // A sweep a fleet worked on (a PostgreSQL store): its workers as their
    // heartbeats left them; [] for a sweep one process ran.
    const std::int64_t now_ms = base::UnixMsNow();
    auto fleet = store.ListWorkers(s.sweep.id, now_ms);
    if (!fleet.ok()) return ErrorResponse(500, fleet.status().message());
    json workers = json::array();
    for (const store::WorkerStatus& w : *fleet) {
      workers.push_back({{"name", w.name}, {"heartbeat", base::FormatRfc3339UtcMs(w.heartbeat_ms)},
                         {"pages", w.pages}, {"requests", w.requests},
                         {"state", std::string(store::WorkerState(w, now_ms))}, {"hosts", w.hosts}});
    }
    out.push_back({{"id", s.sweep.id}, {"job", s.sweep.job}, {"status", s.sweep.status},
                   {"started_at", s.sweep.started_at}, {"finished_at", s.sweep.finished_at}, {"pages", s.pages},
                   {"hits", s.hits}, {"errors_by_host", errors}, {"workers", workers}});
    if (!s.sweep.job.empty()) jobs.insert(s.sweep.job);
  }
  json runs = json::array();
  if (daemon != nullptr) {
    for (const std::string& name : jobs) {
      auto job = daemon->GetJob(name);
      if (!job.ok()) return ErrorResponse(500, job.status().message());
      if (!job->has_value()) continue;
      const store::JobState& j = **job;
      runs.push_back({{"job", j.name},
                      {"last_run", j.last_run_ms ? json(base::FormatRfc3339UtcMs(j.last_run_ms)) : json(nullptr)},
                      {"next_run", j.next_run_ms ? json(base::FormatRfc3339UtcMs(j.next_run_ms)) : json(nullptr)},
                      {"last_status", j.last_status}});
    }
  }
  return Json({{"sweeps", out}, {"daemon", runs}});
}

ApiResponse ListExports(store::Store& store) {
  auto exports = store.ListExports();
  if (!exports.ok()) return ErrorResponse(500, exports.status().message());
  json out = json::array();
  for (const auto& e : *exports) {
    out.push_back({{"id", e.id}, {"created_at", e.at}, {"path", e.path}, {"hits", e.hit_count},
                   // The exports row keeps no actor (the hits' export changes do); "" until it does.
                   {"actor", ""}, {"note", e.note}, {"download", "/api/v1/exports/" + std::to_string(e.id) + "/download"}});
  }
  return Json({{"exports", out}});
}

ApiResponse ListUsers(store::Store& store) {
  auto users = store.ListUsers();
  if (!users.ok()) return ErrorResponse(500, users.status().message());
  json out = json::array();
  for (const auto& u : *users) {
    out.push_back({{"name", u.name}, {"role", u.role}, {"disabled", u.disabled}, {"created_at", u.created_at},
                   {"last_sign_in", u.last_sign_in}});
  }
  return Json({{"users", out}});
}

}  // namespace lantian::console
