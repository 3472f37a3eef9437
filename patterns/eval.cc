#include "patterns/eval.h"

#include <cstdio>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

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
  std::ifstream in(corpus_path, std::ios::binary);
  if (!in) return Status::IoError(corpus_path + ": cannot read corpus");
  EvalReport report;
  for (int i = 0; i < kCategoryCount; ++i) report.categories[i].category = static_cast<Category>(i);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string where = corpus_path + ":" + std::to_string(line_no) + ": ";
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return Status::InvalidArgument(where + "not a JSON object");
    if (!j.is_object()) return Status::InvalidArgument(where + "not a JSON object");
    if (!j.contains("id") || !j["id"].is_string()) return Status::InvalidArgument(where + "\"id\" must be a string");
    if (!j.contains("text") || !j["text"].is_string()) {
      return Status::InvalidArgument(where + "\"text\" must be a string");
    }
    if (!j.contains("labels") || !j["labels"].is_array()) {
      return Status::InvalidArgument(where + "\"labels\" must be an array");
    }
    bool labelled[kCategoryCount] = {};
    for (const Json& l : j["labels"]) {
      if (!l.is_string()) return Status::InvalidArgument(where + "\"labels\" must hold strings");
      const auto c = ParseCategory(l.get<std::string>());
      if (!c) return Status::InvalidArgument(where + "unknown label \"" + l.get<std::string>() + "\"");
      labelled[static_cast<int>(*c)] = true;
    }
    const std::string id = j["id"].get<std::string>();
    Result<std::vector<Hit>> hits = rules.Scan(j["text"].get<std::string>());
    if (!hits.ok()) return hits.status().WithContext(where.substr(0, where.size() - 2));
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
  if (in.bad()) return Status::IoError(corpus_path + ": read error");
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
