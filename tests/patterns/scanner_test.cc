#include <chrono>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "patterns/check.h"
#include "patterns/eval.h"
#include "patterns/hit_format.h"
#include "patterns/rule_set.h"

namespace lantian::patterns {
namespace {

class ScannerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = RuleSet::LoadDir(std::string(LANTIAN_TEST_DATA_DIR) + "/rules");
    ASSERT_TRUE(r.ok()) << r.status().message();
    rules_ = std::move(*r).release();
  }
  static void TearDownTestSuite() {
    delete rules_;
    rules_ = nullptr;
  }
  static std::vector<Hit> ScanOk(std::string_view text) {
    auto hits = rules_->Scan(text);
    EXPECT_TRUE(hits.ok()) << hits.status().message();
    return hits.ok() ? *hits : std::vector<Hit>{};
  }
  static std::vector<std::string> Rules(std::string_view text) {
    std::vector<std::string> ids;
    for (const Hit& h : ScanOk(text)) ids.push_back(h.rule);
    return ids;
  }
  static RuleSet* rules_;
};
RuleSet* ScannerTest::rules_ = nullptr;

const std::vector<std::string> kBao = {"guaranteed_grant.bao_shouquan"};
const std::vector<std::string> kNone = {};

TEST_F(ScannerTest, HitCarriesRuleCategorySeverityAndLegalBasis) {
  const std::string text = "实用新型代写 包授权 不过全额退款";
  auto hits = ScanOk(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].rule, "guaranteed_grant.bao_shouquan");
  EXPECT_EQ(hits[0].category, Category::kGuaranteedGrant);
  EXPECT_EQ(hits[0].severity, Severity::kHigh);
  EXPECT_EQ(hits[0].legal_basis, DefaultLegalBasis(Category::kGuaranteedGrant));
  EXPECT_EQ(hits[0].match, "包授权");
  EXPECT_EQ(text.substr(hits[0].start, hits[0].end - hits[0].start), "包授权");
  EXPECT_EQ(hits[0].snippet, text);
}

TEST_F(ScannerTest, EvasionFamiliesAllHitWithOriginalSpans) {
  struct Case {
    std::string text;
    std::string match;
  };
  const std::vector<Case> cases = {
      {"专利申请 包 授 权", "包 授 权"},                     // separators
      {"专利申请 包·授·权", "包·授·权"},
      {"专利申请 包/授/权", "包/授/权"},
      {"专利 包\n授\n权", "包\n授\n权"},                      // vertical
      {"专利 包\u200b授\u2060权", "包\u200b授\u2060权"},      // zero-width
      {"专利 包✅授权", "包✅授权"},                           // emoji separator
      {"專利申請 包授權", "包授權"},                          // traditional
      {"专利 包受权", "包受权"},                              // phrase variant
      {"外观专利 BSQ", "BSQ"},                                // token variant
      {"外观专利 ＢＳＱ", "ＢＳＱ"},                          // full-width token
  };
  for (const Case& c : cases) {
    auto hits = ScanOk(c.text);
    ASSERT_EQ(hits.size(), 1u) << c.text;
    EXPECT_EQ(hits[0].match, c.match) << c.text;
    EXPECT_EQ(c.text.substr(hits[0].start, hits[0].end - hits[0].start), c.match);
  }
}

TEST_F(ScannerTest, SymbolVariantAndFullWidthSpan) {
  const std::string text = "个人工作室 专利代写 🛰️ ｚｌ８８６";
  auto hits = ScanOk(text);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].rule, "unlicensed_agency.unlisted_firm");  // "个人工作室"
  EXPECT_EQ(hits[0].match, "个人工作室");
  EXPECT_EQ(hits[1].rule, "unlicensed_agency.wechat_symbol");
  EXPECT_EQ(hits[1].match, "🛰");  // the dropped U+FE0F after it is not part of the span
}

TEST_F(ScannerTest, NearWindowCountsCodePoints) {
  // The term must lie inside the 60 code points before the match or after it.
  EXPECT_EQ(Rules("专利" + std::string(58, 'x') + "包授权"), kBao);
  EXPECT_EQ(Rules("专利" + std::string(59, 'x') + "包授权"), kNone);
  EXPECT_EQ(Rules("包授权" + std::string(58, 'x') + "专利"), kBao);
  EXPECT_EQ(Rules("包授权" + std::string(59, 'x') + "专利"), kNone);
  EXPECT_EQ(Rules("软件包授权"), kNone);
}

TEST_F(ScannerTest, UnlessAnywhereInTheDocumentVetoes) {
  EXPECT_EQ(Rules("严厉打击'包授权'等违法代理行为 专利"), kNone);
  EXPECT_EQ(Rules("专利 包授权" + std::string(500, 'x') + "举报"), kNone);
}

TEST_F(ScannerTest, UnlessWithinAWindow) {
  EXPECT_EQ(Rules("警惕代刻公章"), std::vector<std::string>{});
  EXPECT_EQ(Rules("代刻公章 " + std::string(20, 'x') + " 警惕"),
            std::vector<std::string>{"forged_seal.ke_zhang"});
}

TEST_F(ScannerTest, NearAllNeedsEveryEntry) {
  EXPECT_EQ(Rules("专利代理师挂证 一年三万"), std::vector<std::string>{"certificate_renting.gua_zheng"});
  EXPECT_EQ(Rules("代理师挂证 一年三万"), kNone);   // no patent word anywhere
  EXPECT_EQ(Rules("专利代理师挂证 三万"), kNone);   // no 年 within 20
}

TEST_F(ScannerTest, FirmUnlistedHitsWithTheFirmSpan) {
  const std::string text = "我们是华创知识产权代理有限公司，专利申请一站式";
  auto hits = ScanOk(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].rule, "unlicensed_agency.unlisted_firm");
  EXPECT_EQ(hits[0].match, "华创知识产权代理有限公司");
  EXPECT_EQ(hits[0].firm, "华创知识产权代理有限公司");
}

TEST_F(ScannerTest, FirmListedDoesNotHit) {
  EXPECT_EQ(Rules("北京华知专利代理事务所（普通合伙） 专利申请"), kNone);
  EXPECT_EQ(Rules("北京華知專利代理事務所 专利申请"), kNone);
  // Differs by a word: another firm.
  EXPECT_EQ(Rules("北京华知达专利代理事务所 专利申请"), std::vector<std::string>{"unlicensed_agency.unlisted_firm"});
  // No firm named at all.
  EXPECT_EQ(Rules("专利申请一站式"), kNone);
}

TEST_F(ScannerTest, HitsAreSortedAndCategoriesDistinct) {
  auto hits = ScanOk("代刻公章 专利 包授权 代刻财务章");
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_LT(hits[0].start, hits[1].start);
  EXPECT_LT(hits[1].start, hits[2].start);
  EXPECT_EQ(DistinctCategories(hits), (std::vector<Category>{Category::kGuaranteedGrant, Category::kForgedSeal}));
}

TEST_F(ScannerTest, SnippetIsCutOnCodePointsWithNewlinesAsSpaces) {
  std::string pre;
  for (int i = 0; i < 40; ++i) pre += "字";
  const std::string text = pre + "\n专利 包授权\n" + pre;
  auto hits = ScanOk(text);
  ASSERT_EQ(hits.size(), 1u);
  std::string expected;
  for (int i = 0; i < 26; ++i) expected += "字";  // 30 code points: 26 + "\n专利 "
  expected += " 专利 包授权 ";
  for (int i = 0; i < 29; ++i) expected += "字";
  EXPECT_EQ(hits[0].snippet, expected);
}

TEST_F(ScannerTest, BadInputNeverCrashes) {
  EXPECT_TRUE(ScanOk("").empty());
  EXPECT_TRUE(ScanOk(std::string(1000, '\0')).empty());
  auto hits = ScanOk(std::string("专利\0包\xff授\xfe权", 18));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].match, std::string("包\xff授\xfe权", 11));
  // A binary blob.
  std::mt19937 rng(42);
  std::string blob(1 << 20, '\0');
  for (char& c : blob) c = static_cast<char>(rng());
  EXPECT_TRUE(rules_->Scan(blob).ok());
}

TEST_F(ScannerTest, InvalidUtf8InputGivesValidJson) {
  auto hits = ScanOk(std::string("专利 包授权\xff", 17));
  const std::string json = FormatDocumentJson("doc\xfe", hits);
  EXPECT_EQ(json.find('\xff'), std::string::npos);
  EXPECT_NE(json.find("\"doc\":\"doc\xEF\xBF\xBD\""), std::string::npos) << json;
  EXPECT_EQ(json.rfind("{\"doc\":", 0), 0u);
}

TEST_F(ScannerTest, ScanIsLinearOnAMultiMegabyteLine) {
  std::string unit = "专利 包授权 ｚｌ８８６ 掛證 ";
  std::string small, big;
  while (small.size() < (1 << 20)) small += unit;
  while (big.size() < (8 << 20)) big += unit;
  // CPU time, not wall time: the machine may be loaded.
  const std::clock_t t0 = std::clock();
  auto a = rules_->Scan(small);
  const std::clock_t t1 = std::clock();
  auto b = rules_->Scan(big);
  const std::clock_t t2 = std::clock();
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_GT(b->size(), 100000u);
  const double ta = static_cast<double>(t1 - t0) / CLOCKS_PER_SEC;
  const double tb = static_cast<double>(t2 - t1) / CLOCKS_PER_SEC;
  // 8x the input must not take much more than 8x the time (generous bound:
  // a quadratic scan would take 64x).
  EXPECT_LT(tb, 24 * ta + 1.0);
}

TEST_F(ScannerTest, ConcurrentScansAgree) {
  const std::string text = "專利申請 包 授 權 代刻公章 我们是华创工作室 专利代写";
  const auto expected = ScanOk(text);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        auto hits = rules_->Scan(text);
        if (!hits.ok() || hits->size() != expected.size()) return;
      }
      ok[t] = 1;
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok, std::vector<int>(4, 1));
}

TEST_F(ScannerTest, SetOutOfMemoryIsAnErrorNotNoHit) {
  LoadOptions options;
  options.set_max_mem_bytes = 2 << 10;
  auto r = RuleSet::LoadDir(std::string(LANTIAN_TEST_DATA_DIR) + "/rules", options);
  if (!r.ok()) {
    EXPECT_EQ(r.status().code(), Status::Code::kResourceExhausted);
    EXPECT_EQ(r.status().message(), std::string(LANTIAN_TEST_DATA_DIR) +
                                        "/rules: RE2::Set compilation failed (pattern set too large for 2048 "
                                        "bytes of max_mem)");
    return;
  }
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "专利申请包授权代刻公章";
  auto hits = (*r)->Scan(text);
  if (hits.ok()) {
    EXPECT_FALSE(hits->empty());  // never a silent "no hit"
  } else {
    EXPECT_EQ(hits.status().code(), Status::Code::kResourceExhausted);
    EXPECT_EQ(hits.status().message(),
              "RE2::Set ran out of memory (DFA budget exceeded) on a document of 660000 bytes; raise "
              "set_max_mem_bytes");
  }
}

TEST_F(ScannerTest, CheckRunsExamplesAndCounterExamples) {
  auto report = CheckRuleExamples(*rules_);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->rule_count, 5u);
  EXPECT_TRUE(report->failures.empty()) << report->failures[0];
}

TEST(EvalTest, ScoresACorpusAndReportsBadLines) {
  auto r = RuleSet::LoadDir(std::string(LANTIAN_TEST_DATA_DIR) + "/rules");
  ASSERT_TRUE(r.ok());
  const std::string good = std::string(LANTIAN_TEST_DATA_DIR) + "/corpus-small.jsonl";
  auto report = EvaluateCorpus(**r, good);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->documents, 4u);
  const CategoryScore& g = report->categories[static_cast<int>(Category::kGuaranteedGrant)];
  EXPECT_EQ(g.tp, 1);
  EXPECT_EQ(g.fp, 1);
  EXPECT_EQ(g.fn, 1);
  EXPECT_DOUBLE_EQ(g.precision, 0.5);
  const std::string bad = std::string(LANTIAN_TEST_DATA_DIR) + "/corpus-bad.jsonl";
  auto err = EvaluateCorpus(**r, bad);
  ASSERT_FALSE(err.ok());
  EXPECT_EQ(err.status().message(), bad + ":2: unknown label \"spam\"");
}

}  // namespace
}  // namespace lantian::patterns
