// `lantian show ITEM`: one finding in full, for an analyst deciding on it.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/findings.h"
#include "store/internal/report_json.h"
#include "store/internal/text_table.h"
#include "store/triage.h"

namespace lantian::store {
namespace {

using internal::Dump;
using internal::Joined;

constexpr const char* kOpen = "⟦";
constexpr const char* kClose = "⟧";
// Texts longer than this show only the parts around the evidence.
constexpr std::size_t kFullTextBytes = 4096;
constexpr std::size_t kContextBytes = 240;

struct Span {
  std::size_t start = 0, end = 0;
};

// Moves `i` back to the start of the UTF-8 character it falls in.
std::size_t CharStart(const std::string& s, std::size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return std::min(i, s.size());
}

// Where each hit's match sits in the stored item text. The offsets a hit
// carries are into the text of the capture it was found in; the stored text
// can since have grown (a detail page merged into the list item), so a match
// not at its offsets is looked up by its text. Overlapping spans merge.
std::vector<Span> EvidenceSpans(const std::string& text, const std::vector<HitRow>& hits) {
  std::vector<Span> spans;
  for (const HitRow& h : hits) {
    if (h.match.empty()) continue;
    const auto start = static_cast<std::size_t>(std::max<int64_t>(h.start, 0));
    if (start < text.size() && text.compare(start, h.match.size(), h.match) == 0) {
      spans.push_back({start, start + h.match.size()});
    } else if (const std::size_t at = text.find(h.match); at != std::string::npos) {
      spans.push_back({at, at + h.match.size()});
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

// The text with each span wrapped in ⟦ ⟧; a long text keeps only the
// context around the spans, cut at character boundaries and joined by " … ".
std::string MarkedText(const std::string& text, const std::vector<Span>& spans) {
  std::vector<Span> windows;
  if (text.size() <= kFullTextBytes || spans.empty()) {
    windows.push_back({0, std::min(text.size(), spans.empty() ? kFullTextBytes : text.size())});
  } else {
    for (const Span& s : spans) {
      Span w{CharStart(text, s.start > kContextBytes ? s.start - kContextBytes : 0),
             CharStart(text, std::min(text.size(), s.end + kContextBytes))};
      if (!windows.empty() && w.start <= windows.back().end) {
        windows.back().end = std::max(windows.back().end, w.end);
      } else {
        windows.push_back(w);
      }
    }
  }
  std::string out;
  std::size_t next = 0;  // next span to open
  for (std::size_t wi = 0; wi < windows.size(); ++wi) {
    const Span& w = windows[wi];
    if (w.start > 0) out += "… ";
    std::size_t at = w.start;
    while (next < spans.size() && spans[next].end <= w.end) {
      const Span& s = spans[next++];
      if (s.start < at) continue;
      out.append(text, at, s.start - at);
      out += kOpen;
      out.append(text, s.start, s.end - s.start);
      out += kClose;
      at = s.end;
    }
    out.append(text, at, w.end - at);
    if (w.end < text.size()) out += " …";
    if (wi + 1 < windows.size()) out += "\n";
  }
  return out;
}

// Each line of `text` indented by two spaces.
std::string Indented(const std::string& text) {
  std::string out = "  ";
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out += "  ";
  }
  return out + "\n";
}

std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }

std::string ShowText(const ItemRow& item, const Finding& f, const std::vector<HitRow>& hits,
                     const std::vector<ItemCapture>& captures, const std::vector<HitChange>& history,
                     const std::string& marked) {
  std::string out = "item " + std::to_string(item.id) + " · " + OrDash(item.kind) + " · " + item.platform;
  if (!hits.empty()) out += " · " + f.status + " · " + f.severity + " · score " + std::to_string(f.score);
  out += "\n";
  auto field = [&](const char* name, const std::string& value) {
    out += "  " + internal::Fit(name, 11) + " " + OrDash(value) + "\n";
  };
  field("title", item.title);
  field("url", item.item_url);
  field("seller", item.seller_url.empty() ? item.seller : OrDash(item.seller) + "  " + item.seller_url);
  field("price", item.price);
  field("listing id", item.listing_id);
  field("posted", item.posted_at);
  field("seen", item.first_seen + " → " + item.last_seen + " (" + std::to_string(item.sightings) +
                    (item.sightings == 1 ? " sighting)" : " sightings)"));
  field("contacts", Joined(item.contacts, ", "));
  field("categories", Joined(f.categories, ", "));
  if (!f.reviewed_at.empty()) field("review", f.analyst + " at " + f.reviewed_at + (f.note.empty() ? "" : ": " + f.note));

  out += "\nhits (" + std::to_string(hits.size()) + ")\n";
  internal::Table ht({{"  HIT"}, {"CATEGORY"}, {"SEV"}, {"STATUS"}, {"MATCH", 30}, {"RULE"}});
  for (const HitRow& h : hits) {
    ht.Add({"  #" + std::to_string(h.id), h.category, h.severity, h.status, h.match, h.rule});
  }
  if (!hits.empty()) out += ht.Render(0);

  out += "\ntext (evidence marked ⟦ ⟧)\n" + Indented(marked);

  out += "\ncaptures (" + std::to_string(captures.size()) + ")\n";
  internal::Table ct({{"  CAPTURE"}, {"SWEEP"}, {"FETCHED"}, {"HTTP"}, {"SHA256"}, {"URL"}});
  for (const ItemCapture& c : captures) {
    ct.Add({"  #" + std::to_string(c.capture_id), std::to_string(c.sweep_id), c.fetched_at,
            std::to_string(c.http_status) + (c.revisit ? " revisit" : ""), c.payload_sha256.substr(0, 16) + "…",
            c.url});
  }
  if (!captures.empty()) out += ct.Render(0);

  // One line per decision: a review of a whole finding moves many hits at once.
  out += "\nhistory (" + std::to_string(history.size()) + (history.size() == 1 ? " change)\n" : " changes)\n");
  for (std::size_t i = 0; i < history.size();) {
    const HitChange& c = history[i];
    std::vector<std::string> ids, categories;
    std::size_t j = i;
    for (; j < history.size(); ++j) {
      const HitChange& d = history[j];
      if (d.at != c.at || d.kind != c.kind || d.from != c.from || d.to != c.to || d.actor != c.actor ||
          d.note != c.note) {
        break;
      }
      ids.push_back("#" + std::to_string(d.hit_id));
      if (std::find(categories.begin(), categories.end(), d.category) == categories.end()) {
        categories.push_back(d.category);
      }
    }
    out += "  " + c.at + "  " + (ids.size() == 1 ? "hit " : "hits ") + Joined(ids, " ") + " (" +
           Joined(categories, ", ") + ")  " + c.from + " → " + c.to + "  (" + c.kind + " by " + c.actor + ")" +
           (c.note.empty() ? "" : ": " + c.note) + "\n";
    i = j;
  }
  return out;
}

}  // namespace

Result<std::string> RunShow(const ShowRequest& request) {
  auto store = internal::OpenReadOnly(request.db_path);
  if (!store.ok()) return store.status();
  ItemFilter filter;
  filter.item_id = request.item_id;
  auto items = (*store)->ListItems(filter);
  if (!items.ok()) return items.status();
  if (items->empty()) {
    return Status::NotFound("item " + std::to_string(request.item_id) + ": no such item (see `lantian items`)");
  }
  const ItemRow& item = items->front();
  HitFilter hf;
  hf.item_id = item.id;
  auto hits = (*store)->ListHits(hf);
  if (!hits.ok()) return hits.status();
  auto captures = (*store)->ListItemCaptures(item.id);
  if (!captures.ok()) return captures.status();
  auto history = (*store)->ListItemHistory(item.id);
  if (!history.ok()) return history.status();
  const std::vector<Finding> grouped = GroupFindings(*hits);
  const Finding finding = grouped.empty() ? Finding{} : grouped.front();
  const std::vector<Span> spans = EvidenceSpans(item.text, *hits);
  const std::string marked = MarkedText(item.text, spans);

  if (request.format != OutputFormat::kJsonl) {
    return ShowText(item, finding, *hits, *captures, *history, marked);
  }
  nlohmann::json j;
  j["item"] = internal::ItemJson(item);
  j["finding"] = grouped.empty() ? nlohmann::json(nullptr) : internal::FindingJson(finding);
  j["hits"] = nlohmann::json::array();
  for (const HitRow& h : *hits) j["hits"].push_back(internal::HitJson(h));
  j["spans"] = nlohmann::json::array();
  for (const Span& s : spans) j["spans"].push_back({{"start", s.start}, {"end", s.end}});
  j["marked_text"] = marked;
  j["captures"] = nlohmann::json::array();
  for (const ItemCapture& c : *captures) {
    j["captures"].push_back({{"capture_id", c.capture_id},
                             {"sweep_id", c.sweep_id},
                             {"url", c.url},
                             {"http_status", c.http_status},
                             {"fetched_at", c.fetched_at},
                             {"payload_sha256", c.payload_sha256},
                             {"revisit", c.revisit}});
  }
  j["history"] = nlohmann::json::array();
  for (const HitChange& c : *history) {
    j["history"].push_back({{"hit_id", c.hit_id},
                            {"category", c.category},
                            {"kind", c.kind},
                            {"from", c.from},
                            {"to", c.to},
                            {"analyst", c.actor},
                            {"note", c.note},
                            {"at", c.at}});
  }
  return Dump(j) + "\n";
}

}  // namespace lantian::store
