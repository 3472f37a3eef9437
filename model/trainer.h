#pragma once

// Trains the classifier of model/classifier.h with fastText's own trainer:
// one-vs-all loss, one thread and a fixed seed, so the same examples give a
// byte-identical model file; optionally quantized (.ftz).
//
//   model::TrainOptions options;                    // epoch 50, dim 32, lr 0.3, ...
//   auto st = model::Train(examples, rules->normalizer(), "config/models/default.ftz", options);
//   if (!st.ok()) return st;   // "config/models/default.ftz: fastText: …"
//
// Thread-compatible: Train() uses a temporary file next to `out_path` and
// renames it into place.

#include <string>
#include <vector>

#include "base/status.h"
#include "model/corpus.h"
#include "patterns/normalizer.h"

namespace lantian::model {

struct TrainOptions {
  int char_ngrams = 2;      // words are char n-grams, n = 1..char_ngrams (1 to 3)
  int epoch = 50;           // passes over the data (5-fold CV on ~6k lines, bench/model_cv: 50 at lr 0.3 best)
  int dim = 32;             // vector size; larger gains nothing on 2k lines, costs scan time
  double lr = 0.3;          // fastText's learning rate
  int min_count = 1;        // tokens seen fewer times are dropped from the dictionary
  int seed = 1;             // fixed: training is deterministic (one thread)
  bool quantize = true;     // write a product-quantized .ftz (needs >= 256 distinct tokens)
};

// Trains on `examples` (texts normalized with `normalizer`; examples without
// labels are trained as __label__none) and writes the model to `out_path`.
// Errors: "OUT: no examples" (kInvalidArgument), "OUT: fastText: <what>" for
// a training or quantization failure, kIoError for an unwritable path.
[[nodiscard]] Status Train(const std::vector<Example>& examples, const patterns::Normalizer& normalizer,
                           const std::string& out_path, const TrainOptions& options = {});

}  // namespace lantian::model
