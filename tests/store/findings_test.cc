#include "store/findings.h"

#include <gtest/gtest.h>

namespace lantian::store {
namespace {

HitRow Hit(int64_t id, int64_t item, const std::string& category, const std::string& severity,
           const std::string& match, const std::string& status = "new", const std::string& at = "2026-12-01T00:00:00Z") {
  HitRow h;
  h.id = id;
  h.item_id = item;
  h.category = category;
  h.severity = severity;
  h.match = match;
  h.snippet = "…" + match + "…";
  h.rule = category + ".r" + std::to_string(id);
  h.status = status;
  h.captured_at = at;
  h.item_title = "item " + std::to_string(item);
  return h;
}

TEST(FindingsTest, OneFindingPerItemWithTheBestEvidencePerCategory) {
  std::vector<HitRow> hits = {Hit(1, 7, "guaranteed_grant", "medium", "包过"),
                              Hit(2, 7, "guaranteed_grant", "high", "包授权"),
                              Hit(3, 9, "forged_seal", "high", "刻章"),
                              Hit(4, 7, "unlicensed_agency", "high", "代理"),
                              Hit(5, 7, "guaranteed_grant", "high", "不授权全额退款")};
  std::vector<Finding> f = GroupFindings(hits);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].item_id, 7);
  EXPECT_EQ(f[0].hit_ids, (std::vector<int64_t>{1, 2, 4, 5}));
  // Categories in the fixed order, whatever order the hits came in.
  EXPECT_EQ(f[0].categories, (std::vector<std::string>{"unlicensed_agency", "guaranteed_grant"}));
  ASSERT_EQ(f[0].evidence.size(), 2u);
  EXPECT_EQ(f[0].evidence[1].match, "不授权全额退款");  // high beats medium, then the longer match
  EXPECT_EQ(f[0].evidence[1].hit_id, 5);
  EXPECT_EQ(f[0].severity, "high");
  EXPECT_EQ(f[0].score, 10 * (3 + 3) + 4);
  EXPECT_EQ(f[1].score, 10 * 3 + 1);
  EXPECT_EQ(f[0].title, "item 7");
}

TEST(FindingsTest, StatusIsTheMostOpenOfItsHits) {
  EXPECT_EQ(GroupFindings({Hit(1, 1, "forged_seal", "high", "a", "dismissed"),
                           Hit(2, 1, "forged_seal", "high", "b", "confirmed")})[0].status,
            "confirmed");
  EXPECT_EQ(GroupFindings({Hit(1, 1, "forged_seal", "high", "a", "reported"),
                           Hit(2, 1, "forged_seal", "high", "b", "new")})[0].status,
            "new");
  EXPECT_EQ(GroupFindings({Hit(1, 1, "forged_seal", "high", "a", "dismissed")})[0].status, "dismissed");
}

TEST(FindingsTest, SortsByScoreTimeOrSeverity) {
  std::vector<HitRow> hits = {Hit(1, 1, "forged_seal", "low", "a", "new", "2026-12-03T00:00:00Z"),
                              Hit(2, 2, "forged_seal", "high", "b", "new", "2026-12-01T00:00:00Z"),
                              Hit(3, 2, "guaranteed_grant", "medium", "c", "new", "2026-12-01T00:00:00Z"),
                              Hit(4, 3, "guaranteed_grant", "high", "d", "new", "2026-12-02T00:00:00Z")};
  auto ids = [&](FindingOrder order) {
    std::vector<Finding> f = GroupFindings(hits);
    SortFindings(f, order);
    std::vector<int64_t> out;
    for (const Finding& x : f) out.push_back(x.item_id);
    return out;
  };
  EXPECT_EQ(ids(FindingOrder::kScore), (std::vector<int64_t>{2, 3, 1}));
  EXPECT_EQ(ids(FindingOrder::kTime), (std::vector<int64_t>{1, 3, 2}));
  EXPECT_EQ(ids(FindingOrder::kSeverity), (std::vector<int64_t>{2, 3, 1}));
  EXPECT_EQ(ParseFindingOrder("time"), FindingOrder::kTime);
  EXPECT_EQ(ParseFindingOrder("random"), std::nullopt);
}

// The model's hits: a rule's evidence beats the model's window in its
// category, the finding's likelihood is its highest model score, and
// --sort likelihood puts the likeliest first (unscored last).
TEST(FindingsTest, ModelEvidenceAndLikelihood) {
  HitRow window = Hit(1, 1, "forged_seal", "high", "一模一样的公章都能做");
  window.source = "model";
  window.score = 0.91;
  HitRow rule = Hit(2, 1, "forged_seal", "medium", "刻章");
  rule.score = 0.62;
  HitRow other = Hit(3, 2, "guaranteed_grant", "high", "包授权");
  other.score = 0.97;
  HitRow unscored = Hit(4, 3, "guaranteed_grant", "high", "包下证");
  std::vector<Finding> f = GroupFindings({window, rule, other, unscored});
  ASSERT_EQ(f.size(), 3u);
  ASSERT_EQ(f[0].evidence.size(), 1u);
  EXPECT_EQ(f[0].evidence[0].match, "刻章");  // the rule's, though the model's is high and longer
  EXPECT_EQ(f[0].evidence[0].source, "rule");
  EXPECT_EQ(f[0].likelihood, 0.91);
  EXPECT_EQ(f[2].likelihood, std::nullopt);
  EXPECT_EQ(GroupFindings({window})[0].evidence[0].source, "model");
  SortFindings(f, FindingOrder::kLikelihood);
  EXPECT_EQ(f[0].item_id, 2);
  EXPECT_EQ(f[1].item_id, 1);
  EXPECT_EQ(f[2].item_id, 3);
  EXPECT_EQ(ParseFindingOrder("likelihood"), FindingOrder::kLikelihood);
}

TEST(FindingsTest, NoHitsNoFindings) { EXPECT_TRUE(GroupFindings({}).empty()); }

}  // namespace
}  // namespace lantian::store
