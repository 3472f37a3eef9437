#include "patterns/internal/rule_toml.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/patterns/test_util.h"

namespace lantian::patterns::internal {
namespace {

using patterns::testing::TempRules;

TEST(RuleTomlTest, WhereIsFileColonLine) {
  EXPECT_EQ(Where("config/patterns/a.toml", 12), "config/patterns/a.toml:12: ");
  toml::table t = toml::parse(std::string_view("\n\nx = 1\n"), std::string_view("a.toml"));
  EXPECT_EQ(Where("a.toml", t.get("x")->source()), "a.toml:3: ");
}

TEST(RuleTomlTest, ParsesAFileOrNamesTheProblem) {
  TempRules dir;
  const std::string good = dir.Write("good.toml", "[sets]\nx = [\"专利\"]\n");
  Result<toml::table> t = ParseTomlFile(good);
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_NE(t->get("sets"), nullptr);

  const std::string bad = dir.Write("bad.toml", "x = \n");
  Result<toml::table> e = ParseTomlFile(bad);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(e.status().message(), bad + ":1:5: Error while parsing key-value pair: expected value, saw '\\n'");

  Result<toml::table> missing = ParseTomlFile(dir.Path("none.toml"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kIoError);
  EXPECT_EQ(missing.status().message(), dir.Path("none.toml") + ": cannot read file");
}

TEST(RuleTomlTest, StringArrayNamesTheOffendingElement) {
  toml::table t = toml::parse(std::string_view("a = [\"x\", \"y\"]\nb = [\"x\",\n  3]\nc = \"x\"\n"), std::string_view("f.toml"));
  Result<std::vector<std::string>> a = StringArray("f.toml", "set \"a\"", *t.get("a"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(*a, (std::vector<std::string>{"x", "y"}));
  Result<std::vector<std::string>> b = StringArray("f.toml", "set \"b\"", *t.get("b"));
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().message(), "f.toml:3: set \"b\" must be an array of strings");
  Result<std::vector<std::string>> c = StringArray("f.toml", "\"unless\"", *t.get("c"));
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(), "f.toml:4: \"unless\" must be an array of strings");
}

}  // namespace
}  // namespace lantian::patterns::internal
