#include "patterns/registry.h"

#include <gtest/gtest.h>

namespace lantian::patterns {
namespace {

class RegistryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto n = Normalizer::Create({});
    ASSERT_TRUE(n.ok());
    norm_ = std::move(*n);
    auto r = Registry::Parse(
        "name,code,region\n"
        "北京华知专利代理事务所（普通合伙）,11562,北京\n"
        "\"上海明德专利代理事务所（特殊普通合伙）\",31307,\"上海\"\n"
        "杭州明创专利代理有限公司,33291,浙江\n",
        "agencies.csv", *norm_);
    ASSERT_TRUE(r.ok()) << r.status().message();
    reg_ = std::move(*r);
  }
  std::vector<FirmMention> Firms(std::string_view text) {
    EXPECT_TRUE(norm_->Normalize(text, &doc_).ok());
    return reg_.Classify(doc_);
  }

  std::unique_ptr<Normalizer> norm_;
  Registry reg_;
  NormalizedText doc_;
};

TEST_F(RegistryTest, LoadsNamesWithAndWithoutQuotes) { EXPECT_EQ(reg_.size(), 3u); }

TEST_F(RegistryTest, ListedFirmWithOrWithoutPartnershipFormIsLicensed) {
  auto f = Firms("我们是北京华知专利代理事务所（普通合伙），承接专利申请");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].licensed);
  EXPECT_EQ(f[0].name, "北京华知专利代理事务所普通合伙");
  f = Firms("找北京华知专利代理事务所");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].licensed);
  EXPECT_EQ(f[0].name, "北京华知专利代理事务所");
}

TEST_F(RegistryTest, TraditionalAndFullWidthNamesMatch) {
  auto f = Firms("上海明德專利代理事務所（特殊普通合夥）");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].licensed);
}

TEST_F(RegistryTest, NameDifferingByAWordIsAnotherFirm) {
  auto f = Firms("由杭州明创新专利代理有限公司代理");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].licensed);
  EXPECT_EQ(f[0].name, "杭州明创新专利代理有限公司");
}

TEST_F(RegistryTest, UnlistedStudioIsFoundWithItsOriginalSpan) {
  const std::string text = "专利代写，找 华创 工作室！";
  auto f = Firms(text);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].licensed);
  EXPECT_EQ(f[0].name, "华创工作室");
  EXPECT_EQ(text.substr(f[0].start, f[0].end - f[0].start), "华创 工作室");
}

TEST_F(RegistryTest, BareSuffixIsNotAFirm) {
  EXPECT_TRUE(Firms("本工作室承接专利").empty());
  EXPECT_TRUE(Firms("我们工作室").empty());
}

TEST_F(RegistryTest, BadCsvGivesLineErrors) {
  auto r = Registry::Parse("name,code\n", "a.csv", *norm_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "a.csv:1: expected header \"name,code,region\"");
  r = Registry::Parse("name,code,region\nx,1\n", "a.csv", *norm_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "a.csv:2: expected 3 fields (name,code,region), got 2");
  r = Registry::Parse("name,code,region\n\"x,1,2\n", "a.csv", *norm_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "a.csv:2: unterminated quoted field");
  r = Registry::Parse("", "a.csv", *norm_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "a.csv:1: empty registry (no header)");
  auto missing = Registry::Load("/nonexistent/agencies.csv", *norm_);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "/nonexistent/agencies.csv: cannot read registry");
}

TEST_F(RegistryTest, LoadsTheShippedRegistry) {
  auto r = Registry::Load(std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/registry/agencies.csv", *norm_);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_GT(r->size(), 10u);
}

}  // namespace
}  // namespace lantian::patterns
