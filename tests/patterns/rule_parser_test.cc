#include "patterns/internal/rule_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/patterns/test_util.h"

namespace lantian::patterns::internal {
namespace {

using patterns::testing::kGoodRule;
using patterns::testing::TempRules;

std::string ParseError(const std::vector<std::string>& paths) {
  Result<ParsedRules> r = ParseRuleFiles(paths);
  return r.ok() ? "(parsed)" : r.status().message();
}

TEST(RuleParserTest, CompilesPatternWindowsAndFirmMode) {
  TempRules t;
  const std::string path = t.Write("a.toml", std::string(kGoodRule) +
                                                 "near = { any = [\"专利\", \"@words\"], within = 12 }\n"
                                                 "near_all = [{ any = [\"退款\"] }, { any = [\"^加\"], within = 3 }]\n"
                                                 "unless = [\"打击\"]\nunless_within = 20\nfirm = \"unlisted\"\n"
                                                 "counter_examples = [\"打击包授权\"]\n"
                                                 "[sets]\nwords = [\"发明\"]\n");
  Result<ParsedRules> r = ParseRuleFiles({path});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->infos.size(), 1u);
  ASSERT_EQ(r->rules.size(), 1u);
  const RuleInfo& info = r->infos[0];
  EXPECT_EQ(info.id, "guaranteed_grant.bao");
  EXPECT_EQ(info.file, path);
  EXPECT_EQ(info.line, 1);
  EXPECT_EQ(info.pattern, "包授权");
  ASSERT_EQ(info.counter_examples.size(), 1u);
  EXPECT_EQ(info.counter_examples[0].line, 13);
  const CompiledRule& rule = r->rules[0];
  EXPECT_EQ(rule.re->pattern(), "包授权");
  ASSERT_EQ(rule.required.size(), 3u);
  EXPECT_EQ(rule.required[0].within, 12u);
  EXPECT_EQ(rule.required[0].re->pattern(), "(?:专利)|(?:发明)");
  EXPECT_EQ(rule.required[1].within, 0u);
  EXPECT_FALSE(rule.required[1].edge);
  EXPECT_TRUE(rule.required[2].edge);
  ASSERT_TRUE(rule.unless.has_value());
  EXPECT_EQ(rule.unless->within, 20u);
  EXPECT_EQ(rule.firm, FirmMode::kUnlisted);
  EXPECT_TRUE(r->needs_registry);
  EXPECT_EQ(r->terms.regexes.size(), 4u);
}

TEST(RuleParserTest, IdenticalTermListsShareOneRegex) {
  TempRules t;
  std::string second = kGoodRule;
  second.replace(second.find("guaranteed_grant.bao"), 20, "guaranteed_grant.two");
  const std::string path =
      t.Write("a.toml", std::string(kGoodRule) + "unless = [\"打击\"]\n\n" + second + "unless = [\"打击\"]\n");
  Result<ParsedRules> r = ParseRuleFiles({path});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->rules.size(), 2u);
  EXPECT_EQ(r->terms.regexes.size(), 1u);
  EXPECT_EQ(r->rules[0].unless->re, r->rules[1].unless->re);
  EXPECT_EQ(r->rules[0].unless->term_id, r->rules[1].unless->term_id);
  EXPECT_FALSE(r->needs_registry);
}

TEST(RuleParserTest, ErrorsNameFileAndLine) {
  TempRules t;
  const std::string path = t.Path("a.toml");
  t.Write("a.toml", std::string(kGoodRule) + "firm = \"maybe\"\n");
  EXPECT_EQ(ParseError({path}),
            path + ":8: rule guaranteed_grant.bao: bad firm \"maybe\" (expected \"unlisted\" or \"listed\")");
  t.Write("a.toml", std::string(kGoodRule) + "near = { any = [] }\n");
  EXPECT_EQ(ParseError({path}), path + ":8: rule guaranteed_grant.bao: near: needs at least one term");
  t.Write("a.toml", std::string(kGoodRule) + "near = { any = [\"x?\"] }\n");
  EXPECT_EQ(ParseError({path}),
            path + ":8: rule guaranteed_grant.bao: near: term \"x?\" matches the empty string");
  t.Write("a.toml", std::string(kGoodRule) + "near = { any = [\"x\"], span = 3 }\n");
  EXPECT_EQ(ParseError({path}), path + ":8: rule guaranteed_grant.bao: near: unknown key \"span\"");
  t.Write("a.toml", std::string(kGoodRule) + "near_all = 3\n");
  EXPECT_EQ(ParseError({path}),
            path + ":8: rule guaranteed_grant.bao: \"near_all\" must be an array of { any = [...], within = N }");
  t.Write("a.toml", "rule = 3\n");
  EXPECT_EQ(ParseError({path}), path + ":1: \"rule\" must be an array of tables ([[rule]])");
  t.Write("a.toml", "sets = 3\n");
  EXPECT_EQ(ParseError({path}), path + ":1: \"sets\" must be a table");
}

TEST(RuleParserTest, DuplicateSetNamesTheFirstDefinition) {
  TempRules t;
  const std::string a = t.Write("a.toml", "[sets]\nx = [\"专利\"]\n");
  const std::string b = t.Write("b.toml", "\n[sets]\nx = [\"商标\"]\n");
  EXPECT_EQ(ParseError({a, b}), b + ":3: duplicate set \"x\" (first defined at " + a + ":2)");
}

TEST(RuleParserTest, UnreadableFileIsAnIoError) {
  Result<ParsedRules> r = ParseRuleFiles({"/nonexistent/a.toml"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kIoError);
  EXPECT_EQ(r.status().message(), "/nonexistent/a.toml: cannot read file");
}

TEST(RuleParserTest, EdgeAssertions) {
  EXPECT_TRUE(HasEdgeAssertion("^加"));
  EXPECT_TRUE(HasEdgeAssertion("qq\\b"));
  EXPECT_TRUE(HasEdgeAssertion("\\Ax"));
  EXPECT_FALSE(HasEdgeAssertion("专利|商标"));
  EXPECT_FALSE(HasEdgeAssertion("\\\\b"));
}

}  // namespace
}  // namespace lantian::patterns::internal
