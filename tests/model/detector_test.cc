#include "model/detector.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "model/trainer.h"
#include "patterns/rule_set.h"

namespace lantian::model {
namespace {

using patterns::Category;
using patterns::Hit;
using patterns::HitSource;

// Rules that know 包授权 only; the model learns 刻章 (forged_seal), which no
// rule here knows, so a forged-seal hit can only come from the model.
constexpr char kRules[] = R"(
[[rule]]
id = "guaranteed_grant.bao"
category = "guaranteed_grant"
severity = "high"
description = "包授权"
pattern = '包授权'
examples = ["专利申请包授权"]
counter_examples = ["严打包办"]
)";

// A corpus where 刻章/公章 offers are forged_seal, 包授权 offers
// guaranteed_grant, and chatter nothing.
std::vector<Example> SealCorpus() {
  std::vector<Example> out;
  const char* fillers[] = {"今天天气不错", "周末去爬山", "晚饭吃面条", "小区停车难", "孩子开学了",
                           "超市打折",     "地铁很挤",   "下雨带伞",   "新书到了",   "公园散步"};
  int i = 0;
  for (const char* f : fillers) {
    Example seal{"s" + std::to_string(i), std::string(f) + "加急刻章公章合同章仿刻一模一样", {}};
    seal.labels[static_cast<int>(Category::kForgedSeal)] = true;
    out.push_back(seal);
    Example grant{"g" + std::to_string(i), std::string(f) + "专利申请包授权", {}};
    grant.labels[static_cast<int>(Category::kGuaranteedGrant)] = true;
    out.push_back(grant);
    out.push_back(Example{"n" + std::to_string(i), std::string(f) + "大家随便聊聊", {}});
    ++i;
  }
  return out;
}

class DetectorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "lantian-detector-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    std::filesystem::create_directories(dir_ + "/patterns");
    std::ofstream(dir_ + "/patterns/rules.toml") << kRules;
    auto rules = patterns::RuleSet::LoadDir(dir_ + "/patterns");
    ASSERT_TRUE(rules.ok()) << rules.status().message();
    rules_ = std::move(*rules);
    TrainOptions options;
    options.quantize = false;  // too few tokens for product quantization
    options.epoch = 60;
    model_path_ = dir_ + "/models/m.bin";
    std::filesystem::create_directories(dir_ + "/models");
    const Status st = Train(SealCorpus(), rules_->normalizer(), model_path_, options);
    ASSERT_TRUE(st.ok()) << st.message();
    Thresholds t;
    t.fill(0.5);
    std::ofstream(ThresholdsPathFor(model_path_)) << FormatThresholdsToml(t);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string dir_;
  std::string model_path_;
  std::unique_ptr<patterns::RuleSet> rules_;
};

TEST_F(DetectorTest, RulesOnlyIsTheRuleSet) {
  const Detector detector(*rules_);
  EXPECT_FALSE(detector.has_model());
  auto hits = detector.Scan("专利申请包授权");
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].source, HitSource::kRule);
  EXPECT_EQ((*hits)[0].score, patterns::kNoScore);
}

TEST_F(DetectorTest, ModelAddsACategoryTheRulesMissWithItsEvidence) {
  auto detector = Detector::Load(*rules_, model_path_);
  ASSERT_TRUE(detector.ok()) << detector.status().message();
  const std::string text = "小区停车难，加急刻章公章合同章仿刻一模一样";
  auto hits = (*detector)->Scan(text);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  const Hit& h = (*hits)[0];
  EXPECT_EQ(h.source, HitSource::kModel);
  EXPECT_EQ(h.category, Category::kForgedSeal);
  EXPECT_EQ(h.rule, "model.forged_seal");
  EXPECT_GE(h.score, 0.5);
  // The evidence is bytes of the original text around the seal words.
  ASSERT_LE(h.end, text.size());
  EXPECT_EQ(h.match, text.substr(h.start, h.end - h.start));
  EXPECT_NE(h.match.find("章"), std::string::npos) << h.match;
  EXPECT_FALSE(h.snippet.empty());
  EXPECT_FALSE(h.legal_basis.empty());
}

TEST_F(DetectorTest, RuleHitsCarryTheModelScoreAndAreNotDoubled) {
  auto detector = Detector::Load(*rules_, model_path_);
  ASSERT_TRUE(detector.ok()) << detector.status().message();
  auto hits = (*detector)->Scan("周末去爬山专利申请包授权");
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);  // the rule's; no model hit of the same category
  EXPECT_EQ((*hits)[0].source, HitSource::kRule);
  EXPECT_GT((*hits)[0].score, 0.5);
}

TEST_F(DetectorTest, ChatterGetsNoModelHit) {
  auto detector = Detector::Load(*rules_, model_path_);
  ASSERT_TRUE(detector.ok()) << detector.status().message();
  auto hits = (*detector)->Scan("下雨带伞大家随便聊聊");
  ASSERT_TRUE(hits.ok());
  EXPECT_TRUE(hits->empty());
  auto empty = (*detector)->Scan("");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST_F(DetectorTest, BadThresholdsAreNamed) {
  std::ofstream(ThresholdsPathFor(model_path_)) << "[thresholds]\nforged_seal = 2\n";
  auto detector = Detector::Load(*rules_, model_path_);
  ASSERT_FALSE(detector.ok());
  EXPECT_NE(detector.status().message().find("thresholds.toml"), std::string::npos) << detector.status().message();
  std::filesystem::remove(ThresholdsPathFor(model_path_));
  auto missing = Detector::Load(*rules_, model_path_);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("thresholds.toml"), std::string::npos) << missing.status().message();
}

TEST_F(DetectorTest, NotAModelIsNamed) {
  std::ofstream(dir_ + "/models/junk.ftz") << "not a model";
  auto detector = Detector::Load(*rules_, dir_ + "/models/junk.ftz");
  ASSERT_FALSE(detector.ok());
  EXPECT_NE(detector.status().message().find("junk.ftz: not a fastText model"), std::string::npos)
      << detector.status().message();
}

}  // namespace
}  // namespace lantian::model
