#include "extractors/sites_check.h"

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "extractors/extractor.h"
#include "extractors/site_profile.h"

namespace lantian::extractors {
namespace {

// At most `max_chars` code points of `s`, newlines shown as " ⏎ ".
std::string Preview(const std::string& s, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (chars == max_chars) {
        out += "…";
        return out;
      }
      ++chars;
    }
    if (c == '\n') {
      out += " ⏎ ";
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string ContactKeys(const std::vector<Contact>& contacts) {
  std::string out;
  for (const Contact& c : contacts) {
    if (!out.empty()) out += ", ";
    out += c.key;
  }
  return out;
}

nlohmann::ordered_json ContactsJson(const std::vector<Contact>& contacts) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const Contact& c : contacts) {
    arr.push_back({{"kind", std::string(ContactKindName(c.kind))},
                   {"value", c.value_normalized},
                   {"key", c.key},
                   {"raw", c.raw},
                   {"start", c.start},
                   {"end", c.end}});
  }
  return arr;
}

}  // namespace

Result<SitesCheckReport> RunSitesCheck(const SitesCheckOptions& options) {
  if (options.format != "table" && options.format != "jsonl") {
    return Status::InvalidArgument("--format: expected table or jsonl, got '" + options.format + "'");
  }
  if (options.html_path.empty() && !options.fetched_body) {
    return Status::InvalidArgument("--html FILE or --url URL is required");
  }
  // Without --site: what extraction finds with no profile (JSON-LD,
  // microdata, else automatic segmentation of the page's records).
  ProfileSet profiles;
  const SiteProfile* profile = nullptr;
  if (!options.site.empty()) {
    Result<ProfileSet> loaded = ProfileSet::LoadDir(options.sites_dir);
    if (!loaded.ok()) return loaded.status();
    profiles = std::move(*loaded);
    profile = profiles.Find(options.site);
    if (profile == nullptr) {
      return Status::InvalidArgument("--site: no site profile named '" + options.site + "' in " + options.sites_dir);
    }
  }
  std::string body;
  std::string content_type = options.fetched_content_type;
  // What the report calls the page: the saved file, else the fetched URL.
  const std::string source = options.html_path.empty() ? options.page_url : options.html_path;
  if (!options.html_path.empty()) {
    std::ifstream in(options.html_path, std::ios::binary);
    if (!in) return Status::InvalidArgument(options.html_path + ": cannot open");
    std::ostringstream ss;
    ss << in.rdbuf();
    body = ss.str();
    content_type.clear();
  } else {
    body = *options.fetched_body;
  }
  std::string page_url = options.page_url;
  if (page_url.empty()) {
    page_url = "https://" + (profile == nullptr || profile->hosts.empty() ? std::string("localhost") : profile->hosts[0]) + "/";
  }
  if (!options.charset.empty()) content_type = "text/html; charset=" + options.charset;
  if (!options.charset.empty() && CanonicalCharset(options.charset).empty()) {
    return Status::InvalidArgument("--charset: unknown charset '" + options.charset + "'");
  }
  Result<Page> page = ExtractPageFromBytes(body, content_type, page_url, profile);
  if (!page.ok()) return page.status().WithContext(source);

  SitesCheckReport report;
  std::size_t from_profile = 0;
  for (const Item& item : page->items) from_profile += item.source == "profile";
  if (page->is_blocked) {
    report.problem = true;
    report.problem_message = source + ": block page (" + page->block_marker + ")";
  } else if (profile != nullptr && from_profile == 0) {
    report.problem = true;
    report.problem_message = source + ": profile '" + profile->name +
                             "' extracted no items (item selector '" +
                             (profile->item ? profile->item->source() : std::string("<none>")) +
                             "' matched nothing)";
  }
  std::ostringstream out;
  if (options.format == "jsonl") {
    nlohmann::ordered_json head = {{"type", "page"},
                           {"site", profile == nullptr ? "" : profile->name},
                           {"page_kind", page->page_kind},
                           {"file", source},
                           {"url", page_url},
                           {"charset", page->charset},
                           {"charset_how", page->charset_how},
                           {"title", page->title},
                           {"items", page->items.size()},
                           {"items_from_profile", from_profile},
                           {"next_page_url", page->next_page_url},
                           {"canonical_url", page->canonical_url},
                           {"links", page->links.size()},
                           {"follow_links", page->follow_links.size()},
                           {"images", page->image_urls.size()},
                           {"is_blocked", page->is_blocked},
                           {"block_marker", page->block_marker},
                           {"is_gone", page->is_gone},
                           {"gone_marker", page->gone_marker},
                           {"truncated", page->truncated},
                           {"outside_contacts", ContactsJson(page->outside_contacts)}};
    out << head.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    for (const Item& item : page->items) {
      nlohmann::ordered_json j = {{"type", "item"},
                          {"item_index", item.item_index},
                          {"source", item.source},
                          {"kind", item.kind},
                          {"listing_id", item.listing_id},
                          {"url", item.url},
                          {"title", item.title},
                          {"price", item.price},
                          {"seller", item.seller},
                          {"seller_url", item.seller_url},
                          {"posted_at", item.posted_at},
                          {"floor", item.floor},
                          {"contacts", ContactsJson(item.contacts)},
                          {"text", item.text}};
      out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    }
  } else {
    if (profile != nullptr) {
      out << "site: " << profile->name << " (" << profile->platform << ", " << SiteKindName(profile->kind)
          << ")  file: " << source << "\n";
    } else {
      out << "site: none (generic extraction";
      if (!page->page_kind.empty()) out << ", automatic segmentation: " << page->page_kind << " page";
      out << ")  file: " << source << "\n";
    }
    out << "charset: " << page->charset << " (" << page->charset_how << ")  title: " << Preview(page->title, 80)
        << "\n";
    out << "items: " << page->items.size();
    if (profile != nullptr) out << " (" << from_profile << " from the profile)";
    out << "  links: "
        << page->links.size() << " (" << page->follow_links.size() << " to follow)  images: "
        << page->image_urls.size() << "\n";
    if (!page->next_page_url.empty()) out << "next page: " << page->next_page_url << "\n";
    if (page->is_blocked) out << "BLOCKED: " << page->block_marker << "\n";
    if (page->is_gone) out << "GONE: " << page->gone_marker << "\n";
    for (const std::string& w : page->warnings) out << "warning: " << w << "\n";
    for (const Item& item : page->items) {
      out << "\n#" << item.item_index << " [" << item.source << ", " << item.kind << "]";
      if (!item.listing_id.empty()) out << " id=" << item.listing_id;
      out << "\n";
      auto field = [&](const char* name, const std::string& v) {
        out << "  " << name << ": " << (v.empty() ? "-" : Preview(v, 100)) << "\n";
      };
      field("title", item.title);
      field("url", item.url);
      field("price", item.price);
      field("seller", item.seller);
      field("seller_url", item.seller_url);
      field("posted_at", item.posted_at);
      if (item.floor > 0) field("floor", std::to_string(item.floor));
      field("contacts", ContactKeys(item.contacts));
      field("text", item.text);
    }
    if (!page->outside_contacts.empty()) {
      out << "\noutside items: contacts: " << ContactKeys(page->outside_contacts) << "\n";
    }
  }
  report.output = out.str();
  return report;
}

Result<std::string> ListSites(const std::string& sites_dir) {
  Result<ProfileSet> profiles = ProfileSet::LoadDir(sites_dir);
  if (!profiles.ok()) return profiles.status();
  std::ostringstream out;
  for (const SiteProfile& p : profiles->profiles()) {
    out << p.name << "\t" << p.platform << "\t" << SiteKindName(p.kind) << "\t";
    for (std::size_t i = 0; i < p.hosts.size(); ++i) out << (i ? "," : "") << p.hosts[i];
    out << "\t" << p.source_path << "\n";
  }
  return out.str();
}

}  // namespace lantian::extractors
