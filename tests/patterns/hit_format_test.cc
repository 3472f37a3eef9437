#include "patterns/hit_format.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lantian::patterns {
namespace {

TEST(MakeSnippetTest, KeepsThirtyCodePointsEachSideAndFlattensControls) {
  std::string before;
  for (int i = 0; i < 40; ++i) before += "前";
  std::string after;
  for (int i = 0; i < 40; ++i) after += "后";
  const std::string text = before + "包\n授权" + "\t" + after;
  const size_t start = before.size();
  const size_t end = start + std::string("包\n授权").size();
  std::string want;
  for (int i = 0; i < 30; ++i) want += "前";
  want += "包 授权 ";
  for (int i = 0; i < 29; ++i) want += "后";
  EXPECT_EQ(MakeSnippet(text, start, end), want);
}

TEST(MakeSnippetTest, StaysOnUtf8BoundariesOfInvalidInput) {
  const std::string text = "\xe5\x8c\x85\x80\x80\x80\x80x包授权";  // 包, four stray continuation bytes
  const size_t start = text.find("包授权");
  EXPECT_EQ(MakeSnippet(text, start, text.size()), text);
}

TEST(HitFormatTest, JsonLineAndTableRow) {
  Hit h;
  h.rule = "guaranteed_grant.bao";
  h.category = Category::kGuaranteedGrant;
  h.severity = Severity::kHigh;
  h.start = 3;
  h.end = 12;
  h.match = "包授权";
  h.snippet = "代写包授权";
  EXPECT_EQ(FormatDocumentJson("1", {h}),
            R"({"doc":"1","categories":["guaranteed_grant"],"hits":[{"category":"guaranteed_grant",)"
            R"("rule":"guaranteed_grant.bao","severity":"high","source":"rule","match":"包授权","start":3,"end":12,)"
            R"("snippet":"代写包授权"}]})");
  EXPECT_EQ(FormatDocumentTable("1", {h}),
            "1\tguaranteed_grant\tguaranteed_grant.bao\thigh\trule\t-\t3-12\t包授权\t代写包授权\n");
}

TEST(HitFormatTest, ModelHitShowsSourceAndRoundedScore) {
  Hit h;
  h.rule = "model.forged_seal";
  h.category = Category::kForgedSeal;
  h.severity = Severity::kMedium;
  h.source = HitSource::kModel;
  h.score = 0.87654;
  h.start = 0;
  h.end = 6;
  h.match = "刻章";
  h.snippet = "刻章";
  const std::string json = FormatDocumentJson("d", {h});
  EXPECT_NE(json.find(R"("source":"model")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("score":0.877)"), std::string::npos) << json;
  EXPECT_EQ(FormatDocumentTable("d", {h}), "d\tforged_seal\tmodel.forged_seal\tmedium\tmodel\t0.877\t0-6\t刻章\t刻章\n");
  EXPECT_EQ(FormatScore(0.5), "0.500");
  EXPECT_EQ(RoundedScore(0.12349), 0.123);
}

}  // namespace
}  // namespace lantian::patterns
