#include "model/trainer.h"

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>

#include <fasttext/fasttext.h>

#include "model/classifier.h"
#include "model/internal/char_tokens.h"

namespace lantian::model {
namespace {

// Removes a temporary file when it goes out of scope (success renamed it away).
struct TempFile {
  std::string path;
  ~TempFile() {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};

}  // namespace

Status Train(const std::vector<Example>& examples, const patterns::Normalizer& normalizer,
             const std::string& out_path, const TrainOptions& options) {
  if (examples.empty()) return Status::InvalidArgument(out_path + ": no examples");
  TempFile data{out_path + ".train.txt"};
  TempFile model{out_path + ".tmp"};
  {
    std::ofstream out(data.path, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(data.path + ": cannot write training data");
    for (const Example& e : examples) {
      bool any = false;
      for (int c = 0; c < patterns::kCategoryCount; ++c) {
        if (!e.labels[c]) continue;
        out << LabelOf(static_cast<patterns::Category>(c)) << ' ';
        any = true;
      }
      if (!any) out << kNoneLabel << ' ';
      out << internal::JoinTokens(internal::CharTokens(normalizer.NormalizeToString(e.text), options.char_ngrams)) << '\n';
    }
    // Every label must exist in the dictionary, even one no example carries.
    for (int c = 0; c < patterns::kCategoryCount; ++c) {
      out << LabelOf(static_cast<patterns::Category>(c)) << " </s>\n";
    }
    out << kNoneLabel << " </s>\n";
    if (!out.flush()) return Status::IoError(data.path + ": write error");
  }
  fasttext::Args args;
  args.input = data.path;
  args.model = fasttext::model_name::sup;
  args.loss = fasttext::loss_name::ova;
  args.thread = 1;
  args.seed = options.seed;
  args.epoch = options.epoch;
  args.dim = options.dim;
  args.lr = options.lr;
  args.wordNgrams = 1;  // char n-grams are words already
  args.minn = 0;
  args.maxn = 0;
  args.bucket = 0;
  args.minCount = options.min_count;
  args.verbose = 0;
  try {
    fasttext::FastText ft;
    ft.train(args);
    if (options.quantize) {
      fasttext::Args q = args;
      q.qout = false;  // keep the output matrix dense: Evidence() reads its rows exactly
      q.retrain = false;
      q.cutoff = 0;
      q.qnorm = false;
      q.dsub = 2;
      ft.quantize(q);
    }
    ft.saveModel(model.path);
  } catch (const std::exception& e) {
    return Status::InvalidArgument(out_path + ": fastText: " + e.what());
  }
  std::error_code ec;
  std::filesystem::rename(model.path, out_path, ec);
  if (ec) return Status::IoError(out_path + ": cannot write model: " + ec.message());
  return Status::Ok();
}

}  // namespace lantian::model
