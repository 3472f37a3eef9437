#pragma once

// Store's state, shared by its source files: store.cc (open, sweeps,
// frontier), store_capture.cc (writing pages and reading captures back),
// store_triage.cc (hits, review, exports, offenders) and store_chain.cc (the
// evidence chain). Private to store/. Single-thread, like the Store.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/status.h"
#include "store/evidence_chain.h"
#include "store/internal/dir_lock.h"
#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/store.h"
#include "store/warc_writer.h"

namespace lantian::store {

namespace internal {
// A frontier row from a statement whose columns are, in order: id, url,
// host, depth, parent, hop, state, attempts, retry_at, reason, fetch_url.
FrontierRow ReadFrontierRow(const sql::Statement& q);
}  // namespace internal

class Store::Impl {
 public:
  // The last chain entry: what the next one links to.
  struct ChainHead {
    int64_t seq = 0;
    std::string hash{kGenesisHash};
  };

  Impl(StoreOptions options, std::string warc_dir, sql::Database db)
      : options_(std::move(options)),
        where_(sql::IsPostgresUrl(options_.db_path) ? sql::RedactUrl(options_.db_path) : options_.db_path),
        warc_dir_(std::move(warc_dir)),
        db_(std::move(db)) {}

  // Constant after construction (warc_dir_ until the first write)
  StoreOptions options_;
  std::string where_;  // the database as messages name it (a URL without its password)
  bool server_held_ = sql::IsPostgresUrl(options_.db_path);
  std::string warc_dir_;  // a server-held store's writer: its own directory inside the configured one
  bool writer_dir_chosen_ = false;
  // Owned by the store's thread
  sql::Database db_;
  internal::StatementCache stmts_{db_};
  std::unique_ptr<WarcWriter> warc_;
  internal::DirLock warc_lock_;
  ChainHead head_;  // restored by a writer whose transaction rolls back
  std::unordered_map<std::string, int64_t> file_ids_;

  const std::string& path() const { return where_; }
  // Prepared once per connection (STYLE.md §5); `sql` must be a literal.
  sql::Statement& Stmt(const char* sql) { return stmts_.Get(sql); }
  // FailedPrecondition "<db>: opened read-only" for a read-only store.
  [[nodiscard]] Status RequireWritable() const;

  // ---- store_capture.cc
  // `name` in the WARC directory, or its ".open" file while still written.
  std::string WarcPath(const std::string& name) const;
  // How warc_files names a file the writer made: its name in the WARC
  // directory for a store in a file (the directory moves with it), its
  // absolute path for a server-held store, whose workers may each write to
  // a directory of their own (all mounted at the same path wherever the
  // store is read).
  std::string StoredFileName(const std::string& filename) const;
  // Takes the directory lock and opens the WARC writer on first use.
  [[nodiscard]] Status EnsureWarcWriter();
  int64_t FileId(const std::string& name);
  std::optional<int64_t> UpsertEntity(const ItemInput& item, const std::string& item_key);
  // Records that `item_id` was seen in `capture_id`; bumps last_seen and
  // sightings once per capture.
  void Sight(int64_t item_id, int64_t capture_id, int64_t sweep_id, const std::string& at);
  int64_t UpsertItem(const ItemInput& item, int64_t capture_id, int64_t sweep_id,
                     const std::string& at, std::string* item_key_out);
  [[nodiscard]] Status WritePage(const PageResult& page, WrittenPage* out);
  // Inserts one hit of an item found in `capture_id` (its chain entry is
  // left to the caller, in `*new_hits`) unless the item already has it: the
  // same rule and normalized match, or for a model hit any hit of the same
  // model rule (a retrained model's window may move). Returns the hit's id,
  // new or existing; *inserted tells which.
  int64_t InsertHit(int64_t item_id, int64_t capture_id, const std::string& item_key, const HitInput& hit,
                    const std::string& at, bool* inserted, std::vector<HitEvidence>* new_hits);

  // ---- store_fleet.cc
  // The pending rows `worker` holds go back to the pool (it restarted under
  // its old name, or stopped before the sweep was done).
  void FreeClaims(int64_t sweep_id, std::string_view worker);

  // ---- store_chain.cc
  // The PostgreSQL advisory lock that serializes chain appends ("lantian"
  // read as digits of a phone keypad), one per database.
  static constexpr int64_t kChainLockKey = 5268426;
  void LoadChainHead();
  // First thing in a transaction that appends to the chain. On PostgreSQL,
  // where many writers (lantian worker on several machines) share one chain:
  // waits for the chain's lock, held to the end of the transaction, and
  // reloads the head as committed by whoever held it last. Taken before any
  // row is written, so two writers never wait on each other's rows while
  // one holds the lock (no deadlock). A no-op on SQLite (one writer).
  void LockChain();
  // Appends one chain entry after head_ and advances it.
  void AppendChain(std::string_view kind, int64_t row_id, const std::string& content,
                   const std::string& at);
  // The rows an entry covers, as hashed; *found = false when the row is gone.
  [[nodiscard]] Result<CaptureEvidence> LoadCapture(int64_t id, bool* found);
  [[nodiscard]] Result<HitEvidence> LoadHit(int64_t id, bool* found);
};

}  // namespace lantian::store
