#pragma once

// The fetcher: libcurl multi, many transfers at once, the exact bytes of
// every exchange kept for evidence. Politeness (which URL may go when) is the
// frontier's job; the fetcher runs what it is given.
//
//   Fetcher fetcher(options);                   // one per fetch thread
//   FetchRequest req;
//   req.id = 1;
//   req.url = "https://a.example/list";
//   if (Status s = fetcher.Start(req); !s.ok()) ...
//   for (FetchResult& r : fetcher.Poll(std::chrono::milliseconds(50))) {
//     if (r.outcome == FetchOutcome::kOk) Use(r.final_url(), r.body);   // else retry or give up
//   }
//   // Tests and one-off tools: FetchResult r = fetcher.FetchBlocking(req);

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace lantian::crawler {

// How one fetch ended (STYLE.md §4). A failed fetch is an outcome, not an error.
enum class FetchOutcome {
  kOk,                 // a response arrived (any status < 400, incl. a deferred redirect)
  kHttpError,          // status >= 400
  kTimeout,            // connect/total timeout or low-speed limit
  kDns,                // name did not resolve
  kConnect,            // refused / unreachable
  kTls,                // TLS handshake or certificate failure
  kTooLarge,           // wire or decompressed body cap reached (body kept up to the cap)
  kTooManyRedirects,   // more than max_redirects hops, or a redirect loop
  kRobotsDisallowed,   // robots.txt forbids the URL or a redirect target
  kAddressRefused,     // the address guard refused the connected address
  kOutOfScope,         // a redirect left the crawl's scope
  kNetwork,            // other transport failure: reset, short body, protocol error
};

// Stable lowercase name ("ok", "http_error", ...), for logs, JSON and the store.
const char* FetchOutcomeName(FetchOutcome outcome);

// True for outcomes worth retrying later (timeouts, transport failures).
bool IsTransientOutcome(FetchOutcome outcome);

// Fetcher settings. Plain struct; every default protects the operator or the site.
struct FetchOptions {
  // Full User-Agent header. Default names lantian and a contact URL; set the
  // operator's own in config (crawler.user_agent / crawler.contact_url).
  std::string user_agent = "lantian/0.1.0 (+https://example.invalid/lantian-crawler)";
  // Transfers in flight overall. Default 16: loopback benchmarks saturate 2 cores at ~16-32.
  int max_in_flight = 16;
  // Connections per host curl may open. Default 1 (one request per host at a time).
  int max_per_host = 1;
  // Connect timeout. Default 10 s.
  std::chrono::milliseconds connect_timeout{10'000};
  // Whole-transfer timeout per hop. Default 60 s.
  std::chrono::milliseconds total_timeout{60'000};
  // Abort when slower than low_speed_bytes_per_s for low_speed_time. Default 512 B/s for 15 s.
  long low_speed_bytes_per_s = 512;
  std::chrono::seconds low_speed_time{15};
  // Cap on bytes received for one body on the wire. Default 16 MiB.
  std::size_t max_wire_bytes = 16u << 20;
  // Cap on the decompressed body. Default 16 MiB: a gzip bomb stops here.
  // Extraction reads at most 8 MiB of HTML (ExtractOptions), so more would
  // only cost memory; the evidence is the wire copy (max_wire_bytes).
  std::size_t max_body_bytes = 16u << 20;
  // Redirect hops followed (RFC 9110 §15.4 suggests a limit; RFC 9309 §2.3.1.2 asks >= 5). Default 5.
  int max_redirects = 5;
  // Wait before following a redirect (politeness: a hop is another request to
  // a host). The pipeline sets the per-host delay. Default 0.
  std::chrono::milliseconds redirect_delay{0};
  // Connect to private/loopback/link-local addresses. Default false (address guard on).
  bool allow_private = false;
  // Proxy URL ("http://host:port", "socks5h://host:port"); empty for none. Default none.
  std::string proxy;
  // Offer HTTP/2 over TLS (ALPN). Default true.
  bool http2 = true;
  // Decode the final body (chunked + gzip/deflate) into FetchResult::body in the
  // fetch thread. Default true; the pipeline turns it off and decodes in workers.
  bool decode_body = true;
};

// One request. `id` is the caller's handle for matching results.
struct FetchRequest {
  std::uint64_t id = 0;
  std::string url;
  // Extra request headers ("Name: value").
  std::vector<std::string> headers;
  // Per-site overrides; empty means FetchOptions'.
  std::string proxy;
  std::string cookie;  // "name=value; name2=value2"
  // A fetch of robots.txt itself. RFC 9309 §2.3.1.2: "crawlers SHOULD follow
  // at least five consecutive redirects, even across authorities", so its
  // redirects are followed up to max(kRobotsMinRedirects, max_redirects) hops
  // to any host without asking the RedirectCheck (scope and robots rules are
  // about the pages robots.txt governs). The address guard still checks the
  // address of every hop: a redirect to a refused address is not followed
  // (outcome kAddressRefused). Default false.
  bool robots_txt = false;
};

// RFC 9309 §2.3.1.2: the redirects a robots.txt fetch follows at the least.
inline constexpr int kRobotsMinRedirects = 5;

// One request/response exchange, byte-exact, for the evidence record.
struct FetchHop {
  std::string url;
  std::string ip;             // address actually connected
  int http_status = 0;
  std::string http_version;   // "HTTP/1.1", "HTTP/2"
  std::string request_head;   // request line + headers exactly as sent
  std::string response_head;  // status line + headers exactly as received (last block if 1xx came first)
  std::string wire_body;      // body bytes as received (no transfer or content decoding)
  std::string content_type;
  std::string content_encoding;
  std::string transfer_encoding;
  std::string location;       // redirect target, if any: resolved, as given (crawler/url.h RequestUrl)
  std::optional<std::chrono::seconds> retry_after;  // RFC 9110 §10.2.3, delay-seconds or HTTP-date
  bool truncated = false;     // the wire cap cut this body, or it ended early
  std::int64_t fetched_at_unix_ms = 0;
  std::int64_t elapsed_ms = 0;
};

// The result of a request, after redirects. Move-only in practice (large buffers).
struct FetchResult {
  std::uint64_t id = 0;
  std::string requested_url;
  FetchOutcome outcome = FetchOutcome::kNetwork;
  int http_status = 0;     // of the last hop
  int curl_code = 0;       // CURLcode of the last hop
  std::string curl_error;  // curl's error buffer text
  int os_errno = 0;        // errno of the last hop's failed connect (CURLINFO_OS_ERRNO); 0 when none
  std::string refused_address;  // kAddressRefused: the address the guard refused ("127.0.0.1")
  bool truncated = false;  // a wire or decompression cap cut the body, or it ended early
  std::vector<FetchHop> hops;  // every hop, in order; the last is the final response
  std::string body;            // decoded payload of the last hop (when FetchOptions::decode_body)
  // Set when the last hop is a redirect that was not followed (kDefer).
  std::string redirect_target;

  const FetchHop* final_hop() const { return hops.empty() ? nullptr : &hops.back(); }
  const std::string& final_url() const { return hops.empty() ? requested_url : hops.back().url; }
};

// Decides whether to follow a redirect to `target` (absolute, as the Location
// gave it: crawler/url.h ResolveRequestUrl).
enum class RedirectVerdict { kFollow, kDefer, kRefuseRobots, kRefuseScope };
using RedirectCheck = std::function<RedirectVerdict(const std::string& target)>;

// Decodes FetchResult::body from the last hop's wire bytes (dechunk, then
// gzip/deflate), capped at max_body_bytes. Sets result.truncated and, when the
// cap tripped, outcome kTooLarge. Called by the fetcher or by a worker.
void DecodeFinalBody(FetchResult& result, std::size_t max_body_bytes);

// Runs transfers on one curl multi handle. Single-thread: Start, Poll and the
// destructor must be called from the thread that owns the Fetcher (the
// pipeline's fetch thread); Wakeup may be called from any thread.
class Fetcher {
 public:
  explicit Fetcher(FetchOptions options);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Redirect targets are checked with `check` before being followed (scope,
  // robots), except on robots.txt fetches (FetchRequest::robots_txt). Without
  // one, redirects within max_redirects are followed.
  void SetRedirectCheck(RedirectCheck check);

  // Starts a transfer. Error for a URL curl rejects; the caller keeps the count
  // of in-flight transfers below max_in_flight.
  [[nodiscard]] Status Start(FetchRequest request);

  // Runs transfers for up to `max_wait` (returns early when one finishes or on
  // Wakeup) and returns those that finished.
  std::vector<FetchResult> Poll(std::chrono::milliseconds max_wait);

  // Interrupts a Poll in progress. Thread-safe.
  void Wakeup();

  int in_flight() const;

  // Convenience for tests and one-off fetches: runs one request to completion.
  FetchResult FetchBlocking(FetchRequest request);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lantian::crawler
