// One simulated triage round (issue 14's done-when): a sweep's items with a
// realistic share of ordinary text are split in two by a stable hash of their
// ids. On the first half ("the sweep") the starting detector (rules + the
// shipped model) finds hits; the analyst reviews the N likeliest findings
// (item x category, by score) and the labels decide: confirmed when the item
// is labelled with the category, dismissed when not. The model is retrained
// on its own training corpora plus those decisions (items without hits as
// background), exactly as `lantian model train --from-reviews` and the
// daemon's learn job do (crawler::TrainDetector). Both detectors then score
// the second half ("the rest"): rules, model and hybrid, before and after.
//
//   triage_round --patterns config/patterns --model config/models/default.ftz
//     --train-corpus tests/data/patterns/holdout.jsonl ... (one line in a shell)
//     --sweep tests/data/model/platform-items-p-2026-12-09.jsonl --sweep ... [--review 100] [--out DIR]
//
// Deterministic (one thread, seed 1); prints the reviewed counts and both
// tables.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "crawler/learning.h"
#include "model/classifier.h"
#include "model/corpus.h"
#include "model/detector.h"
#include "model/evaluate.h"
#include "patterns/rule_set.h"

namespace {

namespace model = lantian::model;
namespace patterns = lantian::patterns;
namespace crawler = lantian::crawler;

// Not model::InHeldOutSplit's fifth: a half, from other bits of the same hash.
bool InSweepHalf(const std::string& id) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : id) h = (h ^ c) * 1099511628211ull;
  return ((h >> 11) & 1) == 0;
}

struct Finding {
  size_t item = 0;
  int category = 0;
  double score = 0;
};

int Fail(const std::string& what) {
  std::fprintf(stderr, "triage_round: %s\n", what.c_str());
  return 2;
}

void PrintReport(const char* title, const patterns::RuleSet& rules, const std::string& model_path,
                 const std::vector<model::Example>& docs) {
  auto classifier = model::Classifier::Load(model_path);
  auto thresholds = model::LoadThresholds(model::ThresholdsPathFor(model_path));
  if (!classifier.ok() || !thresholds.ok()) {
    std::printf("%s: cannot load %s\n", title, model_path.c_str());
    return;
  }
  auto vetoes = model::LoadVetoes(model::ThresholdsPathFor(model_path));
  auto report = model::EvaluateDetectors(rules, **classifier, *thresholds, docs, vetoes.ok() ? *vetoes : model::Thresholds{});
  if (!report.ok()) {
    std::printf("%s: %s\n", title, report.status().message().c_str());
    return;
  }
  std::printf("== %s (%zu items of the rest)\n%s\n", title, docs.size(), model::FormatDetectorTable(*report).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  std::string patterns_dir = "config/patterns";
  std::string start_model = "config/models/default.ftz";
  std::string out_dir = (std::filesystem::temp_directory_path() / "lantian-triage-round").string();
  std::vector<std::string> train_corpora, sweeps;
  size_t review = 100;
  int epoch = model::TrainOptions{}.epoch;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--patterns" && i + 1 < argc) patterns_dir = argv[++i];
    else if (a == "--model" && i + 1 < argc) start_model = argv[++i];
    else if (a == "--train-corpus" && i + 1 < argc) train_corpora.push_back(argv[++i]);
    else if (a == "--sweep" && i + 1 < argc) sweeps.push_back(argv[++i]);
    else if (a == "--review" && i + 1 < argc) review = static_cast<size_t>(std::atoll(argv[++i]));
    else if (a == "--epoch" && i + 1 < argc) epoch = std::atoi(argv[++i]);
    else if (a == "--out" && i + 1 < argc) out_dir = argv[++i];
    else return Fail("unknown argument " + a);
  }
  if (train_corpora.empty() || sweeps.empty()) return Fail("need --train-corpus F... and --sweep F...");
  auto rules = patterns::RuleSet::LoadDir(patterns_dir);
  if (!rules.ok()) return Fail(rules.status().message());
  auto detector = model::Detector::Load(**rules, start_model);
  if (!detector.ok()) return Fail(detector.status().message());

  std::vector<model::Example> sweep, rest;
  for (const std::string& path : sweeps) {
    auto docs = model::ReadCorpus(path);
    if (!docs.ok()) return Fail(docs.status().message());
    for (model::Example& e : *docs) (InSweepHalf(e.id) ? sweep : rest).push_back(std::move(e));
  }

  // The sweep: every (item, category) the hybrid flags, likeliest first.
  std::vector<Finding> findings;
  std::vector<bool> flagged(sweep.size(), false);
  for (size_t i = 0; i < sweep.size(); ++i) {
    auto hits = (*detector)->Scan(sweep[i].text);
    if (!hits.ok()) return Fail(sweep[i].id + ": " + hits.status().message());
    std::array<double, patterns::kCategoryCount> best;
    best.fill(-2);
    for (const patterns::Hit& h : *hits) {
      const int c = static_cast<int>(h.category);
      best[c] = std::max(best[c], h.score);
    }
    for (int c = 0; c < patterns::kCategoryCount; ++c) {
      if (best[c] > -2) findings.push_back(Finding{i, c, best[c]});
    }
    flagged[i] = !hits->empty();
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.score > b.score; });

  // The analyst's decisions on the first `review` findings.
  std::vector<std::array<int, patterns::kCategoryCount>> decided(sweep.size());  // 1 confirm, -1 dismiss
  for (auto& d : decided) d.fill(0);
  size_t confirmed = 0, dismissed = 0;
  for (size_t k = 0; k < findings.size() && k < review; ++k) {
    const Finding& f = findings[k];
    const bool yes = sweep[f.item].labels[static_cast<size_t>(f.category)];
    decided[f.item][static_cast<size_t>(f.category)] = yes ? 1 : -1;
    (yes ? confirmed : dismissed)++;
  }
  crawler::TrainRequest train;
  train.corpora = train_corpora;
  train.options.epoch = epoch;
  size_t positives = 0, negatives = 0, background = 0;
  for (size_t i = 0; i < sweep.size(); ++i) {
    model::Example e;
    e.id = "review:" + sweep[i].id;
    e.text = sweep[i].text;
    bool any_confirmed = false, any_dismissed = false;
    for (int c = 0; c < patterns::kCategoryCount; ++c) {
      if (decided[i][static_cast<size_t>(c)] == 1) {
        e.labels[static_cast<size_t>(c)] = true;
        any_confirmed = true;
      }
      any_dismissed |= decided[i][static_cast<size_t>(c)] == -1;
    }
    if (any_confirmed) {
      train.examples.push_back(std::move(e));
      ++positives;
    } else if (any_dismissed) {
      train.examples.push_back(std::move(e));
      ++negatives;
    } else if (!flagged[i]) {
      train.background_examples.push_back(std::move(e));
      ++background;
    }
  }
  std::filesystem::create_directories(out_dir);
  train.out = (std::filesystem::path(out_dir) / "model.ftz").string();
  auto trained = crawler::TrainDetector(**rules, train);
  if (!trained.ok()) return Fail(trained.status().message());

  std::printf("sweep half: %zu items (%zu flagged, %zu findings); reviewed %zu: %zu confirmed, %zu dismissed\n",
              sweep.size(), static_cast<size_t>(std::count(flagged.begin(), flagged.end(), true)), findings.size(),
              std::min(review, findings.size()), confirmed, dismissed);
  std::printf("retrained on %zu examples: %zu reviewed items positive, %zu negative, %zu unflagged as background\n\n",
              trained->examples, positives, negatives, background);
  PrintReport("before the round (starting model)", **rules, start_model, rest);
  PrintReport("after one round (retrained)", **rules, trained->model_path, rest);
  return 0;
}
