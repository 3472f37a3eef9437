#pragma once

// A small HTTP/1.1 server for tests (test-only code): serves static files from
// a document root and hazard routes that misbehave like real sites. Plain
// sockets, one thread per connection, keep-alive. Counts requests per path and
// per host, and the maximum number of requests in progress at once per host,
// so tests can check politeness.
//
// Hazard routes (all GET):
//   /robots.txt                 the configured robots.txt (default below)
//   /hazard/index.html          links to every hazard (a seed)
//   /hazard/429                 429 + Retry-After: 1 on the first request, then 200
//   /hazard/503                 503 on the first request, then 200
//   /hazard/redirect/N          302 chain N hops long ending in a 200 page
//   /hazard/loop/a, /loop/b     302 a -> b -> a ...
//   /hazard/moved/N?to=T        301 chain N hops long ending in a 301 to T (taken verbatim)
//   /hazard/500                 500, always
//   /hazard/slow                headers, then 1 byte per 250 ms (past any sane timeout)
//   /hazard/huge                50 MB text/html page
//   /hazard/gzip-bomb           ~100 KB gzip on the wire, 100 MB decompressed
//   /hazard/gzip                a normal page, gzip-encoded
//   /hazard/gbk                 GBK page; charset only in <meta>, none in Content-Type
//   /hazard/mislabelled         header says utf-8, body is GBK
//   /hazard/broken              broken HTML
//   /hazard/invalid-utf8        invalid UTF-8 bytes in a utf-8 page
//   /hazard/calendar?month=M    endless next-month links (a link trap)
//   /hazard/variants            links to one page under many URL variants
//   /hazard/target              the page those variants name
//   /hazard/reset               connection reset (RST) without a response
//   /hazard/short               Content-Length larger than the body sent
//   /private/...                disallowed by the default robots.txt
//   /hazard/page/N              plain pages (N any number, words of their own) linking to N+1 up to `pages`
// A shop with traps, when `shop_items` > 0:
//   /shop/                      links the list, the calendar and the browse pages
//   /shop/list?page=N           20 items per page; every page links page N+1, also past the last item (a trap)
//   /shop/item.htm?id=K         item K (1..shop_items): a page of its own words; 404 beyond
//   /shop/calendar?date=D       "no events" for day D, links the next day, endlessly (a trap)
//   /shop/browse?sess=T&sort=S  the first list page under a new session token per link, in three
//                               sort orders, each linking three more (a trap)
// Everything else is a static file under `root` (404 if absent). Files named
// *.gbk.html are served as text/html with no charset.

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace lantian::testing {

// One request as the server saw it.
struct FixtureRequest {
  std::string host;    // Host header
  std::string target;  // path and query as requested
  std::string user_agent;
  int status = 0;
  std::int64_t start_ms = 0;  // steady ms since the server started
  std::int64_t end_ms = 0;
};

// The default robots.txt: /private/ disallowed for everyone.
inline constexpr std::string_view kDefaultRobots =
    "User-agent: *\nDisallow: /private/\nDisallow: /hazard/disallowed\n";

// Thread-safe: all accessors may be called while the server runs.
class FixtureServer {
 public:
  struct Options {
    std::string bind = "127.0.0.1";
    int port = 0;          // 0: any free port
    std::string root;      // static document root; empty for hazards only
    std::string robots = std::string(kDefaultRobots);  // body of /robots.txt (root/robots.txt wins when present)
    int robots_status = 200;  // status for /robots.txt (e.g. 404, 503)
    std::string robots_location;  // when set, the Location header of /robots.txt (with a 3xx robots_status)
    int pages = 20;           // /hazard/page/N links up to this N
    int shop_items = 0;       // items of the /shop/ site; 0 = no /shop/ routes
    std::string log_path;     // when set, one line per finished request is appended here
    int latency_ms = 0;       // every answer waits this long first (a far-away or busy site)
  };

  // Binds and starts the accept thread. Error when the address cannot be bound.
  [[nodiscard]] static Result<std::unique_ptr<FixtureServer>> Start(Options options);
  ~FixtureServer();  // stops and joins every thread
  FixtureServer(const FixtureServer&) = delete;
  FixtureServer& operator=(const FixtureServer&) = delete;

  int port() const;
  // "http://BIND:PORT"
  std::string base_url() const;

  std::vector<FixtureRequest> Requests() const;
  // Requests() once at least `n` are recorded, or after `timeout`: a request
  // is recorded when its response is done, which can be a moment after the
  // client already has it and exited.
  std::vector<FixtureRequest> WaitForRequests(std::size_t n, std::chrono::milliseconds timeout) const;
  // Requests whose target equals `target` (path and query).
  int CountTarget(std::string_view target) const;
  // Requests whose target starts with `prefix`.
  int CountPrefix(std::string_view prefix) const;
  // Highest number of requests in progress at once for any one Host.
  int MaxConcurrentPerHost() const;
  void SetRobots(std::string body, int status = 200, std::string location = {});
  void Stop();

  struct State;

 private:
  explicit FixtureServer(std::shared_ptr<State> state);
  std::shared_ptr<State> state_;
};

}  // namespace lantian::testing
