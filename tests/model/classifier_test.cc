#include "model/classifier.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "model/internal/char_tokens.h"
#include "model/trainer.h"
#include "patterns/rule_set.h"

namespace lantian::model {
namespace {

using patterns::Category;

// A temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "lantian-model-XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string Path(const std::string& name) const { return dir_ + "/" + name; }

 private:
  std::string dir_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A tiny corpus: 包授权 marks guaranteed_grant, everything else is chatter.
std::vector<Example> TinyCorpus() {
  std::vector<Example> out;
  const char* fillers[] = {"今天天气不错", "周末去爬山", "晚饭吃面条", "小区停车难", "孩子开学了", "超市打折"};
  int i = 0;
  for (const char* f : fillers) {
    Example pos{"p" + std::to_string(i), std::string(f) + "专利申请包授权不过退款", {}};
    pos.labels[static_cast<int>(Category::kGuaranteedGrant)] = true;
    out.push_back(pos);
    out.push_back(Example{"n" + std::to_string(i), std::string(f) + "大家随便聊聊", {}});
    ++i;
  }
  return out;
}

class ClassifierTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto rules = patterns::RuleSet::LoadDir(std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/patterns");
    ASSERT_TRUE(rules.ok()) << rules.status().message();
    rules_ = std::move(*rules);
  }
  std::string TrainTiny(const std::string& name) {
    TrainOptions options;
    options.quantize = false;  // too few tokens for product quantization
    options.epoch = 50;
    const std::string path = dir_.Path(name);
    const Status st = Train(TinyCorpus(), rules_->normalizer(), path, options);
    EXPECT_TRUE(st.ok()) << st.message();
    return path;
  }
  TempDir dir_;
  std::unique_ptr<patterns::RuleSet> rules_;
};

TEST_F(ClassifierTest, TrainedModelScoresItsCategoryAboveChatter) {
  auto model = Classifier::Load(TrainTiny("tiny.bin"));
  ASSERT_TRUE(model.ok()) << model.status().message();
  const int g = static_cast<int>(Category::kGuaranteedGrant);
  const Scores pos = (*model)->Score(rules_->normalizer().NormalizeToString("发明专利包授权"));
  const Scores neg = (*model)->Score(rules_->normalizer().NormalizeToString("周末去爬山大家随便聊聊"));
  EXPECT_GT(pos[g], 0.5);
  EXPECT_LT(neg[g], 0.5);
}

TEST_F(ClassifierTest, TrainingIsDeterministic) {
  const std::string a = ReadFile(TrainTiny("a.bin"));
  const std::string b = ReadFile(TrainTiny("b.bin"));
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a, b);
}

TEST_F(ClassifierTest, EvidenceWindowCoversTheCategorysWords) {
  auto model = Classifier::Load(TrainTiny("tiny.bin"));
  ASSERT_TRUE(model.ok()) << model.status().message();
  const std::string text = rules_->normalizer().NormalizeToString("周末去爬山大家随便聊聊专利申请包授权不过退款晚饭吃面条");
  const Span w = (*model)->Evidence(text, Category::kGuaranteedGrant, 3, 8);
  const std::string window = text.substr(w.begin, w.end - w.begin);
  EXPECT_NE(window.find("授"), std::string::npos) << window;
  EXPECT_EQ(window.find("爬山"), std::string::npos) << window;
  EXPECT_EQ(window.find("面条"), std::string::npos) << window;
}

TEST_F(ClassifierTest, EvidenceOfShortTextIsWholeText) {
  auto model = Classifier::Load(TrainTiny("tiny.bin"));
  ASSERT_TRUE(model.ok());
  const Span w = (*model)->Evidence("包授", Category::kGuaranteedGrant);
  EXPECT_EQ(w.begin, 0u);
  EXPECT_EQ(w.end, std::string("包授").size());
}

TEST_F(ClassifierTest, TrigramModelIsReadWithTrigrams) {
  TrainOptions options;
  options.quantize = false;
  options.epoch = 50;
  options.char_ngrams = 3;
  const std::string path = dir_.Path("tri.bin");
  ASSERT_TRUE(Train(TinyCorpus(), rules_->normalizer(), path, options).ok());
  auto model = Classifier::Load(path);
  ASSERT_TRUE(model.ok()) << model.status().message();
  const int g = static_cast<int>(Category::kGuaranteedGrant);
  EXPECT_GT((*model)->Score(rules_->normalizer().NormalizeToString("发明专利包授权"))[g], 0.5);
  EXPECT_LT((*model)->Score(rules_->normalizer().NormalizeToString("周末去爬山大家随便聊聊"))[g], 0.5);
  const std::string text = rules_->normalizer().NormalizeToString("周末去爬山大家随便聊聊专利申请包授权不过退款");
  const Span w = (*model)->Evidence(text, Category::kGuaranteedGrant, 3, 8);
  ASSERT_LE(w.end, text.size());
  EXPECT_NE(text.substr(w.begin, w.end - w.begin).find("授"), std::string::npos);
}

TEST(CharTokensTest, TrigramsFollowBigrams) {
  const std::vector<internal::CharToken> t = internal::CharTokens("专利 a", 3);
  ASSERT_EQ(t.size(), 4u + 3u + 2u);
  EXPECT_EQ(t[2].text, "_");
  EXPECT_EQ(t[4].text, "专利");
  EXPECT_EQ(t[7].text, "专利_");
  EXPECT_EQ(t[7].begin, 0u);
  EXPECT_EQ(t[7].end, 7u);
  EXPECT_EQ(t[8].text, "利_a");
  EXPECT_EQ(internal::CharTokens("专利 a", 2).size(), 4u + 3u);
  EXPECT_EQ(internal::CharTokens("专利 a", 1).size(), 4u);
}

TEST(ClassifierLoadTest, NotAModelIsNamed) {
  TempDir dir;
  const std::string path = dir.Path("junk.ftz");
  std::ofstream(path) << "not a model";
  auto model = Classifier::Load(path);
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().message().rfind(path + ": not a fastText model: ", 0), 0u) << model.status().message();
}

TEST(ClassifierLoadTest, MissingFileIsIoError) {
  auto model = Classifier::Load("/nonexistent/m.ftz");
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().message(), "/nonexistent/m.ftz: cannot read model");
}

}  // namespace
}  // namespace lantian::model
