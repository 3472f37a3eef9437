#include "crawler/trap_guard.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <utility>

#include "base/strings.h"

namespace lantian::crawler {
namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ull;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ull;
constexpr int kShingleTokens = 4;
constexpr std::string_view kHostSpent = "host budget spent, no productive page";

// splitmix64's finalizer: spreads FNV's weak low bits over all 64.
std::uint64_t Mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

bool IsAsciiAlnum(unsigned char c) { return c < 0x80 && std::isalnum(c) != 0; }

// True when `html` at `pos` opens the element `name` ("<script" followed by
// a non-name byte), compared case-insensitively.
bool OpensElement(std::string_view html, std::size_t pos, std::string_view name) {
  if (pos + 1 + name.size() > html.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(html[pos + 1 + i])) != name[i]) return false;
  }
  const std::size_t after = pos + 1 + name.size();
  return after == html.size() || !IsAsciiAlnum(static_cast<unsigned char>(html[after]));
}

// Position just after the closing tag "</name...>" from `pos`, or the end.
std::size_t SkipElement(std::string_view html, std::size_t pos, std::string_view name) {
  while (true) {
    pos = html.find("</", pos);
    if (pos == std::string_view::npos) return html.size();
    if (OpensElement(html, pos + 1, name)) {
      const std::size_t end = html.find('>', pos);
      return end == std::string_view::npos ? html.size() : end + 1;
    }
    pos += 2;
  }
}

// Token hashes of the visible text (see ContentSimhash).
std::vector<std::uint64_t> Tokens(std::string_view html) {
  std::vector<std::uint64_t> tokens;
  std::uint64_t h = kFnvOffset;
  bool open = false;
  bool in_digits = false;
  auto flush = [&] {
    if (open) tokens.push_back(h);
    h = kFnvOffset;
    open = false;
    in_digits = false;
  };
  auto add = [&](unsigned char c) {
    h = (h ^ c) * kFnvPrime;
    open = true;
  };
  std::size_t i = 0;
  while (i < html.size()) {
    const auto c = static_cast<unsigned char>(html[i]);
    if (c == '<') {
      flush();
      if (html.substr(i, 4) == "<!--") {
        const std::size_t end = html.find("-->", i + 4);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      std::size_t end = html.find('>', i);
      end = end == std::string_view::npos ? html.size() : end + 1;
      for (std::string_view name : {"script", "style", "noscript"}) {
        if (OpensElement(html, i, name)) end = SkipElement(html, end, name);
      }
      i = end;
    } else if (std::isdigit(c) != 0) {
      if (!in_digits) add('0');  // a digit run is one "0", whatever its value
      in_digits = true;
      ++i;
    } else if (IsAsciiAlnum(c)) {
      in_digits = false;
      add(static_cast<unsigned char>(std::tolower(c)));
      ++i;
    } else if (c >= 0x80) {
      // One character: a lead byte and the continuation bytes after it.
      flush();
      add(c);
      ++i;
      while (i < html.size() && (static_cast<unsigned char>(html[i]) & 0xC0) == 0x80) add(static_cast<unsigned char>(html[i++]));
      flush();
    } else {
      flush();
      ++i;
    }
  }
  flush();
  return tokens;
}

// Query values of the page-number keys sites use.
bool IsPageKey(std::string_view key) {
  const std::string k = base::AsciiLower(key);
  for (std::string_view name : {"page", "p", "pn", "pg", "pageno", "page_no", "pagenum", "pagenumber", "pageindex",
                                "page_index", "curpage", "cur_page", "currentpage"}) {
    if (k == name) return true;
  }
  return false;
}

std::optional<std::int64_t> ParseCount(std::string_view digits) {
  if (digits.empty() || digits.size() > 12) return std::nullopt;
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return n;
}

struct SplitUrl {
  std::string_view prefix;  // scheme://host:port
  std::string_view path;
  std::string_view query;
};

SplitUrl Split(std::string_view url) {
  SplitUrl s;
  url = url.substr(0, url.find('#'));
  const std::size_t scheme_end = url.find("://");
  std::size_t path_start = scheme_end == std::string_view::npos ? 0 : url.find_first_of("/?", scheme_end + 3);
  if (path_start == std::string_view::npos) path_start = url.size();
  std::size_t query_start = url.find('?', path_start);
  if (query_start == std::string_view::npos) query_start = url.size();
  s.prefix = url.substr(0, path_start);
  s.path = url.substr(path_start, query_start - path_start);
  if (query_start < url.size()) s.query = url.substr(query_start + 1);
  return s;
}

// Calls f(key, value, has_value) for each parameter of `query`.
template <typename F>
void ForEachParam(std::string_view query, F f) {
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string_view::npos) end = query.size();
    const std::string_view param = query.substr(start, end - start);
    const std::size_t eq = param.find('=');
    if (!param.empty()) {
      f(param.substr(0, eq), eq == std::string_view::npos ? std::string_view() : param.substr(eq + 1),
        eq != std::string_view::npos);
    }
    start = end + 1;
  }
}

// The page number of a page-numbered URL: ?page=N (and its synonyms) or /page/N.
std::optional<std::int64_t> PageNumber(std::string_view url) {
  const SplitUrl s = Split(url);
  std::optional<std::int64_t> page;
  ForEachParam(s.query, [&](std::string_view key, std::string_view value, bool) {
    if (!page && IsPageKey(key)) page = ParseCount(value);
  });
  if (page) return page;
  const std::size_t pos = s.path.find("/page/");
  if (pos == std::string_view::npos) return std::nullopt;
  std::string_view rest = s.path.substr(pos + 6);
  return ParseCount(rest.substr(0, rest.find('/')));
}

// The abstracted values of a URL in order: the path's digit runs, then each query value.
std::vector<std::string> Values(std::string_view url) {
  const SplitUrl s = Split(url);
  std::vector<std::string> out;
  std::string run;
  for (char c : s.path) {
    if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      run.push_back(c);
    } else if (!run.empty()) {
      out.push_back(std::exchange(run, {}));
    }
  }
  if (!run.empty()) out.push_back(run);
  ForEachParam(s.query, [&](std::string_view, std::string_view value, bool) { out.emplace_back(value); });
  return out;
}

// The date in `value` as YYYYMMDD-ish digits ("2026-12-07" -> "20261207",
// "2026/12" -> "202612"), or "" when it does not read as a date.
std::string AsDate(std::string_view value) {
  std::string digits;
  int fields = 0;
  std::size_t field_len = 0;
  for (char c : value) {
    if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      digits.push_back(c);
      ++field_len;
    } else if ((c == '-' || c == '/' || c == '.' || c == '_') && field_len > 0) {
      ++fields;
      field_len = 0;
    } else {
      return {};
    }
  }
  if (field_len > 0) ++fields;
  const bool compact = fields == 1 && (digits.size() == 6 || digits.size() == 8);
  const bool separated = fields >= 2 && fields <= 3 && digits.size() >= 5 && digits.size() <= 8;
  if (!compact && !separated) return {};
  if (!(digits.starts_with("19") || digits.starts_with("20") || digits.starts_with("21"))) return {};
  return digits;
}

}  // namespace

std::uint64_t ContentSimhash(std::string_view html) {
  const std::vector<std::uint64_t> tokens = Tokens(html.substr(0, kMaxSimhashInputBytes));
  if (tokens.empty()) return 0;
  std::array<int, 64> votes{};
  const std::size_t n = tokens.size() < kShingleTokens ? 1 : tokens.size() - kShingleTokens + 1;
  const std::size_t width = std::min<std::size_t>(tokens.size(), kShingleTokens);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t h = kFnvOffset;
    for (std::size_t j = 0; j < width; ++j) h = Mix(h ^ tokens[i + j]);
    for (int b = 0; b < 64; ++b) votes[b] += ((h >> b) & 1) != 0 ? 1 : -1;
  }
  std::uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (votes[b] > 0) out |= std::uint64_t{1} << b;
  }
  return out;
}

int HammingDistance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::string UrlPattern(std::string_view url) {
  const SplitUrl s = Split(url);
  std::string out(s.prefix);
  bool in_digits = false;
  for (char c : s.path) {
    const bool digit = std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (digit && !in_digits) out.push_back('*');
    if (!digit) out.push_back(c);
    in_digits = digit;
  }
  if (s.path.empty()) out.push_back('/');
  if (!s.query.empty()) {
    out.push_back('?');
    bool first = true;
    ForEachParam(s.query, [&](std::string_view key, std::string_view, bool has_value) {
      if (!first) out.push_back('&');
      first = false;
      out += key;
      if (has_value) out += "=*";
    });
  }
  return out;
}

Status TrapGuard::Admit(std::string_view url) {
  if (url.size() > options_.max_url_bytes) {
    return Status::InvalidArgument("trap: url longer than " + std::to_string(options_.max_url_bytes) + " bytes");
  }
  // Repeated path segments: /a/b/a/b/a/b/... from relative-link loops.
  const std::string_view path = Split(url).path;
  std::unordered_map<std::string_view, int> seen;
  std::size_t pos = 1;
  while (pos < path.size()) {
    std::size_t end = path.find('/', pos);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(pos, end - pos);
    if (!segment.empty() && ++seen[segment] > options_.max_repeated_segments) {
      return Status::InvalidArgument("trap: path segment '" + std::string(segment) + "' repeated more than " +
                                     std::to_string(options_.max_repeated_segments) + " times");
    }
    pos = end + 1;
  }

  base::MutexLock lock(&mu_);
  // No record for a pattern nothing was fetched of yet: memory grows with
  // fetched pages (bounded by max_pages), not with queued URLs.
  auto it = patterns_.find(UrlPattern(url));
  if (it == patterns_.end()) {
    auto host = hosts_.find(std::string(Split(url).prefix));
    if (host != hosts_.end() && host->second.spent) {
      return Status::ResourceExhausted("trap: " + UrlPattern(url) + " cut (" + std::string(kHostSpent) + ")");
    }
    return Status::Ok();
  }
  Pattern& p = it->second;
  if (!p.cut.empty()) return Status::ResourceExhausted(p.cut);
  if (hosts_[p.host].spent && p.productive == 0) {
    return Status::ResourceExhausted(Cut(p, std::string(kHostSpent)));
  }
  // Nothing in progress can renew a spent budget: the URL would start a fetch beyond it.
  if (p.started > 0 && p.started >= Budget(p) && p.started == p.reported) {
    return Status::ResourceExhausted(Cut(p, Describe(p)));
  }
  if (p.last_productive_page > 0) {
    const std::optional<std::int64_t> page = PageNumber(url);
    if (page && *page > p.last_productive_page + options_.max_pages_past_productive) {
      // A pager may link far ahead ("last page"); it is a trap once the pages
      // after the last productive one have come up dry.
      if (!p.pagination_noted && p.unproductive_streak >= options_.max_pages_past_productive) {
        p.pagination_noted = true;
        AddLine("trap: " + p.key + " cut past page " + std::to_string(p.last_productive_page) +
                             " (pagination, pages past the last with new content or links): " +
                             std::to_string(p.reported) + " pages fetched, " + std::to_string(p.near_duplicates) +
                             " near-duplicate, " + std::to_string(p.with_new_links) + " with new links");
      }
      return Status::ResourceExhausted("trap: " + p.key + ": page " + std::to_string(*page) + " is more than " +
                                       std::to_string(options_.max_pages_past_productive) + " past page " +
                                       std::to_string(p.last_productive_page) + ", the last with new content or links");
    }
  }
  return Status::Ok();
}

TrapGuard::Gate TrapGuard::BeforeFetch(std::string_view url, std::string* reason) {
  base::MutexLock lock(&mu_);
  Pattern& p = PatternFor(url);
  if (p.cut.empty() && hosts_[p.host].spent && p.productive == 0) Cut(p, std::string(kHostSpent));
  if (p.cut.empty() && p.started >= Budget(p)) {
    if (p.started > p.reported) return Gate::kWait;  // their pages may earn more
    Cut(p, Describe(p));
  }
  if (!p.cut.empty()) {
    *reason = p.cut;
    return Gate::kSkip;
  }
  ++p.started;
  if (p.first_url.empty()) p.first_url = std::string(url);
  p.last_url = std::string(url);
  return Gate::kFetch;
}

void TrapGuard::AfterFetch(std::string_view url, std::optional<std::uint64_t> simhash,
                           const std::vector<std::string_view>& new_links) {
  base::MutexLock lock(&mu_);
  Pattern& p = PatternFor(url);
  ++p.reported;
  bool new_content = false;
  if (simhash) {
    const bool near = std::any_of(p.simhashes.begin(), p.simhashes.end(), [&](std::uint64_t s) {
      return HammingDistance(s, *simhash) <= options_.near_duplicate_bits;
    });
    if (near) {
      ++p.near_duplicates;
    } else {
      new_content = true;
      if (p.simhashes.size() < kMaxSimhashes) {
        p.simhashes.push_back(*simhash);
      } else {
        p.simhashes[p.next_slot] = *simhash;
        p.next_slot = (p.next_slot + 1) % kMaxSimhashes;
      }
    }
  } else {
    ++p.no_page;
  }
  // Links of its own pattern do not count: a calendar links the next day, a
  // trap's variants link more variants.
  int links = 0;
  for (std::string_view link : new_links) {
    const std::string key = UrlPattern(link);
    if (key == p.key) continue;
    auto it = patterns_.find(key);
    if (it != patterns_.end() && !it->second.cut.empty()) continue;
    ++links;
  }
  if (links > 0) ++p.with_new_links;
  Host& host = hosts_[p.host];
  if (new_content || links > 0) {
    p.unproductive_streak = 0;
    ++p.productive;
    ++host.productive;
    if (const std::optional<std::int64_t> page = PageNumber(url)) {
      p.last_productive_page = std::max(p.last_productive_page, *page);
    }
  } else {
    ++p.unproductive_streak;
    ++host.unproductive;
  }
  if (!host.spent && host.unproductive > options_.host_budget + options_.host_growth * host.productive) {
    host.spent = true;
    AddLine("trap: host " + p.host + " cut (" + std::to_string(host.unproductive) +
                         " pages without new content or links, " + std::to_string(host.productive) +
                         " with): its URL patterns without a productive page are refused");
  }
}

std::vector<std::string> TrapGuard::CutLines() const {
  base::MutexLock lock(&mu_);
  std::vector<std::string> lines = cut_lines_;
  if (more_cuts_ > 0) lines.push_back("trap: " + std::to_string(more_cuts_) + " more cut (lines capped)");
  return lines;
}

TrapGuard::Pattern& TrapGuard::PatternFor(std::string_view url) {
  std::string key = UrlPattern(url);
  auto [it, inserted] = patterns_.try_emplace(key);
  if (inserted) {
    it->second.key = std::move(key);
    it->second.host = std::string(Split(url).prefix);
  }
  return it->second;
}

const std::string& TrapGuard::Cut(Pattern& p, std::string why) {
  if (!p.cut.empty()) return p.cut;
  p.cut = "trap: " + p.key + " cut (" + why + ")";
  if (why == kHostSpent) return p.cut;  // the host's line says it
  AddLine(p.cut + ": " + std::to_string(p.reported) + " pages fetched, " + std::to_string(p.near_duplicates) +
          " near-duplicate, " + std::to_string(p.with_new_links) + " with new links");
  return p.cut;
}

void TrapGuard::AddLine(std::string line) {
  if (cut_lines_.size() < kMaxCutLines) {
    cut_lines_.push_back(std::move(line));
  } else {
    ++more_cuts_;
  }
}

std::string TrapGuard::Describe(const Pattern& p) const {
  const std::vector<std::string> first = Values(p.first_url);
  const std::vector<std::string> last = Values(p.last_url);
  // The first value that changed from the first URL to the latest one.
  for (std::size_t i = 0; i < std::min(first.size(), last.size()); ++i) {
    if (first[i] == last[i]) continue;
    // A date may span several path runs (/calendar/2026/12/): join this one with the next.
    std::string a = AsDate(first[i]), b = AsDate(last[i]);
    if (a.empty() && i + 1 < first.size() && i + 1 < last.size()) {
      a = AsDate(first[i] + "-" + first[i + 1]);
      b = AsDate(last[i] + "-" + last[i + 1]);
    }
    if (i > 0 && a.empty()) {
      a = AsDate(first[i - 1] + "-" + first[i]);
      b = AsDate(last[i - 1] + "-" + last[i]);
    }
    if (!a.empty() && !b.empty()) return std::string("calendar, dates ever ") + (b > a ? "newer" : "older");
    break;
  }
  if (PageNumber(p.last_url)) return "pagination, pages past the last with new content or links";
  if (p.near_duplicates * 2 >= p.reported && p.reported > 0) return "near-duplicate pages without new links";
  return "pages without new content or links";
}

}  // namespace lantian::crawler
