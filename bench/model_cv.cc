// K-fold cross-validation of the learned layer's settings (issue 14) on the
// TRAINING corpora only. Folds are a stable hash of each example's id; for
// each setting a model is trained on K-1 folds and scores the K-th, and each
// fold's per-category thresholds are chosen (precision >= 0.95) on the
// out-of-fold scores of the OTHER folds. Prints, per setting: rules, model
// and hybrid (rule hit OR model >= threshold) macro-F1 over all out-of-fold
// predictions, the hybrid's false positives on the background corpus, hybrid
// macro precision, and seconds per fold. Deterministic (one thread, seed 1).
//
//   model_cv --patterns config/patterns --folds 5 --corpus tests/data/patterns/holdout.jsonl ...
//     --background tests/data/model/background-2026-12-07.jsonl n=2,dim=32,epoch=25,lr=0.5,mc=1 n=3,dim=32,epoch=25,lr=0.5,mc=1
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "model/classifier.h"
#include "model/corpus.h"
#include "model/evaluate.h"
#include "model/trainer.h"
#include "patterns/rule_set.h"

namespace {

using lantian::model::Example;
using lantian::model::Scores;
using lantian::model::Thresholds;
using lantian::model::TrainOptions;
namespace patterns = lantian::patterns;

int FoldOf(const std::string& id, int folds) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, as model::InHeldOutSplit
  for (unsigned char c : id) h = (h ^ c) * 1099511628211ull;
  return static_cast<int>((h >> 7) % static_cast<uint64_t>(folds));
}

bool ParseSetting(const std::string& text, TrainOptions* o) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t comma = text.find(',', pos);
    if (comma == std::string::npos) comma = text.size();
    const std::string kv = text.substr(pos, comma - pos);
    const size_t eq = kv.find('=');
    if (eq == std::string::npos) return false;
    const std::string k = kv.substr(0, eq);
    const double v = std::atof(kv.c_str() + eq + 1);
    if (k == "n") o->char_ngrams = static_cast<int>(v);
    else if (k == "dim") o->dim = static_cast<int>(v);
    else if (k == "epoch") o->epoch = static_cast<int>(v);
    else if (k == "lr") o->lr = v;
    else if (k == "mc") o->min_count = static_cast<int>(v);
    else return false;
    pos = comma + 1;
  }
  return true;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string patterns_dir = "config/patterns";
  int folds = 5;
  std::vector<std::string> corpora, backgrounds, settings;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--patterns" && i + 1 < argc) patterns_dir = argv[++i];
    else if (a == "--folds" && i + 1 < argc) folds = std::atoi(argv[++i]);
    else if (a == "--corpus" && i + 1 < argc) corpora.push_back(argv[++i]);
    else if (a == "--background" && i + 1 < argc) backgrounds.push_back(argv[++i]);
    else settings.push_back(a);
  }
  if (folds < 2 || corpora.empty() || settings.empty()) {
    std::fprintf(stderr, "usage: model_cv [--patterns DIR] [--folds K] --corpus F... [--background F]... SETTING...\n");
    return 2;
  }
  auto rules = patterns::RuleSet::LoadDir(patterns_dir);
  if (!rules.ok()) {
    std::fprintf(stderr, "model_cv: %s\n", rules.status().message().c_str());
    return 2;
  }
  std::vector<Example> docs;
  std::vector<bool> is_background;
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& path : pass == 0 ? corpora : backgrounds) {
      auto d = lantian::model::ReadCorpus(path, pass == 1);
      if (!d.ok()) {
        std::fprintf(stderr, "model_cv: %s\n", d.status().message().c_str());
        return 2;
      }
      for (Example& e : *d) {
        e.id = path + "#" + e.id;  // ids repeat across files
        docs.push_back(std::move(e));
        is_background.push_back(pass == 1);
      }
    }
  }
  std::vector<int> fold(docs.size());
  std::vector<std::array<bool, patterns::kCategoryCount>> by_rule(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    fold[i] = FoldOf(docs[i].id, folds);
    auto hits = (*rules)->Scan(docs[i].text);
    if (!hits.ok()) {
      std::fprintf(stderr, "model_cv: %s\n", hits.status().message().c_str());
      return 2;
    }
    by_rule[i] = {};
    for (const patterns::Hit& h : *hits) by_rule[i][static_cast<int>(h.category)] = true;
  }
  const std::string tmp = (std::filesystem::temp_directory_path() / "lantian-model-cv.bin").string();
  std::printf("%zu examples (%d folds)\n", docs.size(), folds);
  std::printf("%-44s %6s %6s %6s %7s %6s %6s\n", "setting", "rules", "model", "hybrid", "bg-FP", "hybP", "s/fold");
  for (const std::string& setting : settings) {
    TrainOptions options;
    options.quantize = false;
    if (!ParseSetting(setting, &options)) {
      std::fprintf(stderr, "model_cv: bad setting \"%s\"\n", setting.c_str());
      return 2;
    }
    std::vector<Scores> oof(docs.size());
    double seconds = 0;
    for (int f = 0; f < folds; ++f) {
      std::vector<Example> train;
      for (size_t i = 0; i < docs.size(); ++i) {
        if (fold[i] != f) train.push_back(docs[i]);
      }
      const auto start = std::chrono::steady_clock::now();
      const lantian::Status st = lantian::model::Train(train, (*rules)->normalizer(), tmp, options);
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (!st.ok()) {
        std::fprintf(stderr, "model_cv: %s\n", st.message().c_str());
        return 1;
      }
      auto classifier = lantian::model::Classifier::Load(tmp);
      if (!classifier.ok()) {
        std::fprintf(stderr, "model_cv: %s\n", classifier.status().message().c_str());
        return 1;
      }
      for (size_t i = 0; i < docs.size(); ++i) {
        if (fold[i] == f) oof[i] = (*classifier)->Score((*rules)->normalizer().NormalizeToString(docs[i].text));
      }
    }
    std::filesystem::remove(tmp);
    Counts rule_c[patterns::kCategoryCount], model_c[patterns::kCategoryCount], hybrid_c[patterns::kCategoryCount];
    int background_fp = 0, background_n = 0;
    for (int f = 0; f < folds; ++f) {
      std::vector<Scores> other_scores;
      std::vector<Example> other;
      for (size_t i = 0; i < docs.size(); ++i) {
        if (fold[i] == f) continue;
        other_scores.push_back(oof[i]);
        other.push_back(docs[i]);
      }
      const Thresholds t = lantian::model::ChooseThresholdsFromScores(other_scores, other);
      for (size_t i = 0; i < docs.size(); ++i) {
        if (fold[i] != f) continue;
        bool any_fp = false;
        for (int c = 0; c < patterns::kCategoryCount; ++c) {
          const bool label = docs[i].labels[c], rule = by_rule[i][c], model = oof[i][c] >= t[c];
          const bool hybrid = rule || model;
          auto count = [label](Counts* x, bool predicted) {
            if (predicted && label) ++x->tp;
            if (predicted && !label) ++x->fp;
            if (!predicted && label) ++x->fn;
          };
          count(&rule_c[c], rule);
          count(&model_c[c], model);
          count(&hybrid_c[c], hybrid);
          any_fp |= hybrid && !label;
        }
        if (is_background[i]) {
          ++background_n;
          background_fp += any_fp;
        }
      }
    }
    double rf = 0, mf = 0, hf = 0, hp = 0;
    for (int c = 0; c < patterns::kCategoryCount; ++c) {
      rf += rule_c[c].F1() / patterns::kCategoryCount;
      mf += model_c[c].F1() / patterns::kCategoryCount;
      hf += hybrid_c[c].F1() / patterns::kCategoryCount;
      hp += hybrid_c[c].Precision() / patterns::kCategoryCount;
    }
    char bg[32];
    std::snprintf(bg, sizeof(bg), "%d/%d", background_fp, background_n);
    std::printf("%-44s %6.3f %6.3f %6.3f %7s %6.3f %6.1f\n", setting.c_str(), rf, mf, hf, bg, hp, seconds / folds);
    std::fflush(stdout);
  }
  return 0;
}
