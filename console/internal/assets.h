#pragma once

// The files of console/assets/, embedded in the binary at build time
// (console/embed_assets.cmake writes the table; every file dropped in that
// folder is picked up at the next build). Immutable: thread-safe.

#include <cstddef>
#include <span>
#include <string_view>

namespace lantian::console::internal {

struct Asset {
  std::string_view path;          // "/index.html", "/app.js"
  std::string_view content_type;  // "text/html; charset=utf-8"
  std::string_view bytes;         // the file, byte-exact
};

// Every embedded asset, sorted by path.
std::span<const Asset> EmbeddedAssets();

}  // namespace lantian::console::internal
