#pragma once

// Labelled corpora for training and evaluation: the JSONL of
// tests/data/patterns/ ({"id","text","labels":[...],"source_kind","note"}
// per line; only id, text and labels are read).
//
//   auto docs = model::ReadCorpus("tests/data/patterns/holdout.jsonl");
//   if (!docs.ok()) return docs.status();   // "holdout.jsonl:7: unknown label \"spam\""
//   (*docs)[0].labels[static_cast<int>(patterns::Category::kForgedSeal)];
//
// Thread-safe (pure functions).

#include <array>
#include <string>
#include <vector>

#include "base/status.h"
#include "patterns/category.h"

namespace lantian::model {

struct Example {
  std::string id;
  std::string text;  // original text
  std::array<bool, patterns::kCategoryCount> labels{};
};

// Reads a corpus; blank lines are skipped. With `background`, "labels" may
// be absent and every line is a negative (its labels are ignored). Errors:
// "FILE:LINE: what" (kInvalidArgument), "FILE: cannot read corpus" (kIoError).
[[nodiscard]] Result<std::vector<Example>> ReadCorpus(const std::string& path, bool background = false);

// True when the example's id falls in the held-out fifth (a stable hash of
// the id, so the split never depends on file order).
bool InHeldOutSplit(const Example& example);

}  // namespace lantian::model
