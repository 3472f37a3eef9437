#pragma once

// Streaming scanner over a .warc.gz (one or more gzip members, each usually
// holding one WARC record). Memory is bounded by the header caps, never by the
// record or file size: blocks are hashed as they pass. Used by the bundle
// writer (to index the records it copies) and by the bundle verifier (to check
// every record's WARC-Block-Digest and WARC-Payload-Digest). Private to store/.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/sha256.h"
#include "base/status.h"
#include "base/zlib_stream.h"

namespace lantian::store::internal {

struct WarcRecordInfo {
  uint64_t index = 0;   // 0-based position in the file
  uint64_t offset = 0;  // compressed offset of the gzip member the record starts in
  uint64_t length = 0;  // compressed bytes up to the end of the member it ends in
  std::string type;     // WARC-Type
  std::string record_id;
  std::string target_uri;
  std::string date;  // WARC-Date
  std::string content_type;
  std::string block_digest;    // header value as written
  std::string payload_digest;  // header value as written
  uint64_t content_length = 0;
  std::string block_sha256_hex;    // computed over the block
  std::string payload_sha256_hex;  // computed over the HTTP entity body (http records)
  int http_status = 0;             // response records
  std::string http_mime;           // response Content-Type without parameters
  // Digest mismatches found in this record, one line each (empty = fine).
  std::vector<std::string> problems;
};

// Single-thread. Feed compressed bytes in any chunking; each completed record
// is passed to `on_record` once its gzip member has ended (so `length` is known).
class WarcGzScanner {
 public:
  using RecordFn = std::function<Status(const WarcRecordInfo&)>;
  explicit WarcGzScanner(RecordFn on_record);
  ~WarcGzScanner();
  WarcGzScanner(const WarcGzScanner&) = delete;
  WarcGzScanner& operator=(const WarcGzScanner&) = delete;

  // Corruption (with the record index and offset) when the stream cannot be
  // parsed; digest mismatches are not errors here, they are in `problems`.
  [[nodiscard]] Status Feed(std::string_view compressed);
  // Call at end of input: Corruption if a member or record is cut short.
  [[nodiscard]] Status Finish();
  uint64_t records() const { return records_done_; }

 private:
  enum class State { kHeader, kBlock, kTrailer };
  [[nodiscard]] Status Consume(std::string_view plain);
  [[nodiscard]] Status StartRecord();
  void FeedBlock(std::string_view bytes);
  void FinishRecord();
  std::string Where() const;

  RecordFn on_record_;
  Result<base::ZlibStream> inflater_;  // one gzip member at a time
  bool in_member_ = false;
  uint64_t consumed_ = 0;  // compressed bytes consumed so far
  uint64_t member_start_ = 0;

  State state_ = State::kHeader;
  std::string header_;
  uint64_t block_left_ = 0;
  size_t trailer_seen_ = 0;
  WarcRecordInfo cur_;
  bool record_open_ = false;
  std::optional<base::Digest> block_sha256_;
  std::optional<base::Digest> block_extra_;  // sha1 when the header asks for it
  bool http_ = false;
  bool http_head_done_ = false;
  std::string http_head_;
  std::optional<base::Digest> payload_sha256_;
  std::optional<base::Digest> payload_extra_;
  std::vector<WarcRecordInfo> pending_;  // completed, waiting for member end
  uint64_t records_done_ = 0;
  uint64_t next_index_ = 0;
};

// True when `label` ("sha256:<hex|base32>", "sha1:<base32|hex>", "sha-256:…")
// names `raw` digest of the given algorithm.
bool DigestLabelMatches(std::string_view label, std::string_view raw_sha256,
                        std::string_view raw_sha1);
// Which algorithm a label uses: "sha256", "sha1" or "" (unknown).
std::string DigestLabelAlgorithm(std::string_view label);

}  // namespace lantian::store::internal
