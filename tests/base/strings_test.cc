#include "base/strings.h"

#include <gtest/gtest.h>

namespace lantian::base {
namespace {

TEST(StringsTest, LowerTouchesOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("Content-TYPE: Text/HTML"), "content-type: text/html");
  EXPECT_EQ(AsciiLower("專利ABC"), "專利abc");  // UTF-8 bytes unchanged
  EXPECT_EQ(AsciiLower('Z'), 'z');
  EXPECT_EQ(AsciiLower('['), '[');
}

TEST(StringsTest, TrimRemovesAsciiWhitespaceOnly) {
  EXPECT_EQ(TrimAscii(" \t gzip \r\n"), "gzip");
  EXPECT_EQ(TrimAscii("   "), "");
  EXPECT_EQ(TrimAscii(""), "");
  EXPECT_EQ(TrimAscii("a b"), "a b");
  EXPECT_EQ(TrimAscii("\xe3\x80\x80x"), "\xe3\x80\x80x");  // ideographic space is not ASCII
}

TEST(StringsTest, CaseInsensitiveCompare) {
  EXPECT_TRUE(EqualsIgnoreAsciiCase("GBK", "gbk"));
  EXPECT_FALSE(EqualsIgnoreAsciiCase("gbk", "gb2312"));
  EXPECT_TRUE(StartsWithIgnoreAsciiCase("Disallow: /x", "disallow:"));
  EXPECT_FALSE(StartsWithIgnoreAsciiCase("Dis", "disallow"));
}

TEST(StringsTest, HtmlEscapeEscapesMarkupAndQuotes) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">O'Neil & 包授权</a>"),
            "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; 包授权&lt;/a&gt;");
  EXPECT_EQ(HtmlEscape(""), "");
}

}  // namespace
}  // namespace lantian::base
