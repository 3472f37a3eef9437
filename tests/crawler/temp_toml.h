#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace lantian::crawler::testing {

// Writes `text` to <tmp>/lantian_<name>.toml and returns the path.
inline std::string WriteTempToml(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("lantian_" + name + ".toml");
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace lantian::crawler::testing
