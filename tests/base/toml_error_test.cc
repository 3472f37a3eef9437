#include "base/toml_error.h"

#include <gtest/gtest.h>

namespace lantian::base {
namespace {

TEST(TomlErrorTest, ParseErrorNamesPathLineColumn) {
  try {
    (void)toml::parse(std::string_view("a = 1\nb = = 2\n"), std::string_view("cfg/x.toml"));
    FAIL() << "expected a parse error";
  } catch (const toml::parse_error& e) {
    Status s = TomlParseError("cfg/x.toml", e);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
    EXPECT_TRUE(s.message().starts_with("cfg/x.toml:2:")) << s.message();
    EXPECT_EQ(s.message().find('\n'), std::string::npos);
  }
}

TEST(TomlErrorTest, ValueErrorNamesKey) {
  toml::table t = toml::parse(std::string_view("[selector]\nprice = 3\n"), std::string_view("sites/a.toml"));
  const toml::node* price = t["selector"]["price"].node();
  ASSERT_NE(price, nullptr);
  Status s = TomlValueError("sites/a.toml", *price, "selector.price", "expected a string");
  EXPECT_EQ(s.message(), "sites/a.toml:2:9: selector.price: expected a string");
}

TEST(TomlErrorTest, UnreadableFileIsIoError) {
  try {
    (void)toml::parse_file("/nonexistent/lantian.toml");
    FAIL() << "expected a parse error";
  } catch (const toml::parse_error& e) {
    Status s = TomlParseError("/nonexistent/lantian.toml", e);
    EXPECT_EQ(s.code(), Status::Code::kIoError);
    EXPECT_TRUE(s.message().starts_with("/nonexistent/lantian.toml: cannot read: ")) << s.message();
  }
}

}  // namespace
}  // namespace lantian::base
