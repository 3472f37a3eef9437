#include "base/toml_error.h"

namespace lantian::base {

std::string TomlPosition(std::string_view path, const toml::source_region& where) {
  std::string out(path);
  if (where.begin.line == 0) return out;
  out += ':';
  out += std::to_string(where.begin.line);
  out += ':';
  out += std::to_string(where.begin.column);
  return out;
}

Status TomlParseError(std::string_view path, const toml::parse_error& e) {
  if (e.source().begin.line == 0) {
    return Status::IoError(std::string(path) + ": cannot read: " + std::string(e.description()));
  }
  return Status::InvalidArgument(TomlPosition(path, e.source()) + ": " + std::string(e.description()));
}

Status TomlValueError(std::string_view path, const toml::node& node, std::string_view key,
                      std::string_view message) {
  return Status::InvalidArgument(TomlPosition(path, node.source()) + ": " + std::string(key) + ": " +
                                 std::string(message));
}

}  // namespace lantian::base
