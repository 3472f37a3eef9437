#include "patterns/normalizer.h"

#include <string>

#include <gtest/gtest.h>

namespace lantian::patterns {
namespace {

class NormalizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    VariantTable v;
    v.file = "variants.toml";
    v.entries.push_back({{"包受权", "包兽权"}, {}, {}, "包授权", 1});
    v.entries.push_back({{}, {"bsq"}, {}, "包授权", 2});
    v.entries.push_back({{}, {}, {"🛰", "🛰️"}, "卫星", 3});
    v.entries.push_back({{}, {}, {"🔴章"}, "公章", 4});
    v.entries.push_back({{"撤3"}, {}, {}, "撤三", 5});
    auto n = Normalizer::Create(v);
    ASSERT_TRUE(n.ok()) << n.status().message();
    norm_ = std::move(*n);
    auto b = Normalizer::Create({});
    ASSERT_TRUE(b.ok());
    plain_ = std::move(*b);
  }
  std::string N(std::string_view s) { return norm_->NormalizeToString(s); }
  std::string P(std::string_view s) { return plain_->NormalizeToString(s); }

  std::unique_ptr<Normalizer> norm_;
  std::unique_ptr<Normalizer> plain_;
};

TEST_F(NormalizerTest, Tactic1_RemovesSeparatorsBetweenCjk) {
  EXPECT_EQ(P("包 授 权"), "包授权");
  EXPECT_EQ(P("授·权"), "授权");
  EXPECT_EQ(P("包/授/权"), "包授权");
  EXPECT_EQ(P("专利｜代写"), "专利代写");
  EXPECT_EQ(P("挂-证"), "挂证");
  EXPECT_EQ(P("包，授。权！"), "包授权!");
  EXPECT_EQ(P("包 \t 授"), "包授");
}

TEST_F(NormalizerTest, Tactic1_KeepsSeparatorsBetweenLatinAndDigits) {
  EXPECT_EQ(P("2 0 0"), "2 0 0");
  EXPECT_EQ(P("abc   def"), "abc def");
  EXPECT_EQ(P("a/b"), "a/b");
  EXPECT_EQ(P("专利 200元"), "专利 200元");
  EXPECT_EQ(P("200 元"), "200 元");
}

TEST_F(NormalizerTest, Tactic2_StripsZeroWidthAndFormatCharacters) {
  EXPECT_EQ(P("包\u200b授\u200c权\u200d"), "包授权");
  EXPECT_EQ(P("包\u2060授\ufeff权"), "包授权");
  EXPECT_EQ(P("pa\u00adtent"), "patent");
  EXPECT_EQ(P("包\ufe0f授权"), "包授权");
  EXPECT_EQ(P("包\U000E0100授权"), "包授权");
}

TEST_F(NormalizerTest, Tactic3_PhraseVariantsReplaceOnlyTheWholePhrase) {
  EXPECT_EQ(N("专利包受权"), "专利包授权");
  EXPECT_EQ(N("包 兽 权"), "包授权");
  EXPECT_EQ(N("受权发布"), "受权发布");
  EXPECT_EQ(N("撤3"), "撤三");
}

TEST_F(NormalizerTest, Tactic4_TokenVariantsReplaceWholeAsciiTokens) {
  EXPECT_EQ(N("专利 bsq"), "专利包授权");
  EXPECT_EQ(N("BSQ专利"), "包授权专利");
  EXPECT_EQ(N("bsqx"), "bsqx");
  EXPECT_EQ(N("xbsq"), "xbsq");
  EXPECT_EQ(N("ＢＳＱ"), "包授权");
  EXPECT_EQ(N("Bao授Quan"), "bao授quan");
}

TEST_F(NormalizerTest, Tactic5_EmojiAreSeparatorsOrMappedWords) {
  EXPECT_EQ(P("包✅授权"), "包授权");
  EXPECT_EQ(P("专利💰代写"), "专利代写");
  EXPECT_EQ(N("加🛰️"), "加卫星");
  EXPECT_EQ(N("🔴章"), "公章");
  EXPECT_EQ(N("刻🔴章"), "刻公章");
}

TEST_F(NormalizerTest, Tactic6_TraditionalToSimplified) {
  EXPECT_EQ(P("專利 包授權 掛證 實用新型 財務章 證件"), "专利包授权挂证实用新型财务章证件");
}

TEST_F(NormalizerTest, Tactic7_NfkcFullWidthAndCompatibilityForms) {
  EXPECT_EQ(P("ＶＸ：ｚｌ８８６"), "vx:zl886");
  EXPECT_EQ(P("ＢＡＯ"), "bao");
  EXPECT_EQ(P("①②③⓪"), "1230");
  EXPECT_EQ(P("Ⅴ Ⅹ"), "v x");
  EXPECT_EQ(P("ＱＱ"), "qq");
}

TEST_F(NormalizerTest, Tactic9_VerticalText) {
  EXPECT_EQ(P("包\n授\n权"), "包授权");
  EXPECT_EQ(P("包\r\n授\r\n权"), "包授权");
}

TEST_F(NormalizerTest, CaseFolds) { EXPECT_EQ(P("VX WeChat"), "vx wechat"); }

TEST_F(NormalizerTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(P("a\xff" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(P("\xE5\x8C"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  // Between CJK characters it is a separator like any other symbol.
  EXPECT_EQ(P("包\xff授权"), "包授权");
  // Overlong encodings and surrogates are invalid.
  EXPECT_EQ(P("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(P("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_F(NormalizerTest, NulIsASeparator) {
  EXPECT_EQ(P(std::string("包\0授权", 10)), "包授权");
  EXPECT_EQ(P(std::string("a\0b", 3)), "a b");
}

TEST_F(NormalizerTest, EmptyInput) {
  NormalizedText t;
  ASSERT_TRUE(plain_->Normalize("", &t).ok());
  EXPECT_EQ(t.text(), "");
}

TEST_F(NormalizerTest, OffsetsPointIntoTheOriginal) {
  const std::string original = "ＡＢ 專利 包 受 权!";
  NormalizedText t;
  ASSERT_TRUE(norm_->Normalize(original, &t).ok());
  ASSERT_EQ(t.text(), "ab 专利包授权!");
  // "ab" ← "ＡＢ" (3 bytes each).
  EXPECT_EQ(t.ToOriginal(0, 2), std::make_pair(size_t{0}, size_t{6}));
  EXPECT_EQ(t.ToOriginal(1, 2), std::make_pair(size_t{3}, size_t{6}));
  // "专利" ← "專利".
  const size_t zl = t.text().find("专利");
  auto [s, e] = t.ToOriginal(zl, zl + 6);
  EXPECT_EQ(original.substr(s, e - s), "專利");
  // "包授权" ← "包 受 权" (a replaced phrase maps to the whole original span).
  const size_t bsq = t.text().find("包授权");
  std::tie(s, e) = t.ToOriginal(bsq, bsq + 9);
  EXPECT_EQ(original.substr(s, e - s), "包 受 权");
  // The gap left by a removed separator is visible.
  EXPECT_TRUE(t.GapBefore(bsq));
}

TEST_F(NormalizerTest, OffsetsOfZeroWidthAndCollapsedSpaces) {
  const std::string original = "x\u200b包授权  \n y";
  NormalizedText t;
  ASSERT_TRUE(plain_->Normalize(original, &t).ok());
  ASSERT_EQ(t.text(), "x包授权 y");
  auto [s, e] = t.ToOriginal(1, 10);
  EXPECT_EQ(original.substr(s, e - s), "包授权");
  std::tie(s, e) = t.ToOriginal(10, 11);
  EXPECT_EQ(original.substr(s, e - s), "  \n ");
  EXPECT_TRUE(t.GapBefore(1));
  EXPECT_FALSE(t.GapBefore(4));
}

TEST_F(NormalizerTest, VariantThatNormalizesToNothingIsAnError) {
  VariantTable v;
  v.file = "variants.toml";
  v.entries.push_back({{"\u200b"}, {}, {}, "包授权", 7});
  auto n = Normalizer::Create(v);
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.status().message(), "variants.toml:7: variant \"\u200b\" is empty after normalization");
  VariantTable t;
  t.file = "variants.toml";
  t.entries.push_back({{}, {"包"}, {}, "包授权", 9});
  n = Normalizer::Create(t);
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.status().message(), "variants.toml:9: token \"包\" is not [a-z0-9]+ after normalization");
}

TEST_F(NormalizerTest, LongInputIsLinear) {
  std::string big;
  for (int i = 0; i < 200000; ++i) big += "包 授\u200b權ＡＢ ";  // ~5 MB
  NormalizedText t;
  ASSERT_TRUE(norm_->Normalize(big, &t).ok());
  EXPECT_EQ(t.OriginalEnd(t.text().size()), big.size());
}

}  // namespace
}  // namespace lantian::patterns
