#include "store/internal/normalize.h"

#include <gtest/gtest.h>

namespace lantian::store::internal {
namespace {

TEST(NormalizeTest, MatchDropsAsciiSpaceAndLowersAscii) {
  EXPECT_EQ(NormalizeMatch(" 包 授\t权 ABC\r\n"), "包授权abc");
  EXPECT_EQ(NormalizeMatch("包　授权"), "包　授权");  // U+3000 is not ASCII space: kept
}

TEST(NormalizeTest, PhoneLikeContactsKeepDigitsOnly) {
  EXPECT_EQ(NormalizeContact("Tel", "+86 138-0013-8000"), "phone:13800138000");
  EXPECT_EQ(NormalizeContact("mobile", "138 0013 8000"), "phone:13800138000");
  EXPECT_EQ(NormalizeContact("qq", "8612345678901"), "qq:8612345678901");  // no country code in QQ
  EXPECT_EQ(NormalizeContact("phone", "call me"), "");
}

TEST(NormalizeTest, OtherContactsDropSpaceAndLower) {
  EXPECT_EQ(NormalizeContact("WeChat", "Zl 886X"), "wechat:zl886x");
  EXPECT_EQ(NormalizeContact("email", " A@B.example "), "email:a@b.example");
  EXPECT_EQ(NormalizeContact("email", "  "), "");
}

}  // namespace
}  // namespace lantian::store::internal
