// libFuzzer target: normalize + scan arbitrary bytes with the test rules
// (or $LANTIAN_FUZZ_PATTERNS). Checks the offset invariants of every hit.
//   cmake -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DLANTIAN_BUILD_FUZZ=ON && scripts/fuzz

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "patterns/rule_set.h"

namespace {

const lantian::patterns::RuleSet& Rules() {
  static const lantian::patterns::RuleSet* rules = [] {
    const char* env = std::getenv("LANTIAN_FUZZ_PATTERNS");
    const std::string dir = env != nullptr ? env : std::string(LANTIAN_SOURCE_DIR) + "/tests/data/patterns/rules";
    auto r = lantian::patterns::RuleSet::LoadDir(dir);
    if (!r.ok()) {
      std::fprintf(stderr, "scan_fuzz: %s\n", r.status().message().c_str());
      std::abort();
    }
    return std::move(*r).release();
  }();
  return *rules;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  lantian::patterns::NormalizedText doc;
  if (!Rules().normalizer().Normalize(input, &doc).ok()) std::abort();
  const std::string_view text = doc.text();
  // Every character boundary maps to a non-decreasing original offset in range.
  size_t prev = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    const size_t s = doc.OriginalStart(i);
    if (s > size || s < prev) std::abort();
    prev = s;
  }
  auto hits = Rules().Scan(input);
  if (!hits.ok()) std::abort();
  for (const auto& h : *hits) {
    if (h.start > h.end || h.end > size) std::abort();
    if (h.match != input.substr(h.start, h.end - h.start)) std::abort();
  }
  return 0;
}
