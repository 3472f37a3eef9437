#pragma once

// Site profiles: one TOML file per platform in config/sites/ saying which
// hosts it covers, how to search it, which elements are items and which
// sub-elements are their fields, which links to follow, and how its block
// and gone pages look. From config/sites/taobao.toml:
//
//   name = "taobao"
//   kind = "ecommerce"
//   hosts = ["taobao.com", "tmall.com", "tmall.hk"]
//   search_url = "https://s.taobao.com/search?q={query}&s={page}"
//   item = "a[class*=doubleCardWrapper], div.item[data-category=auctions]"
//   [fields]
//   title = "div[class*=title--], div.row-2.title a"
//   url = "@href"
//
//   auto set = extractors::ProfileSet::LoadDir("config/sites");
//   if (!set.ok()) return set.status();   // "config/sites/x.toml:12:7: fields.price: expected a string"
//   const extractors::SiteProfile* p = set->FindForUrl("https://s.taobao.com/search?q=x");
//
// Profiles and sets are immutable after loading and safe to share between threads.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extractors/selector.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace lantian::extractors {

enum class SiteKind { kEcommerce, kForum, kSearch };

// "ecommerce", "forum", "search".
std::string_view SiteKindName(SiteKind kind);

// A marker that a page is a block page (login wall, slider CAPTCHA served with
// 200) or that an item is gone: a text contained in the page's visible text,
// or a selector that matches at least one element.
struct PageMarker {
  std::string text;                 // non-empty for a text marker
  std::optional<Selector> selector; // set for a selector marker
  // "text:<text>" or "selector:<source>" — for reports.
  std::string Describe() const;
};

// A site profile, loaded from config/sites/<name>.toml. Immutable after load;
// thread-safe for concurrent reads. Copyable (compiled regexes are shared).
//
// File format (every key optional unless marked required; unknown keys,
// wrong types, bad selectors and bad regexes are errors naming
// file:line:col and the key):
//
//   name = "taobao"                     # required, unique in the directory
//   platform = "taobao"                 # required, e.g. the store's platform id
//   kind = "ecommerce"                  # required: ecommerce | forum | search
//   hosts = ["taobao.com", "tmall.com"] # required; matches the host and its subdomains
//   search_url = "https://s.taobao.com/search?q={query}&s={page}"
//   page_start = 0                      # {page} of the first result page (default 1)
//   page_step = 44                      # {page} increment per page (default 1)
//   item = "div.item"                   # selector of one item (listing, post, result)
//   listing_id_pattern = '[?&]id=(\d+)' # RE2 over the item URL; group 1 is the id
//   next_page = "a.next@href"           # selector of the next-page link
//   follow = ['^https://item\.taobao\.com/item\.htm']  # RE2s: links worth following
//   deny = ['logout']                   # RE2s: links never followed (wins over follow)
//   delay_ms = 5000                     # politeness override (per host)
//   max_in_flight = 1                   # politeness override (per host)
//
//   [fields]                            # selectors relative to the item element
//   title = "a.title"
//   url = "a.title@href"                # resolved against the page URL
//   price = ".price"
//   seller = ".shop"
//   seller_url = ".shop a@href"
//   text = ".desc"                      # default: all text of the item element
//   posted_at = "time@datetime"
//   listing_id = "@data-id"             # "@attr" alone reads the item element itself
//
//   [gone_markers]                      # item removed (takedown recheck)
//   text = ["此宝贝已下架"]
//   selector = ["div.error-page"]
//   [block_markers]                     # login wall / CAPTCHA served with 200
//   text = ["请登录"]
//   selector = ["#nocaptcha"]
//
// `gone_markers = ["...", ...]` (an array of strings) is accepted as text
// markers. Selector markers are tried before text markers. Block text markers
// are looked up in the raw HTML (CAPTCHA pages keep their tell-tales in
// scripts), gone text markers in the visible text.
// `[selector]` (or `[selectors]`) is accepted as another name of `[fields]`
// and may also hold `item` and `next_page`; `[politeness]` may hold
// `delay_ms` and `max_in_flight`.
// A field selector with several groups ("a.t@title, h3 a") tries them in order
// and takes the first non-empty value, so one profile can cover old and new
// layouts. An element matched by `item` inside another matched element is
// part of the outer item.
struct SiteProfile {
  std::string name;
  std::string platform;
  SiteKind kind = SiteKind::kEcommerce;
  std::vector<std::string> hosts;  // lower-case, no leading dot
  std::string search_url;          // may be empty
  int page_start = 1;
  int page_step = 1;
  std::optional<Selector> item;
  struct Fields {
    std::optional<Selector> title, url, price, seller, seller_url, text, posted_at, listing_id;
  } fields;
  std::shared_ptr<const re2::RE2> listing_id_pattern;
  std::optional<Selector> next_page;
  std::vector<std::shared_ptr<const re2::RE2>> follow;
  std::vector<std::shared_ptr<const re2::RE2>> deny;
  std::vector<PageMarker> gone_markers;
  std::vector<PageMarker> block_markers;
  std::optional<int> delay_ms;
  std::optional<int> max_in_flight;
  // render = "browser": the platform builds its pages with script, so a
  // sweep that may render (crawler.render "auto" or "always") renders every
  // page of it in a browser; "" (default) or "plain": only when a page looks
  // script-built (crawler/render_pages.h).
  bool render_browser = false;
  std::string source_path;  // the file it came from

  // True when `host` is one of `hosts` or a subdomain of one (case-insensitive).
  bool MatchesHost(std::string_view host) const;

  // The search URL for `query` (percent-encoded UTF-8) and the 0-based result
  // page `page_index` ({page} = page_start + page_index * page_step).
  // Error when the profile has no search_url.
  [[nodiscard]] Result<std::string> SearchUrl(std::string_view query, int page_index) const;

  // Whether a link should be followed: not matched by any `deny` RE2, and
  // matched by some `follow` RE2 (or `follow` is empty).
  bool ShouldFollow(std::string_view url) const;

  // The listing id found by `listing_id_pattern` in `url` (group 1, or the
  // whole match when the pattern has no group), or "".
  std::string ListingIdFromUrl(std::string_view url) const;
};

// Parses one profile from TOML text; `path` is used in error messages
// ("config/sites/x.toml:12:7: fields.price: expected a string").
[[nodiscard]] Result<SiteProfile> ParseSiteProfile(std::string_view toml_text, std::string_view path);

// Loads one profile file.
[[nodiscard]] Result<SiteProfile> LoadSiteProfile(const std::string& path);

// The profiles of one directory. Immutable after load; thread-safe for reads.
class ProfileSet {
 public:
  ProfileSet() = default;
  ProfileSet(const ProfileSet&) = default;
  ProfileSet& operator=(const ProfileSet&) = default;
  ProfileSet(ProfileSet&&) noexcept = default;
  ProfileSet& operator=(ProfileSet&&) noexcept = default;

  // Loads every *.toml in `dir` (sorted by file name). The first bad file or a
  // duplicate name is an error; a missing directory is an error.
  [[nodiscard]] static Result<ProfileSet> LoadDir(const std::string& dir);

  // Adds a profile; error on a duplicate name.
  [[nodiscard]] Status Add(SiteProfile profile);

  // The profile whose hosts match the URL's host; the longest matching host
  // entry wins (so "world.taobao.com" can have its own profile). nullptr if none.
  const SiteProfile* FindForUrl(std::string_view url) const;
  // The profile named `name`, or nullptr.
  const SiteProfile* Find(std::string_view name) const;

  const std::vector<SiteProfile>& profiles() const { return profiles_; }

 private:
  std::vector<SiteProfile> profiles_;
};

}  // namespace lantian::extractors
