#include "patterns/rule_set.h"
#include "patterns/internal/set_prefilter.h"
#include "tests/patterns/test_util.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace lantian::patterns {
namespace {

namespace fs = std::filesystem;

using testing::kGoodRule;
using testing::TempRules;

std::string LoadError(TempRules& t) {
  auto r = RuleSet::LoadDir(t.dir());
  if (r.ok()) return "(loaded)";
  return r.status().message();
}

TEST(RuleSetLoadTest, LoadsAValidRuleWithDefaultLegalBasis) {
  TempRules t;
  t.Write("a.toml", kGoodRule);
  auto r = RuleSet::LoadDir(t.dir());
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ((*r)->rules().size(), 1u);
  const RuleInfo& rule = (*r)->rules()[0];
  EXPECT_EQ(rule.id, "guaranteed_grant.bao");
  EXPECT_EQ(rule.line, 1);
  EXPECT_EQ(rule.legal_basis, DefaultLegalBasis(Category::kGuaranteedGrant));
  EXPECT_EQ(rule.examples[0].line, 7);
}

TEST(RuleSetLoadTest, NotToml) {
  TempRules t;
  t.Write("a.toml", "[[rule]]\nid = \"x\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":2:8: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited");
}

TEST(RuleSetLoadTest, UnknownKey) {
  TempRules t;
  t.Write("a.toml", std::string(kGoodRule) + "colour = \"red\"\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":8: rule: unknown key \"colour\"");
  t.Write("a.toml", "title = 1\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":1: unknown key \"title\"");
}

TEST(RuleSetLoadTest, MissingField) {
  TempRules t;
  t.Write("a.toml", "\n[[rule]]\nid = \"a.b\"\ncategory = \"forged_seal\"\nseverity = \"low\"\ndescription = \"d\"\n"
                    "examples = [\"x\"]\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":2: rule a.b: missing field \"pattern\"");
  t.Write("a.toml", "[[rule]]\ncategory = \"forged_seal\"\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":1: rule: missing field \"id\"");
}

TEST(RuleSetLoadTest, WrongType) {
  TempRules t;
  std::string rule = kGoodRule;
  rule.replace(rule.find("severity = \"high\""), 17, "severity = 3");
  t.Write("a.toml", rule);
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":4: rule guaranteed_grant.bao: \"severity\" must be a string");
  t.Write("a.toml", std::string(kGoodRule) + "unless = \"打击\"\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":8: rule guaranteed_grant.bao: \"unless\" must be an array of strings");
}

TEST(RuleSetLoadTest, UnknownCategory) {
  TempRules t;
  std::string rule = kGoodRule;
  rule.replace(rule.find("category = \"guaranteed_grant\""), 29, "category = \"spam\"");
  t.Write("a.toml", rule);
  EXPECT_EQ(LoadError(t), t.Path("a.toml") +
                              ":3: rule guaranteed_grant.bao: unknown category \"spam\" (expected unlicensed_agency, "
                              "guaranteed_grant, forged_seal, abnormal_application, trademark_squatting or "
                              "certificate_renting)");
}

TEST(RuleSetLoadTest, BadSeverity) {
  TempRules t;
  std::string rule = kGoodRule;
  rule.replace(rule.find("severity = \"high\""), 17, "severity = \"urgent\"");
  t.Write("a.toml", rule);
  EXPECT_EQ(LoadError(t),
            t.Path("a.toml") + ":4: rule guaranteed_grant.bao: bad severity \"urgent\" (expected low, medium or high)");
}

TEST(RuleSetLoadTest, DuplicateIdNamesTheFirstDefinition) {
  TempRules t;
  t.Write("a.toml", kGoodRule);
  t.Write("b.toml", std::string("\n\n") + kGoodRule);
  EXPECT_EQ(LoadError(t), t.Path("b.toml") + ":3: duplicate rule id \"guaranteed_grant.bao\" (first defined at " +
                              t.Path("a.toml") + ":1)");
}

TEST(RuleSetLoadTest, RegexRe2Rejects) {
  TempRules t;
  std::string rule = kGoodRule;
  rule.replace(rule.find("'包授权'"), 11, "'包(授权'");
  t.Write("a.toml", rule);
  EXPECT_EQ(LoadError(t), t.Path("a.toml") +
                              ":6: rule guaranteed_grant.bao: invalid pattern: missing ): 包(授权");
  rule = kGoodRule;
  rule.replace(rule.find("'包授权'"), 11, "'(?=包)'");
  t.Write("a.toml", rule);
  EXPECT_EQ(LoadError(t), t.Path("a.toml") +
                              ":6: rule guaranteed_grant.bao: invalid pattern: invalid perl operator: (?=");
}

TEST(RuleSetLoadTest, PatternMatchingTheEmptyString) {
  TempRules t;
  for (const char* p : {"'包*'", "'(?:)'", "'包授权|'", "'^'", "'x?'"}) {
    std::string rule = kGoodRule;
    rule.replace(rule.find("'包授权'"), 11, p);
    t.Write("a.toml", rule);
    EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":6: rule guaranteed_grant.bao: pattern matches the empty string")
        << p;
  }
}

TEST(RuleSetLoadTest, UnknownSet) {
  TempRules t;
  t.Write("a.toml", std::string(kGoodRule) + "near = { any = [\"@nothing\"], within = 5 }\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":8: rule guaranteed_grant.bao: near: unknown set \"@nothing\"");
}

TEST(RuleSetLoadTest, SetsAreSharedAcrossFiles) {
  TempRules t;
  t.Write("0sets.toml", "[sets]\npatent = [\"专利\"]\n");
  t.Write("a.toml", std::string(kGoodRule) + "near = { any = [\"@patent\"], within = 5 }\n");
  EXPECT_EQ(LoadError(t), "(loaded)");
}

TEST(RuleSetLoadTest, NegativeWithin) {
  TempRules t;
  t.Write("a.toml", std::string(kGoodRule) + "near = { any = [\"专利\"], within = -1 }\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":8: rule guaranteed_grant.bao: near.within must be >= 0");
  t.Write("a.toml", std::string(kGoodRule) + "unless = [\"打击\"]\nunless_within = -3\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":9: rule guaranteed_grant.bao: unless_within must be >= 0");
}

TEST(RuleSetLoadTest, BadTermRegex) {
  TempRules t;
  t.Write("a.toml", std::string(kGoodRule) + "unless = [\"打(击\"]\n");
  EXPECT_EQ(LoadError(t), t.Path("a.toml") +
                              ":8: rule guaranteed_grant.bao: unless: invalid regex \"打(击\": missing ): 打(击");
}

TEST(RuleSetLoadTest, BadIdAndNoExamples) {
  TempRules t;
  std::string rule = kGoodRule;
  rule.replace(rule.find("\"guaranteed_grant.bao\""), 22, "\"Bad-Id\"");
  t.Write("a.toml", rule);
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":2: rule: bad id \"Bad-Id\" (expected [a-z0-9_]+(.[a-z0-9_]+)*)");
  // A TOML escape in the id (found by rules_fuzz) stays one line in the error.
  rule = kGoodRule;
  rule.replace(rule.find("\"guaranteed_grant.bao\""), 22, "\"guar\\nteed\\u0001\"");
  t.Write("a.toml", rule);
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":2: rule: bad id \"guar\\nteed\\x01\" (expected [a-z0-9_]+(.[a-z0-9_]+)*)");
  rule = kGoodRule;
  rule.replace(rule.find("examples = [\"包授权\"]"), 24, "examples = []");
  t.Write("a.toml", rule);
  EXPECT_EQ(LoadError(t), t.Path("a.toml") + ":7: rule guaranteed_grant.bao: \"examples\" needs at least one entry");
}

TEST(RuleSetLoadTest, VariantErrors) {
  TempRules t;
  t.Write("a.toml", kGoodRule);
  t.Write("variants.toml", "[[variant]]\nfrom = [\"包受权\"]\n");
  EXPECT_EQ(LoadError(t), t.Path("variants.toml") + ":1: variant: missing field \"to\"");
  t.Write("variants.toml", "[[variant]]\nto = \"x\"\nfrm = [\"y\"]\n");
  EXPECT_EQ(LoadError(t), t.Path("variants.toml") + ":3: variant: unknown key \"frm\"");
}

TEST(RuleSetLoadTest, UnreadableDirectory) {
  auto r = RuleSet::LoadDir("/nonexistent/patterns");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "/nonexistent/patterns: cannot read rule directory: No such file or directory");
}

TEST(RuleSetLoadTest, FirmRuleNeedsTheRegistry) {
  TempRules t;
  t.Write("a.toml", std::string(kGoodRule) + "firm = \"unlisted\"\n");
  const std::string expected = (fs::path(t.dir()) / ".." / "registry" / "agencies.csv").lexically_normal().string();
  EXPECT_EQ(LoadError(t), expected + ": cannot read registry");
}

// A licensed agency's own listing (only registry firms named) is not an
// unlicensed offer; an unlisted firm beside it, or another category, stays.
TEST(RuleSetScanTest, LicensedAgencyListingIsNotUnlicensed) {
  TempRules t;
  t.Write("a.toml", R"([[rule]]
id = "unlicensed_agency.daiban"
category = "unlicensed_agency"
severity = "medium"
description = "专利代办"
pattern = '专利代办'
examples = ["专利代办 价格优惠"]

[[rule]]
id = "guaranteed_grant.bao"
category = "guaranteed_grant"
severity = "high"
description = "包授权"
pattern = '包授权'
examples = ["包授权"]
)");
  LoadOptions options;
  options.registry_path = t.Write("agencies.csv.txt", "name,code,region\n北京恒信达专利代理有限公司,11728,北京\n");
  auto r = RuleSet::LoadDir(t.dir(), options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const auto categories = [&](std::string_view text) {
    auto hits = (*r)->Scan(text);
    EXPECT_TRUE(hits.ok());
    std::string out;
    for (Category c : DistinctCategories(*hits)) out += std::string(CategoryId(c)) + " ";
    return out;
  };
  EXPECT_EQ(categories("北京恒信达专利代理有限公司 专利代办 正规资质"), "");
  EXPECT_EQ(categories("专利代办 找我们 价格优惠"), "unlicensed_agency ");
  EXPECT_EQ(categories("北京恒信达专利代理有限公司 专利代办 包授权"), "guaranteed_grant ");
  EXPECT_EQ(categories("北京恒信达专利代理有限公司 合作 某某知识产权代理有限公司 专利代办"), "unlicensed_agency ");
}

TEST(RuleSetLoadTest, TestRulesLoad) {
  auto r = RuleSet::LoadDir(std::string(LANTIAN_TEST_DATA_DIR) + "/rules");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ((*r)->rules().size(), 5u);
  EXPECT_EQ((*r)->registry().size(), 3u);
}

}  // namespace
}  // namespace lantian::patterns

namespace lantian::patterns::internal {
namespace {

TEST(SetPrefilterPatternTest, WidensBoundedGapsOfWideAtomsOnly) {
  // A gap outside groups ends its top-level alternative in the prefilter.
  EXPECT_EQ(SetPrefilterPattern("驳回.{0,8}全退"), "驳回");
  EXPECT_EQ(SetPrefilterPattern("a.{2,5}?b|c[^。]{0,80}d|e"), "a|c|e");
  // Inside a group (or with nothing before it) the gap is widened instead.
  EXPECT_EQ(SetPrefilterPattern("(?:驳回|没过)(?:.{0,8})全退"), "(?:驳回|没过)(?:.*)全退");
  EXPECT_EQ(SetPrefilterPattern("x|\\p{Han}{1,6}的章"), "x|\\p{Han}+的章");
  EXPECT_EQ(SetPrefilterPattern("([]x]{0,3}y)"), "([]x]*y)");
  EXPECT_EQ(SetPrefilterPattern("(a|b)c.{0,4}d"), "(a|b)c");
  // Exact counts, literals, escaped dots and groups are left alone.
  EXPECT_EQ(SetPrefilterPattern("a.{3}b"), "a.{3}b");
  EXPECT_EQ(SetPrefilterPattern("包{1,2}过"), "包{1,2}过");
  EXPECT_EQ(SetPrefilterPattern("1\\.{0,3}2"), "1\\.{0,3}2");
  EXPECT_EQ(SetPrefilterPattern("(?:单位的){2,}"), "(?:单位的){2,}");
  EXPECT_EQ(SetPrefilterPattern("x{"), "x{");
}

}  // namespace
}  // namespace lantian::patterns::internal
