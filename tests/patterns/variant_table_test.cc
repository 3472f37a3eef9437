#include "patterns/variant_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/patterns/test_util.h"

namespace lantian::patterns {
namespace {

using testing::TempRules;

std::string LoadError(const std::string& path) {
  Result<VariantTable> r = LoadVariantTable(path);
  return r.ok() ? "(loaded)" : r.status().message();
}

TEST(VariantTableTest, ReadsAllThreeKinds) {
  TempRules t;
  const std::string path = t.Write("variants.toml",
                                   "[[variant]]\nfrom = [\"包受权\", \"苞授权\"]\nto = \"包授权\"\n\n"
                                   "[[variant]]\ntoken = [\"bsq\"]\nto = \"包授权\"\n\n"
                                   "[[variant]]\nsymbol = [\"🐧\"]\nto = \"qq\"\n");
  Result<VariantTable> r = LoadVariantTable(path);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->file, path);
  ASSERT_EQ(r->entries.size(), 3u);
  EXPECT_EQ(r->entries[0].from, (std::vector<std::string>{"包受权", "苞授权"}));
  EXPECT_EQ(r->entries[0].to, "包授权");
  EXPECT_EQ(r->entries[0].line, 1);
  EXPECT_EQ(r->entries[1].token, (std::vector<std::string>{"bsq"}));
  EXPECT_EQ(r->entries[1].line, 5);
  EXPECT_EQ(r->entries[2].symbol, (std::vector<std::string>{"🐧"}));
  EXPECT_EQ(r->entries[2].to, "qq");
}

TEST(VariantTableTest, ErrorsNameFileAndLine) {
  TempRules t;
  const std::string path = t.Path("variants.toml");
  t.Write("variants.toml", "[[variant]]\nto = \"x\"\n");
  EXPECT_EQ(LoadError(path), path + ":1: variant: needs \"from\", \"token\" or \"symbol\"");
  t.Write("variants.toml", "[[variant]]\nfrom = [\"a\"]\nto = 3\n");
  EXPECT_EQ(LoadError(path), path + ":3: variant: \"to\" must be a string");
  t.Write("variants.toml", "[[variant]]\nfrom = \"a\"\nto = \"b\"\n");
  EXPECT_EQ(LoadError(path), path + ":2: variant: \"from\" must be an array of strings");
  t.Write("variants.toml", "variant = 1\n");
  EXPECT_EQ(LoadError(path), path + ":1: \"variant\" must be an array of tables ([[variant]])");
  t.Write("variants.toml", "[other]\n");
  EXPECT_EQ(LoadError(path), path + ":1: unknown key \"other\"");
  t.Write("variants.toml", "[[variant]\n");
  EXPECT_EQ(LoadError(path), path + ":1:11: Error while parsing table header: expected ']', saw '\\n'");
}

TEST(VariantTableTest, MissingFileIsAnIoError) {
  Result<VariantTable> r = LoadVariantTable("/nonexistent/variants.toml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kIoError);
  EXPECT_EQ(r.status().message(), "/nonexistent/variants.toml: cannot read file");
}

}  // namespace
}  // namespace lantian::patterns
