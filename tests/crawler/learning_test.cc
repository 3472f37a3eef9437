#include "crawler/learning.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace lantian::crawler {
namespace {

namespace fs = std::filesystem;

class LearningTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("lantian-learning-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto rules = patterns::RuleSet::LoadDir(std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/patterns");
    ASSERT_TRUE(rules.ok()) << rules.status().message();
    rules_ = std::move(*rules);
  }
  void TearDown() override { fs::remove_all(dir_); }

  TrainRequest Small() const {
    TrainRequest r;
    r.corpora = {std::string(LANTIAN_TEST_DATA_DIR) + "/holdout.jsonl"};
    r.out = (dir_ / "m" / "model.ftz").string();
    r.options.epoch = 2;
    r.options.quantize = false;
    return r;
  }

  static std::string Slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  fs::path dir_;
  std::unique_ptr<patterns::RuleSet> rules_;
};

TEST_F(LearningTest, TrainsAndWritesThresholdsBesideTheModel) {
  fs::create_directories(dir_ / "m");
  TrainRequest r = Small();
  r.background = {"0"};
  auto trained = TrainDetector(*rules_, r);
  ASSERT_TRUE(trained.ok()) << trained.status().message();
  EXPECT_EQ(trained->model_path, r.out);
  EXPECT_EQ(trained->thresholds_path, (dir_ / "m" / "thresholds.toml").string());
  EXPECT_GT(trained->examples, 300u);
  EXPECT_GT(trained->held_out, 50u);
  EXPECT_EQ(trained->background, 0u);
  EXPECT_TRUE(fs::exists(trained->model_path));
  EXPECT_FALSE(fs::exists(r.out + ".training"));
  auto detector = model::Detector::Load(*rules_, trained->model_path);
  ASSERT_TRUE(detector.ok()) << detector.status().message();
  EXPECT_TRUE((*detector)->has_model());
}

TEST_F(LearningTest, NothingToLearnFromIsNamed) {
  TrainRequest r = Small();
  r.corpora.clear();
  auto none = TrainDetector(*rules_, r);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(none.status().message(), "no examples: no corpus given");

  r.from_reviews = true;
  r.db = (dir_ / "absent.db").string();
  auto absent = TrainDetector(*rules_, r);
  ASSERT_FALSE(absent.ok());
  EXPECT_TRUE(absent.status().message().starts_with("--from-reviews: ")) << absent.status().message();
}

TEST_F(LearningTest, AFailedRunLeavesThePreviousModelAsItWas) {
  fs::create_directories(dir_ / "m");
  ASSERT_TRUE(TrainDetector(*rules_, Small()).ok());
  const std::string before = Slurp(dir_ / "m" / "model.ftz");
  const std::string thresholds = Slurp(dir_ / "m" / "thresholds.toml");
  std::ofstream(dir_ / "bad.jsonl") << "{\"id\":\"x\",\"text\":\"t\",\"labels\":[\"spam\"]}\n";
  TrainRequest r = Small();
  r.corpora.push_back((dir_ / "bad.jsonl").string());
  auto failed = TrainDetector(*rules_, r);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().message(), (dir_ / "bad.jsonl").string() + ":1: unknown label \"spam\"");
  EXPECT_EQ(Slurp(dir_ / "m" / "model.ftz"), before);
  EXPECT_EQ(Slurp(dir_ / "m" / "thresholds.toml"), thresholds);
}

TEST_F(LearningTest, RescanOfAMissingStoreFailsWithoutCreatingIt) {
  model::Detector rules_only(*rules_);
  RescanRequest r;
  r.db = (dir_ / "absent.db").string();
  auto found = RescanStore(rules_only, r);
  ASSERT_FALSE(found.ok());
  EXPECT_FALSE(fs::exists(r.db));
}

}  // namespace
}  // namespace lantian::crawler
