#include "crawler/fetcher.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <ctime>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/strings.h"
#include "crawler/address_guard.h"
#include "crawler/content_decoding.h"
#include "crawler/internal/curl.h"
#include "crawler/url.h"

namespace lantian::crawler {

const char* FetchOutcomeName(FetchOutcome outcome) {
  switch (outcome) {
    case FetchOutcome::kOk: return "ok";
    case FetchOutcome::kHttpError: return "http_error";
    case FetchOutcome::kTimeout: return "timeout";
    case FetchOutcome::kDns: return "dns";
    case FetchOutcome::kConnect: return "connect";
    case FetchOutcome::kTls: return "tls";
    case FetchOutcome::kTooLarge: return "too_large";
    case FetchOutcome::kTooManyRedirects: return "too_many_redirects";
    case FetchOutcome::kRobotsDisallowed: return "robots_disallowed";
    case FetchOutcome::kAddressRefused: return "address_refused";
    case FetchOutcome::kOutOfScope: return "out_of_scope";
    case FetchOutcome::kNetwork: return "network";
  }
  return "unknown";
}

bool IsTransientOutcome(FetchOutcome outcome) {
  switch (outcome) {
    case FetchOutcome::kTimeout:
    case FetchOutcome::kDns:
    case FetchOutcome::kConnect:
    case FetchOutcome::kNetwork:
      return true;
    case FetchOutcome::kOk:
    case FetchOutcome::kHttpError:
    case FetchOutcome::kTls:
    case FetchOutcome::kTooLarge:
    case FetchOutcome::kTooManyRedirects:
    case FetchOutcome::kRobotsDisallowed:
    case FetchOutcome::kAddressRefused:
    case FetchOutcome::kOutOfScope:
      return false;
  }
  return false;
}

namespace {

using internal::CurlEasy;
using internal::CurlMulti;
using internal::CurlSlist;

// Value of header `name` in a raw response head (first occurrence), trimmed.
std::string HeaderValue(std::string_view head, std::string_view name) {
  std::size_t pos = 0;
  while (pos < head.size()) {
    std::size_t end = head.find('\n', pos);
    if (end == std::string_view::npos) end = head.size();
    const std::string_view line = head.substr(pos, end - pos);
    if (base::StartsWithIgnoreAsciiCase(line, name) && line.size() > name.size() && line[name.size()] == ':') {
      return std::string(base::TrimAscii(line.substr(name.size() + 1)));
    }
    pos = end + 1;
  }
  return {};
}

std::optional<std::chrono::seconds> ParseRetryAfter(const std::string& value) {
  if (value.empty()) return std::nullopt;
  long long seconds = 0;
  const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec == std::errc() && ptr == value.data() + value.size()) {
    return std::chrono::seconds(std::max(0LL, seconds));
  }
  const time_t when = curl_getdate(value.c_str(), nullptr);  // RFC 9110 §10.2.3 HTTP-date
  if (when < 0) return std::nullopt;
  return std::chrono::seconds(std::max<long long>(0, static_cast<long long>(when - std::time(nullptr))));
}

std::int64_t UnixMillisNow() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

void DecodeFinalBody(FetchResult& result, std::size_t max_body_bytes) {
  if (result.hops.empty()) return;
  const FetchHop& hop = result.hops.back();
  std::string_view payload = hop.wire_body;
  DecodedBody dechunked;
  if (base::StartsWithIgnoreAsciiCase(hop.transfer_encoding, "chunked") ||
      hop.transfer_encoding.find("chunked") != std::string::npos) {
    dechunked = Dechunk(payload, std::max(max_body_bytes, payload.size()));
    if (dechunked.truncated) result.truncated = true;
    payload = dechunked.bytes;
  }
  auto decoded = DecodeContent(payload, hop.content_encoding, max_body_bytes);
  if (!decoded.ok()) {
    // Not decodable: keep the payload as is for parsing; the evidence is the wire copy anyway.
    result.body.assign(payload.substr(0, std::min(payload.size(), max_body_bytes)));
    result.truncated = result.truncated || payload.size() > max_body_bytes;
    return;
  }
  if (decoded->truncated) {
    result.truncated = true;
    if (decoded->bytes.size() >= max_body_bytes) result.outcome = FetchOutcome::kTooLarge;
  }
  result.body = std::move(decoded->bytes);
}

namespace {

// Dotted IPv4 or IPv6 text of a socket address ("" for other families).
std::string AddressText(const sockaddr* address) {
  char text[INET6_ADDRSTRLEN] = {};
  if (address->sa_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(address)->sin_addr, text, sizeof text);
  } else if (address->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr, text, sizeof text);
  }
  return text;
}

}  // namespace

struct Fetcher::Impl {
  struct Transfer {
    Impl* owner = nullptr;
    CurlEasy easy;
    CurlSlist headers;
    char errbuf[CURL_ERROR_SIZE] = {};
    FetchRequest request;
    FetchResult result;
    FetchHop hop;
    std::unordered_set<std::string> visited;
    bool address_refused = false;
    std::string refused_address;  // set with address_refused
    bool wire_cap_hit = false;
    bool added = false;
    std::string next_url;  // redirect target waiting in `delayed`
    std::chrono::steady_clock::time_point hop_start;

    Transfer() = default;
    Transfer(const Transfer&) = delete;
    Transfer& operator=(const Transfer&) = delete;
    // STYLE.md §5: remove the easy handle from the multi before cleanup.
    ~Transfer() {
      if (added) curl_multi_remove_handle(owner->multi.get(), easy.get());
    }
  };

  explicit Impl(FetchOptions o) : options(std::move(o)), multi(curl_multi_init()) {
    curl_multi_setopt(multi.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(options.max_in_flight));
    curl_multi_setopt(multi.get(), CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(options.max_per_host));
    curl_multi_setopt(multi.get(), CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    curl_multi_setopt(multi.get(), CURLMOPT_MAXCONNECTS, static_cast<long>(std::max(options.max_in_flight * 2, 32)));
  }

  static size_t OnWrite(char* data, size_t size, size_t n, void* userp) {
    auto* t = static_cast<Transfer*>(userp);
    const size_t bytes = size * n;
    const size_t cap = t->owner->options.max_wire_bytes;
    const size_t room = cap - std::min(cap, t->hop.wire_body.size());
    if (bytes > room) {
      t->hop.wire_body.append(data, room);
      t->wire_cap_hit = true;
      return 0;  // aborts the transfer with CURLE_WRITE_ERROR
    }
    t->hop.wire_body.append(data, bytes);
    return bytes;
  }

  static size_t OnHeader(char* data, size_t size, size_t n, void* userp) {
    auto* t = static_cast<Transfer*>(userp);
    const std::string_view line(data, size * n);
    // A new status line starts a new header block (after 1xx or a proxy CONNECT).
    if (line.starts_with("HTTP/")) t->hop.response_head.clear();
    t->hop.response_head.append(line);
    return size * n;
  }

  static int OnDebug(CURL*, curl_infotype type, char* data, size_t size, void* userp) {
    auto* t = static_cast<Transfer*>(userp);
    if (type == CURLINFO_HEADER_OUT) t->hop.request_head.append(data, size);
    return 0;
  }

  // The address guard, on the address curl is about to connect to.
  static curl_socket_t OnOpenSocket(void* clientp, curlsocktype purpose, curl_sockaddr* address) {
    auto* t = static_cast<Transfer*>(clientp);
    const bool via_proxy = !t->request.proxy.empty() || !t->owner->options.proxy.empty();
    if (purpose == CURLSOCKTYPE_IPCXN && !t->owner->options.allow_private && !via_proxy &&
        !IsPublicSockaddr(&address->addr)) {
      t->address_refused = true;
      t->refused_address = AddressText(&address->addr);
      return CURL_SOCKET_BAD;
    }
    return socket(address->family, address->socktype, address->protocol);
  }

  Status Configure(Transfer& t, const std::string& url) {
    CURL* e = t.easy.get();
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);  // hops are ours: kept and re-checked
    curl_easy_setopt(e, CURLOPT_HTTP_CONTENT_DECODING, 0L);  // keep the wire bytes (evidence)
    curl_easy_setopt(e, CURLOPT_HTTP_TRANSFER_DECODING, 0L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_USERAGENT, options.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers.get());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errbuf);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Impl::OnWrite);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Impl::OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, &Impl::OnDebug);
    curl_easy_setopt(e, CURLOPT_DEBUGDATA, &t);
    curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);  // needed for the debug callback; nothing is printed
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, &Impl::OnOpenSocket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, &t);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout.count()));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options.total_timeout.count()));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, options.low_speed_bytes_per_s);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options.low_speed_time.count()));
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION,
                     options.http2 ? static_cast<long>(CURL_HTTP_VERSION_2TLS) : static_cast<long>(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    const std::string& proxy = t.request.proxy.empty() ? options.proxy : t.request.proxy;
    if (!proxy.empty()) curl_easy_setopt(e, CURLOPT_PROXY, proxy.c_str());
    if (!t.request.cookie.empty()) curl_easy_setopt(e, CURLOPT_COOKIE, t.request.cookie.c_str());
    return Status::Ok();
  }

  void BeginHop(Transfer& t, const std::string& url) {
    t.hop = FetchHop();
    t.hop.url = url;
    t.hop.fetched_at_unix_ms = UnixMillisNow();
    t.hop_start = std::chrono::steady_clock::now();
    t.errbuf[0] = '\0';
    t.wire_cap_hit = false;
    t.address_refused = false;
    t.visited.insert(url);
  }

  Status Start(FetchRequest request) {
    auto t = std::make_unique<Transfer>();
    t->owner = this;
    t->easy.reset(curl_easy_init());
    if (!t->easy) return Status::ResourceExhausted("curl_easy_init failed");
    for (const std::string& h : request.headers) {
      if (!t->headers.Append(h)) return Status::ResourceExhausted("curl_slist_append failed");
    }
    // We decode ourselves (the wire copy is evidence), so we offer only what zlib handles.
    if (!t->headers.Append("Accept-Encoding: gzip, deflate") ||
        !t->headers.Append("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8") ||
        !t->headers.Append("Accept-Language: zh-CN,zh;q=0.9,en;q=0.5")) {
      return Status::ResourceExhausted("curl_slist_append failed");
    }
    t->request = std::move(request);
    t->result.id = t->request.id;
    t->result.requested_url = t->request.url;
    LANTIAN_RETURN_IF_ERROR(Configure(*t, t->request.url));
    BeginHop(*t, t->request.url);
    const CURLMcode rc = curl_multi_add_handle(multi.get(), t->easy.get());
    if (rc != CURLM_OK) return Status::Internal(std::string("curl_multi_add_handle: ") + curl_multi_strerror(rc));
    t->added = true;
    CURL* key = t->easy.get();
    transfers.emplace(key, std::move(t));
    return Status::Ok();
  }

  // Fills the hop's fields from curl and the raw head.
  void FinishHop(Transfer& t, CURLcode code) {
    CURL* e = t.easy.get();
    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    t.hop.http_status = static_cast<int>(status);
    char* ip = nullptr;
    if (curl_easy_getinfo(e, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip != nullptr) t.hop.ip = ip;
    long version = 0;
    curl_easy_getinfo(e, CURLINFO_HTTP_VERSION, &version);
    t.hop.http_version = version == CURL_HTTP_VERSION_2_0 ? "HTTP/2"
                         : version == CURL_HTTP_VERSION_1_0 ? "HTTP/1.0"
                                                            : "HTTP/1.1";
    t.hop.content_type = HeaderValue(t.hop.response_head, "content-type");
    t.hop.content_encoding = HeaderValue(t.hop.response_head, "content-encoding");
    t.hop.transfer_encoding = HeaderValue(t.hop.response_head, "transfer-encoding");
    t.hop.retry_after = ParseRetryAfter(HeaderValue(t.hop.response_head, "retry-after"));
    t.hop.elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - t.hop_start)
                           .count();
    t.hop.truncated = t.wire_cap_hit || code == CURLE_PARTIAL_FILE || (code != CURLE_OK && !t.hop.wire_body.empty());
    const std::string location = HeaderValue(t.hop.response_head, "location");
    if (!location.empty() && status >= 300 && status < 400) {
      auto resolved = ResolveRequestUrl(t.hop.url, location);  // followed as the server gave it
      if (resolved.ok()) t.hop.location = *resolved;
    }
  }

  static FetchOutcome OutcomeFor(const Transfer& t, CURLcode code) {
    if (t.address_refused) return FetchOutcome::kAddressRefused;
    if (t.wire_cap_hit) return FetchOutcome::kTooLarge;
    switch (code) {
      case CURLE_OK:
        return t.hop.http_status >= 400 ? FetchOutcome::kHttpError : FetchOutcome::kOk;
      case CURLE_OPERATION_TIMEDOUT:
        return FetchOutcome::kTimeout;
      case CURLE_COULDNT_RESOLVE_HOST:
      case CURLE_COULDNT_RESOLVE_PROXY:
        return FetchOutcome::kDns;
      case CURLE_COULDNT_CONNECT:
        return FetchOutcome::kConnect;
      case CURLE_SSL_CONNECT_ERROR:
      case CURLE_PEER_FAILED_VERIFICATION:
      case CURLE_SSL_CERTPROBLEM:
      case CURLE_SSL_CIPHER:
      case CURLE_SSL_CACERT_BADFILE:
        return FetchOutcome::kTls;
      default:
        return FetchOutcome::kNetwork;
    }
  }

  // Returns true when the transfer continues with another hop.
  bool HandleDone(Transfer& t, CURLcode code) {
    FinishHop(t, code);
    FetchResult& r = t.result;
    r.curl_code = static_cast<int>(code);
    r.curl_error = internal::CurlErrorText(code, t.errbuf);
    long os_errno = 0;
    curl_easy_getinfo(t.easy.get(), CURLINFO_OS_ERRNO, &os_errno);
    r.os_errno = static_cast<int>(os_errno);
    if (t.address_refused) r.refused_address = t.refused_address;
    r.http_status = t.hop.http_status;
    r.outcome = OutcomeFor(t, code);
    r.truncated = r.truncated || t.hop.truncated;
    const std::string location = t.hop.location;
    const bool redirect = code == CURLE_OK && !location.empty();
    // Appends grew the body by doubling: up to half of a large one is slack
    // that would wait in the work queue with it.
    if (t.hop.wire_body.capacity() > t.hop.wire_body.size() + (t.hop.wire_body.size() >> 3) + 4096) {
      t.hop.wire_body.shrink_to_fit();
    }
    r.hops.push_back(std::move(t.hop));
    t.hop = FetchHop();
    if (!redirect) return false;

    const int max_redirects =
        t.request.robots_txt ? std::max(kRobotsMinRedirects, options.max_redirects) : options.max_redirects;
    if (static_cast<int>(r.hops.size()) > max_redirects || t.visited.contains(location)) {
      r.outcome = FetchOutcome::kTooManyRedirects;  // cap reached or a loop (RFC 9110 §15.4)
      return false;
    }
    const RedirectVerdict verdict =
        redirect_check && !t.request.robots_txt ? redirect_check(location) : RedirectVerdict::kFollow;
    switch (verdict) {
      case RedirectVerdict::kFollow:
        break;
      case RedirectVerdict::kDefer:
        r.redirect_target = location;
        return false;
      case RedirectVerdict::kRefuseRobots:
        r.outcome = FetchOutcome::kRobotsDisallowed;
        r.redirect_target = location;
        return false;
      case RedirectVerdict::kRefuseScope:
        r.outcome = FetchOutcome::kOutOfScope;
        r.redirect_target = location;
        return false;
    }
    curl_multi_remove_handle(multi.get(), t.easy.get());
    t.added = false;
    curl_easy_setopt(t.easy.get(), CURLOPT_URL, location.c_str());
    t.next_url = location;
    // The next hop waits redirect_delay (politeness), then goes out in Poll.
    delayed.emplace_back(std::chrono::steady_clock::now() + options.redirect_delay, t.easy.get());
    return true;
  }

  // Adds redirect hops whose wait is over; returns the time until the next one.
  std::optional<std::chrono::milliseconds> StartDueHops() {
    const auto now = std::chrono::steady_clock::now();
    std::optional<std::chrono::milliseconds> next;
    for (auto it = delayed.begin(); it != delayed.end();) {
      if (it->first > now) {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(it->first - now);
        if (!next || wait < *next) next = wait;
        ++it;
        continue;
      }
      auto t_it = transfers.find(it->second);
      it = delayed.erase(it);
      if (t_it == transfers.end()) continue;
      Transfer& t = *t_it->second;
      BeginHop(t, t.next_url);
      if (curl_multi_add_handle(multi.get(), t.easy.get()) != CURLM_OK) {
        t.result.outcome = FetchOutcome::kNetwork;
        t.result.curl_error = "curl_multi_add_handle failed on redirect";
        failed_hops.push_back(std::move(t.result));
        transfers.erase(t_it);
        continue;
      }
      t.added = true;
    }
    return next;
  }

  std::vector<FetchResult> Collect() {
    std::vector<FetchResult> done;
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi.get(), &queued)) {
      if (msg->msg != CURLMSG_DONE) continue;
      CURL* e = msg->easy_handle;
      const CURLcode code = msg->data.result;
      auto it = transfers.find(e);
      if (it == transfers.end()) continue;
      Transfer& t = *it->second;
      if (HandleDone(t, code)) continue;
      FetchResult result = std::move(t.result);
      transfers.erase(it);  // removes the handle from the multi
      if (options.decode_body) DecodeFinalBody(result, options.max_body_bytes);
      done.push_back(std::move(result));
    }
    return done;
  }

  std::vector<FetchResult> Poll(std::chrono::milliseconds max_wait) {
    int running = 0;
    if (auto next = StartDueHops()) max_wait = std::min(max_wait, *next);
    curl_multi_perform(multi.get(), &running);
    std::vector<FetchResult> done = Collect();
    for (FetchResult& f : failed_hops) done.push_back(std::move(f));
    failed_hops.clear();
    if (!done.empty()) return done;
    curl_multi_poll(multi.get(), nullptr, 0, static_cast<int>(std::max<long long>(0, max_wait.count())), nullptr);
    curl_multi_perform(multi.get(), &running);
    return Collect();
  }

  FetchOptions options;
  CurlMulti multi;
  RedirectCheck redirect_check;
  // Declared after `multi`, so transfers (which remove themselves from it) die first.
  std::unordered_map<CURL*, std::unique_ptr<Transfer>> transfers;
  // Redirect hops waiting for redirect_delay: (due time, transfer key).
  std::vector<std::pair<std::chrono::steady_clock::time_point, CURL*>> delayed;
  std::vector<FetchResult> failed_hops;
};

Fetcher::Fetcher(FetchOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Fetcher::~Fetcher() = default;

void Fetcher::SetRedirectCheck(RedirectCheck check) { impl_->redirect_check = std::move(check); }
Status Fetcher::Start(FetchRequest request) { return impl_->Start(std::move(request)); }
std::vector<FetchResult> Fetcher::Poll(std::chrono::milliseconds max_wait) { return impl_->Poll(max_wait); }
void Fetcher::Wakeup() { curl_multi_wakeup(impl_->multi.get()); }
int Fetcher::in_flight() const { return static_cast<int>(impl_->transfers.size()); }

FetchResult Fetcher::FetchBlocking(FetchRequest request) {
  const std::uint64_t id = request.id;
  const std::string url = request.url;
  if (Status s = Start(std::move(request)); !s.ok()) {
    FetchResult failed;
    failed.id = id;
    failed.requested_url = url;
    failed.outcome = FetchOutcome::kNetwork;
    failed.curl_error = s.message();
    return failed;
  }
  while (true) {
    for (FetchResult& r : Poll(std::chrono::milliseconds(100))) {
      if (r.id == id) return std::move(r);
    }
  }
}

}  // namespace lantian::crawler
