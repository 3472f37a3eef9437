#pragma once

// The console's access rules as pure functions, so they are tested without
// a server (console/API.md "Rules for every route"): session tokens, the
// session cookie, session expiry, the sign-in lockout and the Origin check.
//
//   std::string id = console::NewToken();            // 64 hex chars, 256 random bits
//   store::SessionRecord s = console::NewSession(id, "li", now_ms, options);
//   console::SessionAlive(s, now_ms, options);        // idle and absolute expiry
//   console::LockedSeconds(failure_times, now_ms, options);  // 0 = may try
//
// All functions are thread-safe (no shared state; randombytes_buf is).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/records.h"

namespace lantian::console {

struct AuthOptions {
  // A session unused this long ends. Default 30 min (API.md).
  int64_t idle_timeout_ms = 30 * 60 * 1000;
  // A session ends this long after sign-in, used or not. Default 12 h.
  int64_t absolute_timeout_ms = 12 * 60 * 60 * 1000;
  // This many failed sign-ins of one account, or from one address, within
  // failure_window_ms lock it for lockout_ms. Defaults 20 / 15 min / 15 min:
  // slow enough that guessing a 10-character password is hopeless, loose
  // enough that a colleague's typos never lock them out.
  int failures_to_lock = 20;
  int64_t failure_window_ms = 15 * 60 * 1000;
  int64_t lockout_ms = 15 * 60 * 1000;
};

// 32 random bytes from libsodium's CSPRNG as 64 lowercase hex characters.
std::string NewToken();

// A session for `user` signed in at now_ms: the store's row (sha256 of `id`,
// a fresh CSRF token, expiry now + absolute timeout).
store::SessionRecord NewSession(std::string_view id, std::string_view user, int64_t now_ms,
                                const AuthOptions& options);

// True if the session is neither idle past its idle timeout nor past its
// absolute expiry at now_ms. A row with an unparsable time is dead.
bool SessionAlive(const store::SessionRecord& session, int64_t now_ms, const AuthOptions& options);

// Seconds (rounded up, >= 1) until sign-in is allowed again, or 0 when it is
// allowed now, given the failure times (RFC 3339, ascending) of one account
// or one address: locked for lockout_ms after any failure that completes
// failures_to_lock failures within failure_window_ms.
int64_t LockedSeconds(const std::vector<std::string>& failure_times, int64_t now_ms, const AuthOptions& options);

// The value of cookie `name` in a Cookie header ("a=1; lt_session=ab"), or "".
std::string CookieValue(std::string_view cookie_header, std::string_view name);

// The Set-Cookie value for the session cookie (HttpOnly, SameSite=Strict,
// Path=/, Secure under TLS); an empty id clears it (Max-Age=0).
std::string SessionCookie(std::string_view id, bool tls);

// True if a request may go on: no Origin header (same-origin GETs and
// non-browser clients), or Origin equal to scheme://Host of the request
// (RFC 6454 §7 serialisation). "null" and any other origin are refused.
bool OriginAllowed(std::string_view origin, std::string_view host, bool tls);

// Constant-time equality (for CSRF tokens).
bool TokensEqual(std::string_view a, std::string_view b);

}  // namespace lantian::console
