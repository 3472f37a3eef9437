#pragma once

// TOML reading shared by the rule files and variants.toml: the file parser,
// "file:line: " error prefixes (the position format rule files document:
// a line, no column, since most checks concern a whole [[rule]] table or
// key) and string arrays. Private to patterns/; thread-safe (pure).
//
//   Result<toml::table> doc = ParseTomlFile(path);  // "path:2:8: <toml++ error>"
//   Result<std::vector<std::string>> terms = StringArray(path, "set \"x\"", node);
//   return Status::InvalidArgument(Where(path, node.source()) + "rule a.b: ...");

#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "base/status.h"

namespace lantian::patterns::internal {

// "file:line: " for the start of `src`, or for `line`.
std::string Where(std::string_view file, const toml::source_region& src);
std::string Where(std::string_view file, int line);

// Reads and parses `path`. Errors: IoError "path: cannot read file" (or
// "path: read error"); InvalidArgument "path:line:col: <description>" for
// a syntax error (base::TomlParseError).
[[nodiscard]] Result<toml::table> ParseTomlFile(const std::string& path);

// `node` as an array of strings. Error: InvalidArgument
// "file:line: <what> must be an array of strings", at the node or at the
// first element that is not a string.
[[nodiscard]] Result<std::vector<std::string>> StringArray(std::string_view file, std::string_view what,
                                                           const toml::node& node);

}  // namespace lantian::patterns::internal
