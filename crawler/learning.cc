#include "crawler/learning.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <utility>

#include "crawler/sweep_analyzer.h"
#include "model/classifier.h"
#include "model/corpus.h"
#include "model/evaluate.h"
#include "store/store.h"

namespace lantian::crawler {
namespace {

Result<std::unique_ptr<store::Store>> OpenStore(const std::string& db, bool read_only) {
  store::StoreOptions options;
  options.db_path = db;
  options.read_only = read_only;
  options.create_if_missing = false;
  return store::Store::Open(options);
}

// The analysts' decisions in the store as examples: an item with confirmed
// hits is a positive of those categories (its dismissed categories
// negatives), an item whose hits were only dismissed a negative; items
// without hits go to `background`. Items with only new hits teach nothing.
Status AddReviewExamples(const std::string& db, std::vector<model::Example>* labelled,
                         std::vector<model::Example>* background, TrainSummary* summary) {
  auto store = OpenStore(db, /*read_only=*/true);
  if (!store.ok()) return store.status();
  auto labels = (*store)->ListReviewLabels();
  if (!labels.ok()) return labels.status();
  for (const store::ReviewLabel& r : *labels) {
    model::Example e;
    e.id = "review:item:" + std::to_string(r.item_id);
    e.text = r.text;
    if (!r.confirmed.empty()) {
      for (const std::string& c : r.confirmed) {
        if (auto category = patterns::ParseCategory(c)) e.labels[static_cast<int>(*category)] = true;
      }
      labelled->push_back(std::move(e));
      ++summary->reviewed_confirmed;
    } else if (!r.dismissed.empty()) {
      labelled->push_back(std::move(e));
      ++summary->reviewed_dismissed;
    } else if (!r.has_hits) {
      background->push_back(std::move(e));
    }
  }
  return Status::Ok();
}

bool IsCount(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Every k-th item, so the same inputs always keep the same sample.
void CapBackground(std::vector<model::Example>* background, size_t cap) {
  if (background->size() <= cap) return;
  std::vector<model::Example> kept;
  kept.reserve(cap);
  const double step = static_cast<double>(background->size()) / static_cast<double>(cap);
  for (size_t i = 0; i < cap; ++i) kept.push_back(std::move((*background)[static_cast<size_t>(i * step)]));
  *background = std::move(kept);
}

Status WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) return Status::IoError(path + ": cannot write");
  return Status::Ok();
}

Status RenameInto(const std::string& from, const std::string& to) {
  std::error_code ec;
  std::filesystem::rename(from, to, ec);
  if (ec) return Status::IoError(to + ": cannot write: " + ec.message());
  return Status::Ok();
}

}  // namespace

Result<TrainSummary> TrainDetector(const patterns::RuleSet& rules, const TrainRequest& request) {
  TrainSummary summary;
  std::vector<model::Example> labelled = request.examples;
  for (const std::string& path : request.corpora) {
    auto docs = model::ReadCorpus(path);
    if (!docs.ok()) return docs.status();
    labelled.insert(labelled.end(), docs->begin(), docs->end());
  }
  std::vector<model::Example> background = request.background_examples;
  if (request.from_reviews) {
    LANTIAN_RETURN_IF_ERROR(
        AddReviewExamples(request.db, &labelled, &background, &summary).WithContext("--from-reviews"));
  }
  if (labelled.empty() && request.from_reviews) {
    return Status::FailedPrecondition("no examples: no corpus given and no confirmed or dismissed items in " +
                                      request.db);
  }
  if (labelled.empty()) return Status::InvalidArgument("no examples: no corpus given");
  size_t cap = SIZE_MAX;
  for (const std::string& b : request.background) {
    if (IsCount(b)) {
      cap = std::stoull(b);
      continue;
    }
    auto docs = model::ReadCorpus(b, /*background=*/true);
    if (!docs.ok()) return docs.status();
    background.insert(background.end(), docs->begin(), docs->end());
  }
  CapBackground(&background, cap);
  summary.background = background.size();

  std::vector<model::Example> train, held_out;
  for (const model::Example& e : labelled) (model::InHeldOutSplit(e) ? held_out : train).push_back(e);
  for (const model::Example& e : background) (model::InHeldOutSplit(e) ? held_out : train).push_back(e);
  summary.examples = train.size();
  summary.held_out = held_out.size();

  summary.model_path = request.out;
  summary.thresholds_path = model::ThresholdsPathFor(request.out);
  const std::string model_tmp = request.out + ".training";
  const std::string thresholds_tmp = summary.thresholds_path + ".training";
  LANTIAN_RETURN_IF_ERROR(model::Train(train, rules.normalizer(), model_tmp, request.options));
  auto classifier = model::Classifier::Load(model_tmp);
  if (!classifier.ok()) return classifier.status();
  const model::Thresholds t = model::ChooseThresholds(**classifier, rules.normalizer(), held_out);
  const model::Thresholds vetoes = model::ChooseVetoes(rules, **classifier, held_out);
  LANTIAN_RETURN_IF_ERROR(WriteFile(thresholds_tmp, model::FormatThresholdsToml(t, &vetoes)));
  LANTIAN_RETURN_IF_ERROR(RenameInto(model_tmp, request.out));
  LANTIAN_RETURN_IF_ERROR(RenameInto(thresholds_tmp, summary.thresholds_path));
  return summary;
}

Result<RescanSummary> RescanStore(const model::Detector& detector, const RescanRequest& request) {
  auto store = OpenStore(request.db, /*read_only=*/false);
  if (!store.ok()) return store.status();
  auto items = (*store)->ListItemsForRescan(request.sweep_id, request.since);
  if (!items.ok()) return items.status();
  RescanSummary summary;
  summary.items = items->size();
  std::vector<std::pair<store::RescanItem, std::vector<store::HitInput>>> found;
  for (store::RescanItem& item : *items) {
    auto hits = detector.Scan(item.text);
    if (!hits.ok()) return hits.status().WithContext("item " + std::to_string(item.item_id));
    std::vector<store::HitInput> inputs = ToHitInputs(std::move(*hits));
    if (inputs.empty()) continue;
    found.emplace_back(std::move(item), std::move(inputs));
  }
  summary.with_hits = found.size();
  auto added = (*store)->AddRescanHits(found);
  if (!added.ok()) return added.status();
  summary.added = *added;
  LANTIAN_RETURN_IF_ERROR((*store)->Close());
  return summary;
}

}  // namespace lantian::crawler
