#include "patterns/internal/rule_parser.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <toml++/toml.h>

#include "patterns/internal/rule_toml.h"

namespace lantian::patterns::internal {
namespace {

// `text` for a one-line error message: control bytes (a TOML "\n" in a key
// or an id) written as \n, \t or \xNN, so the message stays one line.
std::string OneLine(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += ch;
    }
  }
  return out;
}

// RE2's error() usually already ends with error_arg(); add it only when not.
std::string Re2Error(const RE2& re) {
  std::string e = re.error();
  const std::string& arg = re.error_arg();
  if (!arg.empty() && (e.size() < arg.size() || e.compare(e.size() - arg.size(), arg.size(), arg) != 0)) {
    e += ": " + arg;
  }
  return e;
}

bool MatchesEmpty(const RE2& re) {
  static constexpr std::string_view kProbes[] = {"", "a", "包", " ", "1", "a b"};
  for (std::string_view probe : kProbes) {
    re2::StringPiece m;
    if (re.Match(re2::StringPiece(probe.data(), probe.size()), 0, probe.size(), RE2::UNANCHORED, &m,
                 1) &&
        m.empty()) {
      return true;
    }
  }
  return false;
}

// Term sets ([sets] tables of every file), by name.
struct TermSet {
  std::vector<std::string> terms;
  std::string file;
  int line = 0;
};

class RuleParser {
 public:
  RuleParser(const std::map<std::string, TermSet>& sets, TermTable* table)
      : sets_(sets), table_(table) {}

  // Expands @sets and compiles the alternation of the terms (once per
  // distinct alternation, in the term table).
  Result<std::pair<const RE2*, size_t>> Terms(const std::string& file, const std::string& what,
                                     const std::vector<std::string>& terms, int line) {
    std::vector<std::string> expanded;
    for (const std::string& t : terms) {
      if (!t.empty() && t[0] == '@') {
        auto it = sets_.find(t.substr(1));
        if (it == sets_.end()) return Status::InvalidArgument(Where(file, line) + what + ": unknown set \"" + t + "\"");
        expanded.insert(expanded.end(), it->second.terms.begin(), it->second.terms.end());
      } else {
        expanded.push_back(t);
      }
    }
    if (expanded.empty()) return Status::InvalidArgument(Where(file, line) + what + ": needs at least one term");
    std::string combined;
    for (const std::string& t : expanded) {
      RE2 re(t, QuietRe2Options());
      if (!re.ok()) {
        return Status::InvalidArgument(Where(file, line) + what + ": invalid regex \"" + t + "\": " + Re2Error(re));
      }
      if (MatchesEmpty(re)) {
        return Status::InvalidArgument(Where(file, line) + what + ": term \"" + t + "\" matches the empty string");
      }
      if (!combined.empty()) combined += '|';
      combined += "(?:" + t + ")";
    }
    if (auto it = table_->by_pattern.find(combined); it != table_->by_pattern.end()) {
      return std::make_pair(static_cast<const RE2*>(table_->regexes[it->second].get()), it->second);
    }
    RE2::Options options = QuietRe2Options();
    options.set_max_mem(int64_t{32} << 20);  // large alternations: keep the DFA cached
    auto re = std::make_unique<RE2>(combined, options);
    if (!re->ok()) {
      return Status::InvalidArgument(Where(file, line) + what + ": invalid regex: " + Re2Error(*re));
    }
    const size_t id = table_->regexes.size();
    table_->by_pattern.emplace(combined, id);
    table_->regexes.push_back(std::move(re));
    return std::make_pair(static_cast<const RE2*>(table_->regexes.back().get()), id);
  }

  // { any = [...], within = N }
  Result<Window> ParseWindow(const std::string& file, const std::string& what, const toml::node& node) {
    const toml::table* t = node.as_table();
    if (t == nullptr) return Status::InvalidArgument(Where(file, node.source()) + what + " must be a table { any = [...], within = N }");
    const int line = node.source().begin.line;
    for (auto&& [k, v] : *t) {
      if (k.str() != "any" && k.str() != "within") {
        return Status::InvalidArgument(Where(file, v.source()) + what + ": unknown key \"" + std::string(k.str()) + "\"");
      }
    }
    const toml::node* any = t->get("any");
    if (any == nullptr) return Status::InvalidArgument(Where(file, line) + what + ": missing field \"any\"");
    Result<std::vector<std::string>> terms = StringArray(file, what + ".any", *any);
    if (!terms.ok()) return terms.status();
    Window w;
    if (const toml::node* within = t->get("within")) {
      const auto n = within->value<int64_t>();
      if (!within->is_integer() || !n) {
        return Status::InvalidArgument(Where(file, within->source()) + what + ".within must be an integer");
      }
      if (*n < 0) return Status::InvalidArgument(Where(file, within->source()) + what + ".within must be >= 0");
      w.within = static_cast<size_t>(*n);
    }
    Result<std::pair<const RE2*, size_t>> re = Terms(file, what, *terms, any->source().begin.line);
    if (!re.ok()) return re.status();
    w.re = re->first;
    w.term_id = re->second;
    w.edge = HasEdgeAssertion(w.re->pattern());
    return w;
  }

 private:
  const std::map<std::string, TermSet>& sets_;
  TermTable* table_;
};

bool ValidId(std::string_view id) {
  // [a-z0-9_]+(\.[a-z0-9_]+)*
  if (id.empty() || id.front() == '.' || id.back() == '.') return false;
  char prev = '.';
  for (char c : id) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!word && c != '.') return false;
    if (c == '.' && prev == '.') return false;
    prev = c;
  }
  return true;
}

struct ParsedFile {
  std::string path;
  toml::table doc;
};

constexpr std::string_view kRuleKeys[] = {
    "id",   "category", "severity",      "description", "legal_basis", "pattern",          "near",
    "near_all", "unless", "unless_within", "firm",        "examples",    "counter_examples"};

// Rule ids seen so far → where they were defined (file, line).
using RuleIds = std::unordered_map<std::string, std::pair<std::string, int>>;

// Reads the [[rule]] table `n` of `path` into `rules`.
Status ParseRule(const std::string& path, const toml::node& n, RuleParser* parser, RuleIds* ids,
                 ParsedRules* rules) {
  const toml::table& t = *n.as_table();
  RuleInfo info;
  info.file = path;
  info.line = static_cast<int>(n.source().begin.line);
  CompiledRule rule;
  // Unknown keys first, then the id (so later errors can name the rule).
  for (auto&& [k, v] : t) {
    if (std::find(std::begin(kRuleKeys), std::end(kRuleKeys), k.str()) == std::end(kRuleKeys)) {
      return Status::InvalidArgument(Where(path, v.source()) + "rule: unknown key \"" + OneLine(k.str()) + "\"");
    }
  }
  auto get_string = [&](const char* key, bool required, std::string* out) -> Status {
    const toml::node* v = t.get(key);
    const std::string rule_name = info.id.empty() ? "rule" : "rule " + info.id;
    if (v == nullptr) {
      if (!required) return Status::Ok();
      return Status::InvalidArgument(Where(path, info.line) + rule_name + ": missing field \"" + key + "\"");
    }
    const auto s = v->value<std::string>();
    if (!v->is_string() || !s) {
      return Status::InvalidArgument(Where(path, v->source()) + rule_name + ": \"" + key + "\" must be a string");
    }
    *out = *s;
    return Status::Ok();
  };
  LANTIAN_RETURN_IF_ERROR(get_string("id", true, &info.id));
  const std::string where_id = "rule " + info.id + ": ";
  if (!ValidId(info.id)) {
    return Status::InvalidArgument(Where(path, t.get("id")->source()) + "rule: bad id \"" + OneLine(info.id) +
                                   "\" (expected [a-z0-9_]+(.[a-z0-9_]+)*)");
  }
  if (auto [pos, inserted] = ids->emplace(info.id, std::make_pair(path, info.line)); !inserted) {
    return Status::InvalidArgument(Where(path, info.line) + "duplicate rule id \"" + info.id +
                                   "\" (first defined at " + pos->second.first + ":" +
                                   std::to_string(pos->second.second) + ")");
  }
  std::string category, severity;
  LANTIAN_RETURN_IF_ERROR(get_string("category", true, &category));
  LANTIAN_RETURN_IF_ERROR(get_string("severity", true, &severity));
  LANTIAN_RETURN_IF_ERROR(get_string("description", true, &info.description));
  LANTIAN_RETURN_IF_ERROR(get_string("pattern", true, &info.pattern));
  LANTIAN_RETURN_IF_ERROR(get_string("legal_basis", false, &info.legal_basis));
  const std::optional<Category> cat = ParseCategory(category);
  if (!cat) {
    return Status::InvalidArgument(Where(path, t.get("category")->source()) + where_id + "unknown category \"" +
                                   OneLine(category) +
                                   "\" (expected unlicensed_agency, guaranteed_grant, forged_seal, "
                                   "abnormal_application, trademark_squatting or certificate_renting)");
  }
  info.category = *cat;
  const std::optional<Severity> sev = ParseSeverity(severity);
  if (!sev) {
    return Status::InvalidArgument(Where(path, t.get("severity")->source()) + where_id + "bad severity \"" +
                                   OneLine(severity) + "\" (expected low, medium or high)");
  }
  info.severity = *sev;
  if (info.legal_basis.empty()) info.legal_basis = std::string(DefaultLegalBasis(info.category));

  // Pattern.
  const int pattern_line = static_cast<int>(t.get("pattern")->source().begin.line);
  RE2::Options rule_options = QuietRe2Options();
  rule_options.set_max_mem(int64_t{32} << 20);  // no silent DFA → NFA fallback on long documents
  rule.re = std::make_unique<RE2>(info.pattern, rule_options);
  if (!rule.re->ok()) {
    return Status::InvalidArgument(Where(path, pattern_line) + where_id + "invalid pattern: " + Re2Error(*rule.re));
  }
  if (MatchesEmpty(*rule.re)) {
    return Status::InvalidArgument(Where(path, pattern_line) + where_id + "pattern matches the empty string");
  }

  // Context.
  if (const toml::node* near = t.get("near")) {
    Result<Window> w = parser->ParseWindow(path, where_id + "near", *near);
    if (!w.ok()) return w.status();
    rule.required.push_back(std::move(*w));
  }
  if (const toml::node* near_all = t.get("near_all")) {
    const toml::array* list = near_all->as_array();
    if (list == nullptr) {
      return Status::InvalidArgument(Where(path, near_all->source()) + where_id +
                                     "\"near_all\" must be an array of { any = [...], within = N }");
    }
    for (const toml::node& el : *list) {
      Result<Window> w = parser->ParseWindow(path, where_id + "near_all", el);
      if (!w.ok()) return w.status();
      rule.required.push_back(std::move(*w));
    }
  }
  size_t unless_within = 0;
  if (const toml::node* uw = t.get("unless_within")) {
    const auto value = uw->value<int64_t>();
    if (!uw->is_integer() || !value) {
      return Status::InvalidArgument(Where(path, uw->source()) + where_id + "\"unless_within\" must be an integer");
    }
    if (*value < 0) return Status::InvalidArgument(Where(path, uw->source()) + where_id + "unless_within must be >= 0");
    unless_within = static_cast<size_t>(*value);
  }
  if (const toml::node* unless = t.get("unless")) {
    Result<std::vector<std::string>> terms = StringArray(path, where_id + "\"unless\"", *unless);
    if (!terms.ok()) return terms.status();
    Result<std::pair<const RE2*, size_t>> re =
        parser->Terms(path, where_id + "unless", *terms, static_cast<int>(unless->source().begin.line));
    if (!re.ok()) return re.status();
    rule.unless = Window{re->first, re->second, unless_within};
  }
  std::string firm;
  LANTIAN_RETURN_IF_ERROR(get_string("firm", false, &firm));
  if (!firm.empty()) {
    if (firm == "unlisted") {
      rule.firm = FirmMode::kUnlisted;
    } else if (firm == "listed") {
      rule.firm = FirmMode::kListed;
    } else {
      return Status::InvalidArgument(Where(path, t.get("firm")->source()) + where_id + "bad firm \"" + firm +
                                     "\" (expected \"unlisted\" or \"listed\")");
    }
    rules->needs_registry = true;
  }

  // Examples.
  auto examples = [&](const char* key, bool required, std::vector<RuleInfo::Example>* out) -> Status {
    const toml::node* v = t.get(key);
    if (v == nullptr) {
      if (!required) return Status::Ok();
      return Status::InvalidArgument(Where(path, info.line) + where_id + "missing field \"" + key + "\"");
    }
    Result<std::vector<std::string>> list = StringArray(path, where_id + "\"" + key + "\"", *v);
    if (!list.ok()) return list.status();
    const toml::array& arr_v = *v->as_array();
    for (size_t i = 0; i < list->size(); ++i) {
      out->push_back(RuleInfo::Example{(*list)[i], static_cast<int>(arr_v[i].source().begin.line)});
    }
    if (required && out->empty()) {
      return Status::InvalidArgument(Where(path, v->source()) + where_id + "\"" + key +
                                     "\" needs at least one entry");
    }
    return Status::Ok();
  };
  LANTIAN_RETURN_IF_ERROR(examples("examples", true, &info.examples));
  LANTIAN_RETURN_IF_ERROR(examples("counter_examples", false, &info.counter_examples));
  rules->infos.push_back(std::move(info));
  rules->rules.push_back(std::move(rule));
  return Status::Ok();
}

}  // namespace

bool HasEdgeAssertion(const std::string& pattern) {
  if (pattern.find_first_of("^$") != std::string::npos) return true;
  for (size_t i = pattern.find('\\'); i != std::string::npos; i = pattern.find('\\', i + 2)) {
    if (i + 1 < pattern.size() && std::string_view("bBAz").find(pattern[i + 1]) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

RE2::Options QuietRe2Options() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

Result<ParsedRules> ParseRuleFiles(const std::vector<std::string>& files) {
  ParsedRules result;
  // Parse every file, then collect [sets] from all of them.
  std::vector<ParsedFile> parsed;
  std::map<std::string, TermSet> sets;
  for (const std::string& path : files) {
    Result<toml::table> doc = ParseTomlFile(path);
    if (!doc.ok()) return doc.status();
    for (auto&& [k, v] : *doc) {
      if (k.str() != "rule" && k.str() != "sets") {
        return Status::InvalidArgument(Where(path, v.source()) + "unknown key \"" + std::string(k.str()) + "\"");
      }
    }
    if (const toml::node* s = doc->get("sets")) {
      const toml::table* t = s->as_table();
      if (t == nullptr) return Status::InvalidArgument(Where(path, s->source()) + "\"sets\" must be a table");
      for (auto&& [k, v] : *t) {
        const std::string name(k.str());
        Result<std::vector<std::string>> terms = StringArray(path, "set \"" + name + "\"", v);
        if (!terms.ok()) return terms.status();
        const int line = static_cast<int>(v.source().begin.line);
        auto [pos, inserted] = sets.emplace(name, TermSet{std::move(*terms), path, line});
        if (!inserted) {
          return Status::InvalidArgument(Where(path, line) + "duplicate set \"" + name + "\" (first defined at " +
                                         pos->second.file + ":" + std::to_string(pos->second.line) + ")");
        }
      }
    }
    parsed.push_back(ParsedFile{path, std::move(*doc)});
  }

  RuleParser parser(sets, &result.terms);
  RuleIds ids;
  for (const ParsedFile& pf : parsed) {
    const std::string& path = pf.path;
    const toml::node* rules_node = pf.doc.get("rule");
    if (rules_node == nullptr) continue;
    const toml::array* arr = rules_node->as_array();
    if (arr == nullptr || !arr->is_array_of_tables()) {
      return Status::InvalidArgument(Where(path, rules_node->source()) + "\"rule\" must be an array of tables ([[rule]])");
    }
    for (const toml::node& n : *arr) {
      LANTIAN_RETURN_IF_ERROR(ParseRule(path, n, &parser, &ids, &result));
    }
  }
  return result;
}

}  // namespace lantian::patterns::internal
