// `lantian entities show ID`: an offender's dossier — every listing, shop,
// platform and contact linked to one offender, the review outcomes and
// takedown results, and a timeline; as text, JSON or a printable HTML page
// for a credit-supervision (信用监管) referral.

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "store/findings.h"
#include "store/internal/report_json.h"
#include "store/internal/text_table.h"
#include "store/triage.h"

namespace lantian::store {
namespace {

using internal::Dump;
using internal::Joined;

struct Listing {
  ItemRow item;
  Finding finding;  // item_id 0 when the listing has no hit
};

struct Event {
  std::string at, what;
  int64_t item_id = 0;
};

struct Dossier {
  OffenderGroup group;
  std::vector<Listing> listings;
  std::vector<Event> timeline;
  std::map<std::string, int64_t> outcomes;  // finding status -> listings
  std::string first_seen, last_seen;
};

std::string Plural(int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string EventText(const HitChange& c) {
  if (c.kind == "export") return "reported to the platform (" + c.category + ")";
  if (c.kind == "recheck") return c.to == "taken_down" ? "taken down (recheck)" : "still up (recheck)";
  std::string s = c.kind == "reopen" ? "reopened by " + c.actor : c.to + " by " + c.actor;
  s += " (" + c.category + ")";
  if (!c.note.empty()) s += ": " + c.note;
  return s;
}

Result<Dossier> LoadDossier(Store& store, int64_t id) {
  auto groups = store.ListOffenders(0);
  if (!groups.ok()) return groups.status();
  Dossier d;
  bool found = false;
  for (const OffenderGroup& g : *groups) {
    if (std::find(g.entity_ids.begin(), g.entity_ids.end(), id) != g.entity_ids.end()) {
      d.group = g;
      found = true;
      break;
    }
  }
  if (!found) {
    return Status::NotFound("offender " + std::to_string(id) + ": no such offender with hits (see `lantian entities`)");
  }
  const std::set<int64_t> entity_ids(d.group.entity_ids.begin(), d.group.entity_ids.end());
  auto items = store.ListItems({});
  if (!items.ok()) return items.status();
  for (ItemRow& item : *items) {
    if (!entity_ids.count(item.entity_id)) continue;
    Listing l;
    l.item = std::move(item);
    if (l.item.hits > 0) {
      HitFilter f;
      f.item_id = l.item.id;
      auto hits = store.ListHits(f);
      if (!hits.ok()) return hits.status();
      auto grouped = GroupFindings(*hits);
      if (!grouped.empty()) l.finding = grouped.front();
      auto history = store.ListItemHistory(l.item.id);
      if (!history.ok()) return history.status();
      // One event per (time, what) even when a review moved several hits.
      std::set<std::pair<std::string, std::string>> seen;
      for (const HitChange& c : *history) {
        std::string what = EventText(c);
        if (seen.insert({c.at.substr(0, 19), what}).second) d.timeline.push_back({c.at, what, l.item.id});
      }
      ++d.outcomes[l.finding.status];
    }
    d.timeline.push_back({l.item.first_seen, "first seen on " + l.item.platform, l.item.id});
    if (d.first_seen.empty() || l.item.first_seen < d.first_seen) d.first_seen = l.item.first_seen;
    if (l.item.last_seen > d.last_seen) d.last_seen = l.item.last_seen;
    d.listings.push_back(std::move(l));
  }
  std::stable_sort(d.timeline.begin(), d.timeline.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
  return d;
}

int64_t WithFindings(const Dossier& d) {
  return std::count_if(d.listings.begin(), d.listings.end(), [](const Listing& l) { return l.finding.item_id != 0; });
}

std::string OutcomeLine(const Dossier& d) {
  std::vector<std::string> parts;
  for (const auto& [status, n] : d.outcomes) parts.push_back(std::to_string(n) + " " + status);
  return parts.empty() ? "-" : Joined(parts, ", ");
}

std::string DossierText(const Dossier& d) {
  const OffenderGroup& g = d.group;
  std::string out = "offender " + std::to_string(g.id) + " · " + Plural(static_cast<int64_t>(d.listings.size()), "listing", "listings") +
                    " (" + std::to_string(WithFindings(d)) + " with findings) · " +
                    Plural(static_cast<int64_t>(g.platforms.size()), "platform", "platforms") + "\n";
  out += "  shops      " + Joined(g.shops, ", ") + "\n";
  out += "  contacts   " + (g.contacts.empty() ? std::string("-") : Joined(g.contacts, ", ")) + "\n";
  out += "  seen       " + d.first_seen + " → " + d.last_seen + "\n";
  out += "  outcomes   " + OutcomeLine(d) + "\n";
  out += "\nlistings\n";
  internal::Table t({{"  ITEM"}, {"PLATFORM"}, {"STATUS"}, {"CATEGORIES", 40}, {"FIRST SEEN"}, {"TITLE", 30}, {"URL"}});
  for (const Listing& l : d.listings) {
    t.Add({"  " + std::to_string(l.item.id), l.item.platform, l.finding.item_id ? l.finding.status : "-",
           l.finding.categories.empty() ? "-" : Joined(l.finding.categories, ","), l.item.first_seen.substr(0, 10),
           l.item.title.empty() ? "-" : l.item.title, l.item.item_url});
  }
  out += t.Render(0);
  out += "\ntimeline\n";
  for (const Event& e : d.timeline) out += "  " + e.at + "  item " + std::to_string(e.item_id) + "  " + e.what + "\n";
  return out;
}

nlohmann::json DossierJson(const Dossier& d) {
  nlohmann::json j;
  j["id"] = d.group.id;
  j["entity_ids"] = d.group.entity_ids;
  j["shops"] = d.group.shops;
  j["platforms"] = d.group.platforms;
  j["contacts"] = d.group.contacts;
  j["first_seen"] = d.first_seen;
  j["last_seen"] = d.last_seen;
  j["listing_count"] = d.listings.size();
  j["outcomes"] = d.outcomes;
  j["listings"] = nlohmann::json::array();
  for (const Listing& l : d.listings) {
    nlohmann::json x = internal::ItemJson(l.item);
    x["finding"] = l.finding.item_id ? internal::FindingJson(l.finding) : nlohmann::json(nullptr);
    j["listings"].push_back(std::move(x));
  }
  j["timeline"] = nlohmann::json::array();
  for (const Event& e : d.timeline) j["timeline"].push_back({{"at", e.at}, {"item_id", e.item_id}, {"event", e.what}});
  return j;
}

// A printable page (A4), self-contained: no script, no external resource.
std::string DossierHtml(const Dossier& d, const std::string& now) {
  using base::HtmlEscape;
  const OffenderGroup& g = d.group;
  std::string h =
      "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
      "<title>违法代理线索档案 offender " +
      std::to_string(g.id) +
      "</title><style>"
      "@page{size:A4;margin:18mm}body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;font-size:10.5pt;"
      "color:#111;max-width:180mm;margin:auto}h1{font-size:16pt;margin:0 0 4mm}h2{font-size:12pt;"
      "margin:6mm 0 2mm;border-bottom:1px solid #999}table{border-collapse:collapse;width:100%}"
      "td,th{border:1px solid #bbb;padding:1.5mm;vertical-align:top;text-align:left;word-break:break-all}"
      "th{background:#eee}dl{display:grid;grid-template-columns:28mm 1fr;gap:1mm 3mm;margin:0}dt{color:#555}"
      "dd{margin:0}.small{font-size:8.5pt;color:#555}</style></head><body>\n";
  h += "<h1>违法代理线索档案 · 当事人 " + std::to_string(g.id) + "</h1>\n";
  h += "<p class=\"small\">生成时间 " + HtmlEscape(now) + " · lantian · 供信用监管移送参考</p>\n<dl>";
  auto row = [&](const char* k, const std::string& v) {
    h += "<dt>" + std::string(k) + "</dt><dd>" + HtmlEscape(v.empty() ? "-" : v) + "</dd>";
  };
  row("链接数 listings", std::to_string(d.listings.size()) + "（其中有线索 " + std::to_string(WithFindings(d)) + "）");
  row("平台 platforms", Joined(g.platforms, "、"));
  row("店铺 shops", Joined(g.shops, "、"));
  row("联系方式 contacts", Joined(g.contacts, "、"));
  row("时间 seen", d.first_seen + " — " + d.last_seen);
  row("处理结果 outcomes", OutcomeLine(d));
  h += "</dl>\n<h2>链接 Listings</h2>\n<table><tr><th>#</th><th>平台</th><th>标题 / 链接</th><th>类别</th>"
       "<th>状态</th><th>首次发现</th></tr>\n";
  for (const Listing& l : d.listings) {
    h += "<tr><td>" + std::to_string(l.item.id) + "</td><td>" + HtmlEscape(l.item.platform) + "</td><td>" +
         HtmlEscape(l.item.title.empty() ? "-" : l.item.title) + "<br><span class=\"small\">" +
         HtmlEscape(l.item.item_url) + "</span></td><td>" +
         HtmlEscape(l.finding.categories.empty() ? "-" : Joined(l.finding.categories, ", ")) + "</td><td>" +
         HtmlEscape(l.finding.item_id ? l.finding.status : "-") + "</td><td>" +
         HtmlEscape(l.item.first_seen.substr(0, 10)) + "</td></tr>\n";
  }
  h += "</table>\n<h2>时间线 Timeline</h2>\n<table><tr><th>时间</th><th>链接</th><th>事件</th></tr>\n";
  for (const Event& e : d.timeline) {
    h += "<tr><td>" + HtmlEscape(e.at) + "</td><td>" + std::to_string(e.item_id) + "</td><td>" + HtmlEscape(e.what) +
         "</td></tr>\n";
  }
  h += "</table>\n</body></html>\n";
  return h;
}

}  // namespace

Result<std::string> RunDossier(const DossierRequest& request) {
  auto store = internal::OpenReadOnly(request.db_path);
  if (!store.ok()) return store.status();
  auto d = LoadDossier(**store, request.offender_id);
  if (!d.ok()) return d.status();
  switch (request.format) {
    case DossierFormat::kJson: return Dump(DossierJson(*d)) + "\n";
    case DossierFormat::kHtml: return DossierHtml(*d, request.now_utc.empty() ? NowUtc() : request.now_utc);
    case DossierFormat::kText: break;
  }
  return DossierText(*d);
}

}  // namespace lantian::store
