#include "crawler/url.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <utility>

#include "base/strings.h"
#include "base/uri.h"
#include "crawler/internal/curl.h"

namespace lantian::crawler {
namespace {

using internal::CurlUrl;
using internal::GetUrlPart;

// Removes the whitespace browsers ignore (leading/trailing, and tab/CR/LF
// anywhere, per the WHATWG URL parser), then percent-encodes spaces, control
// bytes and non-ASCII bytes so curl accepts the href.
std::string PrepareHref(std::string_view in) {
  while (!in.empty() && static_cast<unsigned char>(in.front()) <= 0x20) in.remove_prefix(1);
  while (!in.empty() && static_cast<unsigned char>(in.back()) <= 0x20) in.remove_suffix(1);
  std::string out;
  out.reserve(in.size());
  for (char ch : in) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\t' || c == '\r' || c == '\n') continue;
    if (c <= 0x20 || c >= 0x7F) {
      base::AppendPercentEscape(c, out);
    } else {
      out.push_back(ch);
    }
  }
  return out;
}

// RFC 3986 §6.2.2.2: decode percent-encoded unreserved characters, uppercase
// the hex digits of the rest, and encode bytes that may not appear raw.
std::string NormalizePercent(std::string_view in) {
  return base::NormalizePercentEncoding(in, [](unsigned char c, std::size_t) {
    return c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' ||
           c == '{' || c == '|' || c == '}' || c == '%';
  });
}

bool ParamStripped(std::string_view name, const std::vector<std::string>& strip) {
  const std::string lower = base::AsciiLower(name);
  for (const auto& s : strip) {
    if (!s.empty() && s.back() == '*') {
      if (std::string_view(lower).starts_with(std::string_view(s).substr(0, s.size() - 1))) return true;
    } else if (lower == s) {
      return true;
    }
  }
  return false;
}

std::string NormalizeQuery(std::string_view query, const UrlOptions& options) {
  std::vector<std::string> params;
  std::size_t start = 0;
  while (start <= query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string_view::npos) end = query.size();
    std::string_view param = query.substr(start, end - start);
    if (!param.empty()) {
      // Judged by its normalised name: %75tm_source is utm_source, so the
      // canonical form is a fixed point and one key for every spelling.
      std::string normalized = NormalizePercent(param);
      const std::string_view name = std::string_view(normalized).substr(0, normalized.find('='));
      if (!ParamStripped(name, options.strip_params)) params.push_back(std::move(normalized));
    }
    start = end + 1;
  }
  if (options.sort_query) {
    std::stable_sort(params.begin(), params.end(), [](const std::string& a, const std::string& b) {
      return std::string_view(a).substr(0, a.find('=')) < std::string_view(b).substr(0, b.find('='));
    });
  }
  std::string out;
  for (const auto& p : params) {
    if (!out.empty()) out.push_back('&');
    out += p;
  }
  return out;
}

Status SetUrl(CURLU* u, const std::string& url, std::string_view original);

// Which form CanonicalFromHandle builds.
enum class Form {
  kCanonical,  // the dedup key: tracking parameters stripped, query optionally sorted
  kAsLinked,   // the request target: the query as linked, only its percent-encoding normalised
};

// Builds the string of `form` from a parsed handle, once.
Result<std::string> BuildFromHandle(CURLU* u, std::string_view original, const UrlOptions& options, Form form) {
  const std::string scheme = base::AsciiLower(GetUrlPart(u, CURLUPART_SCHEME));
  if (scheme != "http" && scheme != "https") {
    return Status::InvalidArgument("url: unsupported scheme '" + scheme + "': " + std::string(original));
  }
  std::string host = base::AsciiLower(GetUrlPart(u, CURLUPART_HOST));
  if (host.empty()) return Status::InvalidArgument("url: no host: " + std::string(original));
  while (!host.empty() && host.back() == '.') host.pop_back();  // "example.com." is example.com
  if (host.empty()) return Status::InvalidArgument("url: no host: " + std::string(original));  // "http://./"
  std::string port = GetUrlPart(u, CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
  if ((scheme == "http" && port == "80") || (scheme == "https" && port == "443")) port.clear();
  std::string path = NormalizePercent(GetUrlPart(u, CURLUPART_PATH));
  if (path.empty()) path = "/";
  const std::string query = form == Form::kCanonical ? NormalizeQuery(GetUrlPart(u, CURLUPART_QUERY), options)
                                                     : NormalizePercent(GetUrlPart(u, CURLUPART_QUERY));
  std::string out = scheme + "://" + host;
  if (!port.empty()) out += ":" + port;
  out += path;
  if (!query.empty()) out += "?" + query;
  return out;
}

// The form's string, parsed again until it no longer changes. One pass is
// not always a fixed point: without its dot a host may read differently
// ("7." is a name, "7" the address 0.0.0.7), a decoded "%2e" makes a dot
// segment, a decoded "%30" host reads as 0.0.0.0 next time, and "%25b0" in a
// host decodes one level per parse (all found by url_fuzz). A form that has
// not settled after a few passes is refused.
Result<std::string> CanonicalFromHandle(CURLU* u, std::string_view original, const UrlOptions& options,
                                        Form form = Form::kCanonical) {
  Result<std::string> out = BuildFromHandle(u, original, options, form);
  if (!out.ok()) return out;
  constexpr int kMaxPasses = 4;
  for (int pass = 1;; ++pass) {
    CurlUrl again(curl_url());
    if (!again) return Status::ResourceExhausted("url: out of memory");
    LANTIAN_RETURN_IF_ERROR(SetUrl(again.get(), *out, original));
    Result<std::string> next = BuildFromHandle(again.get(), original, options, form);
    if (!next.ok()) return next;
    if (*next == *out) break;
    if (pass == kMaxPasses) {
      return Status::InvalidArgument("url: no stable canonical form: " + std::string(original));
    }
    out = std::move(next);
  }
  if (out->size() > options.max_url_bytes) {
    return Status::ResourceExhausted("url: longer than " + std::to_string(options.max_url_bytes) +
                                     " bytes: " + out->substr(0, 80) + "...");
  }
  return out;
}

Status SetUrl(CURLU* u, const std::string& url, std::string_view original) {
  const CURLUcode rc = curl_url_set(u, CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME);
  if (rc != CURLUE_OK) {
    return Status::InvalidArgument(std::string("url: ") + curl_url_strerror(rc) + ": " + std::string(original));
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> CanonicalizeUrl(std::string_view url, const UrlOptions& options) {
  CurlUrl u(curl_url());
  if (!u) return Status::ResourceExhausted("url: out of memory");
  LANTIAN_RETURN_IF_ERROR(SetUrl(u.get(), PrepareHref(url), url));
  return CanonicalFromHandle(u.get(), url, options);
}

Result<std::string> ResolveUrl(std::string_view base, std::string_view ref, const UrlOptions& options) {
  // RFC 3986 resolution is base/uri's; curl then canonicalizes the result.
  std::optional<std::string> absolute = base::ResolveUri(base, ref);
  if (!absolute) return Status::InvalidArgument("url: cannot resolve '" + std::string(ref) + "' against '" + std::string(base) + "'");
  CurlUrl u(curl_url());
  if (!u) return Status::ResourceExhausted("url: out of memory");
  LANTIAN_RETURN_IF_ERROR(SetUrl(u.get(), PrepareHref(*absolute), ref));
  return CanonicalFromHandle(u.get(), ref, options);
}

Result<std::string> RequestUrl(std::string_view url, const UrlOptions& options) {
  CurlUrl u(curl_url());
  if (!u) return Status::ResourceExhausted("url: out of memory");
  LANTIAN_RETURN_IF_ERROR(SetUrl(u.get(), PrepareHref(url), url));
  return CanonicalFromHandle(u.get(), url, options, Form::kAsLinked);
}

Result<std::string> ResolveRequestUrl(std::string_view base, std::string_view ref, const UrlOptions& options) {
  std::optional<std::string> absolute = base::ResolveUri(base, ref);
  if (!absolute) return Status::InvalidArgument("url: cannot resolve '" + std::string(ref) + "' against '" + std::string(base) + "'");
  CurlUrl u(curl_url());
  if (!u) return Status::ResourceExhausted("url: out of memory");
  LANTIAN_RETURN_IF_ERROR(SetUrl(u.get(), PrepareHref(*absolute), ref));
  return CanonicalFromHandle(u.get(), ref, options, Form::kAsLinked);
}

Result<UrlParts> ParseUrl(std::string_view url) {
  CurlUrl u(curl_url());
  if (!u) return Status::ResourceExhausted("url: out of memory");
  LANTIAN_RETURN_IF_ERROR(SetUrl(u.get(), PrepareHref(url), url));
  UrlParts parts;
  parts.scheme = base::AsciiLower(GetUrlPart(u.get(), CURLUPART_SCHEME));
  parts.host = base::AsciiLower(GetUrlPart(u.get(), CURLUPART_HOST));
  if (parts.host.size() >= 2 && parts.host.front() == '[') parts.host = parts.host.substr(1, parts.host.size() - 2);
  const std::string port = GetUrlPart(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
  std::from_chars(port.data(), port.data() + port.size(), parts.port);
  parts.path_and_query = GetUrlPart(u.get(), CURLUPART_PATH);
  if (parts.path_and_query.empty()) parts.path_and_query = "/";
  const std::string query = GetUrlPart(u.get(), CURLUPART_QUERY);
  if (!query.empty()) parts.path_and_query += "?" + query;
  return parts;
}

Result<std::string> HostKey(std::string_view url) {
  auto parts = ParseUrl(url);
  if (!parts.ok()) return parts.status();
  return parts->scheme + "://" + parts->host + ":" + std::to_string(parts->port);
}

}  // namespace lantian::crawler
