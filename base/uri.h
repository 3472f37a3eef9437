#pragma once

// The project's one RFC 3986 URI module: split, resolve, recompose, and the
// one URL hash. Pure string work, no curl, so every layer can use it:
// extractors resolve page links with it, crawler/url canonicalizes on top of
// it (curl's URL API) and adds trap guards, store keys its frontier by
// UrlHash.
//
//   base::ResolveUri("https://s.taobao.com/search?q=x", "//item.taobao.com/i?id=1")
//       -> "https://item.taobao.com/i?id=1"
//   base::UriHost("https://User@Item.Taobao.com:443/x")  -> "item.taobao.com"
//   base::UrlHash("http://a.example/")                   -> stable FNV-1a 64
//
// All functions are thread-safe (pure).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lantian::base {

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

// RFC 3986 §2.3 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~".
bool IsUnreservedOctet(unsigned char c);

// Appends "%XX" (upper-case hex) for one octet.
void AppendPercentEscape(unsigned char c, std::string& out);

// The value of a hex digit, -1 for any other character.
int HexDigitValue(char c);

// Normalizes percent-encoding (RFC 3986 §6.2.2.1, §6.2.2.2): a "%XX" of an
// unreserved octet is decoded, any other "%XX" is kept with upper-case hex,
// and a raw octet at index i is escaped when escape_raw(octet, i) says so
// (a '%' that starts no escape is such a raw octet). crawler/url and
// crawler/robots differ only in which raw octets they escape:
//
//   base::NormalizePercentEncoding("/a%7ex%2f b", [](unsigned char c, size_t) { return c == ' '; })
//       -> "/a~x%2F%20b"
template <typename EscapeRaw>
std::string NormalizePercentEncoding(std::string_view in, EscapeRaw escape_raw) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c == '%' && i + 2 < in.size() && HexDigitValue(in[i + 1]) >= 0 && HexDigitValue(in[i + 2]) >= 0) {
      const auto decoded = static_cast<unsigned char>(HexDigitValue(in[i + 1]) * 16 + HexDigitValue(in[i + 2]));
      if (IsUnreservedOctet(decoded)) {
        out.push_back(static_cast<char>(decoded));
      } else {
        AppendPercentEscape(decoded, out);
      }
      i += 2;
    } else if (escape_raw(c, i)) {
      AppendPercentEscape(c, out);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// Stable 64-bit FNV-1a of a (canonical) URL: the frontier's unique key in the
// store and the crawler's compact dedup sets. Its offset basis is
// 1469598103934665603, one digit short of FNV's 14695981039346656037; it
// stays so, because stored frontiers (and --resume) are keyed by the value.
std::uint64_t UrlHash(std::string_view url);

}  // namespace lantian::base
