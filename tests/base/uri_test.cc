#include "base/uri.h"

#include <gtest/gtest.h>

namespace lantian::base {
namespace {

constexpr const char* kBase = "http://a/b/c/d;p?q";

std::string R(const char* ref) {
  auto r = ResolveUri(kBase, ref);
  return r ? *r : "<none>";
}

// RFC 3986 §5.4.1 Normal Examples.
TEST(UrlTest, Rfc3986_5_4_1_NormalExamples) {
  EXPECT_EQ(R("g:h"), "g:h");
  EXPECT_EQ(R("g"), "http://a/b/c/g");
  EXPECT_EQ(R("./g"), "http://a/b/c/g");
  EXPECT_EQ(R("g/"), "http://a/b/c/g/");
  EXPECT_EQ(R("/g"), "http://a/g");
  EXPECT_EQ(R("//g"), "http://g");
  EXPECT_EQ(R("?y"), "http://a/b/c/d;p?y");
  EXPECT_EQ(R("g?y"), "http://a/b/c/g?y");
  EXPECT_EQ(R("#s"), "http://a/b/c/d;p?q#s");
  EXPECT_EQ(R("g#s"), "http://a/b/c/g#s");
  EXPECT_EQ(R("g?y#s"), "http://a/b/c/g?y#s");
  EXPECT_EQ(R(";x"), "http://a/b/c/;x");
  EXPECT_EQ(R("g;x"), "http://a/b/c/g;x");
  EXPECT_EQ(R("g;x?y#s"), "http://a/b/c/g;x?y#s");
  EXPECT_EQ(R(""), "http://a/b/c/d;p?q");
  EXPECT_EQ(R("."), "http://a/b/c/");
  EXPECT_EQ(R("./"), "http://a/b/c/");
  EXPECT_EQ(R(".."), "http://a/b/");
  EXPECT_EQ(R("../"), "http://a/b/");
  EXPECT_EQ(R("../g"), "http://a/b/g");
  EXPECT_EQ(R("../.."), "http://a/");
  EXPECT_EQ(R("../../"), "http://a/");
  EXPECT_EQ(R("../../g"), "http://a/g");
}

// RFC 3986 §5.4.2 Abnormal Examples.
TEST(UrlTest, Rfc3986_5_4_2_AbnormalExamples) {
  EXPECT_EQ(R("../../../g"), "http://a/g");
  EXPECT_EQ(R("../../../../g"), "http://a/g");
  EXPECT_EQ(R("/./g"), "http://a/g");
  EXPECT_EQ(R("/../g"), "http://a/g");
  EXPECT_EQ(R("g."), "http://a/b/c/g.");
  EXPECT_EQ(R(".g"), "http://a/b/c/.g");
  EXPECT_EQ(R("g.."), "http://a/b/c/g..");
  EXPECT_EQ(R("..g"), "http://a/b/c/..g");
  EXPECT_EQ(R("./../g"), "http://a/b/g");
  EXPECT_EQ(R("./g/."), "http://a/b/c/g/");
  EXPECT_EQ(R("g/./h"), "http://a/b/c/g/h");
  EXPECT_EQ(R("g/../h"), "http://a/b/c/h");
  EXPECT_EQ(R("g;x=1/./y"), "http://a/b/c/g;x=1/y");
  EXPECT_EQ(R("g;x=1/../y"), "http://a/b/c/y");
  EXPECT_EQ(R("g?y/./x"), "http://a/b/c/g?y/./x");
  EXPECT_EQ(R("g?y/../x"), "http://a/b/c/g?y/../x");
  EXPECT_EQ(R("g#s/./x"), "http://a/b/c/g#s/./x");
  EXPECT_EQ(R("g#s/../x"), "http://a/b/c/g#s/../x");
  EXPECT_EQ(R("http:g"), "http:g");  // strict parser (§5.4.2)
}

TEST(UrlTest, ProtocolRelativeAndWhitespaceTrimmed) {
  EXPECT_EQ(*ResolveUri("https://s.taobao.com/search?q=x", " //item.taobao.com/item.htm?id=1\n"),
            "https://item.taobao.com/item.htm?id=1");
  EXPECT_EQ(*ResolveUri("https://a.com/x/", "y\tz"), "https://a.com/x/yz");
}

TEST(UrlTest, RelativeBaseCannotResolve) { EXPECT_FALSE(ResolveUri("/relative", "x").has_value()); }

TEST(UrlTest, HostIsLowercasedWithoutPortOrUserinfo) {
  EXPECT_EQ(UriHost("https://User@Item.Taobao.com:443/x"), "item.taobao.com");
  EXPECT_EQ(UriHost("http://[::1]:8080/"), "[::1]");
  EXPECT_EQ(UriHost("mailto:x@y.com"), "");
}

TEST(UrlTest, PercentEncodeKeepsUnreservedOnly) {
  EXPECT_EQ(PercentEncode("专利 a-b_c.d~e/f"), "%E4%B8%93%E5%88%A9%20a-b_c.d~e%2Ff");
}

TEST(UrlTest, StripFragment) { EXPECT_EQ(StripFragment("http://a/b#c#d"), "http://a/b"); }

// The store's frontier key: the values must never change.
TEST(UrlTest, UrlHashIsFnv1a64) {
  EXPECT_EQ(UrlHash(""), 1469598103934665603ULL);
  EXPECT_EQ(UrlHash("a"), 4953267810257967366ULL);
  EXPECT_NE(UrlHash("http://a.example/"), UrlHash("http://a.example/x"));
}

}  // namespace
}  // namespace lantian::base
