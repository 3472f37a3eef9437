#pragma once

// The crawler-trap guard: tells crawler traps (endless calendars, pagination
// past the last page, session-id and sort-order variants of one listing,
// /a/b/a/b/... loops) from the many item URLs of a real site by what their
// pages yield, not by how many URLs share a path.
//
// Every URL belongs to a pattern: its host and path with digit runs
// abstracted and its query values abstracted, query keys kept
// ("http://s.example/item.htm?id=*", "http://s.example/calendar/*/*/"). A
// page is productive when its visible text is new for its pattern (simhash
// more than near_duplicate_bits away from every page of the pattern seen so
// far) or it links to URLs new to the sweep of another pattern. A pattern may
// start pattern_budget fetches, plus pattern_growth per productive page; when
// the budget is spent and nothing in progress may renew it, the pattern is
// cut: its queued URLs are skipped and new ones refused. Each host has a
// budget of unproductive pages too (host_budget, plus host_growth per
// productive page); when it is spent, patterns of the host that never
// produced anything are cut. Page-numbered patterns (?page=N, /page/N) refuse
// pages more than max_pages_past_productive past the last productive one.
//
//   TrapGuard guard(options);
//   guard.Admit(url);                        // writer: a URL new to the sweep (Ok, or refused with the reason)
//   guard.BeforeFetch(url, &why);            // fetch thread: kFetch (counted), kWait or kSkip
//   guard.AfterFetch(url, simhash, new_links);  // every fetch BeforeFetch allowed, once
//   guard.CutLines();                        // one line per cut pattern, for the summary

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/mutex.h"
#include "base/status.h"
#include "base/thread_annotations.h"

namespace lantian::crawler {

// 64-bit simhash (Charikar 2002) of a page's visible text: tags and the
// contents of <script>, <style> and <noscript> are dropped; tokens are runs of
// ASCII letters and digits (lowercased, every digit run one token "0", so a
// date or a counter does not make a page new) and single non-ASCII
// characters (one CJK character is a word); shingles are 4 consecutive tokens.
// Bytes in any charset hash consistently (a multi-byte character is its lead
// byte and the continuation bytes after it). Reads the first
// kMaxSimhashInputBytes only: a page's start tells it apart, and the cost
// stays bounded (a 32 MiB body would take ~0.1 s).
inline constexpr std::size_t kMaxSimhashInputBytes = 1u << 20;
std::uint64_t ContentSimhash(std::string_view html);

// Number of differing bits.
int HammingDistance(std::uint64_t a, std::uint64_t b);

// The pattern of a canonical URL: scheme, host and port as they are, digit
// runs of the path replaced by '*', each query value replaced by '*' (keys
// and their order kept), no fragment.
//   "http://a.example/p/123?pn=2" -> "http://a.example/p/*?pn=*"
std::string UrlPattern(std::string_view canonical_url);

// Thread-safe: the writer thread admits URLs and reports pages, the fetch
// thread asks before each fetch and reports fetches that yielded no page.
// Decisions depend only on the order of calls (no clock, no randomness).
// Memory: one record per pattern fetched from (up to 64 simhashes each) and per host.
class TrapGuard {
 public:
  struct Options {
    // Maximum canonical URL length in bytes. Default 2048 (the sweep sets crawler.max_url_bytes).
    std::size_t max_url_bytes = 2048;
    // A path segment repeated more than this many times (/a/b/a/b/a/b) is a trap. Default 3.
    int max_repeated_segments = 3;
    // Fetches a URL pattern may start before its pages must earn more. Default
    // 20: a trap costs about this many requests; a pattern of fewer URLs is never cut.
    int pattern_budget = 20;
    // Fetches a pattern earns per productive page. Default 2: a pattern stays
    // open while at least half its pages bring new content or links.
    int pattern_growth = 2;
    // Unproductive pages one host may yield across its patterns before its
    // patterns without any productive page are cut. Default 200.
    int host_budget = 200;
    // Unproductive pages a host earns per productive page. Default 1.
    int host_growth = 1;
    // Pages within this many bits of simhash are near-duplicates. Default 3.
    int near_duplicate_bits = 3;
    // A page-numbered pattern (?page=N, ?pn=N, /page/N, ...) refuses pages more
    // than this past its last productive page. Default 10.
    int max_pages_past_productive = 10;
  };

  enum class Gate {
    kFetch,  // go ahead (counted against the pattern's budget)
    kWait,   // budget spent, but fetches in progress may renew it: ask again later
    kSkip,   // the pattern (or host) is cut; `*reason` says why
  };

  TrapGuard() : TrapGuard(Options()) {}
  explicit TrapGuard(Options options) : options_(options) {}
  TrapGuard(const TrapGuard&) = delete;
  TrapGuard& operator=(const TrapGuard&) = delete;

  // A URL new to the sweep. Ok when it may be queued. kInvalidArgument for
  // the URL's own shape ("trap: url longer than 2048 bytes", "trap: path
  // segment 'a' repeated more than 3 times"); kResourceExhausted when its
  // pattern is cut or its page number is too far past the last productive page.
  [[nodiscard]] Status Admit(std::string_view canonical_url) LOCKS_EXCLUDED(mu_);

  // Before fetching `url`. kFetch counts the fetch; each kFetch must be
  // followed by exactly one AfterFetch for the same URL.
  Gate BeforeFetch(std::string_view url, std::string* reason) LOCKS_EXCLUDED(mu_);

  // A fetch BeforeFetch allowed has ended. `simhash`: the page's
  // ContentSimhash, or nullopt when no page came of it (failed, retried,
  // blocked). `new_links`: links found on it that are new to the sweep
  // (canonical URLs).
  void AfterFetch(std::string_view url, std::optional<std::uint64_t> simhash,
                  const std::vector<std::string_view>& new_links) LOCKS_EXCLUDED(mu_);

  // One line per cut pattern or host, in the order they were cut (the first
  // 50, then a count), e.g.
  // "trap: http://s.example/calendar?date=* cut (calendar, dates ever newer): 22 pages fetched, 21 near-duplicate, 0 with new links".
  std::vector<std::string> CutLines() const LOCKS_EXCLUDED(mu_);

 private:
  struct Pattern {
    std::string key;            // UrlPattern
    std::string host;           // scheme://host:port part of the pattern
    std::string first_url;      // first URL started
    std::string last_url;       // latest URL started
    int started = 0;
    int reported = 0;
    int productive = 0;
    int near_duplicates = 0;
    int with_new_links = 0;
    int no_page = 0;
    std::int64_t last_productive_page = 0;  // page-numbered patterns: highest productive page number
    int unproductive_streak = 0;            // pages since the last productive one
    bool pagination_noted = false;          // its cut line for pages past the last productive one is written
    std::vector<std::uint64_t> simhashes;   // distinct pages seen, up to kMaxSimhashes (ring)
    std::size_t next_slot = 0;
    std::string cut;            // non-empty: why the pattern is cut
  };
  struct Host {
    int productive = 0;
    int unproductive = 0;
    bool spent = false;
  };
  static constexpr std::size_t kMaxSimhashes = 64;
  static constexpr std::size_t kMaxCutLines = 50;

  Pattern& PatternFor(std::string_view url) EXCLUSIVE_LOCKS_REQUIRED(mu_);
  int Budget(const Pattern& p) const { return options_.pattern_budget + options_.pattern_growth * p.productive; }
  // Cuts `p` with `why` (once) and returns the reason its URLs are skipped with.
  const std::string& Cut(Pattern& p, std::string why) EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void AddLine(std::string line) EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // The kind of trap `p` looks like, for its cut line.
  std::string Describe(const Pattern& p) const;

  // Constant after construction.
  const Options options_;

  mutable base::Mutex mu_;
  std::unordered_map<std::string, Pattern> patterns_ GUARDED_BY(mu_);
  std::unordered_map<std::string, Host> hosts_ GUARDED_BY(mu_);
  std::vector<std::string> cut_lines_ GUARDED_BY(mu_);  // the first kMaxCutLines
  int more_cuts_ GUARDED_BY(mu_) = 0;                   // lines beyond them
};

}  // namespace lantian::crawler
