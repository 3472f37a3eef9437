#include "extractors/contacts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lantian::extractors {
namespace {

std::vector<std::string> Keys(std::string_view text) {
  std::vector<std::string> out;
  for (const Contact& c : ExtractContacts(text)) out.push_back(c.key);
  return out;
}

using Keys_ = std::vector<std::string>;

TEST(ContactsTest, MobileWithSeparators) {
  EXPECT_EQ(Keys("电话 13900002671"), Keys_{"phone:13900002671"});
  EXPECT_EQ(Keys("电话 139 0000 2671"), Keys_{"phone:13900002671"});
  EXPECT_EQ(Keys("电话139-0000-2671。"), Keys_{"phone:13900002671"});
  EXPECT_EQ(Keys("tel:139.0000.2671"), Keys_{"phone:13900002671"});
}

TEST(ContactsTest, MobileOffsetsPointAtRawText) {
  std::string text = "联系：139 0000 2671 谢谢";
  auto c = ExtractContacts(text);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].raw, "139 0000 2671");
  EXPECT_EQ(text.substr(c[0].start, c[0].end - c[0].start), "139 0000 2671");
  EXPECT_EQ(c[0].kind, ContactKind::kPhone);
  EXPECT_EQ(c[0].value_normalized, "13900002671");
}

TEST(ContactsTest, MobileInChineseNumerals) {
  EXPECT_EQ(Keys("手机 一三九零零零零二六七一"), Keys_{"phone:13900002671"});
  EXPECT_EQ(Keys("幺三九 零零零零 两六七幺"), Keys_{"phone:13900002671"});
  EXPECT_EQ(Keys("壹叁玖零零零零贰陆柒壹"), Keys_{"phone:13900002671"});
}

TEST(ContactsTest, MobileInCircledAndFullWidthDigits) {
  EXPECT_EQ(Keys("①③⑨⓪⓪⓪⓪②⑥⑦①"), Keys_{"phone:13900002671"});
  EXPECT_EQ(Keys("１３９００００２６７１"), Keys_{"phone:13900002671"});
  EXPECT_EQ(Keys("1３9 ⓪⓪00 二671"), Keys_{"phone:13900002671"});
}

TEST(ContactsTest, LettersForDigitsInsideDigitRun) {
  EXPECT_EQ(Keys("电话 139oooo2671"), Keys_{"phone:13900002671"});
  EXPECT_EQ(Keys("电话 139OO0O2671"), Keys_{"phone:13900002671"});
  EXPECT_EQ(Keys("电话 l39 0000 2671"), Keys_{});  // a letter never starts a run
  EXPECT_EQ(Keys("电话 13900002671"), Keys_{"phone:13900002671"});
}

TEST(ContactsTest, SameAsPhoneMeansWechatToo) {
  EXPECT_EQ(Keys("13900002671 微信同号"), (Keys_{"phone:13900002671", "wechat:13900002671"}));
  EXPECT_EQ(Keys("vx同号 139-0000-2671"), (Keys_{"phone:13900002671", "wechat:13900002671"}));
}

TEST(ContactsTest, WechatLabels) {
  const char* cases[] = {"微信：zl886x",  "微信号 zl886x", "VX:zl886x",   "vx zl886x",    "wx：zl886x",
                         "V信 zl886x",    "v信：zl886x",   "薇信zl886x",  "威信 zl886x",  "微芯:zl886x",
                         "卫星：zl886x",  "🛰 zl886x",     "🛰️：zl886x", "绿泡泡 zl886x", "➕V zl886x",
                         "+V：zl886x",    "加V zl886x",    "V❤️ zl886x",  "ⅤⅩ：zl886x",   "ＶＸ：ｚｌ８８６ｘ",
                         "薇 zl886x",     "V：zl886x",     "加微 ZL886X", "绿色软件：zl886x"};
  for (const char* c : cases) EXPECT_EQ(Keys(c), Keys_{"wechat:zl886x"}) << c;
}

TEST(ContactsTest, WechatIdRawExcludesLabel) {
  std::string text = "加我 V信：zl886x 谢谢";
  auto c = ExtractContacts(text);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].raw, "zl886x");
  EXPECT_EQ(text.substr(c[0].start, c[0].end - c[0].start), "zl886x");
}

TEST(ContactsTest, WechatLabelWithPhoneNumber) {
  EXPECT_EQ(Keys("微信 13900002671"), (Keys_{"phone:13900002671", "wechat:13900002671"}));
}

TEST(ContactsTest, QqLabels) {
  const char* cases[] = {"QQ：865729333", "qq 865729333", "ＱＱ：８６５７２９３３３", "扣扣 865729333",
                         "叩叩865729333", "企鹅：865729333", "🐧 865729333", "Q群：865729333",
                         "口口 865729333", "扣扣：⑧⑥⑤⑦②⑨③③③", "Q：865 729 333", "扣扣 八六五七二九三三三"};
  for (const char* c : cases) EXPECT_EQ(Keys(c), Keys_{"qq:865729333"}) << c;
}

TEST(ContactsTest, Emails) {
  EXPECT_EQ(Keys("邮箱 ZL886x@163.com"), Keys_{"email:zl886x@163.com"});
  EXPECT_EQ(Keys("邮箱 zl886x＠163．com"), Keys_{"email:zl886x@163.com"});
  EXPECT_EQ(Keys("zl886x#163.com（#换成@）"), Keys_{"email:zl886x@163.com"});
  EXPECT_EQ(Keys("zl886x 艾特 163 点 com"), Keys_{"email:zl886x@163.com"});
  EXPECT_EQ(Keys("zl886x(at)163(dot)com"), Keys_{"email:zl886x@163.com"});
  EXPECT_EQ(Keys("zl886x[at]gmail.com"), Keys_{"email:zl886x@gmail.com"});
}

TEST(ContactsTest, UrlsAndBareDomains) {
  EXPECT_EQ(Keys("官网 zlbb.cc 欢迎"), Keys_{"url:zlbb.cc"});
  EXPECT_EQ(Keys("见 https://www.ZLBB.cc/contact/ 页面"), Keys_{"url:zlbb.cc/contact"});
  EXPECT_EQ(Keys("访问www.zl-help.com.cn。"), Keys_{"url:zl-help.com.cn"});
}

TEST(ContactsTest, Landlines) {
  EXPECT_EQ(Keys("电话：021-5888 6666"), Keys_{"landline:02158886666"});
  EXPECT_EQ(Keys("0755-23456789"), Keys_{"landline:075523456789"});
  EXPECT_EQ(Keys("(010)12345678"), Keys_{"landline:01012345678"});
  EXPECT_EQ(Keys("客服热线 400-800-8888"), Keys_{"landline:4008008888"});
  EXPECT_EQ(Keys("热线 4008008888"), Keys_{"landline:4008008888"});
}

TEST(ContactsTest, SameContactTwoWaysIsOneKey) {
  auto a = Keys("V信：ZL886X");
  auto b = Keys("微信 zl886x");
  EXPECT_EQ(a, b);
  EXPECT_EQ(Keys("一三九零零零零二六七一"), Keys("139-0000-2671"));
}

TEST(ContactsTest, NoFalsePositivesOnPricesDatesOrderNumbersAndIds) {
  EXPECT_EQ(Keys("价格 ¥1999.00 元，原价 13900 元"), Keys_{});
  EXPECT_EQ(Keys("2024-03-01 10:12 发布"), Keys_{});
  EXPECT_EQ(Keys("订单号 202403011390000267155"), Keys_{});
  EXPECT_EQ(Keys("商品编号 712345678901"), Keys_{});
  EXPECT_EQ(Keys("item.htm?id=13900002671"), Keys_{});
  EXPECT_EQ(Keys("已售 865729333 件"), Keys_{});  // a QQ-like number needs a label
  EXPECT_EQ(Keys("卡号 6222 0213 9000 0267 1"), Keys_{});
  EXPECT_EQ(Keys("TV：samsung55"), Keys_{});
  EXPECT_EQ(Keys("版本 v1.2.3 image.png"), Keys_{});
  EXPECT_EQ(Keys("一二三四五六七八九十"), Keys_{});
  EXPECT_EQ(Keys("iPhone v 12345678 折扣 10000 元"), Keys_{});
  EXPECT_EQ(Keys(""), Keys_{});
}

TEST(ContactsTest, SeveralContactsInTextOrder) {
  EXPECT_EQ(Keys("需要的 V❤️ zl886x 或者 幺三九 零零零零 二六七幺，扣扣 12345"),
            (Keys_{"wechat:zl886x", "phone:13900002671", "qq:12345"}));
}

TEST(ContactsTest, ZeroWidthCharactersAreIgnored) {
  EXPECT_EQ(Keys("微\u200b信：zl\u200d886x"), Keys_{"wechat:zl886x"});
  EXPECT_EQ(Keys("139\u200b0000\u200b2671"), Keys_{"phone:13900002671"});
}

TEST(ContactsTest, InvalidUtf8DoesNotCrash) {
  std::string bad = "\xFF\xFE微信 zl886x \xC3";
  EXPECT_EQ(Keys(bad).size(), 1u);
}

}  // namespace
}  // namespace lantian::extractors
