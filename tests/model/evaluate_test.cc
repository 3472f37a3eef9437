#include "model/evaluate.h"

#include <cstdio>
#include <fstream>

#include <gtest/gtest.h>

namespace lantian::model {
namespace {

using patterns::Category;

TEST(ChooseThresholdsFromScoresTest, LowestScoreKeepingPrecision) {
  const int g = static_cast<int>(Category::kGuaranteedGrant);
  std::vector<Example> examples;
  std::vector<Scores> scores;
  // Scores 0.9 .. 0.1: positives at 0.9, 0.8, 0.7 and 0.3; negatives elsewhere.
  const double s[] = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1};
  const bool pos[] = {true, true, true, false, false, false, true, false, false};
  for (int i = 0; i < 9; ++i) {
    Example e{"e" + std::to_string(i), "", {}};
    e.labels[g] = pos[i];
    examples.push_back(e);
    Scores x{};
    x[g] = s[i];
    scores.push_back(x);
  }
  const Thresholds t = ChooseThresholdsFromScores(scores, examples, 0.95);
  EXPECT_DOUBLE_EQ(t[g], 0.7);
  // A category with no positives keeps the never-firing threshold.
  EXPECT_DOUBLE_EQ(t[static_cast<int>(Category::kForgedSeal)], 1.0);
  EXPECT_DOUBLE_EQ(ChooseThresholdsFromScores(scores, examples, 0.55)[g], 0.3);
}

}  // namespace
}  // namespace lantian::model

namespace lantian::model {
namespace {

TEST(VetoesTest, RoundTripAndAbsentTableMeansNoVeto) {
  const std::string path = ::testing::TempDir() + "/vetoes-thresholds.toml";
  Thresholds t{};
  Thresholds v{};
  t.fill(0.9);
  v[static_cast<int>(patterns::Category::kForgedSeal)] = 0.125;
  {
    std::ofstream out(path);
    out << FormatThresholdsToml(t);
  }
  auto none = LoadVetoes(path);
  ASSERT_TRUE(none.ok()) << none.status().message();
  for (double x : *none) EXPECT_EQ(x, 0.0);
  {
    std::ofstream out(path);
    out << FormatThresholdsToml(t, &v);
  }
  auto loaded = LoadVetoes(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ((*loaded)[static_cast<int>(patterns::Category::kForgedSeal)], 0.125);
  EXPECT_EQ((*loaded)[static_cast<int>(patterns::Category::kGuaranteedGrant)], 0.0);
  auto thresholds = LoadThresholds(path);
  ASSERT_TRUE(thresholds.ok());
  EXPECT_EQ((*thresholds)[0], 0.9);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace lantian::model
