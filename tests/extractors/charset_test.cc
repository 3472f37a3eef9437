#include "extractors/charset.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/extractors/test_util.h"

namespace lantian::extractors {
namespace {

using testing::ReadTestFile;

const std::string kGbkBaoShouQuan = "\xB0\xFC\xCA\xDA\xC8\xA8";  // 包授权 in GBK
const std::string kUtf8BaoShouQuan = "包授权";

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(CharsetTest, Utf8BomWinsOverHeader) {
  DecodedText d = DecodeToUtf8("\xEF\xBB\xBF" + kUtf8BaoShouQuan, "text/html; charset=gbk");
  EXPECT_EQ(d.utf8, kUtf8BaoShouQuan);
  EXPECT_EQ(d.charset_used, "UTF-8");
  EXPECT_EQ(d.how, "bom");
  EXPECT_FALSE(d.had_errors);
}

TEST(CharsetTest, Utf16LeBom) {
  std::string bytes = std::string("\xFF\xFE", 2) + std::string("A\0B\0", 4);
  DecodedText d = DecodeToUtf8(bytes, "");
  EXPECT_EQ(d.utf8, "AB");
  EXPECT_EQ(d.charset_used, "UTF-16LE");
  EXPECT_EQ(d.how, "bom");
}

TEST(CharsetTest, HeaderCharsetGbkDecodedAsGb18030) {
  DecodedText d = DecodeToUtf8("<p>" + kGbkBaoShouQuan + "</p>", "text/html; charset=GBK");
  EXPECT_EQ(d.utf8, "<p>" + kUtf8BaoShouQuan + "</p>");
  EXPECT_EQ(d.charset_used, "GB18030");
  EXPECT_EQ(d.how, "header");
}

TEST(CharsetTest, QuotedHeaderCharset) {
  DecodedText d = DecodeToUtf8(kGbkBaoShouQuan, "text/html;charset=\"gb2312\"");
  EXPECT_EQ(d.utf8, kUtf8BaoShouQuan);
  EXPECT_EQ(d.how, "header");
}

TEST(CharsetTest, MetaHttpEquivGbkFixture) {
  DecodedText d = DecodeToUtf8(ReadTestFile("tmall_item_gbk.html"), "text/html");
  EXPECT_EQ(d.charset_used, "GB18030");
  EXPECT_EQ(d.how, "meta");
  EXPECT_FALSE(d.had_errors);
  EXPECT_NE(d.utf8.find("发明专利代理 包下证"), std::string::npos);
}

TEST(CharsetTest, MetaCharsetGbkFixture) {
  DecodedText d = DecodeToUtf8(ReadTestFile("alibaba1688_search_gbk.html"), "");
  EXPECT_EQ(d.charset_used, "GB18030");
  EXPECT_EQ(d.how, "meta");
  EXPECT_NE(d.utf8.find("批量专利申请"), std::string::npos);
}

TEST(CharsetTest, HeuristicFindsBig5WhenUnlabelled) {
  DecodedText d = DecodeToUtf8(ReadTestFile("big5_forum.html"), "");
  EXPECT_EQ(d.how, "heuristic");
  // Big5 text that is not also clean GB18030 is chosen as Big5; either way it must read.
  EXPECT_NE(d.utf8.find("專利"), std::string::npos) << d.charset_used;
  EXPECT_EQ(d.charset_used, "Big5");
}

TEST(CharsetTest, HeuristicPrefersValidUtf8) {
  DecodedText d = DecodeToUtf8("<p>" + kUtf8BaoShouQuan + "</p>", "");
  EXPECT_EQ(d.charset_used, "UTF-8");
  EXPECT_EQ(d.how, "heuristic");
}

TEST(CharsetTest, HeuristicGb18030WhenUnlabelledGbk) {
  DecodedText d = DecodeToUtf8(Repeat(kGbkBaoShouQuan + " ", 5), "");
  EXPECT_EQ(d.charset_used, "GB18030");
  EXPECT_EQ(d.how, "heuristic");
  EXPECT_EQ(d.utf8, Repeat(kUtf8BaoShouQuan + " ", 5));
}

TEST(CharsetTest, PureAsciiIsDefaultUtf8) {
  DecodedText d = DecodeToUtf8("<p>hello</p>", "");
  EXPECT_EQ(d.charset_used, "UTF-8");
  EXPECT_EQ(d.how, "default");
}

TEST(CharsetTest, LyingUtf8LabelFallsBackToHeuristic) {
  std::string body = "<html><body>" + Repeat(kGbkBaoShouQuan, 10) + "</body></html>";
  DecodedText d = DecodeToUtf8(body, "text/html; charset=utf-8");
  EXPECT_EQ(d.charset_used, "GB18030");
  EXPECT_EQ(d.how, "heuristic (header said UTF-8, 40 errors)");
  EXPECT_NE(d.utf8.find(Repeat(kUtf8BaoShouQuan, 10)), std::string::npos);
  EXPECT_FALSE(d.had_errors);
}

TEST(CharsetTest, FewBadBytesInUtf8KeepLabelAndBecomeReplacement) {
  std::string body = Repeat(kUtf8BaoShouQuan, 100) + "\xFF" + "end";
  DecodedText d = DecodeToUtf8(body, "text/html; charset=utf-8");
  EXPECT_EQ(d.charset_used, "UTF-8");
  EXPECT_EQ(d.how, "header");
  EXPECT_TRUE(d.had_errors);
  EXPECT_EQ(d.utf8, Repeat(kUtf8BaoShouQuan, 100) + "\xEF\xBF\xBD" + "end");
  EXPECT_TRUE(IsValidUtf8(d.utf8));
}

TEST(CharsetTest, InvalidGbkBytesBecomeReplacementNotDropped) {
  std::string body = kGbkBaoShouQuan + "\xFF" + "x";  // 0xFF is never valid in GB18030
  DecodedText d = DecodeToUtf8(body, "text/html; charset=gbk");
  EXPECT_TRUE(d.had_errors);
  EXPECT_EQ(d.utf8, kUtf8BaoShouQuan + "\xEF\xBF\xBD" + "x");
}

TEST(CharsetTest, TruncatedMultibyteAtEndBecomesReplacement) {
  std::string body = kGbkBaoShouQuan + "\xB0";
  DecodedText d = DecodeToUtf8(body, "text/html; charset=gbk");
  EXPECT_EQ(d.utf8, kUtf8BaoShouQuan + "\xEF\xBF\xBD");
}

TEST(CharsetTest, UnknownLabelIsIgnored) {
  DecodedText d = DecodeToUtf8("<p>" + kUtf8BaoShouQuan + "</p>", "text/html; charset=x-no-such-thing");
  EXPECT_EQ(d.charset_used, "UTF-8");
  EXPECT_EQ(d.how, "heuristic");
}

TEST(CharsetTest, OutputIsAlwaysValidUtf8ForRandomBytes) {
  std::string bytes;
  unsigned x = 12345;
  for (int i = 0; i < 4096; ++i) {
    x = x * 1103515245 + 12345;
    bytes.push_back(static_cast<char>(x >> 16));
  }
  for (const char* ct : {"", "text/html; charset=utf-8", "text/html; charset=gbk", "text/html; charset=big5",
                         "text/html; charset=iso-8859-1", "text/html; charset=shift_jis"}) {
    DecodedText d = DecodeToUtf8(bytes, ct);
    EXPECT_TRUE(IsValidUtf8(d.utf8)) << ct;
  }
}

TEST(CharsetTest, CanonicalNames) {
  EXPECT_EQ(CanonicalCharset("GBK"), "GB18030");
  EXPECT_EQ(CanonicalCharset("x-gbk"), "GB18030");
  EXPECT_EQ(CanonicalCharset("gb2312"), "GB18030");
  EXPECT_EQ(CanonicalCharset("utf8"), "UTF-8");
  EXPECT_EQ(CanonicalCharset("BIG5"), "Big5");
  EXPECT_EQ(CanonicalCharset("latin1"), "windows-1252");
  EXPECT_EQ(CanonicalCharset("no-such"), "");
}

TEST(CharsetTest, SniffMetaOnlyInFirst4K) {
  EXPECT_EQ(SniffMetaCharset("<meta charset='big5'>"), "big5");
  EXPECT_EQ(SniffMetaCharset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GB2312\">"), "GB2312");
  EXPECT_EQ(SniffMetaCharset(std::string(5000, ' ') + "<meta charset=gbk>"), "");
}

TEST(CharsetTest, SanitizeUtf8RejectsOverlongAndSurrogates) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x9B\xB0"));
  EXPECT_EQ(SanitizeUtf8("a\xC0\xAF" "b"), "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
}

}  // namespace
}  // namespace lantian::extractors
