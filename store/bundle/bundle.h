#pragma once

// Evidence bundles: one ZIP that is both a takedown package (notice.html,
// notice.csv, attachments) and a WACZ 1.1.1 web archive (archive/data.warc.gz,
// indexes/index.cdxj, pages/pages.jsonl, datapackage.json,
// datapackage-digest.json signed in the anonymous WACZ-signing form), plus an
// optional RFC 3161 token over the signature (timestamp.tsr).
//
// The writer takes plain values (no Store types), so it can be fed from the
// store (store/bundle/export.h) or from fixtures. It streams: WARC records are
// copied in fixed-size chunks through temp files beside the output, never held
// whole in memory. Functions here never print and never throw.
//
//   auto key = store::SigningKey::LoadPem("keys/lantian-signing.key.pem");
//   store::BundleOptions options{.notices_dir = "config/notices", .key = &*key};
//   auto summary = store::WriteBundle("bundle.zip", items, captures, options);
//   // summary->datapackage_hash == "sha256:…", signed with `key`
//
//   auto report = store::VerifyBundle("bundle.zip", {.trusted_public_key = pinned});
//   if (!report->ok()) for (const std::string& f : report->failures) ...  // one line each
//
// Thread-compatible: concurrent calls must write to different out paths.

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace lantian::store {

class SigningKey;

// One matched rule inside an item, as the notice cites it.
struct BundleHit {
  int64_t hit_id = 0;
  std::string rule_id;
  std::string category;  // fixed id, e.g. "guaranteed_grant"
  std::string severity;
  std::string match;    // the matched text as it appears on the page
  std::string context;  // text around the match (contains `match`), from the page
  int64_t start = -1;   // byte offsets of the match in the item's text; -1 unknown
  int64_t end = -1;
  std::string legal_basis;  // empty: the category's default from config/notices
  std::string source = "rule";  // "rule", or "model": found by the learned layer (issue 14)
  double score = -1;            // the model's score of the category; -1 none
};

// A byte range of gzip members in a WARC file (the records as stored).
struct WarcRange {
  std::string path;
  uint64_t offset = 0;
  uint64_t length = 0;
};

// One capture event (request/response records of every hop + metadata) cited
// by at least one item.
struct BundleCapture {
  std::string key;              // unique within the bundle, e.g. the capture id
  std::string sha256;           // capture sha256 as recorded by the store ("sha256:…" or hex)
  std::string captured_at_utc;  // RFC 3339
  std::string page_url;         // the fetched page (final URL)
  std::string page_title;       // for pages.jsonl; may be empty
  std::vector<WarcRange> ranges;  // copied byte-exact, in order
};

// One listing / post / search result, with the hits that make it reportable.
struct BundleItem {
  std::string platform;  // id as in config/sites, e.g. "taobao"
  std::string listing_id;
  std::string url;  // canonical item URL
  std::string title;
  std::string price;
  std::string seller;
  std::string seller_url;
  std::string first_seen_utc;  // RFC 3339
  std::string capture_key;     // BundleCapture::key of the capture the notice cites
  // The reasons the notice gives: one hit per category (a finding's best
  // evidence, store/findings.h), or every hit when the caller did not merge.
  std::vector<BundleHit> hits;
  // Every hit this listing stands for, in notice.csv's technical columns;
  // empty = the ids of `hits`.
  std::vector<int64_t> hit_ids;
  // The listing as a browser showed it (PNG; cropped to the item on a list
  // page), from the capture's screenshot record; "" = none (the page was not
  // rendered). Written as screenshots/<no>.png and shown in the notice.
  std::string screenshot_png;
};

// Which takedown route the notice takes (DESIGN.md "Two takedown routes").
enum class NoticeRoute {
  kReferral,   // regulator's referral, 电子商务法 Art. 29 (official letter)
  kComplaint,  // rights holder's complaint, 电子商务法 Art. 42 / 民法典 Art. 1195
};
std::string_view NoticeRouteName(NoticeRoute route);  // "referral" | "complaint"

// The sender of the notice, from config.
struct NoticeSender {
  std::string organization;
  std::string credit_code;  // 统一社会信用代码
  std::string contact_person;
  std::string phone;
  std::string email;
  std::string address;
  std::string authority;         // referral: the office's authority; complaint: rights held
  std::string rights_certificates;  // complaint: certificate numbers
  std::string letter_reference;  // 函号 / reference
};

// A file a complaint desk asks for, copied to attachments/<name>.
struct BundleAttachment {
  std::string source_path;
  std::string name;  // file name under attachments/; default: source basename
  std::string description;
};

// Optional RFC 3161 proof of time. `transport` POSTs a DER TimeStampReq and
// returns the DER TimeStampResp (crawler/tsa_client.h provides one over HTTP).
struct TimestampOptions {
  std::function<Result<std::string>(std::string_view request_der)> transport;
  std::string tsa_url;       // recorded in the bundle, informational
  std::string tsa_certs_pem_path;  // optional: TSA chain (PEM) copied as tsa/chain.pem
};

struct BundleOptions {
  NoticeRoute route = NoticeRoute::kReferral;
  NoticeSender sender;
  std::vector<BundleAttachment> attachments;
  // Directory with referral.html, complaint.html, platforms.toml, categories.toml.
  std::string notices_dir;
  std::string title;        // datapackage title; default "lantian evidence bundle"
  std::string created_utc;  // RFC 3339; default: now
  std::string software;     // e.g. "lantian 0.1.0"
  // Required: signs datapackage.json's hash. Must outlive the call.
  const SigningKey* key = nullptr;
  TimestampOptions timestamp;  // transport empty: no timestamp
  // A draft for review, not for sending: every page of notice.html carries
  // the watermark "草稿 DRAFT" (store/bundle/export.h refuses the sample
  // sender otherwise).
  bool draft = false;
};

struct BundleSummary {
  std::string path;
  size_t items = 0;
  size_t hits = 0;
  size_t captures = 0;
  size_t warc_records = 0;
  uint64_t zip_bytes = 0;
  std::string datapackage_hash;  // "sha256:…"
  std::string public_key;        // base64 SPKI DER
  std::string timestamp_utc;     // genTime when stamped
};

// Writes the bundle to `out_path` (via `<out_path>.partial` and rename).
// Errors: InvalidArgument for bad input (unknown capture key, unsafe
// attachment name, missing template), IoError for files, Corruption when a
// copied WARC record fails its own digests (nothing is written then).
[[nodiscard]] Result<BundleSummary> WriteBundle(const std::string& out_path,
                                                const std::vector<BundleItem>& items,
                                                const std::vector<BundleCapture>& captures,
                                                const BundleOptions& options);

struct BundleVerifyOptions {
  // base64 SPKI DER the bundle's publicKey must equal (from LoadTrustedPublicKey).
  std::string trusted_public_key;
  // PEM file with TSA trust anchors; default: the bundle's tsa/chain.pem roots.
  std::string tsa_ca_path;
};

struct BundleVerifyReport {
  // Every failed check, one line each, the first one first. Empty = valid.
  std::vector<std::string> failures;
  size_t files = 0;
  size_t warc_records = 0;
  bool signature_valid = false;
  bool key_trusted = false;  // --trust given and matched
  bool timestamped = false;
  std::string timestamp_utc;
  bool timestamp_chain_checked = false;
  std::string public_key;
  bool ok() const { return failures.empty(); }
  std::string Summary() const;  // one line for a valid bundle
};

// Checks a bundle without extracting it: ZIP entry names (refuses "..",
// absolute paths), every file's sha256 and size against datapackage.json, no
// unlisted files, the digest file, the signature (and the trusted key), the
// timestamp token, every WARC record's block and payload digests, and the
// WACZ pages header. Status errors only when the file cannot be read at all.
[[nodiscard]] Result<BundleVerifyReport> VerifyBundle(const std::string& path,
                                                      const BundleVerifyOptions& options);

}  // namespace lantian::store
