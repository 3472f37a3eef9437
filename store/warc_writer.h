#pragma once

// WARC/1.1 writer (ISO 28500:2017, FORMATS.md): each record is its own gzip
// member; files are named lantian-<UTC 17-digit timestamp>-<serial>-<host>.warc.gz,
// written as `<name>.open` and renamed on Close/rotation; a warcinfo record
// opens each file; a CDXJ index `<name>.cdxj` is written beside it and sorted
// (raw bytes, LC_ALL=C) when the file is closed.
//
//   auto w = store::WarcWriter::Open({.dir = "warc", .hostname = "crawler1"});
//   store::WarcRecordSpec spec;
//   spec.type = "response";
//   spec.target_uri = "https://shop.example/item/1";
//   spec.date = base::NowRfc3339UtcMs();
//   spec.content_type = "application/http;msgtype=response";
//   spec.block_parts = {head, body};
//   spec.payload_offset = head.size();                // payload digest over the body
//   auto loc = (*w)->Append(spec);                    // file, offset, length, digests
//   (*w)->Flush(/*do_fsync=*/true);                   // before pointing a row at it
//   (*w)->Close();                                    // rename .open, sort the CDXJ

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "store/internal/append_file.h"

struct libdeflate_compressor;

namespace lantian::store {

// This machine's name (gethostname), "localhost" when it has none.
std::string LocalHostName();

struct WarcWriterOptions {
  std::string dir;                         // must exist or be creatable
  std::string prefix = "lantian";
  std::string hostname;                    // "" = gethostname()
  int64_t rotate_bytes = 1'000'000'000;    // start a new file past this size
  int gzip_level = 1;                      // deflate level per member, 0-12 (1: cheap)
  std::string software = "lantian";        // warcinfo `software`
  std::string warc_operator;               // warcinfo `operator`, "" = omitted
  std::string user_agent;                  // warcinfo `http-header-user-agent`
};

// What to write; the writer adds WARC-Record-ID (unless set), Content-Length,
// WARC-Block-Digest and, when payload_offset >= 0, WARC-Payload-Digest.
struct WarcRecordSpec {
  std::string type;          // warcinfo|request|response|metadata|revisit|resource
  std::string target_uri;    // "" = omitted (forbidden on warcinfo)
  std::string date;          // WARC-Date, RFC 3339 UTC
  std::string record_id;     // "<urn:uuid:...>"; "" = generate
  std::string content_type;  // "" = omitted
  std::vector<std::pair<std::string, std::string>> fields;  // extra named fields
  // Block = concatenation of these parts (avoids copying a head and a body).
  std::vector<std::string_view> block_parts;
  // Offset in the block where the payload starts; -1 = no payload digest.
  int64_t payload_offset = -1;
  // Precomputed payload digest "sha256:<hex>" (e.g. for revisit); "" = compute.
  std::string payload_digest;
  // The block is mostly bytes that are compressed already (a response with
  // Content-Encoding gzip/br/...): the member uses stored deflate blocks
  // (level 0), which costs almost no CPU and would save no space anyway.
  bool precompressed = false;
  // CDXJ line for this record (response/revisit only).
  bool index = false;
  int http_status = 0;
  std::string mime;
};

struct WarcRecordLocation {
  std::string filename;      // final file name (without ".open"), no directory
  int64_t offset = 0;        // of the gzip member in the file
  int64_t length = 0;        // gzip member bytes
  std::string record_id;
  std::string block_digest;    // "sha256:<hex>"
  std::string payload_digest;  // "sha256:<hex>" or ""
  std::string stored_sha256;   // lowercase hex sha256 of the gzip member bytes
};

// Single-thread. Owns one open WARC file at a time. Not copyable or movable.
class WarcWriter {
 public:
  [[nodiscard]] static Result<std::unique_ptr<WarcWriter>> Open(const WarcWriterOptions& options);
  ~WarcWriter();  // Close(), errors dropped
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  // Appends one record (compressing it as one gzip member). Opens a new
  // file (with its warcinfo) first if none is open or the current one is
  // past rotate_bytes. Bytes are buffered until Flush.
  [[nodiscard]] Result<WarcRecordLocation> Append(const WarcRecordSpec& spec);
  // fflush + (if do_fsync) fsync the WARC file and its CDXJ.
  [[nodiscard]] Status Flush(bool do_fsync);
  // Flushes, closes, renames `.open` away and sorts the CDXJ.
  [[nodiscard]] Status Close();
  // Directory the files are written to.
  const std::string& dir() const { return options_.dir; }

  // A position to roll back to: where the next record would go.
  struct Mark {
    std::string filename;  // "" when no file is open
    int64_t offset = 0;
    int64_t cdxj_offset = 0;
  };
  Mark CurrentMark() const { return {file_.is_open() ? filename_ : std::string(), offset_, cdxj_offset_}; }
  // After a failed batch: cuts the open file (and its CDXJ) back to `mark`
  // if it is still the open file, so no half-written record stays in the
  // middle of it. Only bytes no committed row references are removed.
  [[nodiscard]] Status DiscardFrom(const Mark& mark);

  // Renames leftover `*.warc.gz.open` files in `dir` (from a crash) to their
  // final names and sorts their CDXJ. Call only when no writer is active.
  [[nodiscard]] static Status RecoverOpenFiles(const std::string& dir);

 private:
  explicit WarcWriter(WarcWriterOptions options);
  [[nodiscard]] Status StartFile();

  struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const;
  };
  using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;

  WarcWriterOptions options_;
  Compressor compressor_;         // at gzip_level (libdeflate: 1 fastest .. 12)
  Compressor stored_compressor_;  // level 0, for precompressed blocks
  std::string plain_buf_;         // one record, uncompressed
  internal::AppendFile file_;
  internal::AppendFile cdxj_;
  std::string filename_;  // final name of the open file
  int64_t offset_ = 0;
  int64_t cdxj_offset_ = 0;
  int serial_ = 0;
  std::string compress_buf_;
};

// Creates a new "<urn:uuid:...>" (random v4).
std::string NewWarcRecordId();

// CDXJ searchable URL key as pywb and wabac.js look it up: lowercase,
// scheme, userinfo, a leading "www.", default ports and the fragment
// dropped, host reversed with commas, ")" then path+query:
// "https://www.Example.org:8443/a?b#c" -> "org,example:8443)/a?b".
// The WARC writer's CDXJ and the bundle's index both use it.
std::string CdxjSurt(std::string_view url);
// CDXJ timestamp: the first 14 digits of a WARC-Date, zero-padded:
// "2026-11-25T16:00:00.123Z" -> "20261125160000".
std::string CdxjTimestamp(std::string_view warc_date);

}  // namespace lantian::store
