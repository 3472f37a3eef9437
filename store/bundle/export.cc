#include "store/bundle/export.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include <toml++/toml.h>

#include "base/sha256.h"
#include "base/strings.h"
#include "base/time.h"
#include "base/toml_error.h"

#include "store/bundle/internal/crypto.h"
#include "store/bundle/internal/notice.h"
#include "store/findings.h"
#include "store/store.h"

namespace lantian::store {
namespace {

namespace fs = std::filesystem;

Status ReadString(const std::string& path, const toml::node& node, std::string_view key,
                  std::string* out) {
  const auto* s = node.as_string();
  if (s == nullptr) return base::TomlValueError(path, node, key, "expected a string");
  *out = s->get();
  return Status::Ok();
}

// A path-valued key: relative paths are relative to the config file.
Status ReadPath(const std::string& path, const toml::node& node, std::string_view key,
                std::string* out) {
  LANTIAN_RETURN_IF_ERROR(ReadString(path, node, key, out));
  if (!out->empty() && !fs::path(*out).is_absolute()) {
    *out = (fs::path(path).parent_path() / *out).string();
  }
  return Status::Ok();
}

Result<std::string> FileSha256Hex(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read");
  base::Digest d;
  std::vector<char> buf(256 * 1024);
  while (in) {
    in.read(buf.data(), std::streamsize(buf.size()));
    d.Update(std::string_view(buf.data(), size_t(in.gcount())));
  }
  return d.FinishHex();
}

// Context for the notice: the stored snippet (it holds the match); when the
// store gave none, the match alone.
std::string ContextOf(const HitRow& h) { return h.snippet.empty() ? h.match : h.snippet; }

}  // namespace

std::string FormatExportNote(const ExportNote& n) {
  return n.route + " bundle, platform " + n.platform + ", " + std::to_string(n.listings) +
         " listings, " + std::to_string(n.hits) + " hits" + (n.draft ? ", draft" : "");
}

ExportNote ParseExportNote(std::string_view note) {
  ExportNote n;
  size_t sp = note.find(" bundle");
  if (sp != std::string_view::npos) n.route = std::string(note.substr(0, sp));
  size_t pos = 0;
  while (pos < note.size()) {
    size_t comma = note.find(", ", pos);
    std::string_view part = note.substr(pos, comma == std::string_view::npos ? note.npos : comma - pos);
    pos = comma == std::string_view::npos ? note.size() : comma + 2;
    auto number = [&](std::string_view suffix, int64_t* out) {
      if (!part.ends_with(suffix)) return;
      std::string digits(part.substr(0, part.size() - suffix.size()));
      if (!digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos) {
        *out = std::stoll(digits);
      }
    };
    if (part.starts_with("platform ")) n.platform = std::string(part.substr(9));
    number(" listings", &n.listings);
    number(" items", &n.listings);
    number(" hits", &n.hits);
    if (part == "draft") n.draft = true;
  }
  return n;
}

Result<ExportConfig> LoadExportConfig(const std::string& path) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return base::TomlParseError(path, e);
  }
  ExportConfig cfg;
  const toml::node* exp = root.get("export");
  if (exp == nullptr) return cfg;
  const auto* t = exp->as_table();
  if (t == nullptr) return base::TomlValueError(path, *exp, "export", "expected a table");
  for (const auto& [k, node] : *t) {
    std::string key = "export." + std::string(k.str());
    if (k == "route") {
      std::string v;
      LANTIAN_RETURN_IF_ERROR(ReadString(path, node, key, &v));
      if (v == "referral") {
        cfg.route = NoticeRoute::kReferral;
      } else if (v == "complaint") {
        cfg.route = NoticeRoute::kComplaint;
      } else {
        return base::TomlValueError(path, node, key, "expected \"referral\" or \"complaint\"");
      }
    } else if (k == "key") {
      LANTIAN_RETURN_IF_ERROR(ReadPath(path, node, key, &cfg.key_path));
    } else if (k == "tsa_url") {
      LANTIAN_RETURN_IF_ERROR(ReadString(path, node, key, &cfg.tsa_url));
    } else if (k == "tsa_certs") {
      LANTIAN_RETURN_IF_ERROR(ReadPath(path, node, key, &cfg.tsa_certs_path));
    } else if (k == "title") {
      LANTIAN_RETURN_IF_ERROR(ReadString(path, node, key, &cfg.title));
    } else if (k == "tsa_timeout_ms") {
      const auto* i = node.as_integer();
      if (i == nullptr || i->get() < 100 || i->get() > 600000) {
        return base::TomlValueError(path, node, key, "expected an integer from 100 to 600000");
      }
      cfg.tsa_timeout_ms = i->get();
    } else if (k == "sender") {
      const auto* st = node.as_table();
      if (st == nullptr) return base::TomlValueError(path, node, key, "expected a table");
      std::map<std::string_view, std::string*> fields = {
          {"organization", &cfg.sender.organization},
          {"credit_code", &cfg.sender.credit_code},
          {"contact_person", &cfg.sender.contact_person},
          {"phone", &cfg.sender.phone},
          {"email", &cfg.sender.email},
          {"address", &cfg.sender.address},
          {"authority", &cfg.sender.authority},
          {"rights_certificates", &cfg.sender.rights_certificates},
          {"letter_reference", &cfg.sender.letter_reference}};
      for (const auto& [sk, sv] : *st) {
        std::string skey = key + "." + std::string(sk.str());
        auto f = fields.find(sk.str());
        if (f == fields.end()) return base::TomlValueError(path, sv, skey, "unknown key");
        LANTIAN_RETURN_IF_ERROR(ReadString(path, sv, skey, f->second));
      }
    } else if (k == "attachments") {
      const auto* arr = node.as_array();
      if (arr == nullptr) {
        return base::TomlValueError(path, node, key, "expected an array of tables");
      }
      for (const auto& el : *arr) {
        const auto* at = el.as_table();
        if (at == nullptr) {
          return base::TomlValueError(path, el, key, "expected a table");
        }
        BundleAttachment a;
        for (const auto& [ak, av] : *at) {
          std::string akey = key + "." + std::string(ak.str());
          if (ak == "path") {
            LANTIAN_RETURN_IF_ERROR(ReadPath(path, av, akey, &a.source_path));
          } else if (ak == "name") {
            LANTIAN_RETURN_IF_ERROR(ReadString(path, av, akey, &a.name));
          } else if (ak == "description") {
            LANTIAN_RETURN_IF_ERROR(ReadString(path, av, akey, &a.description));
          } else {
            return base::TomlValueError(path, av, akey, "unknown key");
          }
        }
        if (a.source_path.empty()) {
          return base::TomlValueError(path, el, key, "path is required");
        }
        cfg.attachments.push_back(std::move(a));
      }
    } else {
      return base::TomlValueError(path, node, key, "unknown key");
    }
  }
  return cfg;
}

Status CheckSendable(const BundleOptions& options, const std::string& out_path, bool force) {
  if (!force && fs::exists(out_path)) {
    return Status::FailedPrecondition("--out " + out_path + ": already exists; pass --force to replace it");
  }
  for (const BundleAttachment& a : options.attachments) {
    if (!fs::is_regular_file(a.source_path)) {
      return Status::InvalidArgument("export.attachments: " + a.source_path + ": no such file");
    }
  }
  if (options.draft) return Status::Ok();
  const std::string& org = options.sender.organization;
  const std::string draft_hint = " or pass --draft for a watermarked draft";
  if (base::TrimAscii(org).empty()) {
    return Status::FailedPrecondition("export.sender.organization is empty: set your own [export.sender]" + draft_hint);
  }
  if (org == kSampleSenderOrganization || org.find("（示例）") != std::string::npos ||
      org.find("(示例)") != std::string::npos) {
    return Status::FailedPrecondition("export.sender.organization is the sample sender '" + org +
                                      "': set your own [export.sender]" + draft_hint);
  }
  if (options.route != NoticeRoute::kComplaint) return Status::Ok();
  for (const auto& [field, value] :
       {std::pair<std::string_view, const std::string*>{"authority (the rights held)", &options.sender.authority},
        {"rights_certificates (the certificate numbers)", &options.sender.rights_certificates}}) {
    if (base::TrimAscii(*value).empty()) {
      return Status::FailedPrecondition("complaint route: export.sender." + std::string(field) +
                                        " is empty; set it" + draft_hint);
    }
  }
  if (options.attachments.empty()) {
    return Status::FailedPrecondition(
        "complaint route: no [[export.attachments]] (the rights holder's identity and rights "
        "documents the notice lists); add them" + draft_hint);
  }
  return Status::Ok();
}

Result<ExportResult> ExportHits(Store& store, const ExportRequest& request) {
  HitFilter filter;
  filter.status = request.status;
  filter.platform = request.platform;
  auto hits = store.ListHits(filter);
  if (!hits.ok()) return hits.status();
  std::string since = request.since;
  if (!since.empty() && since.size() == 10) since += "T00:00:00Z";
  if (!since.empty()) {
    auto t = base::ParseRfc3339(since);
    if (!t.ok()) {
      return Status::InvalidArgument("--since: expected YYYY-MM-DD or RFC 3339, got '" +
                                     request.since + "'");
    }
    since = base::FormatRfc3339(*t);
  }
  const std::set<int64_t> only_items(request.item_ids.begin(), request.item_ids.end());
  std::vector<HitRow> selected;
  for (HitRow& h : *hits) {
    if (!only_items.empty() && !only_items.contains(h.item_id)) continue;
    if (!since.empty()) {
      auto ct = base::ParseRfc3339(h.captured_at);
      if (ct.ok() && base::FormatRfc3339(*ct) < since) continue;
    }
    selected.push_back(std::move(h));
  }

  // One entry per listing: its finding (store/findings.h) gives the reasons,
  // the best evidence per category; the entry still stands for every hit.
  // It cites the latest capture of the item's own page, or, when the item
  // was only seen on search/list pages, the latest capture of those.
  std::map<int64_t, const HitRow*> by_id;
  std::map<int64_t, std::vector<const HitRow*>> by_item;
  for (const HitRow& h : selected) {
    by_id[h.id] = &h;
    by_item[h.item_id].push_back(&h);
  }
  std::vector<BundleItem> items;
  std::vector<const HitRow*> item_capture;
  std::vector<int64_t> hit_ids;
  std::vector<int64_t> to_report;
  for (const Finding& f : GroupFindings(selected)) {
    BundleItem item;
    item.platform = f.platform;
    item.url = f.item_url;
    item.title = f.title;
    item.seller = f.seller;
    item.listing_id = f.listing_id;
    item.price = f.price;
    item.seller_url = f.seller_url;
    item.first_seen_utc = f.first_seen;
    item.hit_ids = f.hit_ids;
    for (const Evidence& e : f.evidence) {
      const HitRow& h = *by_id.at(e.hit_id);
      BundleHit bh;
      bh.hit_id = h.id;
      bh.rule_id = h.rule;
      bh.category = h.category;
      bh.severity = h.severity;
      bh.match = h.match;
      bh.context = ContextOf(h);
      bh.start = h.start;
      bh.end = h.end;
      bh.legal_basis = h.legal_basis;
      bh.source = h.source;
      if (h.score) bh.score = *h.score;
      item.hits.push_back(std::move(bh));
    }
    const HitRow* cited = nullptr;
    for (const HitRow* h : by_item.at(f.item_id)) {
      hit_ids.push_back(h->id);
      if (h->status == "confirmed") to_report.push_back(h->id);
      auto rank = [&](const HitRow* r) { return std::make_pair(r->page_url == r->item_url, r->captured_at); };
      if (cited == nullptr || rank(h) > rank(cited)) cited = h;
    }
    items.push_back(std::move(item));
    item_capture.push_back(cited);
  }
  if (items.empty()) {
    return Status::NotFound("no " + std::string(HitStatusName(request.status)) + " hits" +
                            (request.platform.empty() ? "" : " on " + request.platform) +
                            (request.since.empty() ? "" : " since " + request.since) + " to export");
  }
  LANTIAN_RETURN_IF_ERROR(CheckSendable(request.bundle, request.out_path, request.force));
  std::vector<BundleCapture> captures;
  std::set<int64_t> done;
  std::map<int64_t, std::vector<CaptureResource>> shots_of;
  for (size_t i = 0; i < items.size(); ++i) {
    const HitRow& cited = *item_capture[i];
    int64_t cid = cited.capture_id;
    items[i].capture_key = std::to_string(cid);
    // The listing's screenshot: the crop of its own element when the page was
    // a list (urn:screenshot:<item url>), else the page's.
    // A capture's screenshots are read once, however many of its listings are reported.
    auto cached = shots_of.find(cid);
    if (cached == shots_of.end()) {
      auto read = store.ReadCaptureResources(cid, "urn:screenshot:");
      if (!read.ok()) return read.status();
      cached = shots_of.emplace(cid, std::move(*read)).first;
    }
    const std::vector<CaptureResource>& shots = cached->second;
    std::optional<size_t> pick;
    for (size_t k = 0; k < shots.size(); ++k) {
      const std::string& uri = shots[k].uri;
      if (uri == "urn:screenshot:" + items[i].url) pick = k;
      if (!pick && uri == "urn:screenshot:" + cited.page_url) pick = k;
    }
    if (!pick && !shots.empty()) pick = 0;
    if (pick) items[i].screenshot_png = shots[*pick].bytes;
    if (!done.insert(cid).second) continue;
    auto recs = store.CaptureRecords(cid);
    if (!recs.ok()) return recs.status();
    BundleCapture c;
    c.key = std::to_string(cid);
    c.sha256 = cited.capture_sha256;
    c.captured_at_utc = cited.captured_at;
    c.page_url = cited.page_url;
    for (const Store::RecordLocation& r : *recs) {
      // Adjacent records of one file merge into one range (fewer reads).
      if (!c.ranges.empty() && c.ranges.back().path == r.path &&
          c.ranges.back().offset + c.ranges.back().length == uint64_t(r.offset)) {
        c.ranges.back().length += uint64_t(r.length);
      } else {
        c.ranges.push_back(WarcRange{r.path, uint64_t(r.offset), uint64_t(r.length)});
      }
    }
    captures.push_back(std::move(c));
  }
  auto summary = WriteBundle(request.out_path, items, captures, request.bundle);
  if (!summary.ok()) return summary.status();

  ExportResult result;
  result.bundle = *summary;
  result.hit_ids = hit_ids;
  if (!to_report.empty()) {
    StatusChange change;
    change.hit_ids = to_report;
    change.to = HitStatus::kReported;
    change.actor = request.actor;
    change.kind = "export";
    change.note = request.out_path;
    Status st = store.SetHitStatus(change);
    if (!st.ok()) {
      return st.WithContext(request.out_path + " written, but hits not marked reported");
    }
    result.moved_to_reported = to_report.size();
  }
  auto sha = FileSha256Hex(request.out_path);
  if (!sha.ok()) return sha.status();
  ExportInput in;
  in.path = request.out_path;
  in.sha256 = *sha;
  in.hit_ids = hit_ids;
  in.note = FormatExportNote({std::string(NoticeRouteName(request.bundle.route)),
                              request.platform.empty() ? "all" : request.platform,
                              int64_t(items.size()), int64_t(hit_ids.size()), request.bundle.draft});
  auto export_id = store.RecordExport(in);
  if (!export_id.ok()) {
    return export_id.status().WithContext(request.out_path + " written, but the export is not in the chain");
  }
  result.export_id = *export_id;
  return result;
}

// ---- recheck ----

const char* RecheckVerdictName(RecheckVerdict v) {
  switch (v) {
    case RecheckVerdict::kRemoved:
      return "removed";
    case RecheckVerdict::kChanged:
      return "changed";
    case RecheckVerdict::kStillUp:
      return "still_up";
    case RecheckVerdict::kUnknown:
      return "unknown";
  }
  return "unknown";
}

namespace {

bool LooksLikeSearchPage(const std::string& url) {
  const std::string u = base::AsciiLower(url);
  size_t scheme = u.find("://");
  size_t path_at = u.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  std::string path = path_at == std::string::npos ? "/" : u.substr(path_at);
  for (std::string_view marker : {"/search", "/s?", "/s.htm", "/web?query=", "/list?q=",
                                  "?q=", "&q=", "?keyword=", "&keyword=", "/404", "/error",
                                  "/notfound", "/not-found"}) {
    if (path.find(marker) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

RecheckVerdict ClassifyRecheck(const RecheckFetch& fetch, const std::vector<std::string>& matches,
                               const std::vector<std::string>& gone_markers, std::string* reason) {
  if (!fetch.transport_ok) {
    *reason = "fetch failed: " + fetch.error;
    return RecheckVerdict::kUnknown;
  }
  if (fetch.http_status == 404 || fetch.http_status == 410) {
    *reason = "HTTP " + std::to_string(fetch.http_status);
    return RecheckVerdict::kRemoved;
  }
  if (fetch.hops.size() > 1 && LooksLikeSearchPage(fetch.final_url)) {
    *reason = "redirected to a search page: " + fetch.final_url;
    return RecheckVerdict::kRemoved;
  }
  if (fetch.http_status >= 400) {
    *reason = "HTTP " + std::to_string(fetch.http_status) + " (not conclusive)";
    return RecheckVerdict::kUnknown;
  }
  for (const std::string& m : gone_markers) {
    if (!m.empty() && fetch.decoded_body.find(m) != std::string::npos) {
      *reason = "gone marker '" + m + "' on the page";
      return RecheckVerdict::kRemoved;
    }
  }
  for (const std::string& m : matches) {
    if (!m.empty() && fetch.decoded_body.find(m) != std::string::npos) {
      *reason = "matched text still on the page";
      return RecheckVerdict::kStillUp;
    }
  }
  *reason = "page up but the matched text is gone";
  return RecheckVerdict::kChanged;
}

Result<std::vector<HitStatus>> ParseRecheckStatuses(const std::vector<std::string>& names) {
  if (names.empty()) return kDefaultRecheckStatuses;
  const std::string valid = " (valid: reported, still_up)";
  std::vector<HitStatus> out;
  for (const std::string& n : names) {
    std::optional<HitStatus> s = ParseHitStatus(n);
    if (!s) return Status::InvalidArgument("--status: unknown status '" + n + "'" + valid);
    if (std::find(kDefaultRecheckStatuses.begin(), kDefaultRecheckStatuses.end(), *s) ==
        kDefaultRecheckStatuses.end()) {
      return Status::InvalidArgument("--status: cannot recheck " + n + " hits" + valid);
    }
    if (std::find(out.begin(), out.end(), *s) == out.end()) out.push_back(*s);
  }
  return out;
}

std::string RecheckSummary(const RecheckReport& report) {
  std::string statuses;
  for (size_t i = 0; i < report.statuses.size(); ++i) {
    if (i > 0) statuses += i + 1 == report.statuses.size() ? " or " : ", ";
    statuses += HitStatusName(report.statuses[i]);
  }
  const std::string where = report.platform.empty() ? "" : " on platform " + report.platform;
  if (report.items.empty()) {
    std::string s = "recheck: 0 items" + where + " with status " + statuses + " (";
    if (report.skipped_items.empty()) return s + "no hits" + where + " at all)";
    // Listed in the order hits move through triage.
    std::string counts;
    for (HitStatus st : {HitStatus::kNew, HitStatus::kConfirmed, HitStatus::kDismissed,
                         HitStatus::kReported, HitStatus::kStillUp, HitStatus::kTakenDown}) {
      auto it = report.skipped_items.find(HitStatusName(st));
      if (it == report.skipped_items.end()) continue;
      if (!counts.empty()) counts += ", ";
      counts += std::to_string(it->second) + " " + it->first;
    }
    // The most useful next step first: a recheckable status left out, then
    // what triage still has to do.
    std::string hint;
    for (HitStatus st : kDefaultRecheckStatuses) {
      if (!report.skipped_items.contains(HitStatusName(st))) continue;
      hint += (hint.empty() ? "" : " and ") + std::string(HitStatusName(st));
    }
    if (!hint.empty()) {
      hint += " not selected by --status";
    } else if (report.skipped_items.contains("confirmed")) {
      hint = "confirmed items go out with export first";
    } else if (report.skipped_items.contains("new")) {
      hint = "new items need review and export first";
    } else {
      hint = "nothing left to recheck";
    }
    return s + counts + ": " + hint + ")";
  }
  int64_t changed = 0, removed = 0, still_up = 0, unknown = 0;
  for (const RecheckItem& it : report.items) {
    if (it.status_changed) ++changed;
    switch (it.verdict) {
      case RecheckVerdict::kRemoved:
      case RecheckVerdict::kChanged: ++removed; break;
      case RecheckVerdict::kStillUp: ++still_up; break;
      case RecheckVerdict::kUnknown: ++unknown; break;
    }
  }
  std::string verdicts;
  auto add = [&](int64_t n, const char* what) {
    if (n == 0) return;
    if (!verdicts.empty()) verdicts += ", ";
    verdicts += std::to_string(n) + " " + what;
  };
  add(removed, "taken down");
  add(still_up, "still up");
  add(unknown, "unknown");
  const size_t n = report.items.size();
  return "recheck: " + std::to_string(n) + (n == 1 ? " item" : " items") + where + " rechecked, " +
         (changed == 0 ? std::string("none") : std::to_string(changed)) + " changed (" + verdicts + ")";
}

Result<RecheckReport> RecheckReported(Store& store, const RecheckFetcher& fetch,
                                      const RecheckOptions& options) {
  // Every hit (of the platform), so the report can say what was left out.
  HitFilter filter;
  filter.platform = options.platform;
  auto hits = store.ListHits(filter);
  if (!hits.ok()) return hits.status();
  std::set<std::string> selected;
  for (HitStatus s : options.statuses) selected.insert(HitStatusName(s));
  struct Group {
    std::string platform, url;
    std::vector<int64_t> hit_ids;
    std::vector<std::string> matches;
    std::vector<std::string> from;  // each hit's status before the recheck
    std::string reported_at;  // the earliest notice that cited the item
  };
  std::map<std::pair<std::string, std::string>, Group> groups;
  std::map<std::pair<std::string, std::string>, std::set<std::string>> skipped;
  for (const HitRow& h : *hits) {
    if (!selected.contains(h.status)) {
      skipped[{h.platform, h.item_url}].insert(h.status);
      continue;
    }
    Group& g = groups[{h.platform, h.item_url}];
    g.platform = h.platform;
    g.url = h.item_url;
    g.hit_ids.push_back(h.id);
    g.matches.push_back(h.match);
    g.from.push_back(h.status);
    if (!h.reported_at.empty() && (g.reported_at.empty() || h.reported_at < g.reported_at)) {
      g.reported_at = h.reported_at;
    }
  }
  RecheckReport report;
  report.statuses = options.statuses;
  report.platform = options.platform;
  for (const auto& [key, statuses] : skipped) {
    if (groups.contains(key)) continue;
    for (const std::string& st : statuses) ++report.skipped_items[st];
  }
  std::map<std::string, PlatformCompliance> per_platform;
  std::map<std::string, std::vector<double>> hours;
  std::string now = options.now_utc.empty() ? base::NowRfc3339UtcMs() : options.now_utc;
  auto now_t = base::ParseRfc3339(now);
  std::optional<int64_t> sweep_id;
  for (auto& [key, g] : groups) {
    RecheckFetch f = fetch(g.url);
    RecheckItem item;
    item.platform = g.platform;
    item.item_url = g.url;
    item.hit_ids = g.hit_ids;
    item.reported_at = g.reported_at;
    std::vector<std::string> markers;
    if (auto m = options.gone_markers.find(g.platform); m != options.gone_markers.end()) {
      markers = m->second;
    }
    if (auto m = options.gone_markers.find(""); m != options.gone_markers.end()) {
      markers.insert(markers.end(), m->second.begin(), m->second.end());
    }
    item.verdict = ClassifyRecheck(f, g.matches, markers, &item.reason);
    // The new capture is evidence either way (of removal, or of still being up).
    if (!f.hops.empty()) {
      if (!sweep_id) {
        auto s = store.BeginSweep("recheck", "{}");
        if (!s.ok()) return s.status();
        sweep_id = *s;
      }
      PageResult page;
      page.capture.sweep_id = *sweep_id;
      page.capture.hops = f.hops;
      page.capture.fetched_at_utc = f.fetched_at_utc.empty() ? base::NowRfc3339UtcMs() : f.fetched_at_utc;
      page.capture.hop = 'S';
      auto written = store.WritePages(std::span<const PageResult>(&page, 1));
      if (!written.ok()) return written.status();
    }
    PlatformCompliance& pc = per_platform[g.platform];
    pc.platform = g.platform;
    ++pc.reported;
    std::optional<HitStatus> to;
    switch (item.verdict) {
      case RecheckVerdict::kRemoved:
      case RecheckVerdict::kChanged:
        ++pc.removed;
        to = HitStatus::kTakenDown;
        break;
      case RecheckVerdict::kStillUp:
        ++pc.still_up;
        to = HitStatus::kStillUp;
        break;
      case RecheckVerdict::kUnknown:
        ++pc.unknown;
        break;
    }
    if (to) {
      StatusChange change;
      change.hit_ids = g.hit_ids;
      change.to = *to;
      change.actor = options.actor;
      change.kind = "recheck";
      change.note = std::string(RecheckVerdictName(item.verdict)) + ": " + item.reason;
      LANTIAN_RETURN_IF_ERROR(store.SetHitStatus(change));
      const std::string to_name = HitStatusName(*to);
      item.status_changed = std::any_of(g.from.begin(), g.from.end(),
                                        [&](const std::string& was) { return was != to_name; });
    }
    if (to == HitStatus::kTakenDown && !item.reported_at.empty() && now_t.ok()) {
      auto r = base::ParseRfc3339(item.reported_at);
      if (r.ok()) hours[g.platform].push_back(double(now_t->epoch_seconds - r->epoch_seconds) / 3600.0);
    }
    report.items.push_back(std::move(item));
  }
  if (sweep_id) LANTIAN_RETURN_IF_ERROR(store.FinishSweep(*sweep_id, "done"));
  for (auto& [p, pc] : per_platform) {
    auto& h = hours[p];
    if (!h.empty()) {
      std::sort(h.begin(), h.end());
      size_t n = h.size();
      pc.median_hours_to_removal = n % 2 == 1 ? h[n / 2] : (h[n / 2 - 1] + h[n / 2]) / 2.0;
    }
    report.platforms.push_back(pc);
  }
  return report;
}

}  // namespace lantian::store
