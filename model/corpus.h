#pragma once

// Labelled corpora for training and evaluation (patterns/corpus.h reads
// them) and the stable held-out split.
//
//   auto docs = model::ReadCorpus("tests/data/patterns/holdout.jsonl");
//   if (!docs.ok()) return docs.status();   // "holdout.jsonl:7: unknown label \"spam\""
//   (*docs)[0].labels[static_cast<int>(patterns::Category::kForgedSeal)];
//
// Thread-safe (pure functions).

#include <string>
#include <vector>

#include "base/status.h"
#include "patterns/corpus.h"

namespace lantian::model {

// A labelled text (patterns/corpus.h reads the files).
using Example = patterns::LabelledText;

// patterns::ReadLabelledCorpus, under the name the model code uses.
[[nodiscard]] inline Result<std::vector<Example>> ReadCorpus(const std::string& path, bool background = false) {
  return patterns::ReadLabelledCorpus(path, background);
}

// True when the example's id falls in the held-out fifth (a stable hash of
// the id, so the split never depends on file order).
bool InHeldOutSplit(const Example& example);

}  // namespace lantian::model
