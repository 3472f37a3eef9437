#pragma once

// What the threads of one sweep share (crawler/pipeline.cc): the messages
// between the stages and SweepState, the counters, flags and inboxes they
// update. Private to crawler/.
//
//   fetch thread ──WorkItem──► workers ──PageMsg──► writer
//        ▲  └───────────MarkMsg──────────────────────┘ │
//        └──── inbox (frontier rows paged in) ◄────────┘
//
//   internal::SweepState state(request);
//   state.work = &work_queue;  state.writer = &writer_queue;  state.fetcher = &fetcher;
//   ... threads start; each holds a reference to `state` until it is joined.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "base/mutex.h"
#include "base/status.h"
#include "base/thread_annotations.h"
#include "crawler/fetcher.h"
#include "crawler/frontier.h"
#include "crawler/internal/bounded_queue.h"
#include "crawler/pipeline.h"
#include "crawler/render_pages.h"
#include "crawler/robots.h"
#include "crawler/trap_guard.h"
#include "store/records.h"

namespace lantian::crawler::internal {

inline constexpr std::size_t kMaxNotes = 50;
// Memory bounds between stages, in bytes (on top of crawler.queue_capacity
// items): pages differ in size by 1000x (a hub page's 10,000 links cost
// ~2 MB in flight), so a count alone does not bound memory. A few pages per
// worker keep the workers busy; ordinary pages (~100 KB) rarely hit these.
inline constexpr std::size_t kWorkQueueBytes = 4u << 20;    // fetched pages waiting for a worker
inline constexpr std::size_t kWriterQueueBytes = 4u << 20;  // analyzed pages waiting for the writer
inline constexpr std::size_t kWriterBatchBytes = 4u << 20;  // one store transaction's pages

// Fetch thread → worker: one fetched page.
struct WorkItem {
  FrontierEntry entry;
  FetchResult result;
};

// Worker → writer: one analyzed page (or a block page: no capture).
struct PageMsg {
  std::optional<store::PageResult> page;
  std::vector<store::FrontierUrl> links;
  std::size_t bytes = 0;  // estimated heap held, for the writer queue's budget
  // For the trap guard: the frontier URL whose fetch this is (the one its
  // BeforeFetch allowed), and the page's ContentSimhash (none for a block page).
  std::string fetched_url;
  std::optional<std::uint64_t> simhash;
};
// Fetch thread → writer: frontier state changes without a capture.
struct MarkMsg {
  std::vector<store::FrontierUpdate> updates;
};
using WriterMsg = std::variant<PageMsg, MarkMsg>;

// State shared by the threads of one sweep. Thread-safe as annotated: the
// atomics are counters and flags (the ordering that matters, termination, is
// spelled out in FetchLoop::Finished), the inboxes and notes are under their
// mutexes, the rest is constant while the threads run or owned by one thread.
// The two mutexes are never held together.
struct SweepState {
  explicit SweepState(const SweepRequest& r) : request(r), options(r.options) {}
  SweepState(const SweepState&) = delete;
  SweepState& operator=(const SweepState&) = delete;

  // Appends one line to the summary's notes (the first kMaxNotes are kept).
  void Note(std::string line) LOCKS_EXCLUDED(notes_mu) {
    base::MutexLock lock(&notes_mu);
    if (notes.size() < kMaxNotes) notes.push_back(std::move(line));
  }
  std::vector<std::string> TakeNotes() LOCKS_EXCLUDED(notes_mu) {
    base::MutexLock lock(&notes_mu);
    return std::exchange(notes, {});
  }

  // Constant while the threads run.
  const SweepRequest& request;
  const CrawlerOptions& options;
  std::int64_t sweep_id = 0;
  BoundedQueue<WorkItem>* work = nullptr;
  BoundedQueue<WriterMsg>* writer = nullptr;
  Fetcher* fetcher = nullptr;  // only Wakeup() is called from other threads
  TrapGuard* traps = nullptr;  // thread-safe: the writer admits and reports pages, the fetch thread gates fetches
  PageRenderer* renderer = nullptr;  // thread-safe; null when the sweep renders nothing (render = never)
  // A sweep shared by a fleet (SweepRequest::worker non-empty): the writer
  // claims rows instead of paging them, beats for the worker and keeps
  // store_has_pending true while any worker's row is pending.
  bool fleet = false;
  // Fleet with politeness: called on the fetch thread when a request to a
  // host ended, with when the frontier lets the next one start.
  std::function<void(const std::string& host_key, std::optional<TimePoint> next_allowed)> host_done;
  // Fleet: a host's robots.txt answer another worker fetched within the TTL
  // (nullopt: fetch it), and keeping one this worker fetched for the others.
  std::function<std::optional<std::pair<RobotsAccess, std::string>>(const std::string& host_key)> shared_robots_get;
  std::function<void(const std::string& host_key, RobotsAccess access, const std::string& body)> shared_robots_put;

  // Held while a worker analyses a page whose body exceeds
  // kLargePageBytes: large pages are parsed one at a time, so their copies
  // (decoded text, DOM, visible text, normalized text) never add up across
  // workers and peak RSS stays bounded.
  static constexpr std::size_t kLargePageBytes = 2u << 20;
  base::Mutex large_page_mu;

  // Workers: profile health (SweepSummary::profiles).
  base::Mutex profiles_mu;
  std::map<std::string, SweepSummary::ProfilePages> profiles GUARDED_BY(profiles_mu);

  // Writer → fetch thread: frontier rows paged in from the store, and block
  // reports from workers. Unbounded, but the writer only pages in while the
  // fetch thread's window has room.
  base::Mutex inbox_mu;
  std::vector<FrontierEntry> inbox GUARDED_BY(inbox_mu);
  std::vector<std::pair<FrontierEntry, std::string>> blocked_inbox GUARDED_BY(inbox_mu);

  std::atomic<std::int64_t> in_pipeline{0};     // pages handed to workers, not yet committed
  // Pending rows beyond the writer's cursor may exist (fleet: pending rows
  // anywhere in the sweep, held by this worker or another).
  std::atomic<bool> store_has_pending{true};
  std::atomic<std::int64_t> fetch_load{0};      // frontier pending + in flight (window use)
  std::atomic<bool> writer_failed{false};
  Status writer_status;                         // set by the writer before writer_failed (release)

  // Counters read for progress and the summary (relaxed: totals only).
  std::atomic<std::int64_t> pages{0}, revisits{0}, items{0}, hits{0}, new_hits{0}, admitted{0};
  std::atomic<std::int64_t> analysis_errors{0};
  std::atomic<std::int64_t> requests{0};  // sent by the fetch thread (the fleet's heartbeat reports it)
  std::atomic<std::int64_t> rendered{0};              // pages a browser rendered
  std::atomic<bool> render_unavailable_noted{false};  // "rendering skipped: ..." said once
  std::map<std::string, std::int64_t> hits_per_category;  // writer only, read after it is joined

  base::Mutex notes_mu;
  std::vector<std::string> notes GUARDED_BY(notes_mu);
};

}  // namespace lantian::crawler::internal
