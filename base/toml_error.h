#pragma once

// "path:line:col" positions for TOML errors, the one format every config,
// rule, profile and notice file reports problems in:
//
//   config/sites/xianyu.toml:12:7: selector.price: expected a string
//
//   try {
//     root = toml::parse_file(path);
//   } catch (const toml::parse_error& e) {
//     return base::TomlParseError(path, e);   // "path:3:9: expected '='"
//   }
//   ...
//   if (!v.is_string()) return base::TomlValueError(path, *node, "selector.price", "expected a string");
//
// Thread-safe (pure functions).

#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "base/status.h"

namespace lantian::base {

// "path:line:col" of the start of `where`; "path" alone when toml++ knows no
// position (line 0).
std::string TomlPosition(std::string_view path, const toml::source_region& where);

// InvalidArgument "path:line:col: <description>" for a syntax error, or
// IoError "path: cannot read: <description>" when toml++ could not read the
// file at all (it reports that as a parse error at line 0).
Status TomlParseError(std::string_view path, const toml::parse_error& e);

// InvalidArgument "path:line:col: key: message" for a bad value at `node`.
Status TomlValueError(std::string_view path, const toml::node& node, std::string_view key,
                      std::string_view message);

}  // namespace lantian::base
