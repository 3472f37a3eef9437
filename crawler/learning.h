#pragma once

// The learning loop of issue 14 as library calls, shared by `lantian model
// train`, `lantian rescan` and the daemon's built-in "learn" job:
//
//   - TrainDetector: trains the learned layer on labelled corpora, ordinary
//     items (background) and, with from_reviews, the analysts' decisions in
//     the store; writes the model and thresholds.toml beside it (thresholds
//     chosen on the held-out fifth).
//   - RescanStore: runs a detector over items already stored (no fetching)
//     and adds the hits that are new; reviewed hits are never touched.
//
//   crawler::TrainRequest req;
//   req.corpora = {"tests/data/model/train-c-2026-12-08.jsonl"};
//   req.from_reviews = true;
//   req.db = "lantian.db";
//   req.out = "learned/model.ftz";
//   auto trained = crawler::TrainDetector(*rules, req);   // "learned/model.ftz", 1,234 examples
//   auto detector = model::Detector::Load(*rules, trained->model_path);
//   crawler::RescanRequest scan;
//   scan.db = "lantian.db";
//   auto found = crawler::RescanStore(**detector, scan);    // found->added new hits
//
// Thread-compatible: one call at a time per store (the store's own lock
// refuses a second writer).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/detector.h"
#include "model/trainer.h"
#include "patterns/rule_set.h"

namespace lantian::crawler {

struct TrainRequest {
  std::vector<std::string> corpora;  // labelled JSONL files
  // JSONL files of ordinary items (all negatives); a value of digits only is
  // a cap N: keep at most N background items (a deterministic sample).
  std::vector<std::string> background;
  // Examples already in memory (e.g. a simulated triage round), added to the
  // corpora's and the background's.
  std::vector<model::Example> examples;
  std::vector<model::Example> background_examples;
  bool from_reviews = false;  // also learn from the store's confirmed and dismissed items
  std::string db;             // the store for from_reviews
  std::string out;            // model file; thresholds.toml goes beside it
  model::TrainOptions options;
};

struct TrainSummary {
  std::size_t examples = 0;    // trained on (labelled + background, held-out fifth excluded)
  std::size_t background = 0;  // background items (before the split)
  std::size_t held_out = 0;    // the fifth the thresholds were chosen on
  std::size_t reviewed_confirmed = 0;  // items with confirmed hits taken as positives
  std::size_t reviewed_dismissed = 0;  // items with only dismissed hits taken as negatives
  std::string model_path;
  std::string thresholds_path;
};

// Errors: a corpus that does not parse ("FILE:LINE: …"), "--from-reviews: …"
// for the store, "no examples: no corpus given" (kInvalidArgument), "no
// examples: no corpus given and no confirmed or dismissed items in DB"
// (kFailedPrecondition: nothing reviewed yet), and the trainer's.
// The model and its thresholds are written under temporary names and renamed
// into place, so a failed run leaves the previous model as it was.
[[nodiscard]] Result<TrainSummary> TrainDetector(const patterns::RuleSet& rules, const TrainRequest& request);

struct RescanRequest {
  std::string db;
  int64_t sweep_id = 0;  // 0: every sweep
  std::string since;     // RFC 3339 UTC; "" = any time (items last seen on or after)
};

struct RescanSummary {
  std::size_t items = 0;      // items scanned
  std::size_t with_hits = 0;  // items where the detector found anything
  int64_t added = 0;          // hits that were new (joined the evidence chain)
};

// Errors: the store's (a missing database is kNotFound / kIoError), a scan
// error naming the item.
[[nodiscard]] Result<RescanSummary> RescanStore(const model::Detector& detector, const RescanRequest& request);

}  // namespace lantian::crawler
