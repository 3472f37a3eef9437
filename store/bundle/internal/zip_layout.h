#pragma once

// The byte layout of a bundle's ZIP, checked against its central directory.
// libarchive reads entries from the central directory and trusts it, so a
// changed local header (its name, extra field, sizes, CRC) or bytes slipped
// in between entries go unnoticed by the streaming pass; this check reads
// every local header and data descriptor and compares them with their
// central-directory entry, and checks that each deflate stream ends exactly
// at its compressed size with zero padding bits. Private to store/bundle/.
//
//   auto failures = internal::CheckZipLayout("bundle.zip");
//   // e.g. "pages/pages.jsonl: local header name is 'pages/pagez.jsonl', the
//   //       central directory says 'pages/pages.jsonl'"
//
// Bundles are written by lantian (ZipWriter through libarchive), so the
// fields a local header does not repeat are held to what it writes: made on
// Unix, regular files, no comments, one disk. Pure function: thread-safe.

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace lantian::store::internal {

// An entry name as one line of a report may show it: control bytes and bytes
// that are not UTF-8 become \xNN.
std::string PrintableEntryName(std::string_view name);

// One line per problem, each naming the entry (its central-directory name)
// or the ZIP structure and the field; empty when the layout is sound.
// Errors: IoError when `path` cannot be opened or read.
[[nodiscard]] Result<std::vector<std::string>> CheckZipLayout(const std::string& path);

}  // namespace lantian::store::internal
