#pragma once

// The evidence chain's row format: how every evidence row (a capture with its
// WARC records, a hit, a status change, an export) is serialized and hashed,
// and how chain entries link. Store appends an entry per row in the same
// transaction as the row (WritePages, SetHitStatus, RecordExport);
// Store::VerifyChain recomputes every hash from the rows and WARC bytes. The
// format is stable: changing a byte of it breaks every stored chain.
//
//   content_sha256 = sha256(tag "|" field ...), each field "<byte length>:<bytes>;"
//   chain_hash     = sha256(prev_hash "|" kind "|" row_id "|" content_sha256)
//
//   store::HitEvidence hit{.id = 7, .item_id = 3, .capture_id = 2, .rule_id = "r"};
//   std::string content = store::HitContentHash(hit);
//   std::string link = store::ChainHash(store::kGenesisHash, "hit", hit.id, content);
//
// All hashes are lowercase hex. Pure functions over values: thread-safe.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lantian::store {

// prev_hash of the first chain entry.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// One WARC record of a capture, as the warc_records row holds it.
struct RecordEvidence {
  std::string file;  // WARC file name (warc_files.name)
  int64_t offset = 0;
  int64_t length = 0;
  std::string type;  // WARC-Type
  std::string record_id;
  std::string stored_sha256;  // of the gzip member as stored
};

// A captures row and its WARC records (chain kind "capture").
struct CaptureEvidence {
  int64_t id = 0;
  int64_t sweep_id = 0;
  std::string url, first_url;
  int64_t http_status = 0;
  std::string fetched_at, payload_sha256;
  int64_t revisit_of = 0;  // 0 = none
  std::string truncated, response_record_id;
  std::vector<RecordEvidence> records;
};

// A hits row (chain kind "hit"). Field order is the serialization order.
struct HitEvidence {
  int64_t id = 0, item_id = 0, capture_id = 0;
  std::string item_key;  // platform + "\n" + items.item_key
  std::string rule_id, category, severity, match, snippet, legal_basis;
  int64_t start = 0, end = 0;
  std::string found_at;
  // A model hit's source and score are part of its evidence (serialized
  // after found_at); a rule hit's are not, so chains written before
  // schema 4 verify unchanged. The score as stored, printed "%.6f".
  std::string source = "rule";
  double score = 0.0;
};

// A status_changes row (chain kind "status").
struct StatusEvidence {
  int64_t id = 0, hit_id = 0;
  std::string kind, from, to, actor, note, at;
};

// An exports row (chain kind "export"); hit_ids comma-separated.
struct ExportEvidence {
  int64_t id = 0;
  std::string path, sha256, hit_ids, note, at;
};

std::string CaptureContentHash(const CaptureEvidence& c);
std::string HitContentHash(const HitEvidence& h);
std::string StatusContentHash(const StatusEvidence& s);
std::string ExportContentHash(const ExportEvidence& e);

// sha256(prev "|" kind "|" row_id "|" content).
std::string ChainHash(std::string_view prev, std::string_view kind, int64_t row_id,
                      std::string_view content);

}  // namespace lantian::store
