#pragma once

// The sweep's store writer: the one thread that owns the read-write Store
// (STYLE.md §6). It drains the writer queue in batches (crawler.write_batch
// pages or 4 MiB, whichever comes first), admits new links (dedup against the
// store, max_pages, the per-host cap, the trap guard), writes captures, items
// and hits in one transaction per batch, and pages pending frontier rows in
// while the fetch thread's window has room. Private to crawler/.
//
//   internal::Writer writer(state, store, counts.total());
//   std::jthread thread([&] { writer.Run(); });
//   ... every other stage stops ...
//   writer.MarkClosing();
//   state.writer->Close();
//   thread.join();
//   if (state.writer_failed) return state.writer_status;

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "crawler/internal/recent_url_cache.h"
#include "crawler/internal/sweep_state.h"

namespace lantian::store {
class Store;
}  // namespace lantian::store

namespace lantian::crawler::internal {

// Single-thread: Run() runs on the writer thread; MarkClosing() may be called
// from another. Neither copyable nor movable.
class Writer {
 public:
  // `admitted_at_start`: the sweep's frontier rows already in the store (a
  // resumed sweep's count toward max_pages).
  Writer(SweepState& state, store::Store& store, std::int64_t admitted_at_start);
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Writes until the queue is closed and drained, or a store write fails
  // (then state.writer_status holds the error, writer_failed is set and the
  // writer queue is closed, so producers stop waiting).
  void Run();

  // The pipeline closes the writer queue once every other thread is done;
  // Run() drains it and returns.
  void MarkClosing() { closed_.store(true, std::memory_order_release); }

 private:
  // Records `s` as the sweep's failure; false when it is one.
  bool Fail(const Status& s);
  bool Flush(std::vector<PageMsg>& batch);
  void ReleaseFreedMemory(std::size_t flushed_bytes);
  bool Refill();
  // Fleet: claims rows nobody holds, beats for the worker, and says whether
  // any row of the sweep is still pending (crawler/fleet.h).
  bool FleetRefill(std::int64_t room);
  // Hands `rows` to the fetch thread's inbox; true when there were any.
  bool PushRows(std::vector<store::FrontierRow> rows);

  static constexpr std::chrono::milliseconds kFleetHeartbeat{1000};
  static constexpr std::chrono::milliseconds kFleetClaimEvery{100};
  static constexpr std::int64_t kFleetClaimBatch = 500;

  SweepState& state_;
  store::Store& store_;
  std::int64_t admitted_;
  std::int64_t cursor_ = 0;
  RecentUrlCache recent_;
  std::size_t freed_since_trim_ = 0;
  std::chrono::steady_clock::time_point last_trim_{};
  std::unordered_map<std::string, int> per_host_;
  bool noted_cap_ = false;
  int trap_notes_ = 0;
  std::atomic<bool> closed_{false};
  std::chrono::steady_clock::time_point last_claim_{}, last_beat_{};
};

}  // namespace lantian::crawler::internal
