// `lantian model train [--corpus FILE.jsonl]... [--background FILE.jsonl|N]... [--out FILE]`
// `lantian model eval --corpus FILE.jsonl [--model FILE] [--format table|json]`
// Trains the learned layer (model/) on labelled corpora and reports rules vs
// model vs hybrid per category (issue 14).

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "model/classifier.h"
#include "model/corpus.h"
#include "model/detector.h"
#include "model/evaluate.h"
#include "model/trainer.h"
#include "patterns/rule_set.h"
#include "store/store.h"

namespace lantian::cli {
namespace {

struct ModelFlags {
  std::string patterns_dir;
  std::vector<std::string> corpora;
  std::vector<std::string> background;
  std::string out;
  std::string model;
  std::string format = "table";
  bool from_reviews = false;
  int epoch = model::TrainOptions{}.epoch;
  std::string db = "lantian.db";
};

// The analysts' decisions in the store as examples: an item with confirmed
// hits is a positive of those categories (its dismissed categories
// negatives), an item whose hits were only dismissed a negative; items
// without hits go to `background`. Items with only new hits teach nothing.
Status AddReviewExamples(const std::string& db, std::vector<model::Example>* labelled,
                         std::vector<model::Example>* background, size_t* positives, size_t* negatives) {
  store::StoreOptions options;
  options.db_path = db;
  options.read_only = true;
  options.create_if_missing = false;
  auto store = store::Store::Open(options);
  if (!store.ok()) return store.status();
  auto labels = (*store)->ListReviewLabels();
  if (!labels.ok()) return labels.status();
  for (const store::ReviewLabel& r : *labels) {
    model::Example e{"review:item:" + std::to_string(r.item_id), r.text, {}};
    if (!r.confirmed.empty()) {
      for (const std::string& c : r.confirmed) {
        if (auto category = patterns::ParseCategory(c)) e.labels[static_cast<int>(*category)] = true;
      }
      labelled->push_back(std::move(e));
      ++*positives;
    } else if (!r.dismissed.empty()) {
      labelled->push_back(std::move(e));
      ++*negatives;
    } else if (!r.has_hits) {
      background->push_back(std::move(e));
    }
  }
  return Status::Ok();
}

int Fail(const char* cmd, const Status& s) {
  std::fprintf(stderr, "lantian model %s: %s\n", cmd, s.message().c_str());
  return ExitCodeFor(s);
}

model::TrainOptions TrainOptionsFor(const ModelFlags& flags) {
  model::TrainOptions options;
  options.epoch = flags.epoch;
  return options;
}

int RunTrain(const ModelFlags& flags) {
  auto rules = patterns::RuleSet::LoadDir(flags.patterns_dir);
  if (!rules.ok()) return Fail("train", rules.status());
  std::vector<model::Example> labelled;
  for (const std::string& path : flags.corpora) {
    auto docs = model::ReadCorpus(path);
    if (!docs.ok()) return Fail("train", docs.status());
    labelled.insert(labelled.end(), docs->begin(), docs->end());
  }
  std::vector<model::Example> background;
  size_t reviewed_positives = 0, reviewed_negatives = 0;
  if (flags.from_reviews) {
    if (Status st = AddReviewExamples(flags.db, &labelled, &background, &reviewed_positives, &reviewed_negatives);
        !st.ok()) {
      return Fail("train", st.WithContext("--from-reviews"));
    }
  }
  if (labelled.empty()) {
    return Fail("train", Status::InvalidArgument(flags.from_reviews
                                                     ? "--from-reviews: no confirmed or dismissed items in " + flags.db
                                                     : "no --corpus given"));
  }
  size_t background_cap = SIZE_MAX;
  for (const std::string& b : flags.background) {
    if (!b.empty() && std::all_of(b.begin(), b.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      background_cap = std::stoull(b);
      continue;
    }
    auto docs = model::ReadCorpus(b, /*background=*/true);
    if (!docs.ok()) return Fail("train", docs.status());
    background.insert(background.end(), docs->begin(), docs->end());
  }
  // Deterministic sample: every k-th background item.
  if (background.size() > background_cap && background_cap > 0) {
    std::vector<model::Example> kept;
    const double step = static_cast<double>(background.size()) / static_cast<double>(background_cap);
    for (size_t i = 0; i < background_cap; ++i) kept.push_back(background[static_cast<size_t>(i * step)]);
    background = std::move(kept);
  } else if (background_cap == 0) {
    background.clear();
  }
  std::vector<model::Example> train, held_out;
  for (const model::Example& e : labelled) (model::InHeldOutSplit(e) ? held_out : train).push_back(e);
  for (const model::Example& e : background) (model::InHeldOutSplit(e) ? held_out : train).push_back(e);
  if (Status st = model::Train(train, (*rules)->normalizer(), flags.out, TrainOptionsFor(flags)); !st.ok()) return Fail("train", st);
  auto classifier = model::Classifier::Load(flags.out);
  if (!classifier.ok()) return Fail("train", classifier.status());
  const model::Thresholds t = model::ChooseThresholds(**classifier, (*rules)->normalizer(), held_out);
  const std::string t_path = model::ThresholdsPathFor(flags.out);
  {
    std::ofstream out(t_path + ".tmp", std::ios::binary | std::ios::trunc);
    out << model::FormatThresholdsToml(t);
    if (!out.flush()) return Fail("train", Status::IoError(t_path + ": cannot write"));
  }
  std::error_code ec;
  std::filesystem::rename(t_path + ".tmp", t_path, ec);
  if (ec) return Fail("train", Status::IoError(t_path + ": cannot write: " + ec.message()));
  if (flags.from_reviews) {
    std::printf("from reviews: %zu confirmed items, %zu dismissed\n", reviewed_positives, reviewed_negatives);
  }
  std::printf("trained on %zu examples (%zu background), thresholds from %zu held out: %s, %s\n", train.size(),
              background.size(), held_out.size(), flags.out.c_str(), t_path.c_str());
  return 0;
}

int RunEval(const ModelFlags& flags) {
  auto rules = patterns::RuleSet::LoadDir(flags.patterns_dir);
  if (!rules.ok()) return Fail("eval", rules.status());
  auto classifier = model::Classifier::Load(flags.model);
  if (!classifier.ok()) return Fail("eval", classifier.status());
  auto thresholds = model::LoadThresholds(model::ThresholdsPathFor(flags.model));
  if (!thresholds.ok()) return Fail("eval", thresholds.status());
  std::vector<model::Example> docs;
  for (const std::string& path : flags.corpora) {
    auto d = model::ReadCorpus(path);
    if (!d.ok()) return Fail("eval", d.status());
    docs.insert(docs.end(), d->begin(), d->end());
  }
  auto report = model::EvaluateDetectors(**rules, **classifier, *thresholds, docs);
  if (!report.ok()) return Fail("eval", report.status());
  const std::string text =
      flags.format == "json" ? model::FormatDetectorJson(*report) + "\n" : model::FormatDetectorTable(*report);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
}

}  // namespace

void RegisterModelCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ModelFlags>();
  CLI::App* cmd = app.add_subcommand("model", "Train and evaluate the learned detection layer");
  cmd->require_subcommand(1);
  CLI::App* train = cmd->add_subcommand("train", "Train the model on labelled corpora (writes thresholds.toml beside it)");
  train->add_option("--corpus", flags->corpora, "Labelled JSONL corpus (repeatable)");
  train->add_flag("--from-reviews", flags->from_reviews,
                  "Also learn from the store: confirmed items as positives, dismissed as negatives, items "
                  "without hits as background");
  train->add_option("--db", flags->db, "Evidence database for --from-reviews")->capture_default_str();
  train->add_option("--epoch", flags->epoch, "Passes over the data (fewer: faster, for tests)")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  train->add_option("--background", flags->background,
                    "JSONL of ordinary items (all negatives), or N: keep at most N background items");
  train->add_option("--out", flags->out, "Model file (default: <config>/models/default.ftz)");
  train->add_option("--patterns", flags->patterns_dir, "Rule directory (its normalizer; default: <config>/patterns)");
  train->callback([flags, &exit_code] {
    if (flags->patterns_dir.empty()) flags->patterns_dir = DefaultConfigDir() + "/patterns";
    if (flags->out.empty()) flags->out = DefaultConfigDir() + "/models/default.ftz";
    exit_code = RunTrain(*flags);
  });
  CLI::App* eval = cmd->add_subcommand("eval", "Per-category P/R/F1 of rules, model and hybrid on a corpus");
  eval->add_option("--corpus", flags->corpora, "Labelled JSONL corpus (repeatable)")->required();
  eval->add_option("--model", flags->model, "Model file (default: <config>/models/default.ftz)");
  eval->add_option("--patterns", flags->patterns_dir, "Rule directory (default: <config>/patterns)");
  eval->add_option("--format", flags->format, "Output format")->check(CLI::IsMember({"table", "json"}));
  eval->callback([flags, &exit_code] {
    if (flags->patterns_dir.empty()) flags->patterns_dir = DefaultConfigDir() + "/patterns";
    if (flags->model.empty()) flags->model = DefaultConfigDir() + "/models/default.ftz";
    exit_code = RunEval(*flags);
  });
}

}  // namespace lantian::cli
