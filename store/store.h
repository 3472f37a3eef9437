#pragma once

// The evidence store: one SQLite database (WAL) plus WARC files beside it.
//
//   auto store = lantian::store::Store::Open({.db_path = "lantian.db"});
//   auto sweep = (*store)->BeginSweep("job", options_json);
//   (*store)->EnqueueUrls(*sweep, urls);
//   (*store)->WritePages(pages);        // one batch = one transaction
//   (*store)->FinishSweep(*sweep, "done");
//
// Durability: WritePages writes every WARC record, flushes and fsyncs the
// WARC file BEFORE the SQLite transaction that points to it commits. After a
// crash (kill -9) the database opens, VerifyChain passes and every committed
// batch is there; WARC bytes of an uncommitted batch stay in the file as
// unreferenced records (append-only, never rewritten).

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/sha256.h"
#include "base/status.h"
#include "base/time.h"
#include "store/records.h"

namespace lantian::store {

struct StoreOptions {
  // SQLite database file. Default: lantian.db in the current directory.
  std::string db_path = "lantian.db";
  // Directory for WARC files; "" = <directory of db_path>/warc/.
  std::string warc_dir;
  // Rotate a WARC file once it grows past this. Default ~1 GB (FORMATS.md).
  int64_t warc_rotate_bytes = 1'000'000'000;
  // Deflate level (0-12) for each gzip member. Default 1: cheap
  // (PERF-NOTES.md); higher levels save little on HTML and cost CPU the
  // parser needs. Bodies that arrived compressed are stored at level 0.
  int warc_gzip_level = 1;
  // fsync WARC files (and their CDXJ) before each commit. Default true;
  // turning it off trades crash safety for speed (benchmarks only).
  bool fsync = true;
  // Open read-only (triage, verify). Never creates or migrates the database.
  bool read_only = false;
  // Create the database if it does not exist (ignored when read_only).
  bool create_if_missing = true;
  // SQLite busy timeout for lock waits.
  int busy_timeout_ms = 5000;
  // Hostname used in WARC file names and warcinfo; "" = gethostname().
  std::string hostname;
  // Operator contact written in warcinfo ("" = omitted).
  std::string warc_operator;
  // User-Agent the crawler sends, recorded in warcinfo ("" = omitted).
  std::string user_agent;
};

// Single-thread: one Store object and its SQLite connection belong to the
// thread that opened it (the crawler's one writer thread; a CLI command).
// Readers on other threads or processes open their own read_only Store.
// Not copyable, not movable (hold it in the unique_ptr Open returns).
class Store {
 public:
  // The schema version this build writes. A database with a newer version is
  // refused (never modified); an older one is migrated (read-write only).
  static constexpr int kSchemaVersion = 6;

  // Opens (and creates/migrates unless read_only) the database. Errors name
  // the path: "lantian.db: file is not a database (SQLite code 26)".
  [[nodiscard]] static Result<std::unique_ptr<Store>> Open(const StoreOptions& options);

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Finishes the current WARC file (rename .open → final, sort its CDXJ).
  // Also done by the destructor (errors then are dropped).
  [[nodiscard]] Status Close();

  // ---- Sweeps ----
  // Starts a sweep with status "running"; returns its id.
  [[nodiscard]] Result<int64_t> BeginSweep(std::string_view job, std::string_view options_json);
  // Sets the final status ("done" | "failed" | "interrupted") and finished_at.
  [[nodiscard]] Status FinishSweep(int64_t sweep_id, std::string_view status);
  // The most recent sweep, if any.
  [[nodiscard]] Result<std::optional<SweepRecord>> LastSweep();
  // The most recent sweep still "running" or "interrupted" (for --resume),
  // optionally of one job ("" = any job).
  [[nodiscard]] Result<std::optional<SweepRecord>> LatestUnfinishedSweep(std::string_view job);
  // Marks a sweep "running" again (resuming it).
  [[nodiscard]] Status ReopenSweep(int64_t sweep_id);
  [[nodiscard]] Result<SweepRecord> GetSweep(int64_t sweep_id);
  // The latest `limit` sweeps (newest first) with their page and hit counts
  // and failed URLs per host (store_sweeps.cc).
  [[nodiscard]] Result<std::vector<SweepSummary>> ListSweepSummaries(size_t limit);

  // ---- Frontier (never loads all of it; page through with PendingUrls) ----
  // INSERT OR IGNORE by (sweep_id, url); returns how many were new. One transaction.
  [[nodiscard]] Result<int64_t> EnqueueUrls(int64_t sweep_id, std::span<const FrontierUrl> urls);
  // For each URL, whether the sweep's frontier already holds it (looked up by
  // the UNIQUE(sweep_id, url_hash) key, so memory does not grow with known
  // URLs). Lets the crawler apply caps and trap guards to new URLs only.
  [[nodiscard]] Result<std::vector<bool>> KnownUrls(int64_t sweep_id, std::span<const FrontierUrl> urls);
  // Pending rows with id > after_id, ascending id, at most `limit`
  // (includes rows with a retry_at in the future: the caller schedules them).
  [[nodiscard]] Result<std::vector<FrontierRow>> PendingUrls(int64_t sweep_id, int64_t after_id,
                                                             size_t limit);
  // Updates state/attempts/retry_at/reason of rows. One transaction.
  [[nodiscard]] Status MarkUrls(std::span<const FrontierUpdate> updates);
  [[nodiscard]] Result<FrontierCounts> CountFrontier(int64_t sweep_id);

  // ---- Captures ----
  // Writes one batch of pages in ONE transaction: WARC records (request +
  // response per hop, metadata; or revisit), captures, items, entities,
  // hits, chain entries, and marks each page's frontier_id done. Returns ids
  // in input order. On error nothing of the batch is in the database.
  [[nodiscard]] Result<std::vector<WrittenPage>> WritePages(std::span<const PageResult> pages);
  // The latest capture of `url` whose final payload sha256 equals
  // `payload_sha256` (lowercase hex), for revisit records.
  [[nodiscard]] Result<std::optional<PriorCapture>> FindByPayloadDigest(
      std::string_view url, std::string_view payload_sha256);
  // The gzip members of a capture's WARC records exactly as stored, in
  // file order (request/response per hop, then metadata; or revisit).
  // The bundle exporter copies these byte-exact into its WARC.
  [[nodiscard]] Result<std::string> ReadRawRecordBytes(int64_t capture_id);
  // Where a capture's records are: (file path, offset, length, WARC-Type).
  struct RecordLocation {
    std::string path;  // absolute or relative to cwd, as the store opened it
    int64_t offset = 0;
    int64_t length = 0;
    std::string type;
    std::string record_id;
  };
  [[nodiscard]] Result<std::vector<RecordLocation>> CaptureRecords(int64_t capture_id);
  // A capture's `resource` records (screenshots, the rendered DOM), read back
  // from its WARC file, in the order they were written; none for a page that
  // was not rendered. `uri_prefix` keeps only those whose WARC-Target-URI
  // starts with it ("urn:screenshot:").
  [[nodiscard]] Result<std::vector<CaptureResource>> ReadCaptureResources(int64_t capture_id,
                                                                          std::string_view uri_prefix = "");

  // ---- Items and triage ----
  // Items in id order (store_items.cc).
  [[nodiscard]] Result<std::vector<ItemRow>> ListItems(const ItemFilter& filter);
  // Every capture `item_id` was seen in, oldest first.
  [[nodiscard]] Result<std::vector<ItemCapture>> ListItemCaptures(int64_t item_id);
  // Every status change of `item_id`'s hits, in the order they were made.
  [[nodiscard]] Result<std::vector<HitChange>> ListItemHistory(int64_t item_id);
  // The distinct platforms of the stored items, sorted.
  [[nodiscard]] Result<std::vector<std::string>> ListPlatforms();
  [[nodiscard]] Result<std::vector<HitRow>> ListHits(const HitFilter& filter);
  [[nodiscard]] Result<HitRow> GetHit(int64_t hit_id);
  // Moves every listed hit to `change.to` in ONE transaction, recording
  // who/when/why and a chain entry per hit. If any move is not allowed
  // (IsAllowedTransition) or a hit does not exist, nothing is written and the
  // error names it: "hit 12: cannot move from dismissed to confirmed".
  // Kind "reopen" moves confirmed or dismissed hits back to new and needs a
  // non-blank note.
  [[nodiscard]] Status SetHitStatus(const StatusChange& change);
  // Offenders ranked by confirmed hits (then total hits); top 0 = all.
  [[nodiscard]] Result<std::vector<OffenderGroup>> ListOffenders(size_t top);
  // Records an export in the chain; returns its id. Hit status changes go
  // through SetHitStatus (kind "export").
  [[nodiscard]] Result<int64_t> RecordExport(const ExportInput& input);
  // Every export, oldest first.
  [[nodiscard]] Result<std::vector<ExportRecord>> ListExports();

  // ---- Rescan (store_rescan.cc) ----
  // Items to detect again without fetching: their stored text and the
  // capture they were last seen in, in id order. sweep_id 0 = any; since ""
  // = any, else items last seen at or after it (RFC 3339 prefix).
  [[nodiscard]] Result<std::vector<RescanItem>> ListItemsForRescan(int64_t sweep_id, const std::string& since);
  // Adds the hits detection found again in items' stored texts, in ONE
  // transaction, each chained like a sweep's hit (found in the item's
  // capture, found_at now). A hit the item already has (same rule and
  // match; a model hit: same model rule) is left as it is, so no reviewed
  // hit is removed or rewritten. Returns how many hits are new.
  // Every item with the categories its hits were confirmed and dismissed
  // in, in id order (for training on the analysts' decisions).
  [[nodiscard]] Result<std::vector<ReviewLabel>> ListReviewLabels();
  [[nodiscard]] Result<int64_t> AddRescanHits(const std::vector<std::pair<RescanItem, std::vector<HitInput>>>& found);

  // ---- Console accounts (store_users.cc) ----
  // Adds a user; FailedPrecondition "user NAME already exists" when the
  // name is taken (nothing written).
  [[nodiscard]] Status AddUser(const UserRecord& user);
  [[nodiscard]] Result<std::optional<UserRecord>> GetUser(std::string_view name);
  // Every user, by name.
  [[nodiscard]] Result<std::vector<UserRecord>> ListUsers();
  // Disables a user and ends all of its sessions (one transaction);
  // NotFound "no user NAME".
  [[nodiscard]] Status DisableUser(std::string_view name);
  // Replaces a user's password hash and ends all of its sessions; NotFound "no user NAME".
  [[nodiscard]] Status SetUserPassword(std::string_view name, std::string_view password_hash);
  // Records a successful sign-in: last_sign_in = at, and the new session.
  [[nodiscard]] Status BeginSession(const SessionRecord& session);
  [[nodiscard]] Result<std::optional<SessionRecord>> GetSession(std::string_view id_sha256);
  // Sets a session's last_seen (idle expiry counts from it).
  [[nodiscard]] Status TouchSession(std::string_view id_sha256, std::string_view last_seen);
  // Removes one session (sign-out, expiry); removing a missing one is ok.
  [[nodiscard]] Status EndSession(std::string_view id_sha256);
  // Removes sessions whose absolute expiry is before `now`.
  [[nodiscard]] Status EndSessionsExpiredBefore(std::string_view now);
  // Records one failed sign-in of `account` from `address` at `at`.
  [[nodiscard]] Status AddSignInFailure(std::string_view account, std::string_view address,
                                        std::string_view at);
  // Times (ascending) of failed sign-ins at or after `since`, of `account`
  // (by_address false) or from `address` (by_address true).
  [[nodiscard]] Result<std::vector<std::string>> SignInFailuresSince(std::string_view key, bool by_address,
                                                                     std::string_view since);

  // ---- A sweep run by a fleet (crawler/pipeline.h SweepRequest::worker; store_fleet.cc) ----
  // A worker whose heartbeat is older than this is taken for dead: its rows
  // go to the others, and status shows it "silent".
  static constexpr int64_t kWorkerSilentMs = 5000;
  // Joins `worker` to the sweep (or rejoins it after a restart: rows it held
  // in its window go back to the pool).
  [[nodiscard]] Status RegisterWorker(int64_t sweep_id, std::string_view worker, int64_t now_ms);
  // The worker's heartbeat with its counts so far.
  [[nodiscard]] Status Heartbeat(int64_t sweep_id, std::string_view worker, int64_t now_ms, int64_t pages,
                                 int64_t requests);
  [[nodiscard]] Status FinishWorker(int64_t sweep_id, std::string_view worker);
  [[nodiscard]] Result<std::vector<WorkerStatus>> ListWorkers(int64_t sweep_id, int64_t now_ms);
  // Takes up to `limit` pending rows nobody holds into `worker`'s window
  // (rows held by a worker whose heartbeat is older than `stale_before_ms`
  // count as held by nobody), oldest first. On PostgreSQL, FOR UPDATE SKIP
  // LOCKED: workers claiming at once take different rows and never wait.
  [[nodiscard]] Result<std::vector<FrontierRow>> ClaimUrls(int64_t sweep_id, std::string_view worker, size_t limit,
                                                           int64_t stale_before_ms);
  // The right to send one request to `host`: granted when no other worker's
  // request is running there (busy until `now_ms + busy_ms` at most, so a
  // killed holder's lease runs out) and the host's delay has passed. When
  // refused, retry_at_ms is the end of the delay, or while another's request
  // runs kBusyPollMs from now.
  static constexpr int64_t kBusyPollMs = 50;
  [[nodiscard]] Result<HostLeaseResult> LeaseHost(int64_t sweep_id, std::string_view host, std::string_view worker,
                                                  int64_t now_ms, int64_t busy_ms);
  // The request ended: the next may start at `next_allowed_ms`.
  [[nodiscard]] Status ReleaseHost(int64_t sweep_id, std::string_view host, std::string_view worker,
                                   int64_t next_allowed_ms);
  // A host's robots.txt answer fetched at or after `fresh_after_ms` by any
  // worker; nullopt when there is none that fresh.
  [[nodiscard]] Result<std::optional<SharedRobots>> GetSharedRobots(std::string_view host_key, int64_t fresh_after_ms);
  // Keeps a robots.txt answer for the fleet (a body that is not valid UTF-8
  // is not kept: the next worker fetches it again).
  [[nodiscard]] Status PutSharedRobots(std::string_view host_key, const SharedRobots& robots);
  // Whether any row of the sweep is still pending, whoever holds it.
  [[nodiscard]] Result<bool> HasPendingUrls(int64_t sweep_id);

  // ---- Evidence chain ----
  // Walks the whole chain, recomputes every content hash from rows and WARC
  // bytes, and lists every failure (first in chain order first). A non-ok
  // Result means the check could not run (e.g. unreadable database).
  [[nodiscard]] Result<VerifyReport> VerifyChain();

  const StoreOptions& options() const;

 private:
  class Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The time and digest forms store rows hold, under the names the crawler
// calls them by; they are base/time.h and base/sha256.h (new code: call those).
// Current UTC time as RFC 3339 with milliseconds: 2026-11-25T16:00:00.123Z.
// True when `target` names a store on a server (a postgresql:// URL) rather
// than a SQLite file: the store a fleet of workers shares.
bool IsServerStore(std::string_view target);
// "finished", "silent" (no heartbeat for Store::kWorkerSilentMs) or "working".
std::string_view WorkerState(const WorkerStatus& worker, int64_t now_ms);
// `target` as messages may show it: a server URL without its password.
std::string RedactedStore(std::string_view target);

inline std::string NowUtc() { return base::NowRfc3339UtcMs(); }
// The same form for a time in milliseconds since the Unix epoch.
inline std::string FormatUtcMs(std::int64_t unix_ms) { return base::FormatRfc3339UtcMs(unix_ms); }
// Lowercase hex sha256 of bytes.
using base::Sha256Hex;

}  // namespace lantian::store
