#include "crawler/robots.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace lantian::crawler {
namespace {

TEST(RobotsTest, Rfc9309_LongestMatchWins) {
  // RFC 9309 §2.2.2: the most specific match (most octets) is used.
  const auto rules = RobotsRules::Parse("User-agent: *\nDisallow: /shop/\nAllow: /shop/public/\n", "lantian");
  EXPECT_FALSE(rules.IsAllowed("/shop/item/1"));
  EXPECT_TRUE(rules.IsAllowed("/shop/public/1"));
  EXPECT_TRUE(rules.IsAllowed("/forum/"));
}

TEST(RobotsTest, Rfc9309_AllowWinsTie) {
  // RFC 9309 §2.2.2: equivalent Allow and Disallow: Allow SHOULD be used.
  const auto rules = RobotsRules::Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "lantian");
  EXPECT_TRUE(rules.IsAllowed("/page"));
}

TEST(RobotsTest, Rfc9309_ProductTokenGroupBeatsStar) {
  // RFC 9309 §2.2.1: the group naming our product token applies, not '*'.
  const auto rules = RobotsRules::Parse(
      "User-agent: *\nDisallow: /\n\nUser-agent: LanTian/1.0\nDisallow: /private/\n", "lantian");
  EXPECT_TRUE(rules.IsAllowed("/shop/"));
  EXPECT_FALSE(rules.IsAllowed("/private/x"));
}

TEST(RobotsTest, Rfc9309_StarGroupWhenNoneNamesToken) {
  const auto rules = RobotsRules::Parse("User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /x\n", "lantian");
  EXPECT_TRUE(rules.IsAllowed("/shop/"));
  EXPECT_FALSE(rules.IsAllowed("/x/1"));
}

TEST(RobotsTest, Rfc9309_GroupsNamingTokenAreMerged) {
  // RFC 9309 §2.2.1: several groups for the same agent are combined.
  const auto rules =
      RobotsRules::Parse("User-agent: lantian\nDisallow: /a\n\nUser-agent: lantian\nDisallow: /b\n", "lantian");
  EXPECT_FALSE(rules.IsAllowed("/a"));
  EXPECT_FALSE(rules.IsAllowed("/b"));
}

TEST(RobotsTest, Rfc9309_ConsecutiveUserAgentLinesShareAGroup) {
  const auto rules = RobotsRules::Parse("User-agent: other\nUser-agent: lantian\nDisallow: /z\n", "lantian");
  EXPECT_FALSE(rules.IsAllowed("/z"));
}

TEST(RobotsTest, Rfc9309_WildcardAndEndAnchor) {
  // RFC 9309 §2.2.3: '*' any sequence, '$' end of pattern.
  const auto rules = RobotsRules::Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n", "lantian");
  EXPECT_FALSE(rules.IsAllowed("/files/a.pdf"));
  EXPECT_TRUE(rules.IsAllowed("/files/a.pdf?download=1"));
  EXPECT_FALSE(rules.IsAllowed("/search?x=1&q=2"));
  EXPECT_TRUE(rules.IsAllowed("/search?x=1"));
}

TEST(RobotsTest, Rfc9309_EmptyDisallowAllowsAll) {
  const auto rules = RobotsRules::Parse("User-agent: *\nDisallow:\n", "lantian");
  EXPECT_TRUE(rules.IsAllowed("/anything"));
}

TEST(RobotsTest, Rfc9309_RobotsTxtItselfAlwaysAllowed) {
  const auto rules = RobotsRules::Parse("User-agent: *\nDisallow: /\n", "lantian");
  EXPECT_TRUE(rules.IsAllowed("/robots.txt"));
  EXPECT_FALSE(rules.IsAllowed("/"));
}

TEST(RobotsTest, Rfc9309_PercentEncodingComparedNormalized) {
  // RFC 9309 §2.2.2: non-ASCII octets compare percent-encoded.
  const auto rules = RobotsRules::Parse("User-agent: *\nDisallow: /\xE4\xB8\x93\xE5\x88\xA9/\n", "lantian");
  EXPECT_FALSE(rules.IsAllowed("/%e4%b8%93%e5%88%a9/list"));
  EXPECT_FALSE(rules.IsAllowed("/%E4%B8%93%E5%88%A9/list"));
}

TEST(RobotsTest, Rfc9309_RulesAreCaseSensitiveKeysAreNot) {
  const auto rules = RobotsRules::Parse("USER-AGENT: *\nDISALLOW: /Admin\n", "lantian");
  EXPECT_FALSE(rules.IsAllowed("/Admin"));
  EXPECT_TRUE(rules.IsAllowed("/admin"));
}

TEST(RobotsTest, Rfc9309_ParsesAtMost500KiB) {
  std::string body = "User-agent: *\n";
  while (body.size() < RobotsRules::kMaxParseBytes) body += "# padding padding padding padding\n";
  body += "Disallow: /late\n";
  const auto rules = RobotsRules::Parse(body, "lantian");
  EXPECT_TRUE(rules.truncated());
  EXPECT_TRUE(rules.IsAllowed("/late"));
}

TEST(RobotsTest, AHugeCrawlDelayIsCappedAtADay) {
  const auto rules = RobotsRules::Parse("User-agent: *\nCrawl-delay: " + std::string(60, '7') + "\n", "lantian");
  ASSERT_TRUE(rules.crawl_delay().has_value());
  EXPECT_EQ(rules.crawl_delay()->count(), 86400LL * 1000);
}

TEST(RobotsTest, ReadsCrawlDelayAndSitemaps) {
  const auto rules = RobotsRules::Parse(
      "Sitemap: https://a.example/sitemap.xml\nUser-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n", "lantian");
  ASSERT_TRUE(rules.crawl_delay().has_value());
  EXPECT_EQ(rules.crawl_delay()->count(), 2500);
  ASSERT_EQ(rules.sitemaps().size(), 1u);
  EXPECT_EQ(rules.sitemaps()[0], "https://a.example/sitemap.xml");
}

TEST(RobotsTest, Rfc9309_4xxAllowsAll5xxDisallowsAll) {
  ManualClock clock;
  RobotsCache cache(clock, {});
  EXPECT_TRUE(cache.Store("http://a:80", 404, "", "lantian").IsAllowed("/x"));
  EXPECT_FALSE(cache.Store("http://b:80", 503, "", "lantian").IsAllowed("/x"));
  EXPECT_FALSE(cache.Store("http://c:80", 0, "", "lantian").IsAllowed("/x"));  // unreachable
}

TEST(RobotsTest, Rfc9309_CacheExpiresAfterTtl) {
  // RFC 9309 §2.4: do not use a cached robots.txt for more than 24 hours.
  ManualClock clock;
  RobotsCache cache(clock, {});
  (void)cache.Store("http://a:80", 200, "User-agent: *\nDisallow: /x\n", "lantian");
  ASSERT_NE(cache.Find("http://a:80"), nullptr);
  clock.Advance(std::chrono::hours(23));
  EXPECT_NE(cache.Find("http://a:80"), nullptr);
  clock.Advance(std::chrono::hours(2));
  EXPECT_EQ(cache.Find("http://a:80"), nullptr);
}

TEST(RobotsTest, UnreachableRetriedSoonerThanTtl) {
  ManualClock clock;
  RobotsCache cache(clock, {});
  (void)cache.Store("http://a:80", 500, "", "lantian");
  clock.Advance(std::chrono::minutes(31));
  EXPECT_EQ(cache.Find("http://a:80"), nullptr);
}

// RFC 9309 §2.2.2 and §2.2.3, from the RFC's own sentences and examples. Each
// rule is the only Disallow of the '*' group, so "the rule matches the path"
// reads as "the path is disallowed".
bool RuleMatches(const std::string& rule, const std::string& path) {
  return !RobotsRules::Parse("User-agent: *\nDisallow: " + rule + "\n", "lantian").IsAllowed(path);
}

// "If a percent-encoded ASCII octet is encountered in the URI, it MUST be
// unencoded prior to comparison, unless it is a reserved character in the URI
// ... or the character is outside the unreserved character range." The RFC's
// example: /foo/bar/%62%61%7A is matched as /foo/bar/baz. Done on both sides.
TEST(Rfc9309Test, Section2_2_2_PercentEncodedUnreservedMatchesDecoded) {
  EXPECT_TRUE(RuleMatches("/foo/bar/%62%61%7A", "/foo/bar/baz"));
  EXPECT_TRUE(RuleMatches("/foo/bar/baz", "/foo/bar/%62%61%7A"));
  EXPECT_TRUE(RuleMatches("/foo/bar/%62%61%7a", "/foo/bar/%62%61%7A"));  // hex digits compare case-insensitively
  EXPECT_TRUE(RuleMatches("/%7Euser/", "/~user/index.html"));           // '~' is unreserved too
  EXPECT_FALSE(RuleMatches("/foo/bar/%62%61%7A", "/foo/bar/bar"));
}

// "Octets in the URI and robots.txt paths outside the range of the ASCII coded
// character set ... MUST be percent-encoded ... prior to comparison." The RFC's
// example: /foo/bar/ツ (U+30C4) is matched as /foo/bar/%E3%83%84. Both ways.
TEST(Rfc9309Test, Section2_2_2_NonAsciiOctetsArePercentEncodedBeforeComparison) {
  EXPECT_TRUE(RuleMatches("/foo/bar/\xE3\x83\x84", "/foo/bar/%E3%83%84"));
  EXPECT_TRUE(RuleMatches("/foo/bar/%E3%83%84", "/foo/bar/%E3%83%84"));
  EXPECT_TRUE(RuleMatches("/foo/bar/%E3%83%84", "/foo/bar/\xE3\x83\x84"));
  // 专利 written raw in the rule, encoded in the URL (either case), and the reverse.
  EXPECT_TRUE(RuleMatches("/\xE4\xB8\x93\xE5\x88\xA9", "/%E4%B8%93%E5%88%A9/list?page=2"));
  EXPECT_TRUE(RuleMatches("/\xE4\xB8\x93\xE5\x88\xA9", "/%e4%b8%93%e5%88%a9/list"));
  EXPECT_TRUE(RuleMatches("/%E4%B8%93%E5%88%A9", "/\xE4\xB8\x93\xE5\x88\xA9/list"));
  EXPECT_FALSE(RuleMatches("/\xE4\xB8\x93\xE5\x88\xA9", "/%E4%B8%93"));
}

// "... unless it is a reserved character in the URI": an escaped reserved
// character is data, the raw one a delimiter, and the two do not match each
// other. %2F is never "/".
TEST(Rfc9309Test, Section2_2_2_PercentEncodedReservedCharacterStaysEncoded) {
  EXPECT_FALSE(RuleMatches("/a%2Fb", "/a/b"));
  EXPECT_FALSE(RuleMatches("/a/b", "/a%2Fb"));
  EXPECT_TRUE(RuleMatches("/a%2fb", "/a%2Fb"));
  EXPECT_FALSE(RuleMatches("/search%3Fq", "/search?q=1"));
}

// The RFC's table rows with a query: /foo/bar?baz=quz, and a query value that
// is itself a URI, https%3A%2F%2Ffoo.bar, matched in that encoded form.
TEST(Rfc9309Test, Section2_2_2_QueryIsMatchedWithItsEncodedReservedCharacters) {
  EXPECT_TRUE(RuleMatches("/foo/bar?baz=quz", "/foo/bar?baz=quz"));
  EXPECT_TRUE(RuleMatches("/foo/bar?baz=https%3A%2F%2Ffoo.bar", "/foo/bar?baz=https%3A%2F%2Ffoo.bar"));
  EXPECT_TRUE(RuleMatches("/foo/bar?baz=https%3a%2f%2ffoo.bar", "/foo/bar?baz=https%3A%2F%2Ffoo.bar"));
  EXPECT_FALSE(RuleMatches("/foo/bar?baz=quz", "/foo/bar?qux=1&baz=quz"));
}

// "The most specific match is the match that has the most octets", counted
// after normalisation: Disallow /x/%61%62%63 is /x/abc (6 octets), longer than
// Allow /x/ab; against Allow /x/abc it is a tie, which Allow wins.
TEST(Rfc9309Test, Section2_2_2_MostOctetsAreCountedAfterNormalisation) {
  const auto longer = RobotsRules::Parse("User-agent: *\nAllow: /x/ab\nDisallow: /x/%61%62%63\n", "lantian");
  EXPECT_FALSE(longer.IsAllowed("/x/abc"));
  EXPECT_TRUE(longer.IsAllowed("/x/abd"));
  const auto tie = RobotsRules::Parse("User-agent: *\nDisallow: /x/%61%62%63\nAllow: /x/abc\n", "lantian");
  EXPECT_TRUE(tie.IsAllowed("/x/abc"));
}

// "If crawlers match special characters verbatim in the URI, crawlers SHOULD
// use "%" encoding." The RFC's example: the pattern
// /path/file-with-a-%2A.html matches https://www.example.com/path/file-with-a-*.html;
// %2A is the character '*', not the wildcard.
TEST(Rfc9309Test, Section2_2_3_PercentEncodedAsteriskIsALiteralAsterisk) {
  EXPECT_TRUE(RuleMatches("/path/file-with-a-%2A.html", "/path/file-with-a-*.html"));
  EXPECT_TRUE(RuleMatches("/path/file-with-a-%2A.html", "/path/file-with-a-%2A.html"));
  EXPECT_FALSE(RuleMatches("/path/file-with-a-%2A.html", "/path/file-with-a-x.html"));
  EXPECT_FALSE(RuleMatches("/path/file-with-a-%2A.html", "/path/file-with-a-.html"));
  EXPECT_TRUE(RuleMatches("/path/file-with-a-*.html", "/path/file-with-a-x.html"));  // raw '*': the wildcard
}

// The RFC's example: the pattern /path/foo-%24 matches
// https://www.example.com/path/foo-$; %24 is the character '$', not the end
// anchor, so the rule stays a prefix.
TEST(Rfc9309Test, Section2_2_3_PercentEncodedDollarIsALiteralDollar) {
  EXPECT_TRUE(RuleMatches("/path/foo-%24", "/path/foo-$"));
  EXPECT_TRUE(RuleMatches("/path/foo-%24", "/path/foo-%24"));
  EXPECT_TRUE(RuleMatches("/path/foo-%24", "/path/foo-$/more"));
  EXPECT_FALSE(RuleMatches("/path/foo-%24", "/path/foo-"));
  // A raw final '$' "designates the end of the match pattern".
  EXPECT_TRUE(RuleMatches("/path/foo-$", "/path/foo-"));
  EXPECT_FALSE(RuleMatches("/path/foo-$", "/path/foo-x"));
}

// '$' designates the end of the pattern only as its last octet; one before the
// end is the character itself (as %24 is).
TEST(Rfc9309Test, Section2_2_3_DollarBeforeTheEndIsTheCharacter) {
  EXPECT_TRUE(RuleMatches("/a$b", "/a$b/c"));
  EXPECT_TRUE(RuleMatches("/a$b", "/a%24b"));
  EXPECT_FALSE(RuleMatches("/a$b", "/a"));
}

// A finished fetch of robots.txt whose hops answered `statuses` in order.
FetchResult RobotsFetch(std::vector<int> statuses, FetchOutcome outcome) {
  FetchResult r;
  r.outcome = outcome;
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    FetchHop hop;
    hop.url = "http://a.example/hop" + std::to_string(i);
    hop.http_status = statuses[i];
    r.hops.push_back(hop);
  }
  r.http_status = statuses.empty() ? 0 : statuses.back();
  return r;
}

// "If a robots.txt file is reached within five consecutive redirects, the
// robots.txt file MUST be fetched, parsed, and its rules followed."
TEST(Rfc9309Test, Section2_3_1_2_RobotsTxtReachedByRedirectIsSuccessfulAccess) {
  std::string why;
  EXPECT_EQ(ClassifyRobotsFetch(RobotsFetch({301, 302, 307, 308, 301, 200}, FetchOutcome::kOk), &why),
            RobotsAccess::kSuccessful);
  EXPECT_EQ(why, "");
}

// "If there are more than five consecutive redirects, crawlers MAY assume that
// the robots.txt file is unavailable."
TEST(Rfc9309Test, Section2_3_1_2_MoreThanFiveRedirectsIsUnavailable) {
  std::string why;
  EXPECT_EQ(ClassifyRobotsFetch(RobotsFetch({301, 301, 301, 301, 301, 301}, FetchOutcome::kTooManyRedirects), &why),
            RobotsAccess::kUnavailable);
  EXPECT_EQ(why, "no robots.txt after 6 redirects (too many, or a loop)");
}

// §2.3.1.3: "in the context of HTTP, such status codes are in the 400-499 range".
TEST(Rfc9309Test, Section2_3_1_3_4xxAfterARedirectIsUnavailable) {
  std::string why;
  EXPECT_EQ(ClassifyRobotsFetch(RobotsFetch({301, 404}, FetchOutcome::kHttpError), &why), RobotsAccess::kUnavailable);
  EXPECT_EQ(why, "HTTP 404");
}

// §2.3.1.4: "server errors are identified by status codes in the 500-599
// range"; a network error is unreachable too.
TEST(Rfc9309Test, Section2_3_1_4_5xxOrNetworkErrorIsUnreachable) {
  std::string why;
  EXPECT_EQ(ClassifyRobotsFetch(RobotsFetch({301, 503}, FetchOutcome::kHttpError), &why), RobotsAccess::kUnreachable);
  EXPECT_EQ(why, "HTTP 503");
  FetchResult timeout = RobotsFetch({0}, FetchOutcome::kTimeout);
  timeout.curl_error = "Operation timed out";
  EXPECT_EQ(ClassifyRobotsFetch(timeout, &why), RobotsAccess::kUnreachable);
  EXPECT_EQ(why, "timeout: Operation timed out");
}

// A redirect to an address the guard refuses is not followed (the fetcher's
// guard checks every hop), so robots.txt could not be reached: complete
// disallow, never "allow all".
TEST(Rfc9309Test, Section2_3_1_4_RedirectToARefusedAddressIsUnreachable) {
  FetchResult r = RobotsFetch({301, 0}, FetchOutcome::kAddressRefused);
  r.hops.back().url = "http://10.0.0.1/robots.txt";
  r.curl_error = "Failed to connect";
  std::string why;
  EXPECT_EQ(ClassifyRobotsFetch(r, &why), RobotsAccess::kUnreachable);
  EXPECT_EQ(why, "redirected to a refused address, http://10.0.0.1/robots.txt (address_refused: Failed to connect)");
  ManualClock clock;
  RobotsCache cache(clock, {});
  EXPECT_FALSE(cache.Store("http://a.example:80", ClassifyRobotsFetch(r, nullptr), "", "lantian").IsAllowed("/x"));
}

}  // namespace
}  // namespace lantian::crawler
