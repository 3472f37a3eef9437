#include "model/classifier.h"

#include <stdlib.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <fasttext/fasttext.h>
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

// Reads fastText's protected matrices for the reference score below.
class FastTextAccess : public fasttext::FastText {
 public:
  void AddInput(fasttext::Vector& v, int32_t id) const { input_->addRowToVector(v, id); }
  fasttext::real DotOutput(const fasttext::Vector& v, int32_t label) const { return output_->dotRow(v, label); }
};

struct ReferenceScores {
  Scores exact{};      // sigmoid(output . mean of the tokens' input rows), from fastText's matrices
  Scores predicted{};  // fastText's predictLine (its sigmoid is a 512-entry table)
};

// A text scored the slow way: its tokens as strings, looked up in fastText's
// dictionary, their input rows averaged in fastText's own vector; and as
// fastText itself predicts the same tokens as one training-format line.
ReferenceScores FastTextScores(const std::string& path, std::string_view normalized) {
  FastTextAccess ft;
  ft.loadModel(path);
  std::shared_ptr<const fasttext::Dictionary> dict = ft.getDictionary();
  int longest = 1;
  for (int32_t w = 0; w < dict->nwords(); ++w) {
    const std::string& word = dict->getWord(w);
    if (word == fasttext::Dictionary::EOS) continue;
    int code_points = 0;
    for (unsigned char ch : word) code_points += (ch & 0xC0) != 0x80;
    longest = std::max(longest, code_points);
  }
  const std::vector<internal::CharToken> tokens = internal::CharTokens(normalized, std::min(longest, 3));
  std::vector<int32_t> ids;
  for (const internal::CharToken& t : tokens) {
    if (const int32_t id = dict->getId(t.text); id >= 0) ids.push_back(id);
  }
  ids.push_back(dict->getId(fasttext::Dictionary::EOS));
  fasttext::Vector hidden(ft.getDimension());
  hidden.zero();
  for (int32_t id : ids) ft.AddInput(hidden, id);
  hidden.mul(1.0 / static_cast<double>(ids.size()));
  ReferenceScores out;
  std::istringstream line(internal::JoinTokens(tokens) + "\n");
  std::vector<std::pair<fasttext::real, std::string>> predictions;
  ft.predictLine(line, predictions, dict->nlabels(), 0.0);
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    for (int32_t l = 0; l < dict->nlabels(); ++l) {
      if (dict->getLabel(l) == LabelOf(static_cast<Category>(c))) {
        out.exact[c] = 1.0 / (1.0 + std::exp(-static_cast<double>(ft.DotOutput(hidden, l))));
      }
    }
    for (const auto& [p, label] : predictions) {
      if (label == LabelOf(static_cast<Category>(c))) out.predicted[c] = p;
    }
  }
  return out;
}

// The scorer's own tables (packed code-point keys, per-word contributions)
// give what fastText itself predicts, on the shipped quantized model and on a
// full one, for Chinese, ASCII, whitespace, punctuation and unseen tokens.
TEST_F(ClassifierTest, ScoresEqualFastTextsOwnPrediction) {
  const std::vector<std::string> models = {std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/models/default.ftz",
                                           TrainTiny("tiny-ref.bin")};
  const char* texts[] = {"发明专利包授权，不过全额退款", "周末去爬山大家随便聊聊", "vx: abc123 专利 代理\t加急",
                         "   ", "鿿𠀀 emoji 😀 结尾", "商标转让 R标 带证书 ¥2999", ""};
  for (const std::string& path : models) {
    auto model = Classifier::Load(path);
    ASSERT_TRUE(model.ok()) << model.status().message();
    for (const char* raw : texts) {
      const std::string text = rules_->normalizer().NormalizeToString(raw);
      const Scores ours = (*model)->Score(text);
      const ReferenceScores reference = FastTextScores(path, text);
      for (int c = 0; c < patterns::kCategoryCount; ++c) {
        EXPECT_NEAR(ours[c], reference.exact[c], 1e-5) << path << " text '" << raw << "' category " << c;
        // fastText's sigmoid is a table (steps of 1/32, truncated): off by up to ~0.008.
        EXPECT_NEAR(ours[c], reference.predicted[c], 0.01) << path << " text '" << raw << "' category " << c;
      }
    }
  }
}

// A text much longer than the scorer's float chunks (4,096 code points; the
// sums are flushed into doubles 24 times here): its score is the exact mean,
// computed here in double from the two words it has ("包" 100,000 times,
// "包包" 99,999 times, and the end of sentence), so no token is lost or
// counted twice where one chunk ends and the next begins.
TEST_F(ClassifierTest, LongTextScoresTheExactMean) {
  const std::string path = std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/models/default.ftz";
  auto model = Classifier::Load(path);
  ASSERT_TRUE(model.ok()) << model.status().message();
  FastTextAccess ft;
  ft.loadModel(path);
  std::shared_ptr<const fasttext::Dictionary> dict = ft.getDictionary();
  const int32_t uni = dict->getId("包"), bi = dict->getId("包包"), eos = dict->getId(fasttext::Dictionary::EOS);
  ASSERT_GE(uni, 0);
  constexpr size_t kN = 100000;
  std::string text;
  for (size_t i = 0; i < kN; ++i) text += "包";
  const Scores ours = (*model)->Score(text);
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    int32_t label = -1;
    for (int32_t l = 0; l < dict->nlabels(); ++l) {
      if (dict->getLabel(l) == LabelOf(static_cast<Category>(c))) label = l;
    }
    ASSERT_GE(label, 0);
    const auto contribution = [&](int32_t id) {
      fasttext::Vector v(ft.getDimension());
      v.zero();
      ft.AddInput(v, id);
      return static_cast<double>(ft.DotOutput(v, label));
    };
    double sum = kN * contribution(uni) + contribution(eos);
    double count = kN + 1;
    if (bi >= 0) sum += (kN - 1) * contribution(bi), count += kN - 1;
    EXPECT_NEAR(ours[c], 1.0 / (1.0 + std::exp(-sum / count)), 1e-5) << "category " << c;
  }
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
