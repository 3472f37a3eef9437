#include "patterns/rule_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>
#include <unordered_map>

#include <toml++/toml.h>

#include "patterns/internal/set_prefilter.h"
#include "patterns/internal/utf8.h"

namespace lantian::patterns {
namespace {

namespace fs = std::filesystem;
using internal::BackCodePoints;
using internal::ForwardCodePoints;

enum class FirmMode { kNone, kListed, kUnlisted };

// A context window: at least one of the terms (one combined regex) must
// match within `within` code points of the match (0 = anywhere).
struct Window {
  const RE2* re = nullptr;  // owned by the rule set's term table (shared by identical lists)
  size_t term_id = 0;       // index into that table (per-document cache for within = 0)
  size_t within = 0;
  bool edge = false;        // `re` has ^, $ or \b-style assertions (HasEdgeAssertion)
};

// True when `pattern` may match differently in a substring than in the whole
// text: anchors and word-boundary assertions see the substring's edges.
bool HasEdgeAssertion(const std::string& pattern) {
  if (pattern.find_first_of("^$") != std::string::npos) return true;
  for (size_t i = pattern.find('\\'); i != std::string::npos; i = pattern.find('\\', i + 2)) {
    if (i + 1 < pattern.size() && std::string_view("bBAz").find(pattern[i + 1]) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// Term alternations, deduplicated across rules: many rules share the same
// `unless` list, and a within = 0 check is then run once per document.
struct TermTable {
  std::vector<std::unique_ptr<RE2>> regexes;
  std::unordered_map<std::string, size_t> by_pattern;
};

struct CompiledRule {
  std::unique_ptr<RE2> re;
  std::vector<Window> required;  // near + near_all: every one must hold
  std::optional<Window> unless;  // vetoes when it matches
  FirmMode firm = FirmMode::kNone;
};

constexpr size_t kSnippetChars = 30;

std::string Where(const std::string& file, const toml::source_region& src) {
  return file + ":" + std::to_string(src.begin.line) + ": ";
}

std::string Where(const std::string& file, int line) { return file + ":" + std::to_string(line) + ": "; }

RE2::Options TermOptions() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
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

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read file");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return ss.str();
}

Result<toml::table> ParseToml(const std::string& path) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  try {
    return toml::parse(*text, path);
  } catch (const toml::parse_error& e) {
    const auto& b = e.source().begin;
    return Status::InvalidArgument(path + ":" + std::to_string(b.line) + ":" + std::to_string(b.column) +
                                   ": " + std::string(e.description()));
  }
}

// Term sets ([sets] tables of every file), by name.
struct TermSet {
  std::vector<std::string> terms;
  std::string file;
  int line = 0;
};

class RuleParser {
 public:
  RuleParser(const std::map<std::string, TermSet>& sets, TermTable* table = nullptr)
      : sets_(sets), table_(table) {}

  // Reads an array of strings; error when not an array of strings.
  static Result<std::vector<std::string>> Strings(const std::string& file, const std::string& what,
                                           const toml::node& node) {
    const toml::array* arr = node.as_array();
    if (arr == nullptr) return Status::InvalidArgument(Where(file, node.source()) + what + " must be an array of strings");
    std::vector<std::string> out;
    for (const toml::node& el : *arr) {
      const auto s = el.value<std::string>();
      if (!el.is_string() || !s) {
        return Status::InvalidArgument(Where(file, el.source()) + what + " must be an array of strings");
      }
      out.push_back(*s);
    }
    return out;
  }

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
      RE2 re(t, TermOptions());
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
    RE2::Options options = TermOptions();
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
    Result<std::vector<std::string>> terms = Strings(file, what + ".any", *any);
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

struct ScratchSpace {
  NormalizedText doc;
  std::vector<int> matched;
  std::vector<int8_t> term_cache;  // per document: -1 unknown, 0/1 = term table regex matches anywhere
};

ScratchSpace& Scratch() {
  thread_local ScratchSpace s;
  return s;
}

// A worker thread keeps its scratch buffers between documents, but not the
// memory of one huge document.
void ReleaseIfHuge(ScratchSpace* s) {
  constexpr size_t kKeepBytes = size_t{16} << 20;
  if (s->doc.text().size() > kKeepBytes) s->doc = NormalizedText();
}

std::string MakeSnippet(std::string_view original, size_t start, size_t end) {
  // Back 30 code points (lead bytes) from start, forward 30 from end, on
  // UTF-8 boundaries even when the input is not valid UTF-8.
  auto is_cont = [&](size_t i) { return internal::IsContinuation(original[i]); };
  size_t b = start;
  for (size_t n = 0; n < kSnippetChars && b > 0; ++n) {
    --b;
    for (int k = 0; k < 3 && b > 0 && is_cont(b); ++k) --b;
  }
  size_t e = end;
  for (size_t n = 0; n < kSnippetChars && e < original.size(); ++n) {
    ++e;
    for (int k = 0; k < 3 && e < original.size() && is_cont(e); ++k) ++e;
  }
  std::string s(original.substr(b, e - b));
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\0') c = ' ';
  }
  return s;
}

}  // namespace

struct RuleSet::Impl {
  TermTable terms;
  std::unique_ptr<Normalizer> normalizer;
  Registry registry;
  std::vector<RuleInfo> infos;
  std::vector<CompiledRule> rules;
  std::unique_ptr<RE2::Set> set;  // null when there are no rules

  // Runs one rule on a normalized document; appends its hits.
  // `term_cache` has one entry per term table regex (-1 = not yet run).
  void EvaluateRule(size_t index, const NormalizedText& doc, std::string_view original,
                    std::vector<int8_t>* term_cache, std::optional<std::vector<FirmMention>>* firms,
                    std::vector<Hit>* hits) const;
};

namespace {

// Does `w` hold around normalized [ms, me)? `cache` memoizes within = 0
// per term regex for the whole document.
bool WindowHolds(const Window& w, std::string_view text, size_t ms, size_t me, std::vector<int8_t>* cache) {
  if (w.within == 0) {
    int8_t& c = (*cache)[w.term_id];
    if (c < 0) c = RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *w.re) ? 1 : 0;
    return c == 1;
  }
  const size_t b = BackCodePoints(text, ms, w.within);
  const size_t e = ForwardCodePoints(text, me, w.within);
  return RE2::PartialMatch(re2::StringPiece(text.data() + b, e - b), *w.re);
}

}  // namespace

void RuleSet::Impl::EvaluateRule(size_t index, const NormalizedText& doc, std::string_view original,
                                 std::vector<int8_t>* term_cache,
                                 std::optional<std::vector<FirmMention>>* firms,
                                 std::vector<Hit>* hits) const {
  const CompiledRule& rule = rules[index];
  const RuleInfo& info = infos[index];
  const std::string_view text = doc.text();
  const re2::StringPiece input(text.data(), text.size());
  // Document-wide conditions (within = 0) first: they decide for every match.
  for (const Window& w : rule.required) {
    if (w.within == 0 && !WindowHolds(w, text, 0, 0, term_cache)) return;
  }
  if (rule.unless && rule.unless->within == 0 && WindowHolds(*rule.unless, text, 0, 0, term_cache)) return;
  // A near window whose terms occur nowhere in the document cannot hold
  // around any match: skip the rule before searching for its matches (one
  // cached whole-document search per term list instead of one window search
  // per match). Only for term lists without ^, $ or \b-style assertions,
  // which in a window substring also match at the window's edges.
  for (const Window& w : rule.required) {
    if (w.within == 0 || w.edge) continue;
    const Window anywhere{w.re, w.term_id, 0};
    if (!WindowHolds(anywhere, text, 0, 0, term_cache)) return;
  }
  bool firm_ok = false;
  size_t pos = 0;
  re2::StringPiece m;
  while (pos <= text.size() && rule.re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t ms = static_cast<size_t>(m.data() - text.data());
    const size_t me = ms + m.size();
    if (me == ms) {  // an empty match (e.g. a lone \b): never a hit
      pos = ForwardCodePoints(text, ms, 1);
      if (pos == ms) break;
      continue;
    }
    pos = me;
    bool ok = true;
    for (size_t i = 0; ok && i < rule.required.size(); ++i) {
      ok = WindowHolds(rule.required[i], text, ms, me, term_cache);
    }
    if (ok && rule.unless && WindowHolds(*rule.unless, text, ms, me, term_cache)) ok = false;
    if (!ok) continue;
    if (rule.firm != FirmMode::kNone) {
      firm_ok = true;
      break;
    }
    Hit h;
    h.rule = info.id;
    h.category = info.category;
    h.severity = info.severity;
    h.legal_basis = info.legal_basis;
    const auto [os, oe] = doc.ToOriginal(ms, me);
    h.start = os;
    h.end = oe;
    h.match = std::string(original.substr(os, oe - os));
    h.snippet = MakeSnippet(original, os, oe);
    hits->push_back(std::move(h));
  }
  if (!firm_ok) return;
  if (!firms->has_value()) *firms = registry.Classify(doc);
  const bool want_licensed = rule.firm == FirmMode::kListed;
  std::set<std::string> seen;
  for (const FirmMention& f : **firms) {
    if (f.licensed != want_licensed || !seen.insert(f.name).second) continue;
    Hit h;
    h.rule = info.id;
    h.category = info.category;
    h.severity = info.severity;
    h.legal_basis = info.legal_basis;
    h.start = f.start;
    h.end = f.end;
    h.match = std::string(original.substr(f.start, f.end - f.start));
    h.snippet = MakeSnippet(original, f.start, f.end);
    h.firm = f.name;
    hits->push_back(std::move(h));
  }
}

RuleSet::RuleSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RuleSet::~RuleSet() = default;

const std::vector<RuleInfo>& RuleSet::rules() const { return impl_->infos; }
const Normalizer& RuleSet::normalizer() const { return *impl_->normalizer; }
const Registry& RuleSet::registry() const { return impl_->registry; }

namespace {

void SortHits(std::vector<Hit>* hits) {
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    return a.rule < b.rule;
  });
}

}  // namespace

Result<std::vector<Hit>> RuleSet::Scan(std::string_view original) const {
  std::vector<Hit> hits;
  if (impl_->set == nullptr) return hits;
  ScratchSpace& scratch = Scratch();
  LANTIAN_RETURN_IF_ERROR(impl_->normalizer->Normalize(original, &scratch.doc));
  const std::string_view text = scratch.doc.text();
  scratch.matched.clear();
  RE2::Set::ErrorInfo error;
  error.kind = RE2::Set::kNoError;
  if (!impl_->set->Match(re2::StringPiece(text.data(), text.size()), &scratch.matched, &error)) {
    ReleaseIfHuge(&scratch);
    switch (error.kind) {
      case RE2::Set::kNoError:
        return hits;
      case RE2::Set::kOutOfMemory:
        return Status::ResourceExhausted(
            "RE2::Set ran out of memory (DFA budget exceeded) on a document of " +
            std::to_string(original.size()) + " bytes; raise set_max_mem_bytes");
      case RE2::Set::kInconsistent:
        return Status::Internal("RE2::Set returned inconsistent results");
      case RE2::Set::kNotCompiled:
        return Status::Internal("RE2::Set used before Compile()");
    }
    return Status::Internal("RE2::Set match failed");
  }
  std::sort(scratch.matched.begin(), scratch.matched.end());
  std::optional<std::vector<FirmMention>> firms;
  scratch.term_cache.assign(impl_->terms.regexes.size(), -1);
  for (int index : scratch.matched) {
    impl_->EvaluateRule(static_cast<size_t>(index), scratch.doc, original, &scratch.term_cache, &firms, &hits);
  }
  SortHits(&hits);
  ReleaseIfHuge(&scratch);
  return hits;
}

Result<std::vector<Hit>> RuleSet::ScanWithRule(std::string_view original, size_t rule_index) const {
  std::vector<Hit> hits;
  if (rule_index >= impl_->rules.size()) return Status::InvalidArgument("no rule #" + std::to_string(rule_index));
  ScratchSpace& scratch = Scratch();
  LANTIAN_RETURN_IF_ERROR(impl_->normalizer->Normalize(original, &scratch.doc));
  std::optional<std::vector<FirmMention>> firms;
  scratch.term_cache.assign(impl_->terms.regexes.size(), -1);
  impl_->EvaluateRule(rule_index, scratch.doc, original, &scratch.term_cache, &firms, &hits);
  SortHits(&hits);
  return hits;
}

std::vector<Category> DistinctCategories(const std::vector<Hit>& hits) {
  bool seen[kCategoryCount] = {};
  for (const Hit& h : hits) seen[static_cast<int>(h.category)] = true;
  std::vector<Category> out;
  for (int i = 0; i < kCategoryCount; ++i) {
    if (seen[i]) out.push_back(static_cast<Category>(i));
  }
  return out;
}

namespace {

Result<VariantTable> ParseVariants(const std::string& path) {
  VariantTable table;
  table.file = path;
  Result<toml::table> doc = ParseToml(path);
  if (!doc.ok()) return doc.status();
  for (auto&& [k, v] : *doc) {
    if (k.str() != "variant") {
      return Status::InvalidArgument(Where(path, v.source()) + "unknown key \"" + std::string(k.str()) + "\"");
    }
  }
  const toml::node* variants = doc->get("variant");
  if (variants == nullptr) return table;
  const toml::array* arr = variants->as_array();
  if (arr == nullptr || !arr->is_array_of_tables()) {
    return Status::InvalidArgument(Where(path, variants->source()) + "\"variant\" must be an array of tables ([[variant]])");
  }
  for (const toml::node& n : *arr) {
    const toml::table& t = *n.as_table();
    VariantTable::Entry e;
    e.line = static_cast<int>(n.source().begin.line);
    for (auto&& [key, value] : t) {
      const std::string name(key.str());
      if (name == "to") {
        const auto s = value.value<std::string>();
        if (!value.is_string() || !s) return Status::InvalidArgument(Where(path, value.source()) + "variant: \"to\" must be a string");
        e.to = *s;
      } else if (name == "from" || name == "token" || name == "symbol") {
        Result<std::vector<std::string>> list = RuleParser::Strings(path, "variant: \"" + name + "\"", value);
        if (!list.ok()) return list.status();
        (name == "from" ? e.from : name == "token" ? e.token : e.symbol) = std::move(*list);
      } else {
        return Status::InvalidArgument(Where(path, value.source()) + "variant: unknown key \"" + name + "\"");
      }
    }
    if (t.get("to") == nullptr) return Status::InvalidArgument(Where(path, e.line) + "variant: missing field \"to\"");
    if (e.from.empty() && e.token.empty() && e.symbol.empty()) {
      return Status::InvalidArgument(Where(path, e.line) + "variant: needs \"from\", \"token\" or \"symbol\"");
    }
    table.entries.push_back(std::move(e));
  }
  return table;
}

struct ParsedFile {
  std::string path;
  toml::table doc;
};

constexpr std::string_view kRuleKeys[] = {
    "id",   "category", "severity",      "description", "legal_basis", "pattern",          "near",
    "near_all", "unless", "unless_within", "firm",        "examples",    "counter_examples"};

}  // namespace

Result<std::unique_ptr<RuleSet>> RuleSet::LoadDir(const std::string& dir, const LoadOptions& options) {
  std::error_code ec;
  std::vector<std::string> files;
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::InvalidArgument(dir + ": cannot read rule directory: " + ec.message());
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return Status::InvalidArgument(dir + ": cannot read rule directory: " + ec.message());
    const fs::path& p = it->path();
    if (p.extension() != ".toml" || p.filename() == "variants.toml") continue;
    if (!it->is_regular_file(ec)) continue;
    files.push_back(p.string());
  }
  std::sort(files.begin(), files.end());

  auto impl = std::make_unique<Impl>();
  // Variants.
  VariantTable variants;
  const std::string variants_path = (fs::path(dir) / "variants.toml").string();
  if (fs::exists(variants_path, ec)) {
    Result<VariantTable> v = ParseVariants(variants_path);
    if (!v.ok()) return v.status();
    variants = std::move(*v);
  }
  Result<std::unique_ptr<Normalizer>> normalizer = Normalizer::Create(variants);
  if (!normalizer.ok()) return normalizer.status();
  impl->normalizer = std::move(*normalizer);

  // Parse every file, then collect [sets] from all of them.
  std::vector<ParsedFile> parsed;
  std::map<std::string, TermSet> sets;
  for (const std::string& path : files) {
    Result<toml::table> doc = ParseToml(path);
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
        Result<std::vector<std::string>> terms = RuleParser::Strings(path, "set \"" + name + "\"", v);
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

  RuleParser parser(sets, &impl->terms);
  std::unordered_map<std::string, std::pair<std::string, int>> ids;
  bool needs_registry = false;
  for (const ParsedFile& pf : parsed) {
    const std::string& path = pf.path;
    const toml::node* rules_node = pf.doc.get("rule");
    if (rules_node == nullptr) continue;
    const toml::array* arr = rules_node->as_array();
    if (arr == nullptr || !arr->is_array_of_tables()) {
      return Status::InvalidArgument(Where(path, rules_node->source()) + "\"rule\" must be an array of tables ([[rule]])");
    }
    for (const toml::node& n : *arr) {
      const toml::table& t = *n.as_table();
      RuleInfo info;
      info.file = path;
      info.line = static_cast<int>(n.source().begin.line);
      CompiledRule rule;
      // Unknown keys first, then the id (so later errors can name the rule).
      for (auto&& [k, v] : t) {
        if (std::find(std::begin(kRuleKeys), std::end(kRuleKeys), k.str()) == std::end(kRuleKeys)) {
          return Status::InvalidArgument(Where(path, v.source()) + "rule: unknown key \"" + std::string(k.str()) + "\"");
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
        return Status::InvalidArgument(Where(path, t.get("id")->source()) + "rule: bad id \"" + info.id +
                                       "\" (expected [a-z0-9_]+(.[a-z0-9_]+)*)");
      }
      if (auto [pos, inserted] = ids.emplace(info.id, std::make_pair(path, info.line)); !inserted) {
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
                                       category +
                                       "\" (expected unlicensed_agency, guaranteed_grant, forged_seal, "
                                       "abnormal_application, trademark_squatting or certificate_renting)");
      }
      info.category = *cat;
      const std::optional<Severity> sev = ParseSeverity(severity);
      if (!sev) {
        return Status::InvalidArgument(Where(path, t.get("severity")->source()) + where_id + "bad severity \"" +
                                       severity + "\" (expected low, medium or high)");
      }
      info.severity = *sev;
      if (info.legal_basis.empty()) info.legal_basis = std::string(DefaultLegalBasis(info.category));

      // Pattern.
      const int pattern_line = static_cast<int>(t.get("pattern")->source().begin.line);
      RE2::Options rule_options = TermOptions();
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
        Result<Window> w = parser.ParseWindow(path, where_id + "near", *near);
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
          Result<Window> w = parser.ParseWindow(path, where_id + "near_all", el);
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
        Result<std::vector<std::string>> terms = parser.Strings(path, where_id + "\"unless\"", *unless);
        if (!terms.ok()) return terms.status();
        Result<std::pair<const RE2*, size_t>> re =
            parser.Terms(path, where_id + "unless", *terms, static_cast<int>(unless->source().begin.line));
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
        needs_registry = true;
      }

      // Examples.
      auto examples = [&](const char* key, bool required, std::vector<RuleInfo::Example>* out) -> Status {
        const toml::node* v = t.get(key);
        if (v == nullptr) {
          if (!required) return Status::Ok();
          return Status::InvalidArgument(Where(path, info.line) + where_id + "missing field \"" + key + "\"");
        }
        Result<std::vector<std::string>> list = parser.Strings(path, where_id + "\"" + key + "\"", *v);
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
      impl->infos.push_back(std::move(info));
      impl->rules.push_back(std::move(rule));
    }
  }

  // Registry.
  const std::string registry_path = options.registry_path.empty()
                                        ? (fs::path(dir) / ".." / "registry" / "agencies.csv").lexically_normal().string()
                                        : options.registry_path;
  if (!options.registry_path.empty() || needs_registry || fs::exists(registry_path, ec)) {
    Result<Registry> reg = Registry::Load(registry_path, *impl->normalizer);
    if (!reg.ok()) return reg.status();
    impl->registry = std::move(*reg);
  }

  // One RE2::Set over every pattern.
  if (!impl->rules.empty()) {
    RE2::Options set_options = TermOptions();
    set_options.set_max_mem(options.set_max_mem_bytes);
    impl->set = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
    for (size_t i = 0; i < impl->infos.size(); ++i) {
      std::string error;
      if (impl->set->Add(internal::SetPrefilterPattern(impl->infos[i].pattern), &error) < 0) {
        return Status::InvalidArgument(Where(impl->infos[i].file, impl->infos[i].line) + "rule " + impl->infos[i].id +
                                       ": invalid pattern in RE2::Set: " + error);
      }
    }
    if (!impl->set->Compile()) {
      return Status::ResourceExhausted(dir + ": RE2::Set compilation failed (pattern set too large for " +
                                       std::to_string(options.set_max_mem_bytes) + " bytes of max_mem)");
    }
  }
  return std::unique_ptr<RuleSet>(new RuleSet(std::move(impl)));
}

}  // namespace lantian::patterns
