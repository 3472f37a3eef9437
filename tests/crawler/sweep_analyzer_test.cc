#include "crawler/sweep_analyzer.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "extractors/site_profile.h"
#include "patterns/rule_set.h"

namespace lantian::crawler {
namespace {

constexpr const char* kPage = R"(<!DOCTYPE html><html><head><meta charset="utf-8"><title>杂货铺</title></head>
<body><p>实用新型专利代写 包授权 不授权全额退款</p>
<p>公章 财务章 刻制 无需任何证件 顺丰包邮</p></body></html>)";

std::set<std::string> Categories(const PageAnalysis& a) {
  std::set<std::string> out;
  for (const auto& [item, hits] : a.items) {
    for (const auto& h : hits) out.insert(h.category);
  }
  return out;
}

TEST(ExtractingAnalyzerTest, KeepsOnlyTheRequestedCategories) {
  auto rules = patterns::RuleSet::LoadDir(LANTIAN_SOURCE_CONFIG_DIR "/patterns");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const extractors::ProfileSet profiles;
  PageInput page;
  page.url = "https://shop.example.com/item/1";
  page.body = kPage;
  page.content_type = "text/html; charset=utf-8";

  const ExtractingAnalyzer all(**rules, profiles);
  auto everything = all.Analyze(page);
  ASSERT_TRUE(everything.ok()) << everything.status().message();
  EXPECT_EQ(Categories(*everything), (std::set<std::string>{"forged_seal", "guaranteed_grant"}));

  const ExtractingAnalyzer seals(**rules, profiles, {}, {patterns::Category::kForgedSeal});
  auto only = seals.Analyze(page);
  ASSERT_TRUE(only.ok()) << only.status().message();
  EXPECT_EQ(Categories(*only), (std::set<std::string>{"forged_seal"}));
  EXPECT_EQ(only->items.size(), everything->items.size());  // items are kept, hits filtered
}

}  // namespace
}  // namespace lantian::crawler
