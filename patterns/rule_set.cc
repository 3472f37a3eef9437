#include "patterns/rule_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

#include "patterns/internal/compiled_rule.h"
#include "patterns/internal/rule_matcher.h"
#include "patterns/internal/rule_parser.h"
#include "patterns/internal/set_prefilter.h"
#include "patterns/variant_table.h"

// RuleSet ties the pieces together: LoadDir lists the directory, loads the
// variant table and registry and hands the rule files to internal/rule_parser;
// Scan normalizes, asks the RE2::Set prefilter which rules may match and runs
// those through internal/rule_matcher.

namespace lantian::patterns {
namespace {

namespace fs = std::filesystem;

struct ScratchSpace {
  NormalizedText doc;
  std::vector<int> matched;
  internal::TermCache term_cache;
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

void SortHits(std::vector<Hit>* hits) {
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    return a.rule < b.rule;
  });
}

// The registry of licensed agencies: options.registry_path, else
// <dir>/../registry/agencies.csv when it exists or a firm rule `needs` it.
Status LoadRegistry(const std::string& dir, const LoadOptions& options, bool needs, const Normalizer& normalizer,
                    Registry* out) {
  std::error_code ec;
  const std::string path = options.registry_path.empty()
                               ? (fs::path(dir) / ".." / "registry" / "agencies.csv").lexically_normal().string()
                               : options.registry_path;
  if (options.registry_path.empty() && !needs && !fs::exists(path, ec)) return Status::Ok();
  Result<Registry> registry = Registry::Load(path, normalizer);
  if (!registry.ok()) return registry.status();
  *out = std::move(*registry);
  return Status::Ok();
}

}  // namespace

struct RuleSet::Impl {
  internal::TermTable terms;
  std::unique_ptr<Normalizer> normalizer;
  Registry registry;
  std::vector<RuleInfo> infos;
  std::vector<internal::CompiledRule> rules;
  std::unique_ptr<RE2::Set> set;  // null when there are no rules

  void EvaluateRule(size_t index, const NormalizedText& doc, std::string_view original,
                    internal::TermCache* term_cache, std::optional<std::vector<FirmMention>>* firms,
                    std::vector<Hit>* hits) const {
    internal::EvaluateRule(rules[index], infos[index], registry, doc, original, term_cache, firms, hits);
  }
};

RuleSet::RuleSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RuleSet::~RuleSet() = default;

const std::vector<RuleInfo>& RuleSet::rules() const { return impl_->infos; }
const Normalizer& RuleSet::normalizer() const { return *impl_->normalizer; }
const Registry& RuleSet::registry() const { return impl_->registry; }

namespace {

// A listing that names only firms of the licensed-agency registry is that
// agency's own offer, not an unlicensed one: its unlicensed_agency hits are
// dropped (hits of `firm =` rules name a firm and stay; so do other
// categories, since a licensed firm may still promise a grant).
void DropLicensedAgencyHits(const Registry& registry, const NormalizedText& doc,
                            std::optional<std::vector<FirmMention>>* firms, std::vector<Hit>* hits) {
  const auto offer = [](const Hit& h) { return h.category == Category::kUnlicensedAgency && h.firm.empty(); };
  if (std::none_of(hits->begin(), hits->end(), offer)) return;
  if (!registry.NamesOnlyLicensedFirms(doc, firms)) return;
  hits->erase(std::remove_if(hits->begin(), hits->end(), offer), hits->end());
}

}  // namespace

std::string_view HitSourceId(HitSource source) {
  return source == HitSource::kModel ? "model" : "rule";
}

Result<std::vector<Hit>> RuleSet::Scan(std::string_view original) const { return Scan(original, nullptr); }

Result<std::vector<Hit>> RuleSet::Scan(std::string_view original, NormalizedText* normalized) const {
  std::vector<Hit> hits;
  if (impl_->set == nullptr) {
    if (normalized != nullptr) LANTIAN_RETURN_IF_ERROR(impl_->normalizer->Normalize(original, normalized));
    return hits;
  }
  ScratchSpace& scratch = Scratch();
  LANTIAN_RETURN_IF_ERROR(impl_->normalizer->Normalize(original, &scratch.doc));
  if (normalized != nullptr) *normalized = scratch.doc;
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
  DropLicensedAgencyHits(impl_->registry, scratch.doc, &firms, &hits);
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
    Result<VariantTable> v = LoadVariantTable(variants_path);
    if (!v.ok()) return v.status();
    variants = std::move(*v);
  }
  Result<std::unique_ptr<Normalizer>> normalizer = Normalizer::Create(variants);
  if (!normalizer.ok()) return normalizer.status();
  impl->normalizer = std::move(*normalizer);

  // Rules.
  Result<internal::ParsedRules> parsed = internal::ParseRuleFiles(files);
  if (!parsed.ok()) return parsed.status();
  impl->terms = std::move(parsed->terms);
  impl->infos = std::move(parsed->infos);
  impl->rules = std::move(parsed->rules);

  LANTIAN_RETURN_IF_ERROR(LoadRegistry(dir, options, parsed->needs_registry, *impl->normalizer, &impl->registry));

  // One RE2::Set over every pattern.
  if (!impl->rules.empty()) {
    RE2::Options set_options = internal::QuietRe2Options();
    set_options.set_max_mem(options.set_max_mem_bytes);
    impl->set = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
    for (size_t i = 0; i < impl->infos.size(); ++i) {
      std::string error;
      if (impl->set->Add(internal::SetPrefilterPattern(impl->infos[i].pattern), &error) < 0) {
        return Status::InvalidArgument(impl->infos[i].file + ":" + std::to_string(impl->infos[i].line) + ": rule " +
                                       impl->infos[i].id + ": invalid pattern in RE2::Set: " + error);
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
