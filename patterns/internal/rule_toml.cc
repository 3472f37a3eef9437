#include "patterns/internal/rule_toml.h"

#include <fstream>
#include <sstream>

#include "base/toml_error.h"

namespace lantian::patterns::internal {

std::string Where(std::string_view file, const toml::source_region& src) {
  return Where(file, static_cast<int>(src.begin.line));
}

std::string Where(std::string_view file, int line) {
  return std::string(file) + ":" + std::to_string(line) + ": ";
}

Result<toml::table> ParseTomlFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read file");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  try {
    return toml::parse(ss.str(), path);
  } catch (const toml::parse_error& e) {
    return base::TomlParseError(path, e);
  }
}

Result<std::vector<std::string>> StringArray(std::string_view file, std::string_view what, const toml::node& node) {
  const toml::array* arr = node.as_array();
  if (arr == nullptr) {
    return Status::InvalidArgument(Where(file, node.source()) + std::string(what) + " must be an array of strings");
  }
  std::vector<std::string> out;
  for (const toml::node& el : *arr) {
    const auto s = el.value<std::string>();
    if (!el.is_string() || !s) {
      return Status::InvalidArgument(Where(file, el.source()) + std::string(what) + " must be an array of strings");
    }
    out.push_back(*s);
  }
  return out;
}

}  // namespace lantian::patterns::internal
