#include "crawler/internal/writer.h"

#include <malloc.h>

#include <algorithm>
#include <optional>
#include <unordered_set>
#include <utility>

#include "base/time.h"
#include "base/uri.h"
#include "store/store.h"

namespace lantian::crawler::internal {

Writer::Writer(SweepState& state, store::Store& store, std::int64_t admitted_at_start)
    : state_(state), store_(store), admitted_(admitted_at_start) {
  state_.admitted.store(admitted_, std::memory_order_relaxed);
}

void Writer::Run() {
  std::vector<PageMsg> batch;
  while (true) {
    std::optional<WriterMsg> msg = state_.writer->PopFor(std::chrono::milliseconds(20));
    const bool idle = !msg.has_value();
    std::size_t batch_bytes = 0;
    while (msg) {
      if (auto* page = std::get_if<PageMsg>(&*msg)) {
        batch_bytes += page->bytes;
        batch.push_back(std::move(*page));
      } else if (!Fail(store_.MarkUrls(std::get<MarkMsg>(*msg).updates))) {
        return;
      }
      if (batch.size() >= static_cast<std::size_t>(state_.options.write_batch)) break;
      if (batch_bytes >= kWriterBatchBytes) break;
      msg = state_.writer->PopFor(std::chrono::milliseconds(0));
    }
    if (!batch.empty() && !Flush(batch)) return;
    if (!Refill()) return;
    if (idle && closed_.load(std::memory_order_acquire)) return;
    ReleaseFreedMemory(batch_bytes);
  }
}

bool Writer::Fail(const Status& s) {
  if (s.ok()) return true;
  state_.writer_status = s;
  state_.writer_failed.store(true, std::memory_order_release);
  state_.writer->Close();
  return false;
}

bool Writer::Flush(std::vector<PageMsg>& batch) {
  // Links first: a crash between the two transactions re-fetches the page
  // (its row is still pending) but never loses its links.
  // Dedup: the store's UNIQUE(sweep_id, url_hash) is the set of known URLs;
  // memory holds only a fixed-size cache of recent ones, so it stays flat
  // however many URLs the sweep knows. Only URLs new to the store count
  // against max_pages, the per-host cap and the trap guard (crawler/trap_guard.h).
  std::vector<store::FrontierUrl> fresh;
  std::vector<std::uint64_t> fresh_hashes;
  std::vector<std::size_t> fresh_page;  // fresh[i] was found on batch[fresh_page[i]]
  std::unordered_set<std::uint64_t> in_batch;
  for (std::size_t page = 0; page < batch.size(); ++page) {
    PageMsg& m = batch[page];
    for (store::FrontierUrl& f : m.links) {
      const std::uint64_t h = base::UrlHash(f.url);
      if (recent_.Contains(h) || !in_batch.insert(h).second) continue;
      fresh.push_back(std::move(f));
      fresh_hashes.push_back(h);
      fresh_page.push_back(page);
    }
    std::vector<store::FrontierUrl>().swap(m.links);
  }
  auto known = store_.KnownUrls(state_.sweep_id, fresh);
  if (!Fail(known.status())) return false;
  // The trap guard learns what each page yielded (its content, its links new
  // to the sweep) before any of those links is admitted, so a page that
  // spends its pattern's budget already keeps its own links out.
  std::vector<std::vector<std::string_view>> new_links(batch.size());
  for (std::size_t i = 0; i < fresh.size(); ++i) {
    if (!(*known)[i]) new_links[fresh_page[i]].push_back(fresh[i].url);
  }
  for (std::size_t page = 0; page < batch.size(); ++page) {
    if (!batch[page].fetched_url.empty()) {
      state_.traps->AfterFetch(batch[page].fetched_url, batch[page].simhash, new_links[page]);
    }
  }
  std::vector<std::vector<std::string_view>>().swap(new_links);  // views into `fresh`, which moves below
  std::vector<store::FrontierUrl> links;
  for (std::size_t i = 0; i < fresh.size(); ++i) {
    store::FrontierUrl& f = fresh[i];
    if ((*known)[i]) {
      recent_.Insert(fresh_hashes[i]);
      continue;
    }
    if (admitted_ >= state_.options.max_pages) {
      recent_.Insert(fresh_hashes[i]);
      if (!noted_cap_) {
        state_.Note("max_pages " + std::to_string(state_.options.max_pages) + " reached; further links ignored");
      }
      noted_cap_ = true;
      continue;
    }
    if (Status trap = state_.traps->Admit(f.url); !trap.ok()) {
      // Not remembered as seen: a pattern's page-number window moves on, and a
      // cut pattern refuses it again cheaply. A cut pattern has its own line
      // in the summary; only URLs refused for their shape are noted.
      if (trap.code() == Status::Code::kInvalidArgument && trap_notes_++ < 5) {
        state_.Note(trap.message() + ": " + f.url.substr(0, 120));
      }
      continue;
    }
    recent_.Insert(fresh_hashes[i]);
    if (state_.options.per_host_page_cap > 0 && ++per_host_[f.host] > state_.options.per_host_page_cap) continue;
    links.push_back(std::move(f));
    ++admitted_;
  }
  if (!links.empty()) {
    auto added = store_.EnqueueUrls(state_.sweep_id, links);
    if (!Fail(added.status())) return false;
    if (*added > 0) state_.store_has_pending.store(true, std::memory_order_release);
    admitted_ -= static_cast<std::int64_t>(links.size()) - *added;  // duplicates already in the store
    state_.admitted.store(admitted_, std::memory_order_relaxed);
  }
  std::vector<store::PageResult> pages;
  std::vector<std::vector<std::string>> categories;
  for (PageMsg& m : batch) {
    if (!m.page) continue;
    std::vector<std::string> cats;
    for (const auto& [item, hits] : m.page->items) {
      for (const auto& h : hits) cats.push_back(h.category);
    }
    categories.push_back(std::move(cats));
    pages.push_back(std::move(*m.page));
  }
  if (!pages.empty()) {
    auto written = store_.WritePages(pages);
    if (!Fail(written.status())) return false;
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (pages[i].revisit_of_capture_id) {
        state_.revisits.fetch_add(1, std::memory_order_relaxed);
        continue;
      }
      state_.pages.fetch_add(1, std::memory_order_relaxed);
      state_.items.fetch_add(static_cast<std::int64_t>(pages[i].items.size()), std::memory_order_relaxed);
      state_.hits.fetch_add(static_cast<std::int64_t>(categories[i].size()), std::memory_order_relaxed);
      state_.new_hits.fetch_add((*written)[i].new_hits, std::memory_order_relaxed);
      for (const std::string& c : categories[i]) ++state_.hits_per_category[c];
    }
  }
  // Release: store_has_pending (above) is visible before the page leaves the pipeline.
  state_.in_pipeline.fetch_sub(static_cast<std::int64_t>(batch.size()), std::memory_order_acq_rel);
  batch.clear();
  return true;
}

// Pages of 10,000 links come and go in bursts, from several threads'
// malloc arenas; glibc keeps what they freed unless asked. Hands free pages
// back to the OS once enough has passed through, at most every 2 s.
void Writer::ReleaseFreedMemory(std::size_t flushed_bytes) {
#ifdef __GLIBC__
  freed_since_trim_ += flushed_bytes;
  const auto now = std::chrono::steady_clock::now();
  if (freed_since_trim_ < kWriterBatchBytes || now - last_trim_ < std::chrono::seconds(2)) return;
  malloc_trim(0);
  freed_since_trim_ = 0;
  last_trim_ = now;
#else
  (void)flushed_bytes;
#endif
}

// Pages pending rows in from the store while the fetch thread's window has room.
bool Writer::Refill() {
  if (!state_.store_has_pending.load(std::memory_order_acquire)) return true;
  const std::int64_t window = state_.options.frontier_window;
  std::size_t inbox_size;
  {
    base::MutexLock lock(&state_.inbox_mu);
    inbox_size = state_.inbox.size();
  }
  const std::int64_t load = state_.fetch_load.load(std::memory_order_acquire) + static_cast<std::int64_t>(inbox_size);
  const std::int64_t room = window - load;
  // A worker of a fleet holds only what it will fetch soon (twice its
  // transfers), so the rows others could work on stay in the pool.
  if (state_.fleet) return FleetRefill(std::min(room, 2 * std::int64_t{state_.options.fetch.max_in_flight} - load));
  if (room < window / 4 && load > 0) return true;  // page in chunks, not row by row
  if (room <= 0) return true;
  auto rows = store_.PendingUrls(state_.sweep_id, cursor_, static_cast<std::size_t>(room));
  if (!Fail(rows.status())) return false;
  const bool exhausted = rows->size() < static_cast<std::size_t>(room);
  const bool any = PushRows(std::move(*rows));
  // After the inbox push: the fetch thread reads store_has_pending before the inbox.
  if (exhausted) state_.store_has_pending.store(false, std::memory_order_release);
  if (any) state_.fetcher->Wakeup();
  return true;
}

bool Writer::FleetRefill(std::int64_t room) {
  const auto now = std::chrono::steady_clock::now();
  const std::int64_t now_ms = base::UnixMsNow();
  if (now - last_beat_ >= kFleetHeartbeat) {
    last_beat_ = now;
    const std::int64_t pages = state_.pages.load(std::memory_order_relaxed) + state_.revisits.load(std::memory_order_relaxed);
    if (!Fail(store_.Heartbeat(state_.sweep_id, state_.request.worker, now_ms, pages,
                               state_.requests.load(std::memory_order_relaxed)))) {
      return false;
    }
  }
  // Claims in batches, not on every pass: the store is shared.
  if (now - last_claim_ < kFleetClaimEvery) return true;
  last_claim_ = now;
  std::int64_t claimed = 0;
  if (room > 0) {
    auto rows = store_.ClaimUrls(state_.sweep_id, state_.request.worker,
                                 static_cast<std::size_t>(std::min<std::int64_t>(room, kFleetClaimBatch)),
                                 now_ms - store::Store::kWorkerSilentMs);
    if (!Fail(rows.status())) return false;
    claimed = static_cast<std::int64_t>(rows->size());
    if (PushRows(std::move(*rows))) state_.fetcher->Wakeup();
  }
  if (claimed == 0) {
    // Nothing to take: the sweep goes on while any row is pending, held by
    // another worker (or by one that died, whose rows come free when its
    // heartbeat is Store::kWorkerSilentMs old).
    auto pending = store_.HasPendingUrls(state_.sweep_id);
    if (!Fail(pending.status())) return false;
    if (!*pending) state_.store_has_pending.store(false, std::memory_order_release);
  }
  return true;
}

bool Writer::PushRows(std::vector<store::FrontierRow> rows) {
  std::vector<FrontierEntry> entries;
  entries.reserve(rows.size());
  for (store::FrontierRow& row : rows) {
    cursor_ = std::max(cursor_, row.id);
    auto key = HostKey(row.url.url);
    if (!key.ok()) continue;
    FrontierEntry e;
    e.id = row.id;
    e.url = std::move(row.url.url);
    e.fetch_url = std::move(row.url.fetch_url);
    e.host_key = std::move(*key);
    e.depth = row.url.depth;
    e.parent = std::move(row.url.parent);
    e.hop = row.url.hop;
    e.attempts = row.attempts;
    entries.push_back(std::move(e));
  }
  if (entries.empty()) return false;
  base::MutexLock lock(&state_.inbox_mu);
  for (FrontierEntry& e : entries) state_.inbox.push_back(std::move(e));
  return true;
}

}  // namespace lantian::crawler::internal
