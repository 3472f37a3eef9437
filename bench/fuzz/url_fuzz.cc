// libFuzzer target: the URI module (base/uri.h) and the crawler's URL
// canonicalization on top of it (crawler/url.h) on arbitrary bytes. The
// input's first line is the base URL, the rest the reference (an href).
// Must never crash or hang, and keeps the modules' invariants: splitting
// and recomposing is lossless (RFC 3986 Appendix B, §5.3), a base with a
// scheme resolves every reference (§5.2), canonical forms and the forms
// requested as linked are fixed points, a link's request form has the link's
// canonical form, and the host of a parsed URL is lower-case.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "base/uri.h"
#include "crawler/trap_guard.h"
#include "crawler/url.h"

namespace {

namespace base = lantian::base;
namespace crawler = lantian::crawler;

bool HasUpperAscii(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

void CheckCanonical(const std::string& canonical) {
  auto again = crawler::CanonicalizeUrl(canonical);
  if (!again.ok() || *again != canonical) std::abort();
  auto parts = crawler::ParseUrl(canonical);
  if (!parts.ok()) std::abort();
  if (parts->scheme != "http" && parts->scheme != "https") std::abort();
  if (HasUpperAscii(parts->host) || !parts->path_and_query.starts_with('/')) std::abort();
  if (!crawler::HostKey(canonical).ok()) std::abort();
  if (base::UrlHash(canonical) != base::UrlHash(std::string(canonical))) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  const std::string_view base_url = newline == std::string_view::npos ? input : input.substr(0, newline);
  const std::string_view ref = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  for (std::string_view s : {base_url, ref, input}) {
    if (base::RecomposeUri(base::SplitUri(s)) != s) std::abort();
    if (HasUpperAscii(base::UriHost(s))) std::abort();
    if (base::StripFragment(s).find('#') != std::string::npos) std::abort();
  }

  const base::UriParts base_parts = base::SplitUri(base_url);
  const std::optional<std::string> resolved = base::ResolveUri(base_url, ref);
  if (resolved != base::ResolveUri(base_parts, ref)) std::abort();
  if (!base_parts.scheme.empty() && !resolved) std::abort();
  if (resolved && base::SplitUri(*resolved).scheme.empty()) std::abort();

  if (auto canonical = crawler::CanonicalizeUrl(base_url); canonical.ok()) CheckCanonical(*canonical);
  if (auto link = crawler::ResolveUrl(base_url, ref); link.ok()) {
    CheckCanonical(*link);
    crawler::TrapGuard guard;
    (void)guard.Admit(*link);  // refusing a trap is an outcome, not a failure
    // The URL requested for the link is a fixed point too, on the same host,
    // and its canonical form is the link's: one dedup key for both.
    if (auto request = crawler::ResolveRequestUrl(base_url, ref); request.ok()) {
      auto again = crawler::RequestUrl(*request);
      if (!again.ok() || *again != *request) std::abort();
      auto key = crawler::CanonicalizeUrl(*request);
      if (!key.ok() || *key != *link) std::abort();
    }
    std::string why;
    if (guard.BeforeFetch(*link, &why) == crawler::TrapGuard::Gate::kFetch) {
      guard.AfterFetch(*link, crawler::ContentSimhash(ref), {*link});
    }
    // A pattern is its own pattern: '*' and "key=*" abstract to themselves.
    const std::string pattern = crawler::UrlPattern(*link);
    if (crawler::UrlPattern(pattern) != pattern) std::abort();
  }
  return 0;
}
