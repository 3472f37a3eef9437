#pragma once

// Helpers shared by the patterns tests.

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace lantian::patterns::testing {

// A temporary rule directory, removed at the end of the test.
class TempRules {
 public:
  TempRules() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "lantian-rules-XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
  }
  ~TempRules() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TempRules(const TempRules&) = delete;
  TempRules& operator=(const TempRules&) = delete;

  // Writes `text` to <dir>/<name>; returns the path.
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(Path(name), std::ios::binary) << text;
    return Path(name);
  }
  std::string Path(const std::string& name) const { return (std::filesystem::path(dir_) / name).string(); }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

// A rule that loads: the base of tests that add or change one key.
inline constexpr const char* kGoodRule = R"([[rule]]
id = "guaranteed_grant.bao"
category = "guaranteed_grant"
severity = "high"
description = "d"
pattern = '包授权'
examples = ["包授权"]
)";

}  // namespace lantian::patterns::testing
