#pragma once

// Reads WARC/1.1 records written by WarcWriter (or any per-record-gzipped
// WARC): one record by (file, offset, length), or every record of a file.
//
//   auto rec = store::ReadRecord("warc/x.warc.gz", loc.offset, loc.length);
//   rec->Field("WARC-Type")       // "response"
//   rec->block                    // HTTP head + body as stored
//
//   Status s = store::ForEachRecord("warc/x.warc.gz", [](int64_t offset, int64_t length,
//                                                          const store::WarcRecord& r) {
//     return r.Field("WARC-Type") == "warcinfo" ? Status::Ok() : Check(r);
//   });
//
// Free functions over files: thread-safe for different files, and for
// readers of the same file while nobody truncates it.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace lantian::store {

// One parsed record. A value, thread-compatible.
struct WarcRecord {
  std::string version;  // "WARC/1.1"
  std::vector<std::pair<std::string, std::string>> fields;  // in order
  std::string block;

  // Value of the first field named `name` (case-insensitive), "" if absent.
  std::string_view Field(std::string_view name) const;
};

// The raw stored bytes at [offset, offset+length) of `path` (the gzip member
// as written). Errors name the path: "warc/x.warc.gz: cannot open: No such file or directory".
[[nodiscard]] Result<std::string> ReadRawBytes(const std::string& path, int64_t offset,
                                               int64_t length);
// Gunzips all members in `gz` (bounded by max_bytes of output).
[[nodiscard]] Result<std::string> Gunzip(std::string_view gz, int64_t max_bytes = int64_t{1} << 32);
// Parses one uncompressed record ("WARC/1.1" CRLF fields CRLF block CRLF CRLF).
[[nodiscard]] Result<WarcRecord> ParseWarcRecord(std::string_view bytes);
// ReadRawBytes + Gunzip + ParseWarcRecord.
[[nodiscard]] Result<WarcRecord> ReadRecord(const std::string& path, int64_t offset, int64_t length);

// Calls fn(offset, length, record) for each gzip member of a .warc.gz file, in
// order. A bad member stops the walk with an error naming its offset.
[[nodiscard]] Status ForEachRecord(
    const std::string& path,
    const std::function<Status(int64_t offset, int64_t length, const WarcRecord&)>& fn);

}  // namespace lantian::store
