#include "store/findings.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace lantian::store {
namespace {

// Lower is more open (still needs someone's attention).
int StatusOpenness(std::string_view s) {
  static constexpr std::string_view kOrder[] = {"new", "confirmed", "still_up", "reported", "taken_down",
                                                "dismissed"};
  for (std::size_t i = 0; i < std::size(kOrder); ++i) {
    if (s == kOrder[i]) return static_cast<int>(i);
  }
  return static_cast<int>(std::size(kOrder));
}

// The fixed category order of DESIGN.md (patterns/category.h); unknown ids last.
int CategoryOrder(std::string_view id) {
  static constexpr std::string_view kOrder[] = {"unlicensed_agency",     "guaranteed_grant",    "forged_seal",
                                                "abnormal_application", "trademark_squatting", "certificate_renting"};
  for (std::size_t i = 0; i < std::size(kOrder); ++i) {
    if (id == kOrder[i]) return static_cast<int>(i);
  }
  return static_cast<int>(std::size(kOrder));
}

bool BetterEvidence(const HitRow& h, const Evidence& e) {
  // A rule's span is exact and explainable; the model's window is a guess.
  if ((h.source == "rule") != (e.source == "rule")) return h.source == "rule";
  const int a = SeverityRank(h.severity), b = SeverityRank(e.severity);
  if (a != b) return a > b;
  return h.match.size() > e.match.size();
}

}  // namespace

int SeverityRank(std::string_view s) {
  if (s == "high") return 3;
  if (s == "medium") return 2;
  if (s == "low") return 1;
  return 0;
}

std::vector<Finding> GroupFindings(const std::vector<HitRow>& hits) {
  std::vector<Finding> out;
  std::unordered_map<int64_t, std::size_t> index;
  for (const HitRow& h : hits) {
    auto [it, fresh] = index.emplace(h.item_id, out.size());
    if (fresh) {
      Finding f;
      f.item_id = h.item_id;
      f.status = h.status;
      f.severity = h.severity;
      f.platform = h.platform;
      f.item_url = h.item_url;
      f.title = h.item_title;
      f.seller = h.seller;
      f.seller_url = h.seller_url;
      f.price = h.price;
      f.listing_id = h.listing_id;
      f.first_seen = h.first_seen;
      f.last_seen = h.last_seen;
      f.sightings = h.sightings;
      out.push_back(std::move(f));
    }
    Finding& f = out[it->second];
    f.hit_ids.push_back(h.id);
    if (StatusOpenness(h.status) < StatusOpenness(f.status)) f.status = h.status;
    if (SeverityRank(h.severity) > SeverityRank(f.severity)) f.severity = h.severity;
    if (h.captured_at > f.found_at) f.found_at = h.captured_at;
    if (h.score && (!f.likelihood || *h.score > *f.likelihood)) f.likelihood = h.score;
    if (!h.reviewed_at.empty() && h.reviewed_at >= f.reviewed_at) {
      f.analyst = h.analyst;
      f.note = h.note;
      f.reviewed_at = h.reviewed_at;
    }
    auto e = std::find_if(f.evidence.begin(), f.evidence.end(),
                          [&](const Evidence& x) { return x.category == h.category; });
    if (e == f.evidence.end()) {
      f.evidence.push_back({h.category, h.severity, h.match, h.snippet, h.rule, h.id, h.source});
    } else if (BetterEvidence(h, *e)) {
      *e = {h.category, h.severity, h.match, h.snippet, h.rule, h.id, h.source};
    }
  }
  for (Finding& f : out) {
    std::stable_sort(f.evidence.begin(), f.evidence.end(), [](const Evidence& a, const Evidence& b) {
      return CategoryOrder(a.category) < CategoryOrder(b.category);
    });
    int weight = 0;
    for (const Evidence& e : f.evidence) {
      f.categories.push_back(e.category);
      weight += SeverityRank(e.severity);
    }
    std::sort(f.hit_ids.begin(), f.hit_ids.end());
    f.score = 10 * weight + static_cast<int>(std::min<std::size_t>(f.hit_ids.size(), 9));
  }
  return out;
}

std::optional<FindingOrder> ParseFindingOrder(std::string_view name) {
  if (name == "score") return FindingOrder::kScore;
  if (name == "time") return FindingOrder::kTime;
  if (name == "severity") return FindingOrder::kSeverity;
  if (name == "likelihood") return FindingOrder::kLikelihood;
  return std::nullopt;
}

void SortFindings(std::vector<Finding>& findings, FindingOrder order) {
  std::stable_sort(findings.begin(), findings.end(), [order](const Finding& a, const Finding& b) {
    switch (order) {
      case FindingOrder::kTime:
        if (a.found_at != b.found_at) return a.found_at > b.found_at;
        break;
      case FindingOrder::kSeverity:
        if (SeverityRank(a.severity) != SeverityRank(b.severity)) {
          return SeverityRank(a.severity) > SeverityRank(b.severity);
        }
        if (a.score != b.score) return a.score > b.score;
        break;
      case FindingOrder::kScore:
        if (a.score != b.score) return a.score > b.score;
        if (a.likelihood.value_or(-1.0) != b.likelihood.value_or(-1.0)) {
          return a.likelihood.value_or(-1.0) > b.likelihood.value_or(-1.0);
        }
        break;
      case FindingOrder::kLikelihood:
        if (a.likelihood.value_or(-1.0) != b.likelihood.value_or(-1.0)) {
          return a.likelihood.value_or(-1.0) > b.likelihood.value_or(-1.0);
        }
        if (a.score != b.score) return a.score > b.score;
        break;
    }
    return a.item_id < b.item_id;
  });
}

}  // namespace lantian::store
