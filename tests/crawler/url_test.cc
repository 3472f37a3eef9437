#include "crawler/url.h"

#include <string>

#include <gtest/gtest.h>

namespace lantian::crawler {
namespace {

std::string Canon(std::string_view url) {
  auto r = CanonicalizeUrl(url);
  return r.ok() ? *r : "ERROR: " + r.status().message();
}

TEST(UrlTest, LowercasesSchemeAndHostDropsDefaultPortAndFragment) {
  EXPECT_EQ(Canon("HTTP://Shop.Example.COM:80/Item?id=1#reviews"), "http://shop.example.com/Item?id=1");
  EXPECT_EQ(Canon("https://a.example:443"), "https://a.example/");
  EXPECT_EQ(Canon("https://a.example:8443/x"), "https://a.example:8443/x");
}

TEST(UrlTest, NormalizesPercentEncoding) {
  // RFC 3986 §6.2.2.2: unreserved characters decoded, hex digits uppercased.
  EXPECT_EQ(Canon("http://a.example/%7euser/%e4%b8%93"), "http://a.example/~user/%E4%B8%93");
  EXPECT_EQ(Canon("http://a.example/\xE4\xB8\x93\xE5\x88\xA9 x"), "http://a.example/%E4%B8%93%E5%88%A9%20x");
}

TEST(UrlTest, RemovesTrackingParamsAndSortsQuery) {
  EXPECT_EQ(Canon("http://a.example/p?utm_source=x&b=2&spm=a.b.c&a=1&SessionId=9"), "http://a.example/p?a=1&b=2");
  UrlOptions keep_order;
  keep_order.sort_query = false;
  EXPECT_EQ(*CanonicalizeUrl("http://a.example/p?b=2&a=1", keep_order), "http://a.example/p?b=2&a=1");
}

TEST(UrlTest, RemovesDotSegments) {
  EXPECT_EQ(Canon("http://a.example/a/./b/../c"), "http://a.example/a/c");
}

TEST(UrlTest, ResolvesRelativeLinksWithCurl) {
  EXPECT_EQ(*ResolveUrl("http://a.example/shop/list?page=2", "item/7"), "http://a.example/shop/item/7");
  EXPECT_EQ(*ResolveUrl("http://a.example/shop/list", "/forum/t/1#p3"), "http://a.example/forum/t/1");
  EXPECT_EQ(*ResolveUrl("http://a.example/shop/list", "//b.example/x"), "http://b.example/x");
  EXPECT_EQ(*ResolveUrl("http://a.example/shop/list", "?page=3"), "http://a.example/shop/list?page=3");
  EXPECT_EQ(*ResolveUrl("http://a.example/shop/list", "  /x\n"), "http://a.example/x");
}

// The request target is the URL as linked: only its percent-encoding is
// normalised (RFC 3986 §6.2.2.2); the canonical form is the dedup key alone.
TEST(UrlTest, RequestUrlKeepsTheQueryAsLinked) {
  EXPECT_EQ(*ResolveRequestUrl("http://a.example/list", "/p?qux=1&baz=2"), "http://a.example/p?qux=1&baz=2");
  EXPECT_EQ(*ResolveUrl("http://a.example/list", "/p?qux=1&baz=2"), "http://a.example/p?baz=2&qux=1");
  EXPECT_EQ(*RequestUrl("http://a.example/p?spm=a.b&id=7&jsessionid=x"), "http://a.example/p?spm=a.b&id=7&jsessionid=x");
  EXPECT_EQ(*RequestUrl("HTTP://A.example:80/%7euser/%e4%b8%93?q=%e4%b8%93&x=%41&s=%2f#frag"),
            "http://a.example/~user/%E4%B8%93?q=%E4%B8%93&x=A&s=%2F");
  EXPECT_EQ(*ResolveRequestUrl("http://a.example/shop/list", "../x/./y?b=2&&a=1"), "http://a.example/x/y?b=2&&a=1");
  EXPECT_EQ(*RequestUrl("http://a.example/\xE4\xB8\x93 x?q=\xE4\xB8\x93"), "http://a.example/%E4%B8%93%20x?q=%E4%B8%93");
  // One dedup key for every spelling: the canonical form of the URL as linked
  // is the canonical form of the link (a tracker spelled %75tm_source too).
  EXPECT_EQ(*CanonicalizeUrl(*RequestUrl("http://a.example/p?%75tm_source=1&b=2")),
            *CanonicalizeUrl("http://a.example/p?%75tm_source=1&b=2"));
  EXPECT_EQ(Canon("http://a.example/p?%75tm_source=1&b=2"), "http://a.example/p?b=2");
  EXPECT_EQ(ResolveRequestUrl("http://a.example/", "mailto:x@example.invalid").status().message(),
            "url: Unsupported number of slashes following scheme: mailto:x@example.invalid");
}

TEST(UrlTest, RefusesNonHttpSchemes) {
  // curl's URL parser refuses them before the scheme check (its message).
  EXPECT_EQ(ResolveUrl("http://a.example/", "mailto:x@example.invalid").status().message(),
            "url: Unsupported number of slashes following scheme: mailto:x@example.invalid");
  EXPECT_EQ(ResolveUrl("http://a.example/", "javascript:void(0)").status().message(),
            "url: Unsupported number of slashes following scheme: javascript:void(0)");
  EXPECT_EQ(Canon("ftp://a.example/x"), "ERROR: url: unsupported scheme 'ftp': ftp://a.example/x");
}

// Found by bench/fuzz/url_fuzz: a host of only dots ("http:/./x" as curl
// reads it) used to canonicalize to "http:///x", which is not a fixed point.
TEST(UrlTest, RefusesHostOfOnlyDots) {
  EXPECT_EQ(Canon("http://./x"), "ERROR: url: no host: http://./x");
  EXPECT_EQ(Canon("http://../x"), "ERROR: url: no host: http://../x");
  // Without its dot a host may read as an address: the canonical form is
  // still a fixed point (url_fuzz).
  EXPECT_EQ(Canon("http://7./a"), "http://0.0.0.7/a");
  EXPECT_EQ(Canon(Canon("http://7./a")), Canon("http://7./a"));
  EXPECT_EQ(Canon("http://Example.COM./a"), "http://example.com/a");
  // A percent-encoded numeric host is an address once decoded: one pass.
  EXPECT_EQ(Canon("http://%30/"), "http://0.0.0.0/");
  EXPECT_EQ(Canon("http://%30%31%30.0.0.1/a"), Canon(Canon("http://%30%31%30.0.0.1/a")));
  // A percent-encoded '%' in a host decodes one level per parse: the
  // canonical form is the settled one.
  const std::string settled = Canon("http://a%2541.example/x");
  EXPECT_EQ(Canon(settled), settled);
  // A decoded %2e is a dot segment: removed like one, in one pass.
  EXPECT_EQ(Canon("http://a.example/x/%2e/y"), "http://a.example/x/y");
  EXPECT_EQ(Canon(Canon("http://a.example/x/%2e/y")), "http://a.example/x/y");
}

TEST(UrlTest, RefusesOverlongUrls) {
  const std::string longurl = "http://a.example/" + std::string(3000, 'x');
  const auto url = CanonicalizeUrl(longurl);
  EXPECT_EQ(url.status().code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(url.status().message(), "url: longer than 2048 bytes: " + longurl.substr(0, 80) + "...");
}

TEST(UrlTest, HostKeyIncludesSchemeAndPort) {
  EXPECT_EQ(*HostKey("http://A.example/x"), "http://a.example:80");
  EXPECT_EQ(*HostKey("https://a.example:8443/x"), "https://a.example:8443");
}

}  // namespace
}  // namespace lantian::crawler
