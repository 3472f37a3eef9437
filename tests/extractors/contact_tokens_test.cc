#include "extractors/internal/contact_tokens.h"

#include <gtest/gtest.h>

#include <vector>

namespace lantian::extractors::internal {
namespace {

TEST(ContactTokensTest, FoldsWidthCaseAndDigitForms) {
  std::vector<Tok> t = Tokenize("加V：①③");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].cp, U'加');
  EXPECT_EQ(t[0].digit, -1);
  EXPECT_EQ(t[1].ascii, 'v');
  EXPECT_EQ(t[2].ascii, ':');
  EXPECT_EQ(t[3].digit, 1);
  EXPECT_TRUE(t[3].strict);
  EXPECT_EQ(t[4].digit, 3);
  EXPECT_EQ(t[4].begin, 10u);
  EXPECT_EQ(t[4].end, 13u);
}

TEST(ContactTokensTest, ChineseAndLetterDigits) {
  std::vector<Tok> t = Tokenize("幺三o１");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].digit, 1);
  EXPECT_FALSE(t[0].strict);
  EXPECT_EQ(t[1].digit, 3);
  EXPECT_EQ(t[2].digit, 0);
  EXPECT_TRUE(t[2].letter_digit);
  EXPECT_EQ(t[3].ascii, '1');  // full-width
  EXPECT_TRUE(t[3].strict);
}

TEST(ContactTokensTest, InvisibleDroppedInvalidBytesReplaced) {
  std::vector<Tok> t = Tokenize("1\u200b2\xff");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].digit, 1);
  EXPECT_EQ(t[1].digit, 2);
  EXPECT_EQ(t[1].begin, 4u);  // after the 3-byte zero-width space
  EXPECT_EQ(t[2].cp, U'\uFFFD');
  EXPECT_EQ(t[2].end - t[2].begin, 1u);
}

}  // namespace
}  // namespace lantian::extractors::internal
