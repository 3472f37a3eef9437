#pragma once

// URL canonicalization and relative-link resolution, on top of base/uri.h
// (RFC 3986 resolution, UrlHash). The trap guard is crawler/trap_guard.h. Canonicalization goes
// through curl's URL API (curl_url), never by hand.
//
//   auto u = crawler::ResolveUrl("http://a.example/shop/list?page=2", "item/7?spm=x#p");
//   *u -> "http://a.example/shop/item/7"        (resolved, canonical, tracker dropped)

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace lantian::crawler {

// How URLs are canonicalized. Plain struct; defaults protect dedup quality.
struct UrlOptions {
  // Query parameters dropped from every URL (tracking and session ids). An
  // entry ending in '*' is a prefix ("utm_*"). Default: common trackers seen
  // on Chinese platforms (spm, scm, from, ...) and session ids.
  std::vector<std::string> strip_params = {
      "utm_*", "spm", "scm", "from", "sessionid", "session_id", "jsessionid", "phpsessid",
      "sid", "track_id", "trackid", "ref", "ref_", "fbclid", "gclid", "_t", "timestamp"};
  // Sort the remaining query parameters (stable, by name). Default on: two
  // orders of one query are one page. Off for sites whose parameter order matters.
  bool sort_query = true;
  // URLs longer than this (canonical form, bytes) are refused as traps. Default 2048.
  std::size_t max_url_bytes = 2048;
};

// Canonical form of an absolute http(s) URL: scheme and host lowercased,
// default port dropped, fragment and userinfo dropped, percent-encoding
// normalized (unreserved characters decoded, hex digits uppercased, unsafe
// bytes encoded), empty path as "/", tracking parameters removed, query
// optionally sorted. Error (kInvalidArgument, "url: reason") for anything
// that is not an http(s) URL.
[[nodiscard]] Result<std::string> CanonicalizeUrl(std::string_view url, const UrlOptions& options = {});

// Resolves `ref` (an href as found in a page) against `base` (RFC 3986 §5,
// done by curl) and canonicalizes the result. Error for non-http(s) targets
// (mailto:, javascript:, ...) and unparsable input.
[[nodiscard]] Result<std::string> ResolveUrl(std::string_view base, std::string_view ref,
                                             const UrlOptions& options = {});

// The URL to request for `url` as linked: the same normalisation as
// CanonicalizeUrl (scheme and host lowercased, default port, fragment and
// userinfo dropped, dot segments removed, empty path as "/", percent-encoding
// normalised per RFC 3986 §6.2.2.2: hex digits uppercased, unreserved
// characters decoded, unsafe bytes encoded) except that the query is kept as
// linked, in its order and with every parameter. The canonical form is only
// the frontier's dedup key; this one is what is requested and what robots.txt
// is checked against. Errors as for CanonicalizeUrl.
[[nodiscard]] Result<std::string> RequestUrl(std::string_view url, const UrlOptions& options = {});

// RequestUrl of `ref` (an href as found in a page) resolved against `base`
// (RFC 3986 §5). Errors as for ResolveUrl.
[[nodiscard]] Result<std::string> ResolveRequestUrl(std::string_view base, std::string_view ref,
                                                    const UrlOptions& options = {});

// Parts of an absolute URL as curl parses it. Error for unparsable input.
struct UrlParts {
  std::string scheme;
  std::string host;  // lowercased, no brackets for IPv6
  int port = 0;      // the effective port (default filled in)
  std::string path_and_query;  // "/a/b?x=1" ("/" when empty)
};
[[nodiscard]] Result<UrlParts> ParseUrl(std::string_view url);

// "host:port" key that politeness and robots.txt are tracked by (RFC 9309 §2.3:
// robots.txt applies per scheme, host and port).
[[nodiscard]] Result<std::string> HostKey(std::string_view url);

}  // namespace lantian::crawler
