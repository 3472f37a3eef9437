#pragma once

// Plain value types the store takes in and hands out. The store does not
// include patterns/ or extractors/ headers: the crawler maps its values onto
// these structs. All are thread-compatible values (copy/move freely).
//
//   store::PageResult page;
//   page.capture.sweep_id = sweep_id;
//   page.capture.hops.push_back({.url = url, .request_bytes = req, .response_head = head,
//                                .response_body_raw = body, .status = 200});
//   page.items.push_back({item, {hit}});           // an ItemInput and its HitInputs
//   auto written = store->WritePages({&page, 1});  // ids come back as WrittenPage
//
//   store::HitFilter filter{.status = store::HitStatus::kConfirmed, .platform = "xianyu"};
//   for (const store::HitRow& h : *store->ListHits(filter)) ...

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/hit_status.h"

namespace lantian::store {

// One sweep (one run of `lantian sweep`, or one daemon cycle).
struct SweepRecord {
  int64_t id = 0;
  std::string job;           // job name from the config, or "" for ad-hoc sweeps
  std::string started_at;    // RFC 3339 UTC with ms, e.g. 2026-11-25T16:00:00.123Z
  std::string finished_at;   // "" while running
  std::string status;        // "running" | "done" | "failed" | "interrupted"
  std::string options_json;  // the sweep's effective options, for --resume
};

// A sweep with what it did, as the console's sweeps page lists it.
struct SweepSummary {
  SweepRecord sweep;
  int64_t pages = 0;  // captures written
  int64_t hits = 0;   // hits found in those captures
  // Frontier URLs that failed for good, per host, sorted by host.
  std::vector<std::pair<std::string, int64_t>> errors_by_host;
};

// One HTTP request/response exchange as it went over the wire. A capture is
// one or more of these: every redirect hop in order, the last is the final.
struct ExchangeHop {
  std::string url;                // absolute URL requested in this hop
  std::string method = "GET";
  std::string request_bytes;      // exact request as sent: request line + headers (+ body)
  std::string response_head;      // status line + headers as received, ending CRLF CRLF
  std::string response_body_raw;  // body as it came over the wire (still gzip if it was)
  std::string ip;                 // remote IP address, "" if unknown
  int status = 0;                 // HTTP status code
  bool truncated = false;         // body cut by a cap or a disconnect
  std::string truncated_reason;   // "length" | "time" | "disconnect" | "unspecified"
  int64_t fetch_ms = 0;           // wall time of this hop
  std::string mime;               // media type of the response (e.g. "text/html"), for CDXJ
};

// A WARC `resource` record of a capture: something lantian made of the page
// rather than an exchange on the wire, e.g. a browser's screenshot of it
// ("urn:screenshot:<url>", as browsertrix-crawler names them) or the DOM the
// browser rendered, which extraction read ("urn:dom:<url>").
struct CaptureResource {
  std::string uri;           // WARC-Target-URI
  std::string content_type;  // "image/png", "text/html; charset=utf-8"
  std::string bytes;         // the record's block (and payload)
};

// What the crawler fetched for one page.
struct CaptureInput {
  int64_t sweep_id = 0;
  std::vector<ExchangeHop> hops;  // redirect hops in order, last is final; never empty
  std::string fetched_at_utc;     // RFC 3339 UTC with ms; one WARC-Date for all records
  // sha256 lowercase hex of the final hop's raw body (response_body_raw as on
  // the wire). Empty: the store computes it.
  std::string payload_sha256;
  std::string via;                // URL of the page that linked here, "" for seeds
  char hop = 'S';                 // hopsFromSeed letter: S seed, L link, R redirect
  int depth = 0;
  // Frontier row this page came from (0: none). WritePages marks it done in
  // the same transaction as the capture, so a crash never loses or refetches it.
  int64_t frontier_id = 0;
  // A page a browser rendered (crawler/render_pages.h): every other request
  // the browser made for it (scripts, API calls, images), in the order they
  // finished, each written as a request/response pair indexed in the CDXJ so
  // the bundle replays the rendered page; and the resources made from it.
  // All are records of this capture, so its chain entry covers them.
  std::vector<ExchangeHop> subresources;
  std::vector<CaptureResource> resources;
};

// A normalized contact: kind "wechat" | "phone" | "qq" | "email" | "url" | ...
// The store normalizes value (digits only for phone/qq, lowercase for
// wechat/email) and keys entities by "kind:value".
struct ContactInput {
  std::string kind;
  std::string value;
};

// One item (listing, post, search result) found on a page.
struct ItemInput {
  std::string platform;    // site profile name, e.g. "xianyu"; "generic" otherwise
  std::string listing_id;  // the profile's listing id (or one the item URL carries); "" when none
  std::string kind;        // "listing", "post", "result", "article", "page"; "" unknown
  std::string url;         // canonical item URL (a post's anchor or an app route kept)
  int floor = 0;           // a post's floor: posts sharing their thread's URL are told apart by it
  std::string title;
  std::string price;
  std::string seller;      // shop or seller name as shown
  std::string seller_url;  // canonical shop/seller URL, "" if none
  std::string posted_at;   // as found, "" if none
  std::string text;        // the item's visible text the hits' offsets refer to
  std::vector<ContactInput> contacts;
};

// One rule hit in an item's text.
struct HitInput {
  std::string rule_id;
  std::string category;
  std::string severity;
  std::string match;        // matched text, as in the original
  std::string snippet;      // context around the match
  std::string legal_basis;  // e.g. "专利代理条例 Art. 25(1)(5)"
  int64_t start = 0;        // byte offsets into ItemInput::text
  int64_t end = 0;
  std::string source = "rule";  // "rule" or "model" (model/detector.h)
  std::optional<double> score;  // the model's score of the category, if a model ran
};

// One fetched page and what was found on it: one WritePages entry.
struct PageResult {
  CaptureInput capture;
  std::vector<std::pair<ItemInput, std::vector<HitInput>>> items;
  // Set when the final payload is identical to a prior capture of the same
  // URL (from Store::FindByPayloadDigest): the store writes a `revisit`
  // record (identical-payload-digest) instead of a full response, ignores
  // `items`, and marks the prior capture's items seen again.
  std::optional<int64_t> revisit_of_capture_id;
};

// Ids assigned to one written page, in input order.
struct WrittenPage {
  int64_t capture_id = 0;
  std::vector<int64_t> item_ids;              // one per input item (revisit: the prior's items)
  std::vector<std::vector<int64_t>> hit_ids;  // per item, one per input hit (existing id if seen before)
  int64_t new_hits = 0;                       // hits that made a new row
};

// A prior capture with the same URL and payload digest.
struct PriorCapture {
  int64_t capture_id = 0;
  std::string url;
  std::string warc_record_id;  // "<urn:uuid:...>" of the prior response record
  std::string warc_date;       // its WARC-Date
  std::string payload_sha256;  // lowercase hex
};

// ---- Frontier (persisted crawl queue, for `lantian sweep --resume`) -------

enum class FrontierState { kPending, kDone, kFailed, kSkipped };

struct FrontierUrl {
  std::string url;     // canonical: the dedup key (UNIQUE per sweep)
  std::string host;
  int depth = 0;
  std::string parent;  // URL of the linking page, "" for seeds
  char hop = 'S';      // S seed, L link, R redirect
  // The URL to request, as linked (only its percent-encoding normalised);
  // "" means `url`. Rows written before schema version 3 have "".
  std::string fetch_url = {};
};

struct FrontierRow {
  int64_t id = 0;
  FrontierUrl url;
  FrontierState state = FrontierState::kPending;
  int attempts = 0;
  std::string retry_at;  // RFC 3339 UTC; "" = now
  std::string reason;    // last failure reason
};

struct FrontierUpdate {
  int64_t id = 0;
  FrontierState state = FrontierState::kDone;  // kPending + retry_at = retry later
  int attempts = 0;
  std::string retry_at;
  std::string reason;
};

struct FrontierCounts {
  int64_t pending = 0;
  int64_t done = 0;
  int64_t failed = 0;
  int64_t skipped = 0;
  int64_t total() const { return pending + done + failed + skipped; }
};

// ---- A sweep run by a fleet of workers (store_fleet.cc) --------------------

// One worker of a sweep as its heartbeat left it.
struct WorkerStatus {
  std::string name;
  std::string started_at;
  int64_t heartbeat_ms = 0;  // Unix ms of the last heartbeat
  int64_t pages = 0;         // pages it wrote
  int64_t requests = 0;      // requests it sent
  std::string finished_at;   // "" while it runs (or died without saying)
  std::vector<std::string> hosts;  // hosts whose lease it holds now
};

// Whether a worker may send the next request to a host now.
struct HostLeaseResult {
  bool granted = false;
  // When not granted: Unix ms before which no request may go (the holder's
  // lease or the host's delay after the last request ends).
  int64_t retry_at_ms = 0;
};

// A host's robots.txt answer as one worker of a fleet fetched it, for the others.
struct SharedRobots {
  int access = 0;          // crawler::RobotsAccess as a number
  std::string body;
  int64_t fetched_ms = 0;  // Unix ms
};

// ---- Triage --------------------------------------------------------------

struct HitFilter {
  std::optional<HitStatus> status;
  std::string category;  // "" = any
  std::string platform;  // "" = any
  int64_t sweep_id = 0;  // 0 = any; else hits whose item was seen in that sweep
  std::string seller;    // "" = any; else hits whose item's seller contains it
  std::string text;      // "" = any; else hits whose item's title or text contains it
  std::string since;     // "" = any; else hits found at or after this RFC 3339 UTC time
  int64_t item_id = 0;   // 0 = any; else only this item's hits
  int64_t limit = 0;     // 0 = no limit
};

// One hit as triage shows it.
struct HitRow {
  int64_t id = 0;
  std::string category, rule, severity, status;
  std::string platform, item_url, item_title, seller;
  std::string page_url;      // final URL of the capture the hit was found in
  std::string match, snippet, legal_basis;
  int64_t start = 0, end = 0;
  int64_t item_id = 0;
  int64_t capture_id = 0;
  std::string captured_at;     // RFC 3339 UTC
  std::string capture_sha256;  // payload sha256 of that capture (lowercase hex)
  std::string first_seen, last_seen;  // of the item
  int64_t sightings = 0;              // of the item
  std::string listing_id, price, seller_url;  // of the item ("" when the page had none)
  // When this hit last went out in a notice (its latest change to "reported"),
  // RFC 3339 UTC; "" if it was never reported.
  std::string reported_at;
  // Its latest review or reopen ("" when never reviewed): who, why, when.
  std::string analyst, note, reviewed_at;
  std::string source = "rule";  // "rule" or "model"
  std::optional<double> score;  // the model's score of the category, if a model ran
};

// Which items `Store::ListItems` returns.
struct ItemFilter {
  int64_t sweep_id = 0;   // 0 = any; else items seen in that sweep
  std::string platform;   // "" = any
  std::string kind;       // "" = any; "listing", "post", "result", "article", "page"
  bool with_hits = false;  // only items with at least one hit
  int64_t item_id = 0;    // 0 = any; else only this item
  int64_t limit = 0;      // 0 = no limit
};

// One capture an item was seen in (`lantian show`).
struct ItemCapture {
  int64_t capture_id = 0, sweep_id = 0;
  std::string url;            // final URL of the page
  int http_status = 0;
  std::string fetched_at;     // RFC 3339 UTC
  std::string payload_sha256;
  bool revisit = false;       // identical payload to an earlier capture
};

// One recorded status change of one of an item's hits (`lantian show`).
struct HitChange {
  int64_t hit_id = 0;
  std::string category, kind, from, to, actor, note, at;
};

// One item with everything known of it, as `lantian items` shows it.
struct ItemRow {
  int64_t id = 0;
  std::string kind, platform, item_url, title, seller, seller_url, price, listing_id, posted_at, text;
  std::vector<std::string> page_urls;   // every page it was seen on, first sighting first
  std::vector<std::string> contacts;    // of its seller entity, "wechat:..."; sorted
  std::vector<std::string> categories;  // of its hits, distinct, sorted; empty when none
  int64_t hits = 0;
  int64_t entity_id = 0;                // its seller entity (0 = none)
  std::string first_seen, last_seen;    // RFC 3339 UTC
  int64_t sightings = 0;
  std::string capture_sha256;           // payload sha256 of its first capture
};

// An item as `lantian rescan` reads it (Store::ListItemsForRescan).
struct RescanItem {
  int64_t item_id = 0;
  int64_t capture_id = 0;  // the latest capture it was seen in
  std::string text;
};

// An item as the analysts' decisions label it (`lantian model train
// --from-reviews`, Store::ListReviewLabels).
struct ReviewLabel {
  int64_t item_id = 0;
  std::string text;
  // Categories of its hits an analyst confirmed (status confirmed, or later
  // reported, still_up, taken_down), and of those dismissed; both sorted.
  // Neither: an item without hits, or with new hits only.
  std::vector<std::string> confirmed, dismissed;
  bool has_hits = false;
};

// A status change of hits (review, export, recheck).
struct StatusChange {
  std::vector<int64_t> hit_ids;
  HitStatus to = HitStatus::kConfirmed;
  std::string actor;  // analyst login name, or "export"/"recheck"
  std::string note;
  // "review" | "reopen" | "export" | "recheck" | "note" (a note moves no
  // hit: each keeps its status, and `to` is ignored; the note is required)
  std::string kind = "review";
};

// An offender: entities (shops/sellers) linked through shared contacts.
struct OffenderGroup {
  int64_t id = 0;                      // its lowest entity id: `lantian entities show ID`
  std::vector<int64_t> entity_ids;     // ascending
  int64_t confirmed_hits = 0;
  int64_t total_hits = 0;
  std::vector<std::string> shops;      // "platform:name" (or url when no name)
  std::vector<std::string> platforms;  // distinct, sorted
  std::vector<std::string> contacts;   // "wechat:...", "phone:..."; distinct, sorted
};

// One export (evidence bundle) for the chain.
struct ExportInput {
  std::string path;           // bundle file as written
  std::string sha256;         // of the bundle file, lowercase hex
  std::vector<int64_t> hit_ids;
  std::string note;
};

// One exports row as `lantian exports` lists it.
struct ExportRecord {
  int64_t id = 0;
  std::string at;  // RFC 3339 UTC
  std::string path, sha256, note;
  int64_t hit_count = 0;  // ids in hit_ids
};

// ---- Console accounts (schema 5; not evidence, not chained) --------------

// One console account (`lantian user`, `lantian serve`).
struct UserRecord {
  std::string name;
  std::string role;           // "analyst" | "officer" | "admin"
  std::string password_hash;  // crypto_pwhash_str form ("$argon2id$..."), never the password
  bool disabled = false;
  std::string created_at;     // RFC 3339 UTC
  std::string last_sign_in;   // RFC 3339 UTC, "" when never
};

// One signed-in session. The store keeps only the SHA-256 of the session id
// the browser holds, so the table gives nobody a usable cookie.
struct SessionRecord {
  std::string id_sha256;   // lowercase hex of sha256(session id)
  std::string user;
  std::string csrf;        // the token state-changing requests must echo
  std::string created_at;  // RFC 3339 UTC with ms
  std::string last_seen;   // RFC 3339 UTC with ms (idle expiry counts from it)
  std::string expires;     // RFC 3339 UTC with ms (absolute expiry)
};

// ---- Evidence chain ------------------------------------------------------

struct ChainFailure {
  int64_t seq = 0;
  std::string kind;  // "capture" | "hit" | "review" | "export" | "chain"
  int64_t row_id = 0;
  std::string reason;  // one line
};

struct VerifyReport {
  int64_t entries = 0;
  std::vector<ChainFailure> failures;  // in chain order; failures[0] is the first
  bool ok() const { return failures.empty(); }
};

}  // namespace lantian::store
