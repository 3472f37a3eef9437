#pragma once

// `lantian export` and `lantian recheck` on top of the Store: select hits,
// group them per item, copy their captures into an evidence bundle
// (store/bundle.h), move them to `reported` and append the export to the
// evidence chain; later re-fetch reported items and record what happened.
//
//   store::ExportRequest req{.out_path = "bundle.zip", .platform = "xianyu"};
//   req.bundle.key = &key;
//   req.bundle.notices_dir = "config/notices";
//   auto done = store::ExportHits(*store, req);  // NotFound: "no confirmed hits to export"
//   // done->hit_ids are `reported` now; done->export_id is in the evidence chain
//
//   auto report = store::RecheckReported(*store, fetch, {});  // fetch: url -> RecheckFetch
//
// Single-thread, like the Store they are given.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/bundle/bundle.h"
#include "store/records.h"

namespace lantian::store {

class Store;

// The [export] table of a TOML config (config/notices/export.toml documents
// every key). Unknown keys and wrong types are errors naming file:line:col.
struct ExportConfig {
  NoticeRoute route = NoticeRoute::kReferral;
  std::string key_path;        // resolved against the config file's folder
  std::string tsa_url;         // "" = no timestamp
  std::string tsa_certs_path;  // PEM copied as tsa/chain.pem
  int64_t tsa_timeout_ms = 15000;
  std::string title = "lantian evidence bundle";
  NoticeSender sender;
  std::vector<BundleAttachment> attachments;  // paths resolved like key_path
};
[[nodiscard]] Result<ExportConfig> LoadExportConfig(const std::string& path);

// The sender config/notices/export.toml ships; `export` refuses to sign as it
// (or as anything marked （示例）) unless the bundle is a draft.
inline constexpr std::string_view kSampleSenderOrganization = "某市知识产权局（示例）";

// What must hold before a bundle may be written, each failure one line:
// `out_path` must not exist unless `force`; every attachment must be a file;
// unless `options.draft`: a sender that is neither empty nor the sample, and
// on the complaint route the rights held (sender.authority), the certificate
// numbers and at least one attachment.
[[nodiscard]] Status CheckSendable(const BundleOptions& options, const std::string& out_path,
                                   bool force);

// What an exports row's note records, readable and parseable:
// "referral bundle, platform all, 5 listings, 61 hits[, draft]".
struct ExportNote {
  std::string route, platform;
  int64_t listings = 0, hits = 0;
  bool draft = false;
};
std::string FormatExportNote(const ExportNote& note);
// Fields it cannot find stay empty/0 (older notes: "referral bundle, 5 items").
ExportNote ParseExportNote(std::string_view note);

struct ExportRequest {
  std::string out_path;
  std::string platform;                         // "" = all
  HitStatus status = HitStatus::kConfirmed;     // which hits
  std::string since;                            // "YYYY-MM-DD" or RFC 3339; "" = all
  std::vector<int64_t> item_ids;                // empty = all; else only these items' hits (the console)
  BundleOptions bundle;                         // key, notices_dir, sender, route, timestamp…
  std::string actor = "export";
  bool force = false;  // replace an existing out_path
};

struct ExportResult {
  BundleSummary bundle;
  std::vector<int64_t> hit_ids;
  int64_t export_id = 0;
  size_t moved_to_reported = 0;
};

// Checks CheckSendable, writes the bundle (temp name, then rename), then in the store moves the
// exported confirmed hits to `reported` and records the export in the chain.
// NotFound when no hit matches.
[[nodiscard]] Result<ExportResult> ExportHits(Store& store, const ExportRequest& request);

// ---- recheck ----

// What a re-fetch returned: the exchange for the evidence record and the
// facts classification needs.
struct RecheckFetch {
  bool transport_ok = false;      // false: network failure (item stays unknown)
  std::string error;              // transport failure text
  int http_status = 0;            // of the final hop
  std::string final_url;
  std::string decoded_body;       // final body decoded to UTF-8 text where possible
  std::vector<ExchangeHop> hops;  // for the new capture (may be empty)
  std::string fetched_at_utc;
};
using RecheckFetcher = std::function<RecheckFetch(const std::string& url)>;

enum class RecheckVerdict { kRemoved, kChanged, kStillUp, kUnknown };
const char* RecheckVerdictName(RecheckVerdict v);  // "removed" | "changed" | "still_up" | "unknown"

// The statuses a recheck selects by default: hits that went out in a notice
// (reported) and those a previous recheck found still up (still_up).
inline const std::vector<HitStatus> kDefaultRecheckStatuses = {HitStatus::kReported,
                                                               HitStatus::kStillUp};

// `--status` names (repeatable) to statuses: only reported and still_up hits
// can be rechecked (the only ones recheck may move). No names = the default.
// Errors name the flag and list the valid names, e.g. "--status: unknown
// status 'gone' (valid: reported, still_up)".
[[nodiscard]] Result<std::vector<HitStatus>> ParseRecheckStatuses(
    const std::vector<std::string>& names);

struct RecheckOptions {
  // Which hits to re-check (default reported and still_up).
  std::vector<HitStatus> statuses = kDefaultRecheckStatuses;
  std::string platform;                     // "" = all
  // Per platform: texts whose presence on the page means "gone" (the site
  // profile's gone markers); key "" applies to every platform.
  std::map<std::string, std::vector<std::string>> gone_markers;
  std::string actor = "recheck";
  // Now, RFC 3339; "" = the clock. Tests pin it.
  std::string now_utc;
};

struct RecheckItem {
  std::string platform;
  std::string item_url;
  RecheckVerdict verdict = RecheckVerdict::kUnknown;
  std::string reason;  // e.g. "HTTP 404", "redirected to a search page"
  std::vector<int64_t> hit_ids;
  std::string reported_at;  // when the notice went out ("" if unknown)
  // True if this recheck moved any of its hits to another status (reported →
  // still_up or taken_down, still_up → taken_down); a still_up item found
  // still up again, or an unknown verdict, changes nothing.
  bool status_changed = false;
};

struct PlatformCompliance {
  std::string platform;
  int64_t reported = 0;  // items rechecked (their hits were reported or still_up)
  int64_t removed = 0;  // removed + changed
  int64_t still_up = 0;
  int64_t unknown = 0;
  std::optional<double> median_hours_to_removal;  // notice → this recheck
};

struct RecheckReport {
  std::vector<RecheckItem> items;
  std::vector<PlatformCompliance> platforms;  // sorted by platform
  // What was looked at: the selected statuses and platform ("" = all), and
  // the items left out because none of their hits has a selected status, per
  // status name (an item counts once for each status its hits have).
  std::vector<HitStatus> statuses;
  std::string platform;
  std::map<std::string, int64_t> skipped_items;
};

// One line saying what a recheck looked at and what came of it, e.g.
// "recheck: 4 items rechecked, none changed (4 still up)" or
// "recheck: 0 items with status reported or still_up (3 confirmed, 2 new:
// confirmed items go out with export first)".
std::string RecheckSummary(const RecheckReport& report);

// Re-fetches each item of the selected hits once (the fetcher applies
// politeness), stores the new capture as evidence, classifies it and moves
// hits: removed/changed → taken_down, still up → still_up (a still_up hit
// found up again gets a new still_up row in the chain: the recheck is
// evidence too).
[[nodiscard]] Result<RecheckReport> RecheckReported(Store& store, const RecheckFetcher& fetch,
                                                    const RecheckOptions& options);

// Pure classification, for tests: 404/410 → removed; a redirect whose final
// URL is a search page (path or query names search/s?q=) → removed; a gone
// marker on the page → removed; none of the hit matches on the page → changed;
// else still up.
RecheckVerdict ClassifyRecheck(const RecheckFetch& fetch, const std::vector<std::string>& matches,
                               const std::vector<std::string>& gone_markers, std::string* reason);

}  // namespace lantian::store
