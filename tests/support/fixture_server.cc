#include "tests/support/fixture_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <set>
#include <sstream>
#include <map>
#include <thread>
#include <utility>

#include "base/zlib_stream.h"

namespace lantian::testing {
namespace {

constexpr char kGbkBody[] =
    "<!DOCTYPE html><html><head><meta charset=\"gbk\">"
    "<title>\xd7\xa8\xc0\xfb\xb4\xfa\xc0\xed\xb7\xfe\xce\xf1</title></head><body>"
    "<p>\xd7\xa8\xc0\xfb\xb4\xfa\xc0\xed \xca\xb5\xd3\xc3\xd0\xc2\xd0\xcd \xb0\xfc\xca\xda\xc8\xa8\xa3\xac"
    "\xb2\xbb\xca\xda\xc8\xa8\xc8\xab\xb6\xee\xcd\xcb\xbf\xee\xa1\xa3\xc1\xaa\xcf\xb5\xce\xa2\xd0\xc5 zl12345</p>"
    "</body></html>";

std::string Page(std::string_view title, std::string_view body) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + std::string(title) +
         "</title></head><body><h1>" + std::string(title) + "</h1>" + std::string(body) + "</body></html>\n";
}

// 100 MB of HTML-ish filler compressed once, fed to the deflater 1 MB at a
// time to keep the build-up small.
const std::string& GzipBomb() {
  static const std::string bomb = [] {
    auto deflater = base::ZlibStream::Deflater(base::ZlibFormat::kGzip, 9);
    if (!deflater.ok()) std::abort();  // only on out-of-memory
    std::string chunk = "<html><body><p>";
    chunk.resize(1 << 20, 'a');
    std::string out;
    for (int i = 0; i < 100; ++i) {
      if (!deflater->Deflate(chunk, /*finish=*/i == 99, &out).ok()) std::abort();
      if (i == 0) std::fill(chunk.begin(), chunk.end(), 'a');
    }
    return out;
  }();
  return bomb;
}

const char* StatusText(int status) {
  switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 404: return "Not Found";
    case 403: return "Forbidden";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
  }
}

bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n <= 0) {
      if (n < 0 && errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Waits up to `timeout_ms` for the peer to close its side.
bool PeerClosed(int fd, int timeout_ms) {
  pollfd p{fd, POLLRDHUP, 0};
  return poll(&p, 1, timeout_ms) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

std::string ContentTypeFor(const std::string& path) {
  auto ends = [&](std::string_view s) { return path.size() >= s.size() && path.ends_with(s); };
  if (ends(".gbk.html")) return "text/html";
  if (ends(".html") || ends(".htm")) return "text/html; charset=utf-8";
  if (ends(".txt")) return "text/plain; charset=utf-8";
  if (ends(".json")) return "application/json";
  if (ends(".xml")) return "application/xml";
  if (ends(".css")) return "text/css";
  if (ends(".js")) return "application/javascript";
  if (ends(".png")) return "image/png";
  if (ends(".jpg") || ends(".jpeg")) return "image/jpeg";
  return "application/octet-stream";
}

// The value of `key` in the query of `target` ("" when absent).
std::string QueryValue(const std::string& target, std::string_view key) {
  const std::size_t q = target.find('?');
  if (q == std::string::npos) return {};
  std::string_view query = std::string_view(target).substr(q + 1);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view param = query.substr(0, amp);
    if (param.size() > key.size() && param.starts_with(key) && param[key.size()] == '=') {
      return std::string(param.substr(key.size() + 1));
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return {};
}

// A few words of its own for shop item `id` (deterministic), so item pages
// differ as real listings do.
std::string ItemWords(int id, int count) {
  static const char* const kWords[] = {
      "patent",  "agency", "utility", "model",   "design",  "invention", "trademark", "copyright",
      "express", "filing", "renewal", "review",  "claims",  "drawing",   "search",    "report",
      "license", "seal",   "notice",  "annual",  "fee",     "transfer",  "pledge",    "appeal",
      "office",  "expert", "team",    "service", "quality", "fast",      "reliable",  "consult"};
  std::uint32_t x = static_cast<std::uint32_t>(id) * 2654435761u + 12345u;
  std::string out;
  for (int i = 0; i < count; ++i) {
    x = x * 1664525u + 1013904223u;
    if (!out.empty()) out.push_back(' ');
    out += kWords[(x >> 16) % 32];
  }
  return out;
}

// The day after "YYYY-MM-DD" (proleptic Gregorian).
std::string NextDay(const std::string& date) {
  int y = 2026, m = 12, d = 7;
  std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d);
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int days = m == 2 && leap ? 29 : kDays[(m - 1 + 12) % 12];
  if (++d > days) {
    d = 1;
    if (++m > 12) {
      m = 1;
      ++y;
    }
  }
  char out[48];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
  return out;
}

std::string HeaderOf(std::string_view head, std::string_view name) {
  std::size_t pos = 0;
  while (pos < head.size()) {
    std::size_t end = head.find("\r\n", pos);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(pos, end - pos);
    pos = end + 2;
    if (line.size() <= name.size() || line[name.size()] != ':') continue;
    bool same = true;
    for (std::size_t i = 0; i < name.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(line[i])) != name[i]) same = false;
    }
    if (!same) continue;
    std::string_view v = line.substr(name.size() + 1);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    return std::string(v);
  }
  return {};
}

}  // namespace

struct FixtureServer::State {
  Options options;
  int listen_fd = -1;
  int wake_pipe[2] = {-1, -1};
  int port = 0;
  std::atomic<bool> stopping{false};
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();

  mutable std::mutex mu;
  std::vector<FixtureRequest> requests;     // guarded by mu
  std::map<std::string, int> hits;          // guarded by mu
  std::set<int> open_fds;                   // guarded by mu
  std::vector<std::jthread> connections;    // guarded by mu
  std::string robots;                       // guarded by mu
  int robots_status = 200;                  // guarded by mu
  std::string robots_location;              // guarded by mu
  std::jthread acceptor;

  std::int64_t NowMs() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  }

  int Hit(const std::string& target) {
    std::lock_guard lock(mu);
    return ++hits[target];
  }

  struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::vector<std::string> extra_headers;
    std::string body;
    enum class Kind { kNormal, kReset, kShort, kSlow, kHuge } kind = Kind::kNormal;
  };

  // 20 item links of list page `page` ("" past the last item).
  std::string ShopListing(int page) const {
    std::string out;
    for (int id = (page - 1) * 20 + 1; id <= page * 20 && id <= options.shop_items; ++id) {
      out += "<div class=\"item\"><a href=\"/shop/item.htm?id=" + std::to_string(id) + "\">" + ItemWords(id, 6) +
             "</a></div>";
    }
    return out;
  }

  Response Shop(const std::string& path, const std::string& target) const {
    Response r;
    if (path == "/shop/" || path == "/shop/index.html") {
      r.body = Page("shop", "<a href=\"/shop/list?page=1\">all items</a> <a href=\"/shop/calendar?date=2026-12-07\">"
                            "events</a> <a href=\"/shop/browse?sess=s1a2b3&sort=price\">browse</a>");
      return r;
    }
    if (path == "/shop/list") {
      const int page = std::max(1, std::atoi(QueryValue(target, "page").c_str()));
      std::string listing = ShopListing(page);
      if (listing.empty()) listing = "<p>No more items.</p>";
      r.body = Page("all items", listing + "<a href=\"/shop/list?page=" + std::to_string(page + 1) +
                                     "\">next page</a> <a href=\"/shop/\">shop</a>");
      return r;
    }
    if (path == "/shop/item.htm") {
      const int id = std::atoi(QueryValue(target, "id").c_str());
      if (id < 1 || id > options.shop_items) {
        r.status = 404;
        r.body = Page("not found", "");
        return r;
      }
      r.body = Page(ItemWords(id, 6), "<p>" + ItemWords(id * 7 + 3, 30) + "</p><a href=\"/shop/\">shop</a>");
      return r;
    }
    if (path == "/shop/calendar") {
      const std::string date = QueryValue(target, "date");
      r.body = Page("events", "<h2>Events on " + date + "</h2><p>No events on this day.</p><a href=\"/shop/calendar?date=" +
                                  NextDay(date) + "\">next day</a> <a href=\"/shop/\">shop</a>");
      return r;
    }
    if (path == "/shop/browse") {
      // Every link carries a new session token: endless URLs for one listing.
      const std::size_t token = std::hash<std::string>{}(target);
      std::string links;
      for (const char* sort : {"price", "sales", "new"}) {
        char sess[32];
        std::snprintf(sess, sizeof sess, "s%zx", token ^ std::hash<std::string>{}(sort));
        links += std::string(" <a href=\"/shop/browse?sess=") + sess + "&sort=" + sort + "\">by " + sort + "</a>";
      }
      r.body = Page("browse", ShopListing(1) + links + " <a href=\"/shop/\">shop</a>");
      return r;
    }
    r.status = 404;
    r.body = Page("not found", "");
    return r;
  }

  Response Route(const std::string& target) {
    Response r;
    const std::string path = target.substr(0, target.find('?'));
    const std::string base = "http://" + options.bind + ":" + std::to_string(port);
    if (path == "/robots.txt") {
      std::error_code ec;
      if (!options.root.empty() && std::filesystem::exists(options.root + "/robots.txt", ec)) {
        std::ifstream in(options.root + "/robots.txt", std::ios::binary);
        r.body.assign(std::istreambuf_iterator<char>(in), {});
      } else {
        std::lock_guard lock(mu);
        r.body = robots;
        r.status = robots_status;
        if (!robots_location.empty()) r.extra_headers.push_back("Location: " + robots_location);
      }
      r.content_type = "text/plain";
      return r;
    }
    if (path == "/hazard/index.html" || path == "/hazard/" || path == "/hazard") {
      std::string links;
      for (const char* h : {"/hazard/429", "/hazard/503", "/hazard/redirect/3", "/hazard/redirect/9",
                            "/hazard/loop/a", "/hazard/slow", "/hazard/huge", "/hazard/gzip-bomb",
                            "/hazard/gzip", "/hazard/gbk", "/hazard/mislabelled", "/hazard/broken",
                            "/hazard/invalid-utf8", "/hazard/calendar?month=2026-01", "/hazard/variants",
                            "/hazard/reset", "/hazard/short", "/private/secret.html", "/hazard/disallowed",
                            "/hazard/page/1", "mailto:x@example.invalid", "javascript:void(0)"}) {
        links += std::string("<a href=\"") + h + "\">" + h + "</a>\n";
      }
      r.body = Page("hazards", links);
      return r;
    }
    if (path == "/hazard/429") {
      if (Hit(target) == 1) {
        r.status = 429;
        r.extra_headers.push_back("Retry-After: 1");
        r.body = Page("slow down", "");
        return r;
      }
      r.body = Page("after 429", "<p>patience rewarded</p>");
      return r;
    }
    if (path == "/hazard/503") {
      if (Hit(target) == 1) {
        r.status = 503;
        r.body = Page("unavailable", "");
        return r;
      }
      r.body = Page("after 503", "<p>back again</p>");
      return r;
    }
    if (path.starts_with("/hazard/redirect/")) {
      const int n = std::atoi(path.c_str() + std::strlen("/hazard/redirect/"));
      if (n <= 0) {
        r.body = Page("redirect end", "<p>arrived</p>");
        return r;
      }
      r.status = 302;
      r.extra_headers.push_back("Location: /hazard/redirect/" + std::to_string(n - 1));
      return r;
    }
    if (path.starts_with("/hazard/moved/")) {
      const int n = std::atoi(path.c_str() + std::strlen("/hazard/moved/"));
      const auto to = target.find("to=");
      const std::string final_target = to == std::string::npos ? "/" : target.substr(to + 3);
      r.status = 301;
      r.extra_headers.push_back("Location: " + (n <= 1 ? final_target
                                                       : "/hazard/moved/" + std::to_string(n - 1) + "?to=" + final_target));
      return r;
    }
    if (path == "/hazard/500") {
      r.status = 500;
      r.body = Page("server error", "");
      return r;
    }
    if (path == "/hazard/loop/a" || path == "/hazard/loop/b") {
      r.status = 302;
      r.extra_headers.push_back(std::string("Location: ") + (path == "/hazard/loop/a" ? "/hazard/loop/b" : "/hazard/loop/a"));
      return r;
    }
    if (path == "/hazard/slow") {
      r.kind = Response::Kind::kSlow;
      return r;
    }
    if (path == "/hazard/huge") {
      r.kind = Response::Kind::kHuge;
      return r;
    }
    if (path == "/hazard/gzip-bomb") {
      r.extra_headers.push_back("Content-Encoding: gzip");
      r.body = GzipBomb();
      return r;
    }
    if (path == "/hazard/gzip") {
      r.extra_headers.push_back("Content-Encoding: gzip");
      r.body = base::Gzip(Page("gzip page", "<p>\xE4\xB8\x93\xE5\x88\xA9\xE4\xBB\xA3\xE7\x90\x86 compressed</p>"), 6);
      return r;
    }
    if (path == "/hazard/gbk") {
      r.content_type = "text/html";
      r.body = kGbkBody;
      return r;
    }
    if (path == "/hazard/mislabelled") {
      r.content_type = "text/html; charset=utf-8";
      r.body = kGbkBody;
      return r;
    }
    if (path == "/hazard/broken") {
      r.body = "<html><head><title>broken<body><div><p>unclosed <b>bold <a href=\"/hazard/page/2\">link<table><tr><td>"
               "\x01\x02 <script>var x = '</div>';</scr<!-- --><p><<<>>>&&&amp;&#xZZZZ;";
      return r;
    }
    if (path == "/hazard/invalid-utf8") {
      r.body = Page("invalid utf-8", "<p>ok \xFF\xFE\xC3\x28 \xE4\xB8 text</p>");
      return r;
    }
    if (path == "/hazard/calendar") {
      const auto m = target.find("month=");
      int year = 2026, month = 1;
      if (m != std::string::npos) std::sscanf(target.c_str() + m + 6, "%d-%d", &year, &month);
      month += 1;
      if (month > 12) {
        month = 1;
        ++year;
      }
      char next[64];
      std::snprintf(next, sizeof next, "/hazard/calendar?month=%04d-%02d", year, month);
      r.body = Page("calendar", std::string("<a href=\"") + next + "\">next month</a>");
      return r;
    }
    if (path == "/hazard/variants") {
      std::string links;
      for (const std::string& v :
           {std::string("/hazard/target"), std::string("/hazard/target?utm_source=x&utm_medium=y"),
            std::string("/hazard/target#section"), std::string("/hazard/target?spm=a1.b2"),
            std::string("/hazard/%74arget"), std::string("HTTP://") + options.bind + ":" + std::to_string(port) + "/hazard/target",
            std::string("/hazard/./target"), std::string("/hazard/x/../target")}) {
        links += "<a href=\"" + v + "\">v</a>\n";
      }
      r.body = Page("variants", links);
      return r;
    }
    if (path == "/hazard/target") {
      r.body = Page("target", "<p>one page, many names</p>");
      return r;
    }
    if (path == "/hazard/reset") {
      r.kind = Response::Kind::kReset;
      return r;
    }
    if (path == "/hazard/short") {
      r.kind = Response::Kind::kShort;
      return r;
    }
    if (path.starts_with("/hazard/page/")) {
      const int n = std::atoi(path.c_str() + std::strlen("/hazard/page/"));
      // Words of its own, as real pages have (the trap guard tells pages apart by their text).
      std::string body = "<p>page " + std::to_string(n) + ": " + ItemWords(n + 1000, 12) + "</p>";
      if (n < options.pages) body += "<a href=\"/hazard/page/" + std::to_string(n + 1) + "\">next</a>";
      r.body = Page("page " + std::to_string(n), body);
      return r;
    }
    if (options.shop_items > 0 && path.starts_with("/shop/")) return Shop(path, target);
    if (path.starts_with("/private/") || path == "/hazard/disallowed") {
      r.body = Page("private", "<p>must never be fetched by a polite crawler</p>");
      return r;
    }
    // Static files.
    if (options.root.empty() || path.find("..") != std::string::npos) {
      r.status = 404;
      r.body = Page("not found", "");
      return r;
    }
    std::string file = options.root + path;
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) file += "/index.html";
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      r.status = 404;
      r.body = Page("not found", "");
      return r;
    }
    r.body.assign(std::istreambuf_iterator<char>(in), {});
    r.content_type = ContentTypeFor(file);
    return r;
  }

  // Returns false when the connection must close.
  // `abandoned_ms` is set when the client hung up mid-body: the time of the
  // last write it accepted, which is when it stopped reading at the latest.
  // `finish` is called once the request is complete but before its last
  // bytes go out, for the ordinary responses: a client that reads the
  // response then sees the request counted (and no longer in progress).
  bool Respond(int fd, const std::string& target, int& status_out, std::int64_t& abandoned_ms,
               const std::function<void()>& finish) {
    Response r = Route(target);
    status_out = r.status;
    switch (r.kind) {
      case Response::Kind::kReset: {
        linger l{1, 0};  // close with RST
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        status_out = 0;
        return false;
      }
      case Response::Kind::kShort: {
        const std::string body = Page("short", "<p>this body is cut</p>");
        SendAll(fd, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                        std::to_string(body.size() + 5000) + "\r\n\r\n" + body);
        return false;
      }
      case Response::Kind::kSlow: {
        if (!SendAll(fd, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 100000\r\n\r\n<html>")) {
          return false;
        }
        for (int i = 0; i < 480 && !stopping.load(); ++i) {
          // The hazard itself is slowness: one byte per 250 ms. Waking within
          // 10 ms of the client hanging up ends the request at once, so
          // per-host concurrency stays exact; the end is stamped before the
          // poll that saw the hang-up (never after the client's close).
          for (int slice = 0; slice < 25; ++slice) {
            abandoned_ms = NowMs();
            if (PeerClosed(fd, 10)) return false;
          }
          if (!SendAll(fd, "x")) return false;
        }
        abandoned_ms = 0;
        return false;
      }
      case Response::Kind::kHuge: {
        const std::size_t total = 50u << 20;
        if (!SendAll(fd, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                             std::to_string(total) + "\r\n\r\n")) {
          return false;
        }
        std::string chunk(1 << 16, 'z');
        for (std::size_t sent = 0; sent < total && !stopping.load(); sent += chunk.size()) {
          // Noticing the hang-up can lag the client's close by a scheduler
          // slice on a loaded machine; the last accepted write does not.
          if (PeerClosed(fd, 0) ||
              !SendAll(fd, std::string_view(chunk).substr(0, std::min(chunk.size(), total - sent)))) {
            return false;
          }
          abandoned_ms = NowMs();
        }
        abandoned_ms = 0;
        return true;
      }
      case Response::Kind::kNormal:
        break;
    }
    std::string head = "HTTP/1.1 " + std::to_string(r.status) + " " + StatusText(r.status) + "\r\n";
    head += "Content-Type: " + r.content_type + "\r\n";
    head += "Content-Length: " + std::to_string(r.body.size()) + "\r\n";
    for (const auto& h : r.extra_headers) head += h + "\r\n";
    head += "\r\n";
    finish();
    return SendAll(fd, head + r.body);
  }

  void Serve(int fd) {
    std::string buf;
    bool open = true;
    while (open && !stopping.load()) {
      std::size_t head_end;
      while ((head_end = buf.find("\r\n\r\n")) == std::string::npos) {
        pollfd p{fd, POLLIN, 0};
        const int ready = poll(&p, 1, 100);
        if (stopping.load()) return;
        if (ready <= 0) continue;
        char tmp[8192];
        const ssize_t n = recv(fd, tmp, sizeof tmp, 0);
        if (n <= 0 || buf.size() > (64u << 10)) return;
        buf.append(tmp, static_cast<std::size_t>(n));
      }
      const std::string head = buf.substr(0, head_end + 2);
      const std::size_t body_length = static_cast<std::size_t>(std::atoll(HeaderOf(head, "content-length").c_str()));
      buf.erase(0, std::min(buf.size(), head_end + 4 + body_length));
      std::istringstream line(head.substr(0, head.find("\r\n")));
      std::string method, target, version;
      line >> method >> target >> version;
      FixtureRequest req;
      req.host = HeaderOf(head, "host");
      req.target = target;
      req.user_agent = HeaderOf(head, "user-agent");
      {
        std::lock_guard lock(mu);
        req.start_ms = NowMs();
      }
      int status = 0;
      std::int64_t abandoned_ms = 0;
      bool recorded = false;
      auto record = [&] {
        std::lock_guard lock(mu);
        req.end_ms = open || abandoned_ms == 0 ? NowMs() : abandoned_ms;
        req.status = status;
        if (!options.log_path.empty()) {
          if (FILE* f = std::fopen(options.log_path.c_str(), "a")) {
            std::fprintf(f, "%lld %lld %s %d %s\n", static_cast<long long>(req.start_ms),
                         static_cast<long long>(req.end_ms), req.host.c_str(), req.status, req.target.c_str());
            std::fclose(f);
          }
        }
        requests.push_back(req);
        recorded = true;
      };
      if (options.latency_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(options.latency_ms));
      open = Respond(fd, target, status, abandoned_ms, record);
      const std::string connection = HeaderOf(head, "connection");
      if (connection == "close" || version == "HTTP/1.0") open = false;
      if (!recorded) record();
    }
  }

  void AcceptLoop(std::stop_token st) {
    while (!st.stop_requested() && !stopping.load()) {
      pollfd p[2] = {{listen_fd, POLLIN, 0}, {wake_pipe[0], POLLIN, 0}};
      if (poll(p, 2, 500) <= 0) continue;
      if (p[1].revents != 0) break;
      const int fd = accept4(listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) continue;
      // Several writes make one response (the hazards'): without this, Nagle
      // holds the later ones until the client's delayed ACK, 40 ms per
      // request on a kept-alive connection.
      const int one = 1;
      setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      std::lock_guard lock(mu);
      open_fds.insert(fd);
      connections.emplace_back([this, fd] {
        Serve(fd);
        {
          std::lock_guard inner(mu);
          open_fds.erase(fd);
        }
        close(fd);
      });
    }
  }

  void StopAll() {
    if (stopping.exchange(true)) return;
    if (wake_pipe[1] >= 0) {
      const char c = 'x';
      (void)!write(wake_pipe[1], &c, 1);
    }
    if (acceptor.joinable()) acceptor.join();
    std::vector<std::jthread> threads;
    {
      std::lock_guard lock(mu);
      for (int fd : open_fds) shutdown(fd, SHUT_RDWR);
      threads.swap(connections);
    }
    threads.clear();  // joins
    if (listen_fd >= 0) close(listen_fd);
    if (wake_pipe[0] >= 0) close(wake_pipe[0]);
    if (wake_pipe[1] >= 0) close(wake_pipe[1]);
    listen_fd = wake_pipe[0] = wake_pipe[1] = -1;
  }
};

FixtureServer::FixtureServer(std::shared_ptr<State> state) : state_(std::move(state)) {}
FixtureServer::~FixtureServer() { Stop(); }

Result<std::unique_ptr<FixtureServer>> FixtureServer::Start(Options options) {
  (void)GzipBomb();  // built once per process before serving, so no request waits for it
  auto state = std::make_shared<State>();
  state->robots = options.robots;
  state->robots_status = options.robots_status;
  state->robots_location = options.robots_location;
  state->options = std::move(options);
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return Status::IoError(std::string("socket: ") + std::strerror(errno));
  const int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(state->options.port));
  if (inet_pton(AF_INET, state->options.bind.c_str(), &addr.sin_addr) != 1) {
    close(fd);
    return Status::InvalidArgument("fixture_server: bad bind address " + state->options.bind);
  }
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(fd, 128) != 0) {
    const std::string err = std::strerror(errno);
    close(fd);
    return Status::IoError("fixture_server: bind " + state->options.bind + ": " + err);
  }
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  state->listen_fd = fd;
  state->port = ntohs(addr.sin_port);
  if (pipe2(state->wake_pipe, O_CLOEXEC) != 0) {
    close(fd);
    return Status::IoError("fixture_server: pipe failed");
  }
  State* raw = state.get();
  state->acceptor = std::jthread([raw](std::stop_token st) { raw->AcceptLoop(st); });
  return std::unique_ptr<FixtureServer>(new FixtureServer(std::move(state)));
}

int FixtureServer::port() const { return state_->port; }
std::string FixtureServer::base_url() const {
  return "http://" + state_->options.bind + ":" + std::to_string(state_->port);
}

std::vector<FixtureRequest> FixtureServer::WaitForRequests(std::size_t n, std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::vector<FixtureRequest> got = Requests();
  while (got.size() < n && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    got = Requests();
  }
  return got;
}

std::vector<FixtureRequest> FixtureServer::Requests() const {
  std::lock_guard lock(state_->mu);
  return state_->requests;
}

int FixtureServer::CountTarget(std::string_view target) const {
  std::lock_guard lock(state_->mu);
  return static_cast<int>(std::count_if(state_->requests.begin(), state_->requests.end(),
                                        [&](const FixtureRequest& r) { return r.target == target; }));
}

int FixtureServer::CountPrefix(std::string_view prefix) const {
  std::lock_guard lock(state_->mu);
  return static_cast<int>(std::count_if(state_->requests.begin(), state_->requests.end(),
                                        [&](const FixtureRequest& r) { return r.target.starts_with(prefix); }));
}

int FixtureServer::MaxConcurrentPerHost() const {
  // From the recorded [start, end] of each request, not a live counter: a
  // request the client abandoned ends at its last accepted write, while the
  // server thread may notice the hang-up only later on a loaded machine. A
  // request is in progress with the earlier ones that end after it starts.
  std::map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> by_host;  // (start, end)
  for (const FixtureRequest& r : Requests()) by_host[r.host].push_back({r.start_ms, r.end_ms});
  int most = 0;
  for (auto& [host, spans] : by_host) {
    std::sort(spans.begin(), spans.end());
    for (std::size_t i = 0; i < spans.size(); ++i) {
      int at_once = 1;
      for (std::size_t j = 0; j < i; ++j) at_once += spans[j].second > spans[i].first ? 1 : 0;
      most = std::max(most, at_once);
    }
  }
  return most;
}

void FixtureServer::SetRobots(std::string body, int status, std::string location) {
  std::lock_guard lock(state_->mu);
  state_->robots = std::move(body);
  state_->robots_status = status;
  state_->robots_location = std::move(location);
}

void FixtureServer::Stop() {
  if (state_) state_->StopAll();
}

}  // namespace lantian::testing
