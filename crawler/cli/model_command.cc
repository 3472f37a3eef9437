// `lantian model train [--corpus FILE.jsonl]... [--background FILE.jsonl|N]... [--out FILE]`
// `lantian model eval --corpus FILE.jsonl [--model FILE] [--format table|json]`
// Trains the learned layer (model/) on labelled corpora and reports rules vs
// model vs hybrid per category (issue 14).

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "crawler/learning.h"
#include "model/classifier.h"
#include "model/corpus.h"
#include "model/detector.h"
#include "model/evaluate.h"
#include "patterns/rule_set.h"

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
  crawler::TrainRequest request;
  request.corpora = flags.corpora;
  request.background = flags.background;
  request.from_reviews = flags.from_reviews;
  request.db = flags.db;
  request.out = flags.out;
  request.options = TrainOptionsFor(flags);
  auto trained = crawler::TrainDetector(**rules, request);
  if (!trained.ok()) return Fail("train", trained.status());
  if (flags.from_reviews) {
    std::printf("from reviews: %zu confirmed items, %zu dismissed\n", trained->reviewed_confirmed,
                trained->reviewed_dismissed);
  }
  std::printf("trained on %zu examples (%zu background), thresholds from %zu held out: %s, %s\n",
              trained->examples, trained->background, trained->held_out, trained->model_path.c_str(),
              trained->thresholds_path.c_str());
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
  auto vetoes = model::LoadVetoes(model::ThresholdsPathFor(flags.model));
  if (!vetoes.ok()) return Fail("eval", vetoes.status());
  auto report = model::EvaluateDetectors(**rules, **classifier, *thresholds, docs, *vetoes);
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
  train->add_option("--db,--store", flags->db, "Evidence database for --from-reviews")->capture_default_str();
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
