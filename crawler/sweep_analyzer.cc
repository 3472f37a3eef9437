#include "crawler/sweep_analyzer.h"

#include <algorithm>
#include <utility>

#include "extractors/extractor.h"
#include "extractors/site_profile.h"
#include "base/uri.h"
#include "model/detector.h"
#include "patterns/rule_set.h"

namespace lantian::crawler {
namespace {

std::vector<store::ContactInput> ToContacts(const std::vector<extractors::Contact>& contacts) {
  std::vector<store::ContactInput> out;
  out.reserve(contacts.size());
  for (const auto& c : contacts) {
    out.push_back({std::string(extractors::ContactKindName(c.kind)), c.value_normalized});
  }
  return out;
}

Result<std::vector<store::HitInput>> Detect(const model::Detector& detector, std::string_view text,
                                            const std::vector<patterns::Category>& keep) {
  auto hits = detector.Scan(text);
  if (!hits.ok()) return hits.status();
  return ToHitInputs(std::move(*hits), keep);
}

}  // namespace

std::vector<store::HitInput> ToHitInputs(std::vector<patterns::Hit> hits, const std::vector<patterns::Category>& keep) {
  std::vector<store::HitInput> out;
  out.reserve(hits.size());
  for (patterns::Hit& h : hits) {
    if (!keep.empty() && std::find(keep.begin(), keep.end(), h.category) == keep.end()) continue;
    store::HitInput x;
    x.rule_id = std::move(h.rule);
    x.category = std::string(patterns::CategoryId(h.category));
    x.severity = std::string(patterns::SeverityId(h.severity));
    x.match = std::move(h.match);
    x.snippet = std::move(h.snippet);
    x.legal_basis = std::move(h.legal_basis);
    x.start = static_cast<std::int64_t>(h.start);
    x.end = static_cast<std::int64_t>(h.end);
    x.source = std::string(patterns::HitSourceId(h.source));
    if (h.score >= 0) x.score = h.score;
    out.push_back(std::move(x));
  }
  return out;
}


Result<PageAnalysis> ExtractingAnalyzer::Analyze(const PageInput& input) const {
  const extractors::SiteProfile* profile = profiles_->FindForUrl(input.url);
  auto page = extractors::ExtractPageFromBytes(input.body, input.content_type, input.url, profile);
  if (!page.ok()) return page.status();
  PageAnalysis out;
  if (page->is_blocked) {
    out.blocked = true;
    out.block_reason = page->block_marker;
    return out;
  }
  const std::string platform = profile != nullptr ? profile->platform : "generic";
  if (profile != nullptr) {
    out.profile = profile->name;
    out.profile_renders = profile->render_browser;
    out.profile_matched = std::any_of(page->items.begin(), page->items.end(),
                                      [](const extractors::Item& item) { return item.source == "profile"; });
  }
  for (extractors::Item& item : page->items) {
    store::ItemInput in;
    in.platform = platform;
    in.listing_id = std::move(item.listing_id);
    in.kind = std::move(item.kind);
    in.url = item.url.empty() ? std::string(input.url) : std::move(item.url);
    in.floor = item.floor;
    // Keep the URL as found when it is not canonicalizable (e.g. not http).
    // The canonical form drops the fragment, which the extractor kept only
    // where it tells items apart (a post's anchor, an app's route).
    if (auto canonical = CanonicalizeUrl(in.url, url_options_); canonical.ok()) {
      const std::size_t hash = in.url.find('#');
      if (hash != std::string::npos) *canonical += in.url.substr(hash);
      in.url = std::move(*canonical);
    }
    in.title = std::move(item.title);
    in.price = std::move(item.price);
    in.seller = std::move(item.seller);
    in.seller_url = std::move(item.seller_url);
    in.posted_at = std::move(item.posted_at);
    in.contacts = ToContacts(item.contacts);
    auto hits = Detect(*detector_, item.text, categories_);
    if (!hits.ok()) return hits.status().WithContext(std::string(input.url));
    in.text = std::move(item.text);
    out.items.emplace_back(std::move(in), std::move(*hits));
    if (!item.box.empty()) {
      out.item_boxes.resize(out.items.size());
      out.item_boxes.back() = std::move(item.box);
    }
  }
  // Hits in text outside every item belong to the page itself. For items from
  // JSON-LD the extractor sets outside_text to the whole visible text, since
  // those items hold only their structured fields.
  if (!page->items.empty() && !page->outside_text.empty()) {
    // Rules only: page chrome (titles, nav, footers) is not what the model
    // learned, and a listing's own text is already scored in its item.
    const model::Detector rules_only(detector_->rules());
    auto hits = Detect(rules_only, page->outside_text, categories_);
    if (!hits.ok()) return hits.status().WithContext(std::string(input.url));
    if (!hits->empty()) {
      store::ItemInput in;
      in.platform = platform;
      in.url = std::string(input.url);
      in.kind = "page";
      in.title = page->title;
      in.text = std::move(page->outside_text);
      in.contacts = ToContacts(page->outside_contacts);
      out.items.emplace_back(std::move(in), std::move(*hits));
    }
  }
  out.links = std::move(page->follow_links);
  if (!page->next_page_url.empty()) out.links.push_back(std::move(page->next_page_url));
  return out;
}

bool ExtractingAnalyzer::ProfileRenders(std::string_view page_url) const {
  const extractors::SiteProfile* profile = profiles_->FindForUrl(page_url);
  return profile != nullptr && profile->render_browser;
}

std::vector<std::string> ExtractingAnalyzer::FilterUnparsedLinks(std::string_view page_url,
                                                                std::vector<std::string> hrefs) const {
  const extractors::SiteProfile* profile = profiles_->FindForUrl(page_url);
  if (profile == nullptr) return hrefs;
  std::vector<std::string> out;
  for (const std::string& href : hrefs) {
    auto absolute = base::ResolveUri(page_url, href);
    if (absolute && profile->ShouldFollow(*absolute)) out.push_back(std::move(*absolute));
  }
  return out;
}

}  // namespace lantian::crawler
