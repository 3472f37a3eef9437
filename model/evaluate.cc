#include "model/evaluate.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include <nlohmann/json.hpp>
#include <toml++/toml.h>

#include "base/toml_error.h"

namespace lantian::model {
namespace {

using patterns::Category;
using patterns::CategoryScore;

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.3f", v);
  return buf;
}

void Finish(DetectorScores* s) {
  double sum = 0;
  for (CategoryScore& c : s->categories) {
    c.precision = (c.tp + c.fp) == 0 ? 1.0 : static_cast<double>(c.tp) / (c.tp + c.fp);
    c.recall = (c.tp + c.fn) == 0 ? 1.0 : static_cast<double>(c.tp) / (c.tp + c.fn);
    c.f1 = (c.precision + c.recall) == 0 ? 0.0 : 2 * c.precision * c.recall / (c.precision + c.recall);
    sum += c.f1;
  }
  s->macro_f1 = sum / patterns::kCategoryCount;
}

void Count(CategoryScore* c, bool predicted, bool labelled) {
  if (predicted && labelled) ++c->tp;
  if (predicted && !labelled) ++c->fp;
  if (!predicted && labelled) ++c->fn;
}

}  // namespace

Thresholds ChooseThresholds(const Classifier& classifier, const patterns::Normalizer& normalizer,
                            const std::vector<Example>& examples, double min_precision) {
  std::vector<Scores> scores;
  for (const Example& e : examples) scores.push_back(classifier.Score(normalizer.NormalizeToString(e.text)));
  return ChooseThresholdsFromScores(scores, examples, min_precision);
}

Thresholds ChooseThresholdsFromScores(const std::vector<Scores>& scores, const std::vector<Example>& examples,
                                      double min_precision) {
  Thresholds out{};
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    std::vector<std::pair<double, bool>> ranked;
    for (size_t i = 0; i < examples.size(); ++i) ranked.emplace_back(scores[i][c], examples[i].labels[c]);
    std::sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) { return a.first > b.first; });
    out[c] = 1.0;
    int tp = 0, fp = 0;
    for (size_t i = 0; i < ranked.size(); ++i) {
      (ranked[i].second ? tp : fp)++;
      if (i + 1 < ranked.size() && ranked[i + 1].first == ranked[i].first) continue;
      if (tp > 0 && static_cast<double>(tp) / (tp + fp) >= min_precision) out[c] = ranked[i].first;
    }
  }
  return out;
}

Thresholds ChooseVetoes(const patterns::RuleSet& rules, const Classifier& classifier,
                        const std::vector<Example>& examples, double max_recall_loss) {
  std::array<std::vector<double>, patterns::kCategoryCount> found;  // scores of positives the rules hit
  for (const Example& e : examples) {
    patterns::NormalizedText doc;
    Result<std::vector<patterns::Hit>> hits = rules.Scan(e.text, &doc);
    if (!hits.ok()) continue;
    bool by_rule[patterns::kCategoryCount] = {};
    for (const patterns::Hit& h : *hits) by_rule[static_cast<int>(h.category)] = true;
    const Scores s = classifier.Score(doc.text());
    for (int c = 0; c < patterns::kCategoryCount; ++c) {
      if (by_rule[c] && e.labels[c]) found[c].push_back(s[c]);
    }
  }
  Thresholds out{};
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    std::vector<double>& v = found[c];
    if (v.size() < kMinVetoPositives) continue;
    std::sort(v.begin(), v.end());
    const auto k = static_cast<size_t>(max_recall_loss * static_cast<double>(v.size()));
    out[c] = std::min(kMaxVeto, v[std::min(k, v.size() - 1)]);
  }
  return out;
}

Result<DetectorReport> EvaluateDetectors(const patterns::RuleSet& rules, const Classifier& classifier,
                                         const Thresholds& thresholds, const std::vector<Example>& examples,
                                         const Thresholds& vetoes) {
  DetectorReport r;
  for (DetectorScores* s : {&r.rules, &r.model, &r.hybrid}) {
    for (int c = 0; c < patterns::kCategoryCount; ++c) s->categories[c].category = static_cast<Category>(c);
  }
  for (const Example& e : examples) {
    Result<std::vector<patterns::Hit>> hits = rules.Scan(e.text);
    if (!hits.ok()) return hits.status().WithContext(e.id);
    bool by_rule[patterns::kCategoryCount] = {};
    for (const patterns::Hit& h : *hits) by_rule[static_cast<int>(h.category)] = true;
    const Scores s = classifier.Score(rules.normalizer().NormalizeToString(e.text));
    for (int c = 0; c < patterns::kCategoryCount; ++c) {
      const bool by_model = s[c] >= thresholds[c];
      Count(&r.rules.categories[c], by_rule[c], e.labels[c]);
      Count(&r.model.categories[c], by_model, e.labels[c]);
      Count(&r.hybrid.categories[c], (by_rule[c] && s[c] >= vetoes[c]) || by_model, e.labels[c]);
    }
    ++r.documents;
  }
  Finish(&r.rules);
  Finish(&r.model);
  Finish(&r.hybrid);
  return r;
}

std::string FormatDetectorTable(const DetectorReport& report) {
  std::string out = "category               rules P/R/F1         model P/R/F1         hybrid P/R/F1\n";
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    std::string row(patterns::CategoryId(static_cast<Category>(c)));
    row.resize(23, ' ');
    for (const DetectorScores* s : {&report.rules, &report.model, &report.hybrid}) {
      const CategoryScore& x = s->categories[c];
      std::string cell = Fixed(x.precision) + " " + Fixed(x.recall) + " " + Fixed(x.f1);
      cell.resize(21, ' ');
      row += cell;
    }
    out += row + "\n";
  }
  out += "macro-F1               " + Fixed(report.rules.macro_f1) + "                " + Fixed(report.model.macro_f1) +
         "                " + Fixed(report.hybrid.macro_f1) + "   (" + std::to_string(report.documents) +
         " documents)\n";
  return out;
}

std::string FormatDetectorJson(const DetectorReport& report) {
  nlohmann::ordered_json j;
  j["documents"] = report.documents;
  for (const auto& [name, s] : {std::pair{"rules", &report.rules}, std::pair{"model", &report.model},
                                std::pair{"hybrid", &report.hybrid}}) {
    nlohmann::ordered_json d;
    d["macro_f1"] = s->macro_f1;
    for (const CategoryScore& x : s->categories) {
      d["categories"][std::string(patterns::CategoryId(x.category))] = {
          {"tp", x.tp}, {"fp", x.fp}, {"fn", x.fn}, {"precision", x.precision}, {"recall", x.recall}, {"f1", x.f1}};
    }
    j[name] = d;
  }
  return j.dump();
}

namespace {

void AppendTable(std::string* out, const char* name, const Thresholds& values) {
  *out += std::string("[") + name + "]\n";
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%.6f", values[c]);
    *out += std::string(patterns::CategoryId(static_cast<Category>(c))) + " = " + buf + "\n";
  }
}

// Reads table `name` of the file; `required` says whether a missing table is
// an error (else all 0).
Result<Thresholds> LoadTable(const std::string& path, const std::string& name, bool required) {
  toml::table doc;
  try {
    doc = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return base::TomlParseError(path, e);
  }
  Thresholds out{};
  const toml::table* t = doc[name].as_table();
  if (t == nullptr) {
    if (!required) return out;
    return Status::InvalidArgument(path + ": " + name + ": missing table");
  }
  for (int c = 0; c < patterns::kCategoryCount; ++c) {
    const std::string id(patterns::CategoryId(static_cast<Category>(c)));
    const toml::node* n = t->get(id);
    if (n == nullptr) return Status::InvalidArgument(path + ": " + name + "." + id + ": missing");
    const std::optional<double> v = n->value<double>();
    if (!v || *v < 0 || *v > 1) {
      return base::TomlValueError(path, *n, name + "." + id, "expected a number in [0, 1]");
    }
    out[c] = *v;
  }
  return out;
}

}  // namespace

std::string FormatThresholdsToml(const Thresholds& thresholds, const Thresholds* vetoes) {
  std::string out =
      "# Per-category model thresholds, chosen by `lantian model train` on the held-out\n"
      "# fifth of the training corpora: the lowest score with precision >= 0.95.\n";
  AppendTable(&out, "thresholds", thresholds);
  if (vetoes != nullptr) {
    out +=
        "\n# A rule hit whose model score of its category is below this is dropped as a\n"
        "# false positive (chosen so that at most 2% of held-out positives the rules\n"
        "# found fall below; 0 = no veto).\n";
    AppendTable(&out, "vetoes", *vetoes);
  }
  return out;
}

Result<Thresholds> LoadThresholds(const std::string& path) { return LoadTable(path, "thresholds", true); }

Result<Thresholds> LoadVetoes(const std::string& path) { return LoadTable(path, "vetoes", false); }

}  // namespace lantian::model
