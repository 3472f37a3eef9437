#include "crawler/sweep_analyzer.h"
#include "model/detector.h"

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
  const model::Detector detector(**rules);
  const extractors::ProfileSet profiles;
  PageInput page;
  page.url = "https://shop.example.com/item/1";
  page.body = kPage;
  page.content_type = "text/html; charset=utf-8";

  const ExtractingAnalyzer all(detector, profiles);
  auto everything = all.Analyze(page);
  ASSERT_TRUE(everything.ok()) << everything.status().message();
  EXPECT_EQ(Categories(*everything), (std::set<std::string>{"forged_seal", "guaranteed_grant"}));

  const ExtractingAnalyzer seals(detector, profiles, {}, {patterns::Category::kForgedSeal});
  auto only = seals.Analyze(page);
  ASSERT_TRUE(only.ok()) << only.status().message();
  EXPECT_EQ(Categories(*only), (std::set<std::string>{"forged_seal"}));
  EXPECT_EQ(only->items.size(), everything->items.size());  // items are kept, hits filtered
}

// A thread page without a profile: every post is its own item, told apart
// by its anchor (canonicalization keeps it) or, without one, by its floor.
TEST(ExtractingAnalyzerTest, PostsOfAThreadKeepTheirAnchorsAndFloors) {
  auto rules = patterns::RuleSet::LoadDir(LANTIAN_SOURCE_CONFIG_DIR "/patterns");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const model::Detector detector(**rules);
  const extractors::ProfileSet profiles;
  std::string html = "<html><head><meta charset=utf-8><title>求助帖</title></head><body><div class=posts>";
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=post" + std::string(i <= 2 ? " id=pid" + n : "") + "><div class=author><a href=\"/u/" + n +
            "\">用户" + n + "</a></div><div class=content>第" + n +
            "楼 这是一段足够长的回复内容，讨论实用新型专利申请的流程和需要准备的材料。</div></div>";
  }
  html += "</div></body></html>";
  PageInput page;
  page.url = "https://bbs.example.com/t/77?utm_source=x";
  page.body = html;
  page.content_type = "text/html; charset=utf-8";
  const ExtractingAnalyzer analyzer(detector, profiles);
  auto a = analyzer.Analyze(page);
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_EQ(a->items.size(), 4u);
  EXPECT_EQ(a->items[0].first.kind, "post");
  EXPECT_EQ(a->items[0].first.url, "https://bbs.example.com/t/77#pid1");
  EXPECT_EQ(a->items[1].first.url, "https://bbs.example.com/t/77#pid2");
  EXPECT_EQ(a->items[2].first.url, "https://bbs.example.com/t/77");
  EXPECT_EQ(a->items[2].first.floor, 3);
  EXPECT_EQ(a->items[3].first.floor, 4);
}

}  // namespace
}  // namespace lantian::crawler
