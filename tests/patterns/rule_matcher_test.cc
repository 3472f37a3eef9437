#include "patterns/internal/rule_matcher.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "patterns/internal/rule_parser.h"
#include "tests/patterns/test_util.h"

namespace lantian::patterns::internal {
namespace {

using patterns::testing::kGoodRule;
using patterns::testing::TempRules;

// One rule (kGoodRule plus `extra` keys), compiled, with a normalizer
// without variants and an empty registry.
class RuleMatcherTest : public ::testing::Test {
 protected:
  void Load(const std::string& extra) {
    auto n = Normalizer::Create(VariantTable{});
    ASSERT_TRUE(n.ok()) << n.status().message();
    normalizer_ = std::move(*n);
    Result<ParsedRules> r = ParseRuleFiles({dir_.Write("a.toml", std::string(kGoodRule) + extra)});
    ASSERT_TRUE(r.ok()) << r.status().message();
    parsed_ = std::move(*r);
  }
  std::vector<Hit> Run(std::string_view original) {
    NormalizedText doc;
    EXPECT_TRUE(normalizer_->Normalize(original, &doc).ok());
    TermCache cache(parsed_.terms.regexes.size(), -1);
    std::optional<std::vector<FirmMention>> firms;
    std::vector<Hit> hits;
    EvaluateRule(parsed_.rules[0], parsed_.infos[0], registry_, doc, original, &cache, &firms, &hits);
    return hits;
  }

  TempRules dir_;
  std::unique_ptr<Normalizer> normalizer_;
  ParsedRules parsed_;
  Registry registry_;
};

TEST_F(RuleMatcherTest, HitSpansAreOriginalBytes) {
  Load("");
  const std::string text = "代写 包 授 權，不过退款";
  std::vector<Hit> hits = Run(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].rule, "guaranteed_grant.bao");
  EXPECT_EQ(hits[0].category, Category::kGuaranteedGrant);
  EXPECT_EQ(hits[0].match, "包 授 權");
  EXPECT_EQ(text.substr(hits[0].start, hits[0].end - hits[0].start), "包 授 權");
  EXPECT_EQ(hits[0].snippet, text);
}

TEST_F(RuleMatcherTest, NearWindowCountsCodePointsAroundTheMatch) {
  Load("near = { any = [\"专利\"], within = 3 }\n");
  // The window is 3 code points each side of 包授权; 专利 must lie inside it.
  EXPECT_EQ(Run("专利一包授权").size(), 1u);
  EXPECT_EQ(Run("包授权一专利").size(), 1u);
  EXPECT_EQ(Run("专利一二包授权").size(), 0u);
  EXPECT_EQ(Run("包授权一二专利").size(), 0u);
  EXPECT_EQ(Run("包授权").size(), 0u);
}

TEST_F(RuleMatcherTest, UnlessVetoesAnywhereOrWithinItsWindow) {
  Load("unless = [\"打击\"]\n");
  EXPECT_EQ(Run("包授权").size(), 1u);
  EXPECT_EQ(Run("包授权……很长的一段话……打击").size(), 0u);
  Load("unless = [\"打击\"]\nunless_within = 2\n");
  EXPECT_EQ(Run("包授权很长的一段话打击").size(), 1u);
  EXPECT_EQ(Run("打击包授权").size(), 0u);
}

TEST_F(RuleMatcherTest, EveryNearAllWindowMustHold) {
  Load("near_all = [{ any = [\"专利\"] }, { any = [\"退款\"], within = 4 }]\n");
  EXPECT_EQ(Run("专利代理，包授权不过退款").size(), 1u);
  EXPECT_EQ(Run("包授权不过退款").size(), 0u);
  EXPECT_EQ(Run("专利代理，包授权。如果最后没有通过就全部退款").size(), 0u);
}

TEST_F(RuleMatcherTest, WindowHoldsMemoizesDocumentWideTerms) {
  Load("near = { any = [\"专利\"] }\n");
  const Window& w = parsed_.rules[0].required[0];
  TermCache cache(parsed_.terms.regexes.size(), -1);
  EXPECT_TRUE(WindowHolds(w, "专利 包授权", 7, 16, &cache));
  EXPECT_EQ(cache[w.term_id], 1);
  // The cached answer stands for the rest of the document.
  EXPECT_TRUE(WindowHolds(w, "包授权", 0, 9, &cache));
}

}  // namespace
}  // namespace lantian::patterns::internal
