#include "crawler/robots.h"

#include <string>

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

}  // namespace
}  // namespace lantian::crawler
