#include "patterns/eval.h"

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "patterns/corpus.h"

namespace lantian::patterns {
namespace {

using Json = nlohmann::ordered_json;

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.3f", v);
  return buf;
}

std::string Pad(std::string_view s, size_t width, bool right = false) {
  std::string out;
  if (right && s.size() < width) out.append(width - s.size(), ' ');
  out.append(s);
  if (!right && s.size() < width) out.append(width - s.size(), ' ');
  return out;
}

}  // namespace

Result<EvalReport> EvaluateCorpus(const RuleSet& rules, const std::string& corpus_path) {
  Result<std::vector<LabelledText>> corpus = ReadLabelledCorpus(corpus_path);
  if (!corpus.ok()) return corpus.status();
  EvalReport report;
  for (int i = 0; i < kCategoryCount; ++i) report.categories[i].category = static_cast<Category>(i);
  for (const LabelledText& doc : *corpus) {
    const auto& labelled = doc.labels;
    const std::string& id = doc.id;
    Result<std::vector<Hit>> hits = rules.Scan(doc.text);
    if (!hits.ok()) return hits.status().WithContext(corpus_path + ":" + std::to_string(doc.line));
    const Hit* first[kCategoryCount] = {};
    for (const Hit& h : *hits) {
      const int c = static_cast<int>(h.category);
      if (first[c] == nullptr) first[c] = &h;
    }
    ++report.documents;
    for (int c = 0; c < kCategoryCount; ++c) {
      CategoryScore& s = report.categories[c];
      const bool predicted = first[c] != nullptr;
      if (predicted && labelled[c]) ++s.tp;
      if (predicted && !labelled[c]) {
        ++s.fp;
        report.errors.push_back(EvalError{id, static_cast<Category>(c), true, first[c]->rule, first[c]->match});
      }
      if (!predicted && labelled[c]) {
        ++s.fn;
        report.errors.push_back(EvalError{id, static_cast<Category>(c), false, "", ""});
      }
    }
  }
  double sum = 0;
  for (CategoryScore& s : report.categories) {
    s.precision = (s.tp + s.fp) == 0 ? 1.0 : static_cast<double>(s.tp) / (s.tp + s.fp);
    s.recall = (s.tp + s.fn) == 0 ? 1.0 : static_cast<double>(s.tp) / (s.tp + s.fn);
    s.f1 = (s.precision + s.recall) == 0 ? 0.0 : 2 * s.precision * s.recall / (s.precision + s.recall);
    sum += s.f1;
  }
  report.macro_f1 = sum / kCategoryCount;
  return report;
}

std::string FormatEvalTable(const EvalReport& report) {
  std::string out = Pad("category", 22) + Pad("tp", 5, true) + Pad("fp", 5, true) + Pad("fn", 5, true) +
                    Pad("precision", 11, true) + Pad("recall", 8, true) + Pad("f1", 7, true) + "\n";
  for (const CategoryScore& s : report.categories) {
    out += Pad(CategoryId(s.category), 22) + Pad(std::to_string(s.tp), 5, true) +
           Pad(std::to_string(s.fp), 5, true) + Pad(std::to_string(s.fn), 5, true) +
           Pad(Fixed(s.precision), 11, true) + Pad(Fixed(s.recall), 8, true) + Pad(Fixed(s.f1), 7, true) + "\n";
  }
  out += "macro-F1 " + Fixed(report.macro_f1) + " over " + std::to_string(report.documents) + " documents\n";
  size_t fp = 0, fn = 0;
  for (const EvalError& e : report.errors) (e.false_positive ? fp : fn)++;
  out += "\nfalse positives (" + std::to_string(fp) + "):\n";
  for (const EvalError& e : report.errors) {
    if (!e.false_positive) continue;
    out += "  " + e.id + "  " + std::string(CategoryId(e.category)) + "  rule " + e.rule + "  \"" + e.match + "\"\n";
  }
  out += "false negatives (" + std::to_string(fn) + "):\n";
  for (const EvalError& e : report.errors) {
    if (e.false_positive) continue;
    out += "  " + e.id + "  " + std::string(CategoryId(e.category)) + "\n";
  }
  return out;
}

std::string FormatEvalJson(const EvalReport& report) {
  Json j;
  j["documents"] = report.documents;
  j["macro_f1"] = report.macro_f1;
  Json cats = Json::object();
  for (const CategoryScore& s : report.categories) {
    cats[std::string(CategoryId(s.category))] = {{"tp", s.tp},
                                                 {"fp", s.fp},
                                                 {"fn", s.fn},
                                                 {"precision", s.precision},
                                                 {"recall", s.recall},
                                                 {"f1", s.f1}};
  }
  j["categories"] = cats;
  Json errors = Json::array();
  for (const EvalError& e : report.errors) {
    Json x = {{"id", e.id}, {"category", std::string(CategoryId(e.category))},
              {"kind", e.false_positive ? "false_positive" : "false_negative"}};
    if (e.false_positive) {
      x["rule"] = e.rule;
      x["match"] = e.match;
    }
    errors.push_back(std::move(x));
  }
  j["errors"] = errors;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace lantian::patterns
