#include "crawler/pipeline.h"

#include <re2/re2.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <set>
#include <thread>
#include <utility>

#include "base/mutex.h"
#include "base/sha256.h"
#include "base/strings.h"
#include "base/time.h"
#include "crawler/clock.h"
#include "crawler/fetcher.h"
#include "crawler/frontier.h"
#include "crawler/internal/bounded_queue.h"
#include "crawler/internal/exchange_hop.h"
#include "crawler/internal/fetch_loop.h"
#include "crawler/internal/sweep_state.h"
#include "crawler/internal/writer.h"
#include "crawler/link_scan.h"
#include "crawler/robots.h"
#include "crawler/trap_guard.h"
#include "crawler/url.h"
#include "render/browser.h"
#include "store/store.h"

namespace lantian::crawler {
namespace {

using internal::BoundedQueue;
using internal::ToExchangeHop;
using internal::PageMsg;
using internal::SweepState;
using internal::WorkItem;
using internal::WriterMsg;

// Which URLs belong to the sweep. Immutable after construction; thread-safe.
class Scope {
 public:
  static Result<Scope> Make(const CrawlerOptions& o, const std::vector<std::string>& seeds,
                            const std::vector<std::string>& extra_hosts) {
    Scope s;
    s.max_depth_ = o.max_depth;
    s.url_options_ = o.url;
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
    // Requested as linked; the canonical form is only the dedup key.
    auto as_linked = ResolveRequestUrl(base, raw, url_options_);
    if (as_linked.ok()) f.fetch_url = std::move(*as_linked);
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

// An estimate of the memory a PageMsg holds: bodies, items and links.
std::size_t PageMsgBytes(const PageMsg& m) {
  std::size_t bytes = sizeof(PageMsg);
  if (m.page) {
    for (const store::ExchangeHop& h : m.page->capture.hops) {
      bytes += sizeof h + h.url.size() + h.request_bytes.size() + h.response_head.size() + h.response_body_raw.size();
    }
    for (const store::ExchangeHop& h : m.page->capture.subresources) {
      bytes += sizeof h + h.url.size() + h.request_bytes.size() + h.response_head.size() + h.response_body_raw.size();
    }
    for (const store::CaptureResource& res : m.page->capture.resources) bytes += sizeof res + res.bytes.size();
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

bool IsHtmlLike(const std::string& content_type, std::string_view body) {
  if (content_type.empty()) return body.find('<') != std::string_view::npos;
  const std::string lower = base::AsciiLower(content_type);
  return lower.find("html") != std::string::npos || lower.find("xml") != std::string::npos ||
         lower.find("text/plain") != std::string::npos;
}

// Why a page goes to the browser under `mode`, or "" when it does not.
std::string RenderReason(RenderMode mode, const PageAnalysis& analysis, std::string_view body) {
  switch (mode) {
    case RenderMode::kNever:
      return "";
    case RenderMode::kAlways:
      return "render = always";
    case RenderMode::kAuto:
      if (analysis.profile_renders) return "profile " + analysis.profile + " renders";
      // A page with items of its own is read as served, however much script it has.
      if (analysis.items.size() > 1) return "";
      return ScriptShellReason(body);
  }
  return "";
}

bool AnyHits(const PageAnalysis& analysis) {
  return std::any_of(analysis.items.begin(), analysis.items.end(),
                     [](const auto& item) { return !item.second.empty(); });
}

// Renders the fetched page `r` in the sweep's browser and, when that works,
// replaces `analysis` with the analysis of the rendered DOM (links of both
// are kept) and gives the capture what the browser loaded, the DOM and, for
// a page with hits, its screenshot. Without a browser the page stays as
// fetched and the sweep says so once.
void RenderPage(SweepState& sh, const PageAnalyzer& analyzer, const FetchResult& r, int depth,
                PageAnalysis& analysis, store::CaptureInput& capture) {
  const std::string& url = r.hops.back().url;
  auto rendered = sh.renderer->Render(r);
  if (!rendered.ok()) {
    if (rendered.status().code() != Status::Code::kUnavailable) {
      sh.Note(rendered.status().message());
    } else if (!sh.render_unavailable_noted.exchange(true)) {
      sh.Note(rendered.status().message());
    }
    return;
  }
  sh.rendered.fetch_add(1, std::memory_order_relaxed);
  constexpr std::size_t kNotesPerPage = 5;
  for (std::size_t i = 0; i < rendered->notes.size() && i < kNotesPerPage; ++i) {
    sh.Note(url + ": rendered: " + rendered->notes[i]);
  }
  if (rendered->notes.size() > kNotesPerPage) {
    sh.Note(url + ": rendered: " + std::to_string(rendered->notes.size() - kNotesPerPage) + " more notes");
  }
  capture.subresources = std::move(rendered->subresources);
  // A script that took the browser elsewhere (or to an error page, when the
  // target was refused) leaves a DOM that is not this page's: keep the page
  // as fetched.
  auto without_fragment = [](std::string_view u) { return u.substr(0, u.find('#')); };
  if (without_fragment(rendered->final_url) != without_fragment(url)) {
    sh.Note(url + ": rendered: the page went on to " + rendered->final_url + "; its DOM is not used");
    return;
  }
  PageInput input{url, rendered->dom_html, "text/html; charset=utf-8", depth};
  auto again = analyzer.Analyze(input);
  if (!again.ok()) {
    sh.Note(url + ": analysis of the rendered page failed: " + again.status().message());
  } else if (!again->blocked) {
    std::vector<std::string> links = std::move(analysis.links);
    analysis = std::move(*again);
    analysis.links.insert(analysis.links.end(), std::make_move_iterator(links.begin()),
                          std::make_move_iterator(links.end()));
  }
  if (AnyHits(analysis) && !rendered->screenshot_png.empty()) {
    // Each listing with a hit cropped from the page to its own element, so
    // the notice shows the listing itself (ExportHits picks the crop).
    std::set<std::string> cropped;
    for (std::size_t i = 0; i < analysis.items.size() && i < analysis.item_boxes.size(); ++i) {
      const auto& [item, hits] = analysis.items[i];
      int x = 0, y = 0, w = 0, h = 0;
      char tail = 0;
      if (hits.empty() || item.url == url || !cropped.insert(item.url).second ||
          std::sscanf(analysis.item_boxes[i].c_str(), "%d,%d,%d,%d%c", &x, &y, &w, &h, &tail) != 4) {
        continue;
      }
      auto crop = render::CropPng(rendered->screenshot_png, x, y, w, h);
      if (crop.ok()) {
        capture.resources.push_back({"urn:screenshot:" + item.url, "image/png", std::move(*crop)});
      } else {
        sh.Note(url + ": rendered: no crop for " + item.url + ": " + crop.status().message());
      }
    }
    capture.resources.push_back({"urn:screenshot:" + url, "image/png", std::move(rendered->screenshot_png)});
  }
  capture.resources.push_back({"urn:dom:" + url, "text/html; charset=utf-8", std::move(rendered->dom_html)});
}

void WorkerLoop(SweepState& sh, const Scope& scope, const PageAnalyzer& analyzer) {
  // Its own read-only connection for the unchanged-payload lookup (STYLE.md §6).
  store::StoreOptions ro;
  ro.db_path = sh.options.db;
  ro.read_only = true;
  auto reader = store::Store::Open(ro);
  while (std::optional<WorkItem> item = sh.work->Pop()) {
    FetchResult& r = item->result;
    const FrontierEntry& entry = item->entry;
    DecodeFinalBody(r, sh.options.fetch.max_body_bytes);
    const FetchHop& last = r.hops.back();
    PageMsg msg;
    store::PageResult page;
    page.capture.sweep_id = sh.sweep_id;
    page.capture.fetched_at_utc = base::FormatRfc3339UtcMs(r.hops.front().fetched_at_unix_ms);
    page.capture.payload_sha256 = base::Sha256Hex(last.wire_body);
    page.capture.via = entry.parent;
    page.capture.hop = entry.hop;
    page.capture.depth = entry.depth;
    page.capture.frontier_id = entry.id;

    const std::string& final_url = last.url;  // valid until the hops move into the capture, below
    std::vector<std::string> raw_links;
    char link_hop = 'L';
    const bool success = last.http_status >= 200 && last.http_status < 300;
    bool parse = success && IsHtmlLike(last.content_type, r.body);
    // A page the browser renders is never "unchanged" by its served bytes:
    // a script-built page's shell stays the same while its listings change.
    auto renders = [&] {
      if (sh.renderer == nullptr) return false;
      const RenderMode mode = sh.renderer->settings().mode;
      return mode == RenderMode::kAlways || (mode == RenderMode::kAuto && (analyzer.ProfileRenders(final_url) ||
                                                                          !ScriptShellReason(r.body).empty()));
    };
    if (parse && reader.ok() && !r.truncated) {
      auto prior = (*reader)->FindByPayloadDigest(final_url, page.capture.payload_sha256);
      if (prior.ok() && prior->has_value() && !renders()) {
        // Unchanged since a prior capture: a revisit record, no parse, no detection.
        page.revisit_of_capture_id = (*prior)->capture_id;
        parse = false;
        raw_links = analyzer.FilterUnparsedLinks(final_url, ScanHrefs(r.body));
      }
    }
    if (parse) {
      PageInput input{final_url, r.body, last.content_type, entry.depth};
      auto analyze_large = [&] {
        base::MutexLock one_at_a_time(&sh.large_page_mu);
        return analyzer.Analyze(input);
      };
      auto analysis = r.body.size() > SweepState::kLargePageBytes ? analyze_large() : analyzer.Analyze(input);
      if (analysis.ok() && !analysis->blocked && sh.renderer != nullptr &&
          !RenderReason(sh.renderer->settings().mode, *analysis, r.body).empty()) {
        RenderPage(sh, analyzer, r, entry.depth, *analysis, page.capture);
      }
      if (analysis.ok() && !analysis->profile.empty() && !analysis->blocked) {
        base::MutexLock lock(&sh.profiles_mu);
        SweepSummary::ProfilePages& health = sh.profiles[analysis->profile];
        ++health.pages;
        if (!analysis->profile_matched) ++health.without_items;
      }
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
        msg.fetched_url = entry.url;  // no simhash: a block page is no content
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
    msg.fetched_url = entry.url;
    msg.simhash = ContentSimhash(r.body);
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

}  // namespace

Result<SweepSummary> RunSweep(const SweepRequest& request, const PageAnalyzer& analyzer) {
  const CrawlerOptions& o = request.options;
  const auto started = std::chrono::steady_clock::now();

  // Seeds: canonical, in scope by definition.
  std::vector<store::FrontierUrl> seeds;
  std::vector<std::string> seed_urls;
  for (const std::string& s : request.seeds) {
    auto url = CanonicalizeUrl(s, o.url);
    if (!url.ok()) return Status::InvalidArgument("seed: " + url.status().message());
    auto parts = ParseUrl(*url);
    if (!parts.ok()) return Status::InvalidArgument("seed: " + parts.status().message());
    store::FrontierUrl f;
    f.url = *url;
    if (auto as_given = RequestUrl(s, o.url); as_given.ok()) f.fetch_url = std::move(*as_given);
    f.host = parts->host;
    seeds.push_back(f);
    seed_urls.push_back(*url);
  }
  std::vector<std::string> scope_hosts = request.scope_hosts;
  for (const store::FrontierUrl& f : seeds) scope_hosts.push_back(f.host);

  store::StoreOptions so;
  so.db_path = o.db;
  so.warc_dir = o.warc_dir;
  so.fsync = o.fsync;
  so.user_agent = BuildUserAgent(o, request.version);
  so.warc_operator = o.operator_name;
  auto opened = store::Store::Open(so);
  if (!opened.ok()) return opened.status();
  store::Store& db = **opened;

  SweepState sh(request);
  const bool fleet = !request.worker.empty();
  sh.fleet = fleet;
  if (request.resume || request.join_sweep_id > 0) {
    std::optional<store::SweepRecord> last;
    if (request.join_sweep_id > 0) {
      auto sweep = db.GetSweep(request.join_sweep_id);
      if (!sweep.ok()) return sweep.status();
      if (sweep->status != "running") {
        return Status::FailedPrecondition(store::RedactedStore(o.db) + ": sweep " + std::to_string(sweep->id) +
                                          " is " + sweep->status + ", not running: nothing to join");
      }
      last = std::move(*sweep);
    } else {
      auto found = db.LatestUnfinishedSweep(request.job);
      if (!found.ok()) return found.status();
      last = std::move(*found);
    }
    if (!last.has_value()) {
      return Status::FailedPrecondition(store::RedactedStore(o.db) + ": no unfinished sweep" +
                                        (request.job.empty() ? "" : " of job '" + request.job + "'") +
                                        (fleet ? " to join" : " to resume"));
    }
    sh.sweep_id = last->id;
    // The scope of the sweep being resumed (its seeds' and profiles' hosts).
    const auto saved = nlohmann::json::parse(last->options_json, nullptr, false);
    if (saved.is_object() && saved.contains("scope_hosts") && saved["scope_hosts"].is_array()) {
      for (const auto& h : saved["scope_hosts"]) {
        if (h.is_string()) scope_hosts.push_back(h.get<std::string>());
      }
    }
    if (!fleet || request.join_sweep_id == 0) LANTIAN_RETURN_IF_ERROR(db.ReopenSweep(sh.sweep_id));
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
  if (fleet) LANTIAN_RETURN_IF_ERROR(db.RegisterWorker(sh.sweep_id, request.worker, base::UnixMsNow()));
  auto counts = db.CountFrontier(sh.sweep_id);
  if (!counts.ok()) return counts.status();
  auto scope = Scope::Make(o, {}, scope_hosts);
  if (!scope.ok()) return scope.status();

  // Fetcher, frontier, robots.
  // The sub-options go to their parts as configured; the fetcher also takes
  // the frontier's politeness (one request per host, its delay between
  // redirect hops) and the User-Agent.
  FetchOptions fo = o.fetch;
  fo.user_agent = BuildUserAgent(o, request.version);
  fo.max_per_host = o.frontier.max_per_host;
  fo.redirect_delay = o.frontier.default_delay;
  fo.decode_body = false;  // workers decode
  Fetcher fetcher(fo);
  sh.fetcher = &fetcher;

  const Clock& clock = SystemClock::Get();
  Frontier frontier(clock, o.frontier);
  RobotsCache robots(clock, o.robots);

  // Per-site network settings and delay overrides, by host.
  internal::SiteByHost site_by_host;
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

  // A fleet with politeness: one request per host in flight across every
  // worker and the host's delay between them, through a lease per request
  // in the store, on a connection of the fetch thread's own.
  std::unique_ptr<store::Store> lease_db;
  if (fleet) {
    auto leases = store::Store::Open(so);
    if (!leases.ok()) return leases.status();
    lease_db = std::move(*leases);
    // robots.txt once per host and TTL for the whole fleet.
    sh.shared_robots_get = [&](const std::string& host_key) -> std::optional<std::pair<RobotsAccess, std::string>> {
      auto got = lease_db->GetSharedRobots(host_key, base::UnixMsNow() - o.robots.ttl.count());
      if (!got.ok() || !got->has_value()) return std::nullopt;
      const int access = (*got)->access;
      if (access < 0 || access > static_cast<int>(RobotsAccess::kUnreachable)) return std::nullopt;
      return std::make_pair(static_cast<RobotsAccess>(access), std::move((*got)->body));
    };
    sh.shared_robots_put = [&](const std::string& host_key, RobotsAccess access, const std::string& body) {
      store::SharedRobots answer{static_cast<int>(access), body, base::UnixMsNow()};
      Status s = lease_db->PutSharedRobots(host_key, answer);
      if (!s.ok()) sh.Note("shared robots.txt: " + s.message());
    };
  }
  if (fleet && o.frontier.default_delay.count() > 0) {
    const std::int64_t busy_ms =
        (fo.max_redirects + 1) * static_cast<std::int64_t>(fo.total_timeout.count()) + 5000;
    auto unix_ms = [&clock](TimePoint t) {
      return base::UnixMsNow() + std::max<std::int64_t>(0, (t - clock.Now()).count());
    };
    frontier.SetHostGate(
        [&, busy_ms](const std::string& host_key) -> std::optional<TimePoint> {
          const std::int64_t now_ms = base::UnixMsNow();
          auto lease = lease_db->LeaseHost(sh.sweep_id, host_key, request.worker, now_ms, busy_ms);
          if (!lease.ok()) {
            sh.Note("host lease: " + lease.status().message());
            return clock.Now() + Duration(1000);
          }
          if (lease->granted) return std::nullopt;
          return clock.Now() + Duration(std::max<std::int64_t>(lease->retry_at_ms - now_ms, 5));
        },
        [&](const std::string& host_key) {
          lease_db->ReleaseHost(sh.sweep_id, host_key, request.worker, 0).IgnoreError();
        });
    sh.host_done = [&, unix_ms](const std::string& host_key, std::optional<TimePoint> next) {
      const std::int64_t next_ms = next ? unix_ms(*next) : base::UnixMsNow();
      Status s = lease_db->ReleaseHost(sh.sweep_id, host_key, request.worker, next_ms);
      if (!s.ok()) sh.Note("host lease: " + s.message());
    };
  }

  // The trap guard: the writer admits links and reports pages, this (fetch)
  // thread asks before each fetch.
  TrapGuard::Options trap_options = o.traps;
  trap_options.max_url_bytes = o.url.max_url_bytes;  // one key, crawler.max_url_bytes
  TrapGuard traps(trap_options);
  sh.traps = &traps;

  frontier.SetFilter([&](const FrontierEntry& e, std::string* reason) {
    const RobotsRules* rules = robots.Find(e.host_key);
    if (rules == nullptr) return Admission::kNeedRobots;
    auto parts = ParseUrl(e.request_url());  // robots.txt judges what is requested
    if (!parts.ok()) {
      *reason = "bad url: " + parts.status().message();
      return Admission::kSkip;
    }
    if (!rules->IsAllowed(parts->path_and_query)) {
      *reason = "robots_disallowed";
      return Admission::kSkip;
    }
    switch (traps.BeforeFetch(e.url, reason)) {
      case TrapGuard::Gate::kFetch:
        return Admission::kAllow;
      case TrapGuard::Gate::kWait:
        return Admission::kDefer;
      case TrapGuard::Gate::kSkip:
        return Admission::kSkip;
    }
    return Admission::kAllow;
  });
  fetcher.SetRedirectCheck([&](const std::string& target) {
    // robots.txt fetches never get here (FetchRequest::robots_txt, RFC 9309 §2.3.1.2).
    auto parts = ParseUrl(target);
    if (!parts.ok() || !scope->HostInScope(parts->host)) return RedirectVerdict::kRefuseScope;
    auto key = HostKey(target);
    const RobotsRules* rules = key.ok() ? robots.Find(*key) : nullptr;
    if (rules == nullptr) return RedirectVerdict::kDefer;  // robots unknown: queue the target instead
    return rules->IsAllowed(parts->path_and_query) ? RedirectVerdict::kFollow : RedirectVerdict::kRefuseRobots;
  });

  BoundedQueue<WorkItem> work(static_cast<std::size_t>(o.queue_capacity), internal::kWorkQueueBytes);
  BoundedQueue<WriterMsg> writer_queue(static_cast<std::size_t>(o.queue_capacity) * 2, internal::kWriterQueueBytes);
  sh.work = &work;
  sh.writer = &writer_queue;

  // The browser, for pages that need one (launched at the first such page).
  // Declared before the workers, so it outlives them.
  std::optional<PageRenderer> renderer;
  if (o.render.mode != RenderMode::kNever) {
    FetchOptions render_fetch = fo;
    render_fetch.redirect_delay = std::chrono::milliseconds(0);
    renderer.emplace(o.render, render_fetch, [&scope](const std::string& host) { return scope->HostInScope(host); },
                     o.robots_token);
    sh.renderer = &*renderer;
  }

  internal::Writer writer(sh, db, counts->total());
  std::jthread writer_thread([&] { writer.Run(); });
  int worker_count = o.workers > 0 ? o.workers : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::jthread> workers;
  for (int i = 0; i < worker_count; ++i) {
    workers.emplace_back([&] { WorkerLoop(sh, *scope, analyzer); });
  }

  internal::FetchLoop loop(sh, frontier, fetcher, robots, clock, std::move(site_by_host),
                           counts->done + counts->failed + counts->skipped, started);
  SweepSummary summary = loop.Run();

  // Shut down in pipeline order: workers drain their queue, then the writer.
  work.Close();
  workers.clear();  // joins
  writer.MarkClosing();
  writer_queue.Close();
  writer_thread.join();

  if (sh.writer_failed.load(std::memory_order_acquire)) return sh.writer_status;
  summary.status = loop.interrupted() ? "interrupted" : "done";
  if (fleet) {
    // An interrupted worker leaves the sweep to the others; the one that
    // sees no row pending anywhere ends it.
    LANTIAN_RETURN_IF_ERROR(db.Heartbeat(sh.sweep_id, request.worker, base::UnixMsNow(),
                                         sh.pages.load() + sh.revisits.load(), sh.requests.load()));
    LANTIAN_RETURN_IF_ERROR(db.FinishWorker(sh.sweep_id, request.worker));
    if (!loop.interrupted()) LANTIAN_RETURN_IF_ERROR(db.FinishSweep(sh.sweep_id, summary.status));
  } else {
    LANTIAN_RETURN_IF_ERROR(db.FinishSweep(sh.sweep_id, summary.status));
  }
  auto final_counts = db.CountFrontier(sh.sweep_id);
  if (final_counts.ok()) summary.pending = final_counts->pending;
  LANTIAN_RETURN_IF_ERROR(db.Close());

  summary.pages = sh.pages.load();
  summary.revisits = sh.revisits.load();
  summary.items = sh.items.load();
  summary.hits = sh.hits.load();
  summary.new_hits = sh.new_hits.load();
  summary.rendered = sh.rendered.load();
  summary.hits_per_category = sh.hits_per_category;
  summary.notes = sh.TakeNotes();
  summary.traps = traps.CutLines();
  {
    base::MutexLock lock(&sh.profiles_mu);
    summary.profiles = sh.profiles;
  }
  if (sh.analysis_errors.load() > 0) {
    summary.notes.push_back(std::to_string(sh.analysis_errors.load()) + " page(s) could not be analyzed");
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace lantian::crawler
