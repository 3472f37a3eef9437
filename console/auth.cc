#include "console/auth.h"

#include <sodium.h>

#include <algorithm>

#include "base/sha256.h"
#include "base/time.h"

namespace lantian::console {
namespace {

std::optional<int64_t> ParseMs(const std::string& t) {
  auto parsed = base::ParseRfc3339(t);
  if (!parsed.ok()) return std::nullopt;
  int64_t ms = parsed->epoch_seconds * 1000;
  std::string frac = parsed->fraction.substr(0, 3);
  while (frac.size() < 3) frac += '0';
  return ms + std::stoll(frac);
}

}  // namespace

std::string NewToken() {
  // sodium_init makes randombytes thread-safe; console/password.cc and the
  // server call it before any request is served, and again here is harmless.
  if (sodium_init() < 0) std::abort();  // no entropy source: no safe session possible
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return std::string(hex, 64);
}

store::SessionRecord NewSession(std::string_view id, std::string_view user, int64_t now_ms,
                                const AuthOptions& options) {
  store::SessionRecord s;
  s.id_sha256 = base::Sha256Hex(id);
  s.user = std::string(user);
  s.csrf = NewToken();
  s.created_at = base::FormatRfc3339UtcMs(now_ms);
  s.last_seen = s.created_at;
  s.expires = base::FormatRfc3339UtcMs(now_ms + options.absolute_timeout_ms);
  return s;
}

bool SessionAlive(const store::SessionRecord& session, int64_t now_ms, const AuthOptions& options) {
  auto last = ParseMs(session.last_seen);
  auto expires = ParseMs(session.expires);
  if (!last || !expires) return false;
  return now_ms < *expires && now_ms - *last < options.idle_timeout_ms;
}

int64_t LockedSeconds(const std::vector<std::string>& failure_times, int64_t now_ms, const AuthOptions& options) {
  std::vector<int64_t> ms;
  for (const auto& t : failure_times) {
    if (auto v = ParseMs(t)) ms.push_back(*v);
  }
  std::sort(ms.begin(), ms.end());
  const size_t n = static_cast<size_t>(std::max(options.failures_to_lock, 1));
  int64_t until = 0;
  for (size_t i = n - 1; i < ms.size(); ++i) {
    if (ms[i] - ms[i - (n - 1)] <= options.failure_window_ms) until = std::max(until, ms[i] + options.lockout_ms);
  }
  if (until <= now_ms) return 0;
  return (until - now_ms + 999) / 1000;
}

std::string CookieValue(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    size_t semi = header.find(';');
    std::string_view part = header.substr(0, semi);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() > name.size() && part.substr(0, name.size()) == name && part[name.size()] == '=') {
      return std::string(part.substr(name.size() + 1));
    }
    if (semi == std::string_view::npos) break;
    header.remove_prefix(semi + 1);
  }
  return "";
}

std::string SessionCookie(std::string_view id, bool tls) {
  std::string c = "lt_session=" + std::string(id) + "; HttpOnly; SameSite=Strict; Path=/";
  if (id.empty()) c += "; Max-Age=0";
  if (tls) c += "; Secure";
  return c;
}

bool OriginAllowed(std::string_view origin, std::string_view host, bool tls) {
  if (origin.empty()) return true;
  if (host.empty()) return false;
  return origin == std::string(tls ? "https://" : "http://") + std::string(host);
}

bool TokensEqual(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace lantian::console
