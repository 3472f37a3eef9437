#include "crawler/pipeline.h"

#include <malloc.h>

#include <re2/re2.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <memory>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>

#include "base/mutex.h"
#include "base/thread_annotations.h"
#include "base/uri.h"
#include "crawler/clock.h"
#include "crawler/fetcher.h"
#include "crawler/frontier.h"
#include "crawler/internal/bounded_queue.h"
#include "crawler/internal/recent_url_cache.h"
#include "crawler/link_scan.h"
#include "crawler/metrics.h"
#include "crawler/robots.h"
#include "crawler/url.h"
#include "store/store.h"

namespace lantian::crawler {
namespace {

// Counts one fetch's time into the summary's latency buckets.
void RecordLatency(double seconds, SweepSummary* summary) {
  if (summary->latency_counts.empty()) summary->latency_counts.assign(Metrics::LatencyBuckets().size() + 1, 0);
  ++summary->latency_counts[Metrics::LatencyBucket(seconds)];
  summary->latency_sum_seconds += seconds;
}

using internal::BoundedQueue;

constexpr std::size_t kMaxNotes = 50;
// Memory bounds between stages, in bytes (on top of crawler.queue_capacity
// items): pages differ in size by 1000x (a hub page's 10,000 links cost
// ~2 MB in flight), so a count alone does not bound memory. A few pages per
// worker keep the workers busy; ordinary pages (~100 KB) rarely hit these.
constexpr std::size_t kWorkQueueBytes = 4u << 20;    // fetched pages waiting for a worker
constexpr std::size_t kWriterQueueBytes = 4u << 20;  // analyzed pages waiting for the writer
constexpr std::size_t kWriterBatchBytes = 4u << 20;  // one store transaction's pages

std::int64_t UnixMsNow() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Which URLs belong to the sweep. Immutable after construction; thread-safe.
class Scope {
 public:
  static Result<Scope> Make(const CrawlerOptions& o, const std::vector<std::string>& seeds,
                            const std::vector<std::string>& extra_hosts) {
    Scope s;
    s.max_depth_ = o.max_depth;
    s.url_options_.strip_params = o.strip_params;
    s.url_options_.sort_query = o.sort_query;
    s.url_options_.max_url_bytes = static_cast<std::size_t>(o.max_url_bytes);
    for (const std::string& seed : seeds) {
      auto parts = ParseUrl(seed);
      if (parts.ok()) s.hosts_.insert(parts->host);
    }
    for (const std::string& h : extra_hosts) s.hosts_.insert(h);
    RE2::Options re_options;
    re_options.set_log_errors(false);
    for (const auto& [list, out] : {std::pair{&o.follow, &s.follow_}, std::pair{&o.deny, &s.deny_}}) {
      for (const std::string& pattern : *list) {
        auto re = std::make_shared<RE2>(pattern, re_options);
        if (!re->ok()) {
          return Status::InvalidArgument("crawler." + std::string(list == &o.follow ? "follow" : "deny") + ": " +
                                         pattern + ": " + re->error());
        }
        out->push_back(std::move(re));
      }
    }
    return s;
  }

  const UrlOptions& url_options() const { return url_options_; }
  bool HostInScope(const std::string& host) const { return hosts_.contains(host); }

  // Canonical URL of link `raw` found on `base` at `depth`, or nullopt.
  std::optional<store::FrontierUrl> Admit(const std::string& base, const std::string& raw, int depth,
                                          char hop) const {
    if (depth > max_depth_) return std::nullopt;
    auto url = ResolveUrl(base, raw, url_options_);
    if (!url.ok()) return std::nullopt;
    auto parts = ParseUrl(*url);
    if (!parts.ok() || !hosts_.contains(parts->host)) return std::nullopt;
    if (!follow_.empty() &&
        std::none_of(follow_.begin(), follow_.end(), [&](const auto& re) { return RE2::PartialMatch(*url, *re); })) {
      return std::nullopt;
    }
    for (const auto& re : deny_) {
      if (RE2::PartialMatch(*url, *re)) return std::nullopt;
    }
    store::FrontierUrl f;
    f.url = std::move(*url);
    f.host = parts->host;
    f.depth = depth;
    f.parent = base;
    f.hop = hop;
    return f;
  }

 private:
  std::set<std::string> hosts_;
  std::vector<std::shared_ptr<RE2>> follow_, deny_;
  int max_depth_ = 5;
  UrlOptions url_options_;
};

struct WorkItem {
  FrontierEntry entry;
  FetchResult result;
};

// What a fetched page costs in the work queue: its wire bytes and heads.
std::size_t WorkItemBytes(const FetchResult& r) {
  std::size_t bytes = sizeof(WorkItem);
  for (const FetchHop& h : r.hops) bytes += h.wire_body.size() + h.response_head.size() + h.request_head.size();
  return bytes;
}

// Worker → writer: one analyzed page (or a block page: no capture).
struct PageMsg {
  std::optional<store::PageResult> page;
  std::vector<store::FrontierUrl> links;
  std::size_t bytes = 0;  // estimated heap held (PageMsgBytes), for the writer queue's budget
};

// An estimate of the memory a PageMsg holds: bodies, items and links.
std::size_t PageMsgBytes(const PageMsg& m) {
  std::size_t bytes = sizeof(PageMsg);
  if (m.page) {
    for (const store::ExchangeHop& h : m.page->capture.hops) {
      bytes += sizeof h + h.url.size() + h.request_bytes.size() + h.response_head.size() + h.response_body_raw.size();
    }
    for (const auto& [item, hits] : m.page->items) {
      bytes += sizeof item + item.text.size() + item.title.size() + item.url.size() + 64 * item.contacts.size();
      for (const store::HitInput& h : hits) bytes += sizeof h + h.snippet.size() + h.match.size() + 64;
    }
  }
  for (const store::FrontierUrl& f : m.links) {
    bytes += sizeof f + f.url.capacity() + f.parent.capacity() + f.host.capacity();
  }
  return bytes;
}
// Fetch thread → writer: frontier state changes without a capture.
struct MarkMsg {
  std::vector<store::FrontierUpdate> updates;
};
using WriterMsg = std::variant<PageMsg, MarkMsg>;

// State shared by the threads of one sweep. Atomics are counters and flags;
// the ordering that matters (termination) is spelled out in FetchLoop.
struct Shared {
  explicit Shared(const SweepRequest& r) : request(r), options(r.options) {}
  const SweepRequest& request;
  const CrawlerOptions& options;
  std::int64_t sweep_id = 0;

  BoundedQueue<WorkItem>* work = nullptr;
  BoundedQueue<WriterMsg>* writer = nullptr;
  Fetcher* fetcher = nullptr;

  // Writer → fetch thread: frontier rows paged in from the store, and block
  // reports from workers. Unbounded, but the writer only pages in while the
  // fetch thread's window has room.
  base::Mutex inbox_mu;
  std::vector<FrontierEntry> inbox GUARDED_BY(inbox_mu);
  std::vector<std::pair<FrontierEntry, std::string>> blocked_inbox GUARDED_BY(inbox_mu);

  std::atomic<std::int64_t> in_pipeline{0};     // pages handed to workers, not yet committed
  std::atomic<bool> store_has_pending{true};    // pending rows beyond the writer's cursor may exist
  std::atomic<std::int64_t> fetch_load{0};      // frontier pending + in flight (window use)
  std::atomic<bool> writer_failed{false};
  Status writer_status;                         // set by the writer before writer_failed

  std::atomic<std::int64_t> pages{0}, revisits{0}, items{0}, hits{0}, new_hits{0}, admitted{0};
  std::atomic<std::int64_t> analysis_errors{0};
  base::Mutex notes_mu;
  std::vector<std::string> notes GUARDED_BY(notes_mu);
  std::map<std::string, std::int64_t> hits_per_category;  // writer only

  void Note(std::string line) LOCKS_EXCLUDED(notes_mu) {
    base::MutexLock lock(&notes_mu);
    if (notes.size() < kMaxNotes) notes.push_back(std::move(line));
  }
  std::vector<std::string> TakeNotes() LOCKS_EXCLUDED(notes_mu) {
    base::MutexLock lock(&notes_mu);
    return std::exchange(notes, {});
  }
};

// Moves the hop's buffers (the body is the largest thing a page holds: no copy).
store::ExchangeHop ToExchangeHop(FetchHop&& h, FetchOutcome outcome, bool last) {
  store::ExchangeHop x;
  x.url = std::move(h.url);
  x.request_bytes = std::move(h.request_head);
  x.response_head = std::move(h.response_head);
  x.response_body_raw = std::move(h.wire_body);
  x.ip = std::move(h.ip);
  x.status = h.http_status;
  x.truncated = h.truncated;
  if (h.truncated) {
    x.truncated_reason = !last                                    ? "unspecified"
                         : outcome == FetchOutcome::kTooLarge     ? "length"
                         : outcome == FetchOutcome::kTimeout      ? "time"
                                                                  : "disconnect";
  }
  x.fetch_ms = h.elapsed_ms;
  x.mime = h.content_type.substr(0, h.content_type.find(';'));
  while (!x.mime.empty() && x.mime.back() == ' ') x.mime.pop_back();
  return x;
}

bool IsHtmlLike(const std::string& content_type, std::string_view body) {
  if (content_type.empty()) return body.find('<') != std::string_view::npos;
  std::string lower = content_type;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.find("html") != std::string::npos || lower.find("xml") != std::string::npos ||
         lower.find("text/plain") != std::string::npos;
}

// ---- worker ---------------------------------------------------------------

void WorkerLoop(Shared& sh, const Scope& scope, const PageAnalyzer& analyzer) {
  // Its own read-only connection for the unchanged-payload lookup (STYLE.md §6).
  store::StoreOptions ro;
  ro.db_path = sh.options.db;
  ro.read_only = true;
  auto reader = store::Store::Open(ro);
  while (std::optional<WorkItem> item = sh.work->Pop()) {
    FetchResult& r = item->result;
    const FrontierEntry& entry = item->entry;
    DecodeFinalBody(r, static_cast<std::size_t>(sh.options.max_body_bytes));
    const FetchHop& last = r.hops.back();
    PageMsg msg;
    store::PageResult page;
    page.capture.sweep_id = sh.sweep_id;
    page.capture.fetched_at_utc = store::FormatUtcMs(r.hops.front().fetched_at_unix_ms);
    page.capture.payload_sha256 = store::Sha256Hex(last.wire_body);
    page.capture.via = entry.parent;
    page.capture.hop = entry.hop;
    page.capture.depth = entry.depth;
    page.capture.frontier_id = entry.id;

    const std::string& final_url = last.url;  // valid until the hops move into the capture, below
    std::vector<std::string> raw_links;
    char link_hop = 'L';
    const bool success = last.http_status >= 200 && last.http_status < 300;
    bool parse = success && IsHtmlLike(last.content_type, r.body);
    if (parse && reader.ok() && !r.truncated) {
      auto prior = (*reader)->FindByPayloadDigest(final_url, page.capture.payload_sha256);
      if (prior.ok() && prior->has_value()) {
        // Unchanged since a prior capture: a revisit record, no parse, no detection.
        page.revisit_of_capture_id = (*prior)->capture_id;
        parse = false;
        raw_links = analyzer.FilterUnparsedLinks(final_url, ScanHrefs(r.body));
      }
    }
    if (parse) {
      PageInput input{final_url, r.body, last.content_type, entry.depth};
      auto analysis = analyzer.Analyze(input);
      if (!analysis.ok()) {
        sh.analysis_errors.fetch_add(1, std::memory_order_relaxed);
        sh.Note(final_url + ": analysis failed: " + analysis.status().message());
        raw_links = ScanHrefs(r.body);
      } else if (analysis->blocked) {
        // A block/CAPTCHA page is never content or evidence; the host backs off.
        {
          base::MutexLock lock(&sh.inbox_mu);
          sh.blocked_inbox.emplace_back(entry, analysis->block_reason);
        }
        sh.fetcher->Wakeup();
        sh.writer->Push(std::move(msg), sizeof(PageMsg));  // no page: only settles in_pipeline
        continue;
      } else {
        page.items = std::move(analysis->items);
        raw_links = std::move(analysis->links);
      }
    }
    if (!r.redirect_target.empty()) {
      raw_links.push_back(r.redirect_target);  // a deferred redirect continues as its own URL
      link_hop = 'R';
    }
    const int link_depth = link_hop == 'R' ? entry.depth : entry.depth + 1;
    for (const std::string& raw : raw_links) {
      if (auto f = scope.Admit(final_url, raw, link_depth, link_hop)) msg.links.push_back(std::move(*f));
    }
    std::vector<std::string>().swap(raw_links);
    std::string().swap(r.body);  // the decoded copy is done with; the capture keeps the wire bytes
    for (std::size_t i = 0; i < r.hops.size(); ++i) {
      page.capture.hops.push_back(ToExchangeHop(std::move(r.hops[i]), r.outcome, i + 1 == r.hops.size()));
    }
    msg.page = std::move(page);
    msg.bytes = PageMsgBytes(msg);
    const std::size_t bytes = msg.bytes;
    if (!sh.writer->Push(std::move(msg), bytes)) continue;  // writer failed; drain
  }
}

// ---- writer ---------------------------------------------------------------

class Writer {
 public:
  Writer(Shared& sh, store::Store& store, std::int64_t admitted_at_start)
      : sh_(sh), store_(store), admitted_(admitted_at_start) {
    TrapGuard::Options t;
    t.max_url_bytes = static_cast<std::size_t>(sh.options.max_url_bytes);
    t.max_repeated_segments = sh.options.max_repeated_segments;
    t.max_query_variants_per_path = sh.options.max_query_variants_per_path;
    traps_ = TrapGuard(t);
    sh_.admitted.store(admitted_, std::memory_order_relaxed);
  }

  void Run() {
    std::vector<PageMsg> batch;
    while (true) {
      std::optional<WriterMsg> msg = sh_.writer->PopFor(std::chrono::milliseconds(20));
      const bool idle = !msg.has_value();
      std::size_t batch_bytes = 0;
      while (msg) {
        if (auto* page = std::get_if<PageMsg>(&*msg)) {
          batch_bytes += page->bytes;
          batch.push_back(std::move(*page));
        } else if (!Fail(store_.MarkUrls(std::get<MarkMsg>(*msg).updates))) {
          return;
        }
        if (batch.size() >= static_cast<std::size_t>(sh_.options.write_batch)) break;
        if (batch_bytes >= kWriterBatchBytes) break;
        msg = sh_.writer->PopFor(std::chrono::milliseconds(0));
      }
      if (!batch.empty() && !Flush(batch)) return;
      if (!Refill()) return;
      if (idle && closed_) return;
      ReleaseFreedMemory(batch_bytes);
    }
  }

  // The pipeline closes the writer queue once every other thread is done;
  // Run() drains it and returns.
  void MarkClosing() { closed_ = true; }

 private:
  bool Fail(const Status& s) {
    if (s.ok()) return true;
    sh_.writer_status = s;
    sh_.writer_failed.store(true, std::memory_order_release);
    sh_.writer->Close();
    return false;
  }

  bool Flush(std::vector<PageMsg>& batch) {
    // Links first: a crash between the two transactions re-fetches the page
    // (its row is still pending) but never loses its links.
    // Dedup: the store's UNIQUE(sweep_id, url_hash) is the set of known URLs;
    // memory holds only a fixed-size cache of recent ones, so it stays flat
    // however many URLs the sweep knows. Only URLs new to the store count
    // against max_pages, the per-host cap and the trap guard.
    std::vector<store::FrontierUrl> fresh;
    std::vector<std::uint64_t> fresh_hashes;
    std::unordered_set<std::uint64_t> in_batch;
    for (PageMsg& m : batch) {
      for (store::FrontierUrl& f : m.links) {
        const std::uint64_t h = base::UrlHash(f.url);
        if (recent_.Contains(h) || !in_batch.insert(h).second) continue;
        fresh.push_back(std::move(f));
        fresh_hashes.push_back(h);
      }
      std::vector<store::FrontierUrl>().swap(m.links);
    }
    auto known = store_.KnownUrls(sh_.sweep_id, fresh);
    if (!Fail(known.status())) return false;
    std::vector<store::FrontierUrl> links;
    for (std::size_t i = 0; i < fresh.size(); ++i) {
      store::FrontierUrl& f = fresh[i];
      recent_.Insert(fresh_hashes[i]);
      if ((*known)[i]) continue;
      if (admitted_ >= sh_.options.max_pages) {
        if (!noted_cap_) {
          sh_.Note("max_pages " + std::to_string(sh_.options.max_pages) + " reached; further links ignored");
        }
        noted_cap_ = true;
        continue;
      }
      if (sh_.options.per_host_page_cap > 0 && ++per_host_[f.host] > sh_.options.per_host_page_cap) continue;
      if (Status trap = traps_.Admit(f.url); !trap.ok()) {
        if (trap_notes_++ < 5) sh_.Note(trap.message() + ": " + f.url.substr(0, 120));
        continue;
      }
      links.push_back(std::move(f));
      ++admitted_;
    }
    if (!links.empty()) {
      auto added = store_.EnqueueUrls(sh_.sweep_id, links);
      if (!Fail(added.status())) return false;
      if (*added > 0) sh_.store_has_pending.store(true, std::memory_order_release);
      admitted_ -= static_cast<std::int64_t>(links.size()) - *added;  // duplicates already in the store
      sh_.admitted.store(admitted_, std::memory_order_relaxed);
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
          sh_.revisits.fetch_add(1, std::memory_order_relaxed);
          continue;
        }
        sh_.pages.fetch_add(1, std::memory_order_relaxed);
        sh_.items.fetch_add(static_cast<std::int64_t>(pages[i].items.size()), std::memory_order_relaxed);
        sh_.hits.fetch_add(static_cast<std::int64_t>(categories[i].size()), std::memory_order_relaxed);
        sh_.new_hits.fetch_add((*written)[i].new_hits, std::memory_order_relaxed);
        for (const std::string& c : categories[i]) ++sh_.hits_per_category[c];
      }
    }
    // Release: store_has_pending (above) is visible before the page leaves the pipeline.
    sh_.in_pipeline.fetch_sub(static_cast<std::int64_t>(batch.size()), std::memory_order_acq_rel);
    batch.clear();
    return true;
  }

  // Pages of 10,000 links come and go in bursts, from several threads'
  // malloc arenas; glibc keeps what they freed unless asked. Hands free pages
  // back to the OS once enough has passed through, at most every 2 s.
  void ReleaseFreedMemory(std::size_t flushed_bytes) {
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
  bool Refill() {
    if (!sh_.store_has_pending.load(std::memory_order_acquire)) return true;
    const std::int64_t window = sh_.options.frontier_window;
    std::size_t inbox_size;
    {
      base::MutexLock lock(&sh_.inbox_mu);
      inbox_size = sh_.inbox.size();
    }
    const std::int64_t load = sh_.fetch_load.load(std::memory_order_acquire) + static_cast<std::int64_t>(inbox_size);
    const std::int64_t room = window - load;
    if (room < window / 4 && load > 0) return true;  // page in chunks, not row by row
    if (room <= 0) return true;
    auto rows = store_.PendingUrls(sh_.sweep_id, cursor_, static_cast<std::size_t>(room));
    if (!Fail(rows.status())) return false;
    std::vector<FrontierEntry> entries;
    entries.reserve(rows->size());
    for (store::FrontierRow& row : *rows) {
      cursor_ = std::max(cursor_, row.id);
      auto key = HostKey(row.url.url);
      if (!key.ok()) continue;
      FrontierEntry e;
      e.id = row.id;
      e.url = std::move(row.url.url);
      e.host_key = std::move(*key);
      e.depth = row.url.depth;
      e.parent = std::move(row.url.parent);
      e.hop = row.url.hop;
      e.attempts = row.attempts;
      entries.push_back(std::move(e));
    }
    const bool exhausted = rows->size() < static_cast<std::size_t>(room);
    if (!entries.empty()) {
      base::MutexLock lock(&sh_.inbox_mu);
      for (FrontierEntry& e : entries) sh_.inbox.push_back(std::move(e));
    }
    // After the inbox push: the fetch thread reads store_has_pending before the inbox.
    if (exhausted) sh_.store_has_pending.store(false, std::memory_order_release);
    if (!entries.empty()) sh_.fetcher->Wakeup();
    return true;
  }

  Shared& sh_;
  store::Store& store_;
  std::int64_t admitted_;
  std::int64_t cursor_ = 0;
  internal::RecentUrlCache recent_;
  std::size_t freed_since_trim_ = 0;
  std::chrono::steady_clock::time_point last_trim_{};
  TrapGuard traps_;
  std::unordered_map<std::string, int> per_host_;
  bool noted_cap_ = false;
  int trap_notes_ = 0;
  std::atomic<bool> closed_{false};
};

// ---- fetch thread ---------------------------------------------------------

store::FrontierUpdate ToUpdate(const FrontierEntry& e, const Completion& c) {
  store::FrontierUpdate u;
  u.id = e.id;
  u.attempts = c.attempts;
  u.reason = c.reason;
  switch (c.kind) {
    case Completion::Kind::kDone:
      u.state = store::FrontierState::kDone;
      break;
    case Completion::Kind::kRetry: {
      u.state = store::FrontierState::kPending;
      const auto wait = c.retry_at - SystemClock::Get().Now();
      u.retry_at = store::FormatUtcMs(UnixMsNow() + std::max<long long>(0, wait.count()));
      break;
    }
    case Completion::Kind::kFailed:
      u.state = store::FrontierState::kFailed;
      break;
    case Completion::Kind::kSkipped:
      u.state = store::FrontierState::kSkipped;
      break;
  }
  return u;
}

}  // namespace

Result<SweepSummary> RunSweep(const SweepRequest& request, const PageAnalyzer& analyzer) {
  const CrawlerOptions& o = request.options;
  const auto started = std::chrono::steady_clock::now();
#ifdef __GLIBC__
  // Big pages (a hub page of 10,000 links, its parse tree and link lists)
  // are allocated and freed by different threads. glibc raises its mmap
  // threshold to the largest block freed (up to 32 MB), after which such
  // blocks live in per-thread arenas that keep their pages: RSS then follows
  // the largest bursts, not the work. A fixed 1 MiB threshold maps blocks
  // that big and unmaps them on free; ordinary pages (< 1 MB) still reuse
  // heap memory (a lower threshold costs page faults on every page).
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif

  // Seeds: canonical, in scope by definition.
  UrlOptions url_options;
  url_options.strip_params = o.strip_params;
  url_options.sort_query = o.sort_query;
  url_options.max_url_bytes = static_cast<std::size_t>(o.max_url_bytes);
  std::vector<store::FrontierUrl> seeds;
  std::vector<std::string> seed_urls;
  for (const std::string& s : request.seeds) {
    auto url = CanonicalizeUrl(s, url_options);
    if (!url.ok()) return Status::InvalidArgument("seed: " + url.status().message());
    auto parts = ParseUrl(*url);
    if (!parts.ok()) return Status::InvalidArgument("seed: " + parts.status().message());
    store::FrontierUrl f;
    f.url = *url;
    f.host = parts->host;
    seeds.push_back(f);
    seed_urls.push_back(*url);
  }
  std::vector<std::string> scope_hosts = request.scope_hosts;
  for (const store::FrontierUrl& f : seeds) scope_hosts.push_back(f.host);

  store::StoreOptions so;
  so.db_path = o.db;
  so.fsync = o.fsync;
  so.user_agent = BuildUserAgent(o, request.version);
  so.warc_operator = o.operator_name;
  auto opened = store::Store::Open(so);
  if (!opened.ok()) return opened.status();
  store::Store& db = **opened;

  Shared sh(request);
  if (request.resume) {
    auto last = db.LatestUnfinishedSweep(request.job);
    if (!last.ok()) return last.status();
    if (!last->has_value()) {
      return Status::FailedPrecondition(o.db + ": no unfinished sweep" +
                                        (request.job.empty() ? "" : " of job '" + request.job + "'") + " to resume");
    }
    sh.sweep_id = (*last)->id;
    // The scope of the sweep being resumed (its seeds' and profiles' hosts).
    const auto saved = nlohmann::json::parse((*last)->options_json, nullptr, false);
    if (saved.is_object() && saved.contains("scope_hosts") && saved["scope_hosts"].is_array()) {
      for (const auto& h : saved["scope_hosts"]) {
        if (h.is_string()) scope_hosts.push_back(h.get<std::string>());
      }
    }
    LANTIAN_RETURN_IF_ERROR(db.ReopenSweep(sh.sweep_id));
  } else {
    if (seeds.empty()) return Status::InvalidArgument("sweep: no seeds (give --seed, --seeds-file, --job or --site with --query)");
    nlohmann::json saved;
    saved["scope_hosts"] = scope_hosts;
    saved["seeds"] = seed_urls;
    auto id = db.BeginSweep(request.job, saved.dump());
    if (!id.ok()) return id.status();
    sh.sweep_id = *id;
  }
  if (!seeds.empty()) {
    auto added = db.EnqueueUrls(sh.sweep_id, seeds);
    if (!added.ok()) return added.status();
  }
  auto counts = db.CountFrontier(sh.sweep_id);
  if (!counts.ok()) return counts.status();
  auto scope = Scope::Make(o, {}, scope_hosts);
  if (!scope.ok()) return scope.status();

  // Fetcher, frontier, robots.
  FetchOptions fo;
  fo.user_agent = BuildUserAgent(o, request.version);
  fo.max_in_flight = o.max_in_flight;
  fo.max_per_host = o.max_per_host;
  fo.connect_timeout = std::chrono::milliseconds(o.connect_timeout_ms);
  fo.total_timeout = std::chrono::milliseconds(o.total_timeout_ms);
  fo.low_speed_bytes_per_s = static_cast<long>(o.low_speed_bytes_per_s);
  fo.low_speed_time = std::chrono::seconds(o.low_speed_time_s);
  fo.max_wire_bytes = static_cast<std::size_t>(o.max_wire_bytes);
  fo.max_body_bytes = static_cast<std::size_t>(o.max_body_bytes);
  fo.max_redirects = o.max_redirects;
  fo.redirect_delay = std::chrono::milliseconds(o.per_host_delay_ms);
  fo.allow_private = o.allow_private;
  fo.proxy = o.proxy;
  fo.http2 = o.http2;
  fo.decode_body = false;  // workers decode
  Fetcher fetcher(fo);
  sh.fetcher = &fetcher;

  const Clock& clock = SystemClock::Get();
  FrontierOptions fro;
  fro.default_delay = Duration(o.per_host_delay_ms);
  fro.max_crawl_delay = Duration(o.max_crawl_delay_ms);
  fro.max_per_host = o.max_per_host;
  fro.max_attempts = o.max_attempts;
  fro.backoff_base = Duration(o.backoff_base_ms);
  fro.backoff_max = Duration(o.backoff_max_ms);
  fro.max_retry_after = Duration(o.max_retry_after_ms);
  fro.block_backoff = Duration(o.block_backoff_ms);
  Frontier frontier(clock, fro);
  RobotsCache::Options ro;
  ro.ttl = Duration(o.robots_ttl_ms);
  ro.unreachable_ttl = Duration(o.robots_unreachable_ttl_ms);
  RobotsCache robots(clock, ro);

  // Per-site network settings and delay overrides, by host.
  std::unordered_map<std::string, const SiteOptions*> site_by_host;
  for (const auto& [name, site] : o.sites) {
    for (const std::string& h : site.hosts) {
      site_by_host[h] = &site;
      if (site.delay_ms >= 0) {
        frontier.SetHostDelay("http://" + h + ":80", Duration(site.delay_ms));
        frontier.SetHostDelay("https://" + h + ":443", Duration(site.delay_ms));
      }
      if (site.max_per_host > 0) {
        frontier.SetHostMaxInFlight("http://" + h + ":80", site.max_per_host);
        frontier.SetHostMaxInFlight("https://" + h + ":443", site.max_per_host);
      }
    }
  }

  frontier.SetFilter([&](const FrontierEntry& e, std::string* reason) {
    const RobotsRules* rules = robots.Find(e.host_key);
    if (rules == nullptr) return Admission::kNeedRobots;
    auto parts = ParseUrl(e.url);
    if (!parts.ok()) {
      *reason = "bad url: " + parts.status().message();
      return Admission::kSkip;
    }
    if (!rules->IsAllowed(parts->path_and_query)) {
      *reason = "robots_disallowed";
      return Admission::kSkip;
    }
    return Admission::kAllow;
  });
  fetcher.SetRedirectCheck([&](const std::string& target) {
    if (target.ends_with("/robots.txt")) return RedirectVerdict::kFollow;  // RFC 9309 §2.3.1.2
    auto parts = ParseUrl(target);
    if (!parts.ok() || !scope->HostInScope(parts->host)) return RedirectVerdict::kRefuseScope;
    auto key = HostKey(target);
    const RobotsRules* rules = key.ok() ? robots.Find(*key) : nullptr;
    if (rules == nullptr) return RedirectVerdict::kDefer;  // robots unknown: queue the target instead
    return rules->IsAllowed(parts->path_and_query) ? RedirectVerdict::kFollow : RedirectVerdict::kRefuseRobots;
  });

  BoundedQueue<WorkItem> work(static_cast<std::size_t>(o.queue_capacity), kWorkQueueBytes);
  BoundedQueue<WriterMsg> writer_queue(static_cast<std::size_t>(o.queue_capacity) * 2, kWriterQueueBytes);
  sh.work = &work;
  sh.writer = &writer_queue;

  Writer writer(sh, db, counts->total());
  std::jthread writer_thread([&] { writer.Run(); });
  int worker_count = o.workers > 0 ? o.workers : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::jthread> workers;
  for (int i = 0; i < worker_count; ++i) {
    workers.emplace_back([&] { WorkerLoop(sh, *scope, analyzer); });
  }

  SweepSummary summary;
  summary.sweep_id = sh.sweep_id;
  std::unordered_map<std::uint64_t, FrontierEntry> running;
  std::uint64_t next_id = 1;
  std::int64_t finished = counts->done + counts->failed + counts->skipped;
  auto last_progress = std::chrono::steady_clock::now();
  bool interrupted = false;

  auto mark = [&](const FrontierEntry& e, const Completion& c) {
    if (e.id == 0) return;
    MarkMsg m;
    m.updates.push_back(ToUpdate(e, c));
    writer_queue.Push(std::move(m));
  };
  auto settle = [&](const FrontierEntry& e, const Completion& c) {
    switch (c.kind) {
      case Completion::Kind::kDone:
        break;
      case Completion::Kind::kRetry:
        ++summary.retries;
        break;
      case Completion::Kind::kFailed:
        ++summary.failed;
        ++finished;
        break;
      case Completion::Kind::kSkipped:
        ++summary.skipped;
        ++finished;
        break;
    }
    mark(e, c);
  };

  while (true) {
    if (request.stop != nullptr && request.stop->load(std::memory_order_relaxed)) {
      interrupted = true;
      break;
    }
    if (sh.writer_failed.load(std::memory_order_acquire)) break;
    // Inbox: rows paged in by the writer, block reports from workers.
    std::vector<FrontierEntry> incoming;
    std::vector<std::pair<FrontierEntry, std::string>> blocked;
    {
      base::MutexLock lock(&sh.inbox_mu);
      incoming.swap(sh.inbox);
      blocked.swap(sh.blocked_inbox);
    }
    for (FrontierEntry& e : incoming) frontier.Add(std::move(e));
    for (auto& [e, reason] : blocked) {
      ++summary.blocked;
      settle(e, frontier.ReportBlocked(e, reason));
    }
    for (auto& [e, reason] : frontier.TakeSkipped()) {
      Completion c;
      c.kind = Completion::Kind::kSkipped;
      c.reason = reason;
      c.attempts = e.attempts;
      ++summary.outcomes[reason.starts_with("robots") ? "robots_disallowed" : "skipped"];
      settle(e, c);
    }
    // Start what politeness allows.
    while (fetcher.in_flight() < o.max_in_flight) {
      std::optional<FrontierEntry> e = frontier.Next();
      if (!e) break;
      FetchRequest req;
      req.id = next_id++;
      req.url = e->url;
      if (auto parts = ParseUrl(e->url); parts.ok()) {
        if (auto it = site_by_host.find(parts->host); it != site_by_host.end()) {
          req.proxy = it->second->proxy;
          req.cookie = it->second->cookie;
        }
      }
      if (Status s = fetcher.Start(req); !s.ok()) {
        FetchResult failed;
        failed.outcome = FetchOutcome::kNetwork;
        failed.curl_error = s.message();
        if (e->is_robots) {
          frontier.CompleteRobots(*e, std::nullopt, "robots.txt fetch failed: " + s.message());
        } else {
          settle(*e, frontier.Complete(*e, failed, false));
        }
        continue;
      }
      running.emplace(req.id, std::move(*e));
    }
    sh.fetch_load.store(static_cast<std::int64_t>(frontier.pending() + frontier.in_flight()), std::memory_order_release);

    // Wait for transfers or the next politeness slot (at most 50 ms, to see the inbox).
    Duration wait(50);
    if (auto ready = frontier.NextReadyTime()) {
      wait = std::clamp(std::chrono::duration_cast<Duration>(*ready - clock.Now()), Duration(0), Duration(50));
    }
    for (FetchResult& r : fetcher.Poll(wait)) {
      auto it = running.find(r.id);
      if (it == running.end()) continue;
      FrontierEntry entry = std::move(it->second);
      running.erase(it);
      summary.requests += static_cast<std::int64_t>(r.hops.size());
      for (const FetchHop& h : r.hops) summary.wire_bytes += static_cast<std::int64_t>(h.wire_body.size());
      if (entry.is_robots) {
        DecodeFinalBody(r, static_cast<std::size_t>(o.max_body_bytes));
        const bool answered = r.outcome == FetchOutcome::kOk || r.outcome == FetchOutcome::kHttpError ||
                              r.outcome == FetchOutcome::kTooManyRedirects;
        std::string refuse;
        if (r.outcome == FetchOutcome::kAddressRefused) {
          refuse = "host refused by the address guard (private/loopback address; --allow-private to permit): " +
                   entry.host_key;
        }
        const RobotsRules& rules = robots.Store(entry.host_key, answered ? r.http_status : 0, r.body, o.robots_token);
        const std::string deferred = frontier.CompleteRobots(entry, rules.crawl_delay(), refuse);
        if (!deferred.empty()) sh.Note(entry.host_key + ": " + deferred);
        continue;
      }
      ++summary.status_histogram[r.http_status];
      ++summary.outcomes[FetchOutcomeName(r.outcome)];
      std::int64_t elapsed_ms = 0;
      for (const FetchHop& h : r.hops) elapsed_ms += h.elapsed_ms;
      RecordLatency(static_cast<double>(elapsed_ms) / 1000.0, &summary);
      const Completion c = frontier.Complete(entry, r, false);
      if (c.reason.starts_with("blocked")) ++summary.blocked;
      if (c.kind == Completion::Kind::kDone) {
        ++finished;
        sh.in_pipeline.fetch_add(1, std::memory_order_acq_rel);
        const std::size_t bytes = WorkItemBytes(r);
        work.Push(WorkItem{std::move(entry), std::move(r)}, bytes);
      } else {
        settle(entry, c);
      }
    }
    sh.fetch_load.store(static_cast<std::int64_t>(frontier.pending() + frontier.in_flight()), std::memory_order_release);

    const auto now = std::chrono::steady_clock::now();
    if (request.progress && now - last_progress >= std::chrono::milliseconds(250)) {
      last_progress = now;
      SweepProgress p;
      p.pages_done = sh.pages.load(std::memory_order_relaxed) + sh.revisits.load(std::memory_order_relaxed);
      p.queued = std::max<std::int64_t>(0, sh.admitted.load(std::memory_order_relaxed) - finished);
      p.in_flight = fetcher.in_flight();
      p.hits = sh.hits.load(std::memory_order_relaxed);
      p.errors = summary.failed;
      p.seconds = std::chrono::duration<double>(now - started).count();
      request.progress(p);
    }

    // Done when nothing is queued or running anywhere. Order matters: a page
    // leaves in_pipeline only after its links set store_has_pending, and the
    // writer fills the inbox before it clears store_has_pending.
    if (frontier.empty() && fetcher.in_flight() == 0 && sh.in_pipeline.load(std::memory_order_acquire) == 0 &&
        !sh.store_has_pending.load(std::memory_order_acquire)) {
      base::MutexLock lock(&sh.inbox_mu);
      if (sh.inbox.empty() && sh.blocked_inbox.empty()) break;
    }
  }

  // Shut down in pipeline order: workers drain their queue, then the writer.
  running.clear();
  work.Close();
  workers.clear();  // joins
  writer.MarkClosing();
  writer_queue.Close();
  writer_thread.join();

  if (sh.writer_failed.load(std::memory_order_acquire)) return sh.writer_status;
  summary.status = interrupted ? "interrupted" : "done";
  LANTIAN_RETURN_IF_ERROR(db.FinishSweep(sh.sweep_id, summary.status));
  auto final_counts = db.CountFrontier(sh.sweep_id);
  if (final_counts.ok()) summary.pending = final_counts->pending;
  LANTIAN_RETURN_IF_ERROR(db.Close());

  summary.pages = sh.pages.load();
  summary.revisits = sh.revisits.load();
  summary.items = sh.items.load();
  summary.hits = sh.hits.load();
  summary.new_hits = sh.new_hits.load();
  summary.hits_per_category = sh.hits_per_category;
  summary.notes = sh.TakeNotes();
  if (sh.analysis_errors.load() > 0) {
    summary.notes.push_back(std::to_string(sh.analysis_errors.load()) + " page(s) could not be analyzed");
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace lantian::crawler
