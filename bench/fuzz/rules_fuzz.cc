// libFuzzer target: rule-file loading (patterns/rule_set.h) on arbitrary
// bytes. Each input is written as the one rule file of a scratch directory
// (next to the test variant table) and loaded with RuleSet::LoadDir. Must
// never crash or hang; a bad file is a one-line error naming the file, and a
// good one scans its own examples with in-range offsets.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

#include "base/no_destructor.h"
#include "patterns/rule_set.h"

namespace {

namespace fs = std::filesystem;
namespace patterns = lantian::patterns;

fs::path MakeScratchDir() {
  const fs::path root = fs::temp_directory_path() / ("rules_fuzz." + std::to_string(::getpid()));
  fs::create_directories(root / "rules");
  fs::copy_file(fs::path(LANTIAN_SOURCE_DIR) / "tests/data/patterns/rules/variants.toml",
                root / "rules/variants.toml", fs::copy_options::overwrite_existing);
  return root / "rules";
}

// <tmp>/rules_fuzz.<pid>/rules/{fuzz.toml,variants.toml}, removed at exit
// (never destroyed, so the exit handler may still read it).
const fs::path& ScratchDir() {
  static const lantian::base::NoDestructor<fs::path> dir(MakeScratchDir());
  static const bool registered = [] {
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(ScratchDir().parent_path(), ec);
    });
    return true;
  }();
  (void)registered;
  return *dir;
}

void CheckHits(const patterns::RuleSet& rules, std::string_view text) {
  auto hits = rules.Scan(text);
  if (!hits.ok()) return;  // out of RE2 memory is an error, reported as one
  for (const auto& hit : *hits) {
    if (hit.start > hit.end || hit.end > text.size()) std::abort();
    if (hit.match != text.substr(hit.start, hit.end - hit.start)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path file = ScratchDir() / "fuzz.toml";
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!out) std::abort();
  }
  patterns::LoadOptions options;
  options.registry_path = std::string(LANTIAN_SOURCE_DIR) + "/tests/data/patterns/registry/agencies.csv";
  options.set_max_mem_bytes = int64_t{8} << 20;
  auto rules = patterns::RuleSet::LoadDir(ScratchDir().string(), options);
  if (!rules.ok()) {
    const std::string& message = rules.status().message();
    if (message.find("fuzz.toml") == std::string::npos || message.find('\n') != std::string::npos) std::abort();
    return 0;
  }
  for (const auto& rule : (*rules)->rules()) {
    for (const auto& example : rule.examples) CheckHits(**rules, example.text);
    for (const auto& example : rule.counter_examples) CheckHits(**rules, example.text);
  }
  return 0;
}
