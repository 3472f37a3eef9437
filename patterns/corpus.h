#pragma once

// Labelled corpora: the JSONL of tests/data/patterns/ and ../shared/corpus/,
// one {"id","text","labels":[...],"source_kind","note"} object per line (only
// id, text and labels are read). `patterns eval` scores the rules on them and
// the model library trains and evaluates on them.
//
//   auto docs = patterns::ReadLabelledCorpus("tests/data/patterns/holdout.jsonl");
//   if (!docs.ok()) return docs.status();   // "holdout.jsonl:7: unknown label \"spam\""
//   (*docs)[0].labels[static_cast<int>(patterns::Category::kForgedSeal)];
//
// Thread-safe (pure functions).

#include <array>
#include <string>
#include <vector>

#include "base/status.h"
#include "patterns/category.h"

namespace lantian::patterns {

struct LabelledText {
  std::string id;
  std::string text;  // original text
  std::array<bool, kCategoryCount> labels{};
  int line = 0;  // 1-based line of the file it came from
};

// Reads a corpus; blank lines are skipped. With `background`, "labels" may
// be absent and every line is a negative (its labels are ignored). Errors:
// "FILE:LINE: what" (kInvalidArgument), "FILE: cannot read corpus" (kIoError).
[[nodiscard]] Result<std::vector<LabelledText>> ReadLabelledCorpus(const std::string& path, bool background = false);

}  // namespace lantian::patterns
