#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lantian::extractors {

// The five components of a URI reference (RFC 3986 §3, split per Appendix B).
// Value type; views are not kept, every part is a copy.
struct UriParts {
  std::string scheme;  // without ':'; empty for a relative reference
  std::string authority;
  std::string path;
  std::string query;     // without '?'
  std::string fragment;  // without '#'
  bool has_authority = false;
  bool has_query = false;
  bool has_fragment = false;
};

// Splits a URI reference (RFC 3986 Appendix B). Never fails.
UriParts SplitUri(std::string_view ref);

// Joins components back (RFC 3986 §5.3).
std::string RecomposeUri(const UriParts& parts);

// Resolves `ref` against the absolute `base` (RFC 3986 §5.2, strict: a scheme
// in `ref` wins even if it equals the base's). Leading/trailing ASCII
// whitespace of `ref` is trimmed, and tabs/newlines inside are removed, as
// browsers do. Returns nullopt when `base` has no scheme and `ref` is relative.
// The fragment is kept; callers that store links drop it with StripFragment.
std::optional<std::string> ResolveUri(std::string_view base, std::string_view ref);
// The same with the base already split (resolving many links against one page).
std::optional<std::string> ResolveUri(const UriParts& base, std::string_view ref);

// `url` without its '#fragment'.
std::string StripFragment(std::string_view url);

// Lower-cased host of an absolute URL, without userinfo, port or brackets'
// contents changed ("https://User@Item.Taobao.com:443/x" → "item.taobao.com").
// Empty when the URL has no authority.
std::string UriHost(std::string_view url);

// Percent-encodes UTF-8 for a query component: unreserved characters
// (RFC 3986 §2.3) stay, everything else becomes %XX (upper-case hex); a space
// becomes %20.
std::string PercentEncode(std::string_view utf8);

}  // namespace lantian::extractors
