#pragma once

// The variant table: config/patterns/variants.toml, the homophones,
// look-alikes, pinyin and emoji sellers use to dodge keyword filters, read
// into plain data for the Normalizer (which normalizes the strings itself).
// Three kinds of variant, each replaced by `to`:
//
//   [[variant]]                       # phrase: replaced anywhere after
//   from = ["包受权", "苞授权"]         # separator removal (longest wins)
//   to = "包授权"
//
//   [[variant]]                       # token: whole [a-z0-9]+ tokens only,
//   token = ["bsq", "baoshouquan"]    # before separators go
//   to = "包授权"
//
//   [[variant]]                       # symbol: emoji used as words, before
//   symbol = ["🐧"]                   # emoji are stripped as separators
//   to = "qq"
//
//   Result<VariantTable> t = LoadVariantTable("config/patterns/variants.toml");
//   if (!t.ok()) return t.status();   // "…/variants.toml:3: variant: unknown key \"frm\""
//   auto n = Normalizer::Create(*t);
//
// Thread-safe (pure function; the table is a value).

#include <string>
#include <vector>

#include "base/status.h"

namespace lantian::patterns {

// The variant table as plain data (strings as written in the file).
struct VariantTable {
  struct Entry {
    std::vector<std::string> from;  // phrase variants: replaced anywhere
    std::vector<std::string> token;  // token variants: whole [a-z0-9]+ tokens
    std::vector<std::string> symbol;  // symbol variants: before separators go
    std::string to;
    int line = 0;  // line of the [[variant]] table, for error messages
  };
  std::string file;  // path for error messages ("variants.toml")
  std::vector<Entry> entries;
};

// Reads a variants.toml file. Errors are one line "path:line: what"
// (InvalidArgument; IoError when unreadable): not TOML ("path:line:col: …"),
// a top-level key other than `variant`, `variant` not an array of tables, an
// unknown key, `to` missing or not a string, from/token/symbol not arrays of
// strings, an entry with none of them.
[[nodiscard]] Result<VariantTable> LoadVariantTable(const std::string& path);

}  // namespace lantian::patterns
