// console/auth.h: tokens, session expiry, the sign-in lockout, cookies and
// the Origin check.

#include "console/auth.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "base/sha256.h"
#include "base/time.h"

namespace lantian::console {
namespace {

constexpr int64_t kT0 = 1796000000000;  // 2026-11-30T...Z, in ms

std::string At(int64_t ms) { return base::FormatRfc3339UtcMs(ms); }

TEST(AuthTest, TokensAre256RandomBitsInHex) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    std::string t = NewToken();
    ASSERT_EQ(t.size(), 64u);
    EXPECT_EQ(t.find_first_not_of("0123456789abcdef"), std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(AuthTest, SessionKeepsOnlyTheHashOfItsIdAndExpiresIdleOrAbsolute) {
  AuthOptions o;
  const std::string id = NewToken();
  store::SessionRecord s = NewSession(id, "li", kT0, o);
  EXPECT_EQ(s.id_sha256, base::Sha256Hex(id));
  EXPECT_NE(s.csrf, id);
  EXPECT_EQ(s.expires, At(kT0 + 12 * 3600 * 1000));
  EXPECT_TRUE(SessionAlive(s, kT0 + 29 * 60 * 1000, o));
  EXPECT_FALSE(SessionAlive(s, kT0 + 30 * 60 * 1000, o));  // idle 30 min
  // Kept busy, it still ends 12 h after sign-in.
  s.last_seen = At(kT0 + 12 * 3600 * 1000 - 1000);
  EXPECT_TRUE(SessionAlive(s, kT0 + 12 * 3600 * 1000 - 1, o));
  EXPECT_FALSE(SessionAlive(s, kT0 + 12 * 3600 * 1000, o));
  s.last_seen = "garbage";
  EXPECT_FALSE(SessionAlive(s, kT0, o));
}

TEST(AuthTest, TwentyFailuresWithinFifteenMinutesLockForFifteenMinutes) {
  AuthOptions o;
  std::vector<std::string> times;
  for (int i = 0; i < 19; ++i) times.push_back(At(kT0 + i * 1000));
  EXPECT_EQ(LockedSeconds(times, kT0 + 20 * 1000, o), 0);  // 19 are not enough
  times.push_back(At(kT0 + 19 * 1000));
  EXPECT_EQ(LockedSeconds(times, kT0 + 19 * 1000, o), 900);
  EXPECT_EQ(LockedSeconds(times, kT0 + 19 * 1000 + 899 * 1000 + 1, o), 1);
  EXPECT_EQ(LockedSeconds(times, kT0 + 19 * 1000 + 900 * 1000, o), 0);
  // Twenty spread over more than the window lock nothing.
  std::vector<std::string> slow;
  for (int i = 0; i < 20; ++i) slow.push_back(At(kT0 + i * 60 * 1000));
  EXPECT_EQ(LockedSeconds(slow, kT0 + 20 * 60 * 1000, o), 0);
  EXPECT_EQ(LockedSeconds({"not a time"}, kT0, o), 0);
}

TEST(AuthTest, CookieParsingAndAttributes) {
  EXPECT_EQ(CookieValue("a=1; lt_session=abc; b=2", "lt_session"), "abc");
  EXPECT_EQ(CookieValue("lt_session=abc", "lt_session"), "abc");
  EXPECT_EQ(CookieValue("xlt_session=abc", "lt_session"), "");
  EXPECT_EQ(CookieValue("", "lt_session"), "");
  EXPECT_EQ(SessionCookie("ab", false), "lt_session=ab; HttpOnly; SameSite=Strict; Path=/");
  EXPECT_EQ(SessionCookie("ab", true), "lt_session=ab; HttpOnly; SameSite=Strict; Path=/; Secure");
  EXPECT_EQ(SessionCookie("", false), "lt_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0");
}

// RFC 6454 §7: Origin is scheme "://" host [":" port], compared whole.
TEST(AuthTest, Rfc6454_OriginMustEqualTheServersOwn) {
  EXPECT_TRUE(OriginAllowed("", "127.0.0.1:8080", false));
  EXPECT_TRUE(OriginAllowed("http://127.0.0.1:8080", "127.0.0.1:8080", false));
  EXPECT_FALSE(OriginAllowed("https://127.0.0.1:8080", "127.0.0.1:8080", false));
  EXPECT_TRUE(OriginAllowed("https://console.ipo.test", "console.ipo.test", true));
  EXPECT_FALSE(OriginAllowed("http://127.0.0.1:8081", "127.0.0.1:8080", false));
  EXPECT_FALSE(OriginAllowed("null", "127.0.0.1:8080", false));
  EXPECT_FALSE(OriginAllowed("http://127.0.0.1:8080.evil.test", "127.0.0.1:8080", false));
  EXPECT_FALSE(OriginAllowed("http://x", "", false));
}

TEST(AuthTest, TokensCompareWhole) {
  EXPECT_TRUE(TokensEqual("abcd", "abcd"));
  EXPECT_FALSE(TokensEqual("abcd", "abce"));
  EXPECT_FALSE(TokensEqual("abcd", "abc"));
  EXPECT_FALSE(TokensEqual("", ""));
}

}  // namespace
}  // namespace lantian::console
