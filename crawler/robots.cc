#include "crawler/robots.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "base/strings.h"
#include "base/uri.h"

namespace lantian::crawler {
namespace {

// The one form a rule path and a URI path are compared in (RFC 9309 §2.2.2,
// §2.2.3), applied to both sides:
//  - "Octets ... outside the range of the ASCII coded character set ... MUST be
//    percent-encoded": raw bytes >= 0x80 (UTF-8) become %XX, uppercase hex, so
//    a rule "/专利" and a path "/%E4%B8%93%E5%88%A9" are the same octets. So do
//    controls and space, which a URI cannot hold raw, and a '%' that starts no
//    escape (it becomes %25).
//  - "If a percent-encoded ASCII octet is encountered in the URI, it MUST be
//    unencoded prior to comparison, unless it is a reserved character ... or
//    the character is outside the unreserved character range": %62%61%7A is
//    "baz", while %2F stays %2F (never "/") and every kept escape has its hex
//    digits uppercased (RFC 3986 §6.2.2.1: %2f is %2F).
//  - §2.2.3: in a rule, a raw '*' is the wildcard and a final raw '$' the end
//    anchor; "%2A" and "%24" are the literal characters. A URI holds no
//    wildcards, so its '*' and '$' (reserved sub-delims, which "MUST be
//    percent-encoded ... prior to comparison") become %2A and %24, and so does
//    a rule's '$' that is not the last octet. Rule "/a-%2A.html" then matches
//    the URI "/a-*.html", and rule "/foo-%24" the URI "/foo-$".
// Other reserved characters are left as they come: a raw '/', '?', '=' or '&'
// is a delimiter and an escaped one is data, and the two must stay distinct.
std::string NormalizeEncoding(std::string_view in, bool is_rule) {
  return base::NormalizePercentEncoding(in, [&](unsigned char c, std::size_t i) {
    if (c >= 0x80 || c <= 0x20 || c == 0x7F || c == '%') return true;
    if (c == '*') return !is_rule;
    if (c == '$') return !is_rule || i + 1 != in.size();
    return false;
  });
}

// RFC 9309 §2.2.3: '*' matches any sequence, a trailing '$' anchors the end;
// otherwise a pattern matches a prefix of the path. Tracks the set of path
// positions reachable after each pattern octet: O(|path| * |pattern|), no
// backtracking blow-up.
bool Matches(std::string_view path, std::string_view pattern) {
  std::vector<std::size_t> positions{0};
  std::vector<std::size_t> next;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char p = pattern[i];
    if (p == '$' && i + 1 == pattern.size()) {
      return std::find(positions.begin(), positions.end(), path.size()) != positions.end();
    }
    next.clear();
    if (p == '*') {
      for (std::size_t pos = positions.front(); pos <= path.size(); ++pos) next.push_back(pos);
    } else {
      for (std::size_t pos : positions) {
        if (pos < path.size() && path[pos] == p) next.push_back(pos + 1);
      }
    }
    if (next.empty()) return false;
    positions.swap(next);
  }
  return true;
}

// RFC 9309 §2.2.1: the product token of a user-agent line is matched
// case-insensitively; the line's value is taken up to the first character that
// cannot be part of a product token ("lantian/1.0" names lantian).
bool NamesToken(std::string_view value, std::string_view token) {
  std::size_t end = 0;
  while (end < value.size() && (std::isalpha(static_cast<unsigned char>(value[end])) != 0 ||
                                value[end] == '-' || value[end] == '_')) {
    ++end;
  }
  return end > 0 && base::EqualsIgnoreAsciiCase(value.substr(0, end), token);
}

}  // namespace

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules r;
  r.disallow_all_ = true;
  return r;
}

RobotsRules RobotsRules::Parse(std::string_view body, std::string_view product_token) {
  RobotsRules specific;  // groups naming the token
  RobotsRules star;      // groups for '*'
  bool any_specific = false;
  if (body.size() > kMaxParseBytes) {
    body = body.substr(0, kMaxParseBytes);
    specific.truncated_ = true;
    star.truncated_ = true;
  }
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);  // UTF-8 BOM

  bool in_agent_lines = false;  // the previous line was a user-agent line
  bool group_specific = false;
  bool group_star = false;
  std::vector<std::string> sitemaps;
  std::size_t pos = 0;
  while (pos < body.size()) {
    std::size_t end = body.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view key = base::TrimAscii(line.substr(0, colon));
    const std::string_view value = base::TrimAscii(line.substr(colon + 1));

    if (base::EqualsIgnoreAsciiCase(key, "user-agent")) {
      if (!in_agent_lines) {  // a user-agent line after rules starts a new group (§2.1)
        group_specific = false;
        group_star = false;
      }
      in_agent_lines = true;
      if (value == "*") {
        group_star = true;
      } else if (NamesToken(value, product_token)) {
        group_specific = true;
        any_specific = true;
      }
      continue;
    }
    if (base::EqualsIgnoreAsciiCase(key, "sitemap")) {  // §2.2.4: independent of groups
      if (!value.empty()) sitemaps.emplace_back(value);
      continue;
    }
    const bool allow = base::EqualsIgnoreAsciiCase(key, "allow");
    const bool disallow = base::EqualsIgnoreAsciiCase(key, "disallow");
    const bool delay = base::EqualsIgnoreAsciiCase(key, "crawl-delay");
    if (!allow && !disallow && !delay) continue;  // unknown keys are ignored (§2.2.4)
    in_agent_lines = false;
    RobotsRules* targets[2] = {group_specific ? &specific : nullptr, group_star ? &star : nullptr};
    for (RobotsRules* t : targets) {
      if (t == nullptr) continue;
      if (delay) {
        double seconds = 0;
        const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
        (void)ptr;
        if (ec == std::errc() && seconds >= 0) {
          // Past a day is a day (and never a cast out of range: robots_fuzz).
          t->crawl_delay_ = std::chrono::milliseconds(static_cast<long long>(std::min(seconds, 86400.0) * 1000));
        }
      } else if (!value.empty()) {  // an empty Disallow/Allow matches nothing
        t->rules_.push_back(Rule{allow, NormalizeEncoding(value, /*is_rule=*/true)});
      }
    }
  }
  RobotsRules result = any_specific ? std::move(specific) : std::move(star);
  result.sitemaps_ = std::move(sitemaps);
  return result;
}

bool RobotsRules::IsAllowed(std::string_view path_and_query) const {
  // §2.2.2: /robots.txt itself is implicitly allowed.
  if (path_and_query == "/robots.txt") return true;
  if (disallow_all_) return false;
  const std::string path = NormalizeEncoding(path_and_query, /*is_rule=*/false);
  std::size_t best_length = 0;
  bool best_allow = true;
  bool matched = false;
  for (const Rule& rule : rules_) {
    if (!Matches(path, rule.pattern)) continue;
    const std::size_t length = rule.pattern.size();
    // §2.2.2: the most specific (longest) match wins; when an Allow and a
    // Disallow are equally long, Allow wins.
    if (!matched || length > best_length || (length == best_length && rule.allow)) {
      best_length = length;
      best_allow = rule.allow;
      matched = true;
    }
  }
  return !matched || best_allow;
}

const RobotsRules* RobotsCache::Find(const std::string& host_key) const {
  const auto it = entries_.find(host_key);
  if (it == entries_.end() || clock_->Now() >= it->second.expires) return nullptr;
  return &it->second.rules;
}

RobotsAccess ClassifyRobotsFetch(const FetchResult& result, std::string* why) {
  // "timeout: Operation timed out after ...": the outcome and curl's own text.
  const auto transport = [&] {
    return std::string(FetchOutcomeName(result.outcome)) + (result.curl_error.empty() ? "" : ": " + result.curl_error);
  };
  std::string reason;
  RobotsAccess access = RobotsAccess::kUnreachable;
  const int status = result.http_status;
  switch (result.outcome) {
    case FetchOutcome::kOk:
    case FetchOutcome::kTooLarge:  // cut at the wire cap: parsed up to kMaxParseBytes anyway (§2.5)
    case FetchOutcome::kHttpError:
      if (status >= 200 && status < 300) {
        access = RobotsAccess::kSuccessful;
      } else if (status >= 300 && status < 500) {
        // 4xx (§2.3.1.3), or a 3xx that names no Location to follow.
        access = RobotsAccess::kUnavailable;
        reason = "HTTP " + std::to_string(status);
      } else {
        reason = status == 0 ? transport() : "HTTP " + std::to_string(status);
      }
      break;
    case FetchOutcome::kTooManyRedirects:
      // §2.3.1.2: "If there are more than five consecutive redirects, crawlers
      // MAY assume that the robots.txt file is unavailable." A loop never ends
      // in a robots.txt either.
      access = RobotsAccess::kUnavailable;
      reason = "no robots.txt after " + std::to_string(result.hops.size()) + " redirects (too many, or a loop)";
      break;
    case FetchOutcome::kAddressRefused:
      // A hop after the first came from a redirect: that redirect was not followed.
      reason = result.hops.size() > 1 ? "redirected to a refused address, " + result.hops.back().url + " (" +
                                            transport() + ")"
                                      : transport();
      break;
    case FetchOutcome::kTimeout:
    case FetchOutcome::kDns:
    case FetchOutcome::kConnect:
    case FetchOutcome::kTls:
    case FetchOutcome::kNetwork:
    case FetchOutcome::kRobotsDisallowed:  // not for robots.txt fetches (they skip the redirect check)
    case FetchOutcome::kOutOfScope:
      reason = transport();
      break;
  }
  if (why != nullptr) *why = std::move(reason);
  return access;
}

RobotsRules RulesFor(RobotsAccess access, std::string_view body, std::string_view product_token) {
  switch (access) {
    case RobotsAccess::kSuccessful:
      return RobotsRules::Parse(body, product_token);
    case RobotsAccess::kUnavailable:
      return RobotsRules::AllowAll();
    case RobotsAccess::kUnreachable:
      return RobotsRules::DisallowAll();
  }
  return RobotsRules::DisallowAll();
}

const RobotsRules& RobotsCache::Store(const std::string& host_key, int status, std::string_view body,
                                      std::string_view product_token) {
  const RobotsAccess access = status >= 200 && status < 300   ? RobotsAccess::kSuccessful
                              : status >= 300 && status < 500 ? RobotsAccess::kUnavailable
                                                              : RobotsAccess::kUnreachable;
  return Store(host_key, access, body, product_token);
}

const RobotsRules& RobotsCache::Store(const std::string& host_key, RobotsAccess access, std::string_view body,
                                      std::string_view product_token) {
  Entry entry;
  entry.rules = RulesFor(access, body, product_token);
  // §2.3.1.4: an unreachable robots.txt is fetched again sooner.
  entry.expires = clock_->Now() + (access == RobotsAccess::kUnreachable ? options_.unreachable_ttl : options_.ttl);
  auto& slot = entries_[host_key];
  slot = std::move(entry);
  return slot.rules;
}

}  // namespace lantian::crawler
