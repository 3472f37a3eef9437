#include "extractors/site_profile.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>
#include <toml++/toml.h>

#include "base/strings.h"
#include "base/toml_error.h"
#include "base/uri.h"

namespace lantian::extractors {
namespace {

// Builds "path:line:col: key: message" errors.
class ErrorAt {
 public:
  explicit ErrorAt(std::string_view path) : path_(path) {}
  Status operator()(const toml::node& node, std::string_view key, std::string_view message) const {
    return base::TomlValueError(path_, node, key, message);
  }
  Status File(std::string_view key, std::string_view message) const {
    return Status::InvalidArgument(path_ + ":1:1: " + std::string(key) + ": " + std::string(message));
  }

 private:
  std::string path_;
};

Status GetString(const toml::node& node, std::string_view key, const ErrorAt& err, std::string* out) {
  const auto* s = node.as_string();
  if (s == nullptr) return err(node, key, "expected a string");
  *out = s->get();
  return Status::Ok();
}

Status GetInt(const toml::node& node, std::string_view key, const ErrorAt& err, long long min, long long max,
              long long* out) {
  const auto* i = node.as_integer();
  if (i == nullptr) return err(node, key, "expected an integer");
  long long v = i->get();
  if (v < min || v > max) {
    return err(node, key, "out of range (" + std::to_string(min) + ".." + std::to_string(max) + ")");
  }
  *out = v;
  return Status::Ok();
}

Status GetStringArray(const toml::node& node, std::string_view key, const ErrorAt& err,
                      std::vector<std::pair<std::string, const toml::node*>>* out) {
  const auto* arr = node.as_array();
  if (arr == nullptr) return err(node, key, "expected an array of strings");
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const toml::node& el = *arr->get(i);
    const auto* s = el.as_string();
    std::string k = std::string(key) + "[" + std::to_string(i) + "]";
    if (s == nullptr) return err(el, k, "expected a string");
    out->emplace_back(s->get(), &el);
  }
  return Status::Ok();
}

Status GetSelector(const toml::node& node, std::string_view key, const ErrorAt& err,
                   std::optional<Selector>* out) {
  std::string text;
  LANTIAN_RETURN_IF_ERROR(GetString(node, key, err, &text));
  Result<Selector> sel = Selector::Parse(text);
  if (!sel.ok()) return err(node, key, "bad selector '" + text + "': " + sel.status().message());
  *out = std::move(*sel);
  return Status::Ok();
}

Status CompileRegex(const std::string& pattern, const toml::node& node, std::string_view key, const ErrorAt& err,
                    std::shared_ptr<const re2::RE2>* out) {
  RE2::Options opts;
  opts.set_log_errors(false);
  auto re = std::make_shared<const re2::RE2>(pattern, opts);
  if (!re->ok()) {
    return err(node, key, "bad regex '" + pattern + "': " + re->error() +
                              (re->error_arg().empty() ? "" : " at '" + re->error_arg() + "'"));
  }
  *out = std::move(re);
  return Status::Ok();
}

Status GetMarkers(const toml::node& node, std::string_view key, const ErrorAt& err, std::vector<PageMarker>* out) {
  if (node.is_array()) {
    std::vector<std::pair<std::string, const toml::node*>> texts;
    LANTIAN_RETURN_IF_ERROR(GetStringArray(node, key, err, &texts));
    for (auto& [t, n] : texts) {
      if (t.empty()) return err(*n, key, "empty marker");
      PageMarker m;
      m.text = std::move(t);
      out->push_back(std::move(m));
    }
    return Status::Ok();
  }
  const auto* tbl = node.as_table();
  if (tbl == nullptr) return err(node, key, "expected a table with 'text' and/or 'selector' arrays");
  for (const auto& [k, v] : *tbl) {
    std::string full = std::string(key) + "." + std::string(k.str());
    std::vector<std::pair<std::string, const toml::node*>> items;
    if (k.str() == "text") {
      LANTIAN_RETURN_IF_ERROR(GetStringArray(v, full, err, &items));
      for (auto& [t, n] : items) {
        if (t.empty()) return err(*n, full, "empty marker");
        PageMarker m;
        m.text = std::move(t);
        out->push_back(std::move(m));
      }
    } else if (k.str() == "selector") {
      LANTIAN_RETURN_IF_ERROR(GetStringArray(v, full, err, &items));
      for (auto& [t, n] : items) {
        Result<Selector> sel = Selector::Parse(t);
        if (!sel.ok()) return err(*n, full, "bad selector '" + t + "': " + sel.status().message());
        PageMarker m;
        m.selector = std::move(*sel);
        out->push_back(std::move(m));
      }
    } else {
      return err(v, full, "unknown key (expected text, selector)");
    }
  }
  return Status::Ok();
}

Status ParseSelectorTable(const toml::table& tbl, std::string_view table_key, const ErrorAt& err,
                          SiteProfile* p) {
  for (const auto& [k, v] : tbl) {
    std::string name(k.str());
    std::string full = std::string(table_key) + "." + name;
    std::optional<Selector>* slot = nullptr;
    if (name == "item") slot = &p->item;
    else if (name == "next_page") slot = &p->next_page;
    else if (name == "title") slot = &p->fields.title;
    else if (name == "url") slot = &p->fields.url;
    else if (name == "price") slot = &p->fields.price;
    else if (name == "seller") slot = &p->fields.seller;
    else if (name == "seller_url") slot = &p->fields.seller_url;
    else if (name == "text") slot = &p->fields.text;
    else if (name == "posted_at") slot = &p->fields.posted_at;
    else if (name == "listing_id") slot = &p->fields.listing_id;
    if (slot == nullptr) {
      return err(v, full,
                 "unknown key (expected item, next_page, title, url, price, seller, seller_url, text, "
                 "posted_at, listing_id)");
    }
    if (slot->has_value()) return err(v, full, "given twice");
    LANTIAN_RETURN_IF_ERROR(GetSelector(v, full, err, slot));
  }
  return Status::Ok();
}

}  // namespace

std::string_view SiteKindName(SiteKind kind) {
  switch (kind) {
    case SiteKind::kEcommerce:
      return "ecommerce";
    case SiteKind::kForum:
      return "forum";
    case SiteKind::kSearch:
      return "search";
  }
  return "ecommerce";
}

std::string PageMarker::Describe() const {
  if (selector) return "selector:" + selector->source();
  return "text:" + text;
}

bool SiteProfile::MatchesHost(std::string_view host_in) const {
  std::string host = base::AsciiLower(host_in);
  while (!host.empty() && host.back() == '.') host.pop_back();
  for (const std::string& h : hosts) {
    if (host == h) return true;
    if (host.size() > h.size() && host.ends_with(h) && host[host.size() - h.size() - 1] == '.') return true;
  }
  return false;
}

Result<std::string> SiteProfile::SearchUrl(std::string_view query, int page_index) const {
  if (search_url.empty()) return Status::InvalidArgument("site profile '" + name + "' has no search_url");
  std::string out;
  std::string_view t = search_url;
  const std::string page = std::to_string(page_start + page_index * page_step);
  const std::string q = base::PercentEncode(query);
  while (!t.empty()) {
    if (t.starts_with("{query}")) {
      out += q;
      t.remove_prefix(7);
    } else if (t.starts_with("{page}")) {
      out += page;
      t.remove_prefix(6);
    } else {
      out.push_back(t.front());
      t.remove_prefix(1);
    }
  }
  return out;
}

bool SiteProfile::ShouldFollow(std::string_view url) const {
  for (const auto& re : deny) {
    if (RE2::PartialMatch(url, *re)) return false;
  }
  if (follow.empty()) return true;
  for (const auto& re : follow) {
    if (RE2::PartialMatch(url, *re)) return true;
  }
  return false;
}

std::string SiteProfile::ListingIdFromUrl(std::string_view url) const {
  if (!listing_id_pattern) return "";
  const re2::RE2& re = *listing_id_pattern;
  if (re.NumberOfCapturingGroups() >= 1) {
    std::string id;
    if (RE2::PartialMatch(url, re, &id)) return id;
    return "";
  }
  re2::StringPiece match;
  if (re.Match(url, 0, url.size(), RE2::UNANCHORED, &match, 1)) return std::string(match);
  return "";
}

Result<SiteProfile> ParseSiteProfile(std::string_view toml_text, std::string_view path) {
  ErrorAt err(path);
  toml::table root;
  try {
    root = toml::parse(toml_text, path);
  } catch (const toml::parse_error& e) {
    return Status::InvalidArgument(base::TomlPosition(path, e.source()) + ": not valid TOML: " +
                                   std::string(e.description()));
  }
  SiteProfile p;
  p.source_path.assign(path);
  bool have_kind = false;
  bool have_hosts = false;
  for (const auto& [k, v] : root) {
    std::string key(k.str());
    if (key == "name") {
      LANTIAN_RETURN_IF_ERROR(GetString(v, key, err, &p.name));
      if (p.name.empty()) return err(v, key, "must not be empty");
    } else if (key == "platform") {
      LANTIAN_RETURN_IF_ERROR(GetString(v, key, err, &p.platform));
      if (p.platform.empty()) return err(v, key, "must not be empty");
    } else if (key == "kind") {
      std::string kind;
      LANTIAN_RETURN_IF_ERROR(GetString(v, key, err, &kind));
      if (kind == "ecommerce") p.kind = SiteKind::kEcommerce;
      else if (kind == "forum") p.kind = SiteKind::kForum;
      else if (kind == "search") p.kind = SiteKind::kSearch;
      else return err(v, key, "expected ecommerce, forum or search, got '" + kind + "'");
      have_kind = true;
    } else if (key == "hosts") {
      std::vector<std::pair<std::string, const toml::node*>> hosts;
      LANTIAN_RETURN_IF_ERROR(GetStringArray(v, key, err, &hosts));
      if (hosts.empty()) return err(v, key, "must list at least one host");
      for (auto& [h, n] : hosts) {
        std::string host = base::AsciiLower(h);
        while (!host.empty() && host.front() == '.') host.erase(0, 1);
        if (host.empty() || host.find_first_of("/:@ ") != std::string::npos) {
          return err(*n, key, "'" + h + "' is not a host name");
        }
        p.hosts.push_back(std::move(host));
      }
      have_hosts = true;
    } else if (key == "search_url") {
      LANTIAN_RETURN_IF_ERROR(GetString(v, key, err, &p.search_url));
      if (p.search_url.find("{query}") == std::string::npos) return err(v, key, "must contain {query}");
      base::UriParts parts = base::SplitUri(p.search_url);
      if (parts.scheme.empty() || !parts.has_authority) return err(v, key, "must be an absolute URL");
    } else if (key == "render") {
      std::string mode;
      LANTIAN_RETURN_IF_ERROR(GetString(v, key, err, &mode));
      if (mode != "browser" && mode != "plain") return err(v, key, "expected \"browser\" or \"plain\", got \"" + mode + "\"");
      p.render_browser = mode == "browser";
    } else if (key == "page_start" || key == "page_step") {
      long long x = 0;
      LANTIAN_RETURN_IF_ERROR(GetInt(v, key, err, key == "page_step" ? 1 : 0, 1000000, &x));
      (key == "page_start" ? p.page_start : p.page_step) = static_cast<int>(x);
    } else if (key == "item") {
      if (p.item) return err(v, key, "given twice");
      LANTIAN_RETURN_IF_ERROR(GetSelector(v, key, err, &p.item));
    } else if (key == "next_page") {
      if (p.next_page) return err(v, key, "given twice");
      LANTIAN_RETURN_IF_ERROR(GetSelector(v, key, err, &p.next_page));
    } else if (key == "listing_id_pattern") {
      std::string re;
      LANTIAN_RETURN_IF_ERROR(GetString(v, key, err, &re));
      LANTIAN_RETURN_IF_ERROR(CompileRegex(re, v, key, err, &p.listing_id_pattern));
    } else if (key == "follow" || key == "deny") {
      std::vector<std::pair<std::string, const toml::node*>> res;
      LANTIAN_RETURN_IF_ERROR(GetStringArray(v, key, err, &res));
      for (std::size_t i = 0; i < res.size(); ++i) {
        std::shared_ptr<const re2::RE2> re;
        LANTIAN_RETURN_IF_ERROR(
            CompileRegex(res[i].first, *res[i].second, key + "[" + std::to_string(i) + "]", err, &re));
        (key == "follow" ? p.follow : p.deny).push_back(std::move(re));
      }
    } else if (key == "delay_ms" || key == "max_in_flight") {
      long long x = 0;
      LANTIAN_RETURN_IF_ERROR(GetInt(v, key, err, key == "delay_ms" ? 0 : 1, key == "delay_ms" ? 3600000 : 64, &x));
      (key == "delay_ms" ? p.delay_ms : p.max_in_flight) = static_cast<int>(x);
    } else if (key == "politeness") {
      const auto* t = v.as_table();
      if (t == nullptr) return err(v, key, "expected a table with delay_ms and/or max_in_flight");
      for (const auto& [pk, pv] : *t) {
        std::string full = "politeness." + std::string(pk.str());
        long long x = 0;
        if (pk.str() == "delay_ms") {
          LANTIAN_RETURN_IF_ERROR(GetInt(pv, full, err, 0, 3600000, &x));
          p.delay_ms = static_cast<int>(x);
        } else if (pk.str() == "max_in_flight") {
          LANTIAN_RETURN_IF_ERROR(GetInt(pv, full, err, 1, 64, &x));
          p.max_in_flight = static_cast<int>(x);
        } else {
          return err(pv, full, "unknown key (expected delay_ms, max_in_flight)");
        }
      }
    } else if (key == "fields" || key == "selector" || key == "selectors") {
      const auto* t = v.as_table();
      if (t == nullptr) return err(v, key, "expected a table of selectors");
      LANTIAN_RETURN_IF_ERROR(ParseSelectorTable(*t, key, err, &p));
    } else if (key == "gone_markers") {
      LANTIAN_RETURN_IF_ERROR(GetMarkers(v, key, err, &p.gone_markers));
    } else if (key == "block_markers") {
      LANTIAN_RETURN_IF_ERROR(GetMarkers(v, key, err, &p.block_markers));
    } else {
      return err(v, key, "unknown key");
    }
  }
  if (p.name.empty()) return err.File("name", "missing (required)");
  if (p.platform.empty()) return err.File("platform", "missing (required)");
  if (!have_kind) return err.File("kind", "missing (required)");
  if (!have_hosts) return err.File("hosts", "missing (required)");
  return p;
}

Result<SiteProfile> LoadSiteProfile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open site profile");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  return ParseSiteProfile(ss.str(), path);
}

Result<ProfileSet> ProfileSet::LoadDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::InvalidArgument(dir + ": not a directory of site profiles");
  std::vector<std::string> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& f = it->path();
    if (f.extension() == ".toml" && it->is_regular_file(ec)) files.push_back(f.string());
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  ProfileSet set;
  for (const std::string& f : files) {
    Result<SiteProfile> p = LoadSiteProfile(f);
    if (!p.ok()) return p.status();
    LANTIAN_RETURN_IF_ERROR(set.Add(std::move(*p)));
  }
  return set;
}

Status ProfileSet::Add(SiteProfile profile) {
  for (const SiteProfile& p : profiles_) {
    if (p.name == profile.name) {
      return Status::InvalidArgument(profile.source_path + ":1:1: name: '" + profile.name +
                                     "' already defined in " + p.source_path);
    }
  }
  profiles_.push_back(std::move(profile));
  return Status::Ok();
}

const SiteProfile* ProfileSet::FindForUrl(std::string_view url) const {
  std::string host = base::UriHost(url);
  if (host.empty()) return nullptr;
  const SiteProfile* best = nullptr;
  std::size_t best_len = 0;
  for (const SiteProfile& p : profiles_) {
    for (const std::string& h : p.hosts) {
      bool match = host == h ||
                   (host.size() > h.size() && host.ends_with(h) && host[host.size() - h.size() - 1] == '.');
      if (match && h.size() > best_len) {
        best = &p;
        best_len = h.size();
      }
    }
  }
  return best;
}

const SiteProfile* ProfileSet::Find(std::string_view name) const {
  for (const SiteProfile& p : profiles_) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

}  // namespace lantian::extractors
