#include "patterns/variant_table.h"

#include <utility>

#include <toml++/toml.h>

#include "patterns/internal/rule_toml.h"

namespace lantian::patterns {

Result<VariantTable> LoadVariantTable(const std::string& path) {
  VariantTable table;
  table.file = path;
  Result<toml::table> doc = internal::ParseTomlFile(path);
  if (!doc.ok()) return doc.status();
  for (auto&& [k, v] : *doc) {
    if (k.str() != "variant") {
      return Status::InvalidArgument(internal::Where(path, v.source()) + "unknown key \"" + std::string(k.str()) + "\"");
    }
  }
  const toml::node* variants = doc->get("variant");
  if (variants == nullptr) return table;
  const toml::array* arr = variants->as_array();
  if (arr == nullptr || !arr->is_array_of_tables()) {
    return Status::InvalidArgument(internal::Where(path, variants->source()) + "\"variant\" must be an array of tables ([[variant]])");
  }
  for (const toml::node& n : *arr) {
    const toml::table& t = *n.as_table();
    VariantTable::Entry e;
    e.line = static_cast<int>(n.source().begin.line);
    for (auto&& [key, value] : t) {
      const std::string name(key.str());
      if (name == "to") {
        const auto s = value.value<std::string>();
        if (!value.is_string() || !s) return Status::InvalidArgument(internal::Where(path, value.source()) + "variant: \"to\" must be a string");
        e.to = *s;
      } else if (name == "from" || name == "token" || name == "symbol") {
        Result<std::vector<std::string>> list = internal::StringArray(path, "variant: \"" + name + "\"", value);
        if (!list.ok()) return list.status();
        (name == "from" ? e.from : name == "token" ? e.token : e.symbol) = std::move(*list);
      } else {
        return Status::InvalidArgument(internal::Where(path, value.source()) + "variant: unknown key \"" + name + "\"");
      }
    }
    if (t.get("to") == nullptr) return Status::InvalidArgument(internal::Where(path, e.line) + "variant: missing field \"to\"");
    if (e.from.empty() && e.token.empty() && e.symbol.empty()) {
      return Status::InvalidArgument(internal::Where(path, e.line) + "variant: needs \"from\", \"token\" or \"symbol\"");
    }
    table.entries.push_back(std::move(e));
  }
  return table;
}

}  // namespace lantian::patterns
