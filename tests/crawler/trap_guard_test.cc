#include "crawler/trap_guard.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace lantian::crawler {
namespace {

// A page of `words` distinct words (deterministic per `seed`).
std::string DistinctPage(int seed) {
  static const char* const kWords[] = {"patent", "agency", "seal", "grant", "trademark", "design", "utility",
                                       "model",  "office", "fee",  "fast",  "service",   "expert", "review",
                                       "claims", "draft",  "renew", "china", "invention", "notice"};
  std::uint64_t x = static_cast<std::uint64_t>(seed) * 0x9E3779B97F4A7C15ull + 1;
  std::string text = "<html><body><h1>shop</h1><p>";
  for (int i = 0; i < 40; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    text += kWords[x % 20];
    text += ' ';
  }
  return text + "</p></body></html>";
}

std::string Date(int day) {  // days after 2026-12-01, in one 31-day month per step, enough for a test
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2026 + day / 372, 1 + day / 31 % 12, 1 + day % 31);
  return buf;
}

TEST(TrapGuardTest, UrlPatternAbstractsDigitsAndQueryValuesKeepsKeys) {
  EXPECT_EQ(UrlPattern("http://a.example/item.htm?id=123"), "http://a.example/item.htm?id=*");
  EXPECT_EQ(UrlPattern("http://a.example:8080/p/4567?pn=2"), "http://a.example:8080/p/*?pn=*");
  EXPECT_EQ(UrlPattern("http://a.example/calendar/2026/12/"), "http://a.example/calendar/*/*/");
  EXPECT_EQ(UrlPattern("http://a.example/link?url=http%3A%2F%2Fb.example&flag"), "http://a.example/link?url=*&flag");
  EXPECT_EQ(UrlPattern("http://a.example"), "http://a.example/");
  EXPECT_NE(UrlPattern("http://a.example/list?page=2"), UrlPattern("http://a.example/list?page=2&sort=price"));
}

TEST(TrapGuardTest, SimhashSeesVisibleTextNotMarkupScriptsOrNumbers) {
  const std::string a = "<html><body><h1>Events on 2026-12-07</h1><p>No events on this day. Back to the shop.</p>"
                        "<a href=\"/calendar?date=2026-12-08\">next day</a></body></html>";
  const std::string b = "<html><body><h1>Events on 2027-01-19</h1><p>No events on this day. Back to the shop.</p>"
                        "<a href=\"/calendar?date=2027-01-20\">next day</a><script>var session = 'x81fa';</script>"
                        "<!-- rendered in 12 ms --></body></html>";
  EXPECT_EQ(ContentSimhash(a), ContentSimhash(b));  // dates, hrefs, scripts and comments do not count
  const std::string c = "<html><body><h1>Events on 2026-12-07</h1><p>Patent fair in the exhibition hall, "
                        "trademark clinic at noon.</p></body></html>";
  EXPECT_GT(HammingDistance(ContentSimhash(a), ContentSimhash(c)), 3);
  EXPECT_GT(HammingDistance(ContentSimhash(DistinctPage(1)), ContentSimhash(DistinctPage(2))), 3);
  // One CJK character is one token: two listings that differ in their titles differ.
  EXPECT_GT(HammingDistance(ContentSimhash("<p>\xE4\xB8\x93\xE5\x88\xA9\xE4\xBB\xA3\xE7\x90\x86 "
                                           "\xE5\x8C\x85\xE6\x8E\x88\xE6\x9D\x83</p>"),
                            ContentSimhash("<p>\xE5\x95\x86\xE6\xA0\x87\xE6\xB3\xA8\xE5\x86\x8C "
                                           "\xE5\x8A\x9E\xE7\x90\x86\xE5\xBF\xAB</p>")),
            3);
  EXPECT_EQ(HammingDistance(0, ~std::uint64_t{0}), 64);
  // Only the first kMaxSimhashInputBytes count.
  const std::string head = DistinctPage(3) + std::string(kMaxSimhashInputBytes, ' ');
  EXPECT_EQ(ContentSimhash(head + DistinctPage(4)), ContentSimhash(head + DistinctPage(5)));
}

// Drives one fetch through the guard the way the sweep does.
TrapGuard::Gate Fetch(TrapGuard& guard, const std::string& url, std::uint64_t simhash,
                      const std::vector<std::string_view>& new_links = {}) {
  std::string why;
  const TrapGuard::Gate gate = guard.BeforeFetch(url, &why);
  if (gate == TrapGuard::Gate::kFetch) guard.AfterFetch(url, simhash, new_links);
  return gate;
}

TEST(TrapGuardTest, ItemPagesWithDistinctContentAreNeverCut) {
  TrapGuard guard;
  for (int id = 1; id <= 400; ++id) {
    const std::string url = "http://shop.example/item.htm?id=" + std::to_string(id);
    ASSERT_TRUE(guard.Admit(url).ok()) << id;
    ASSERT_EQ(Fetch(guard, url, ContentSimhash(DistinctPage(id))), TrapGuard::Gate::kFetch) << id;
  }
  EXPECT_TRUE(guard.CutLines().empty());
}

TEST(TrapGuardTest, EndlessCalendarIsCutOnceItsBudgetIsSpent) {
  TrapGuard guard;
  const std::uint64_t same = ContentSimhash("<h1>Events</h1><p>No events on this day.</p>");
  int fetched = 0;
  for (int day = 0; day < 1000; ++day) {
    const std::string url = "http://shop.example/calendar?date=" + Date(day);
    const Status admitted = guard.Admit(url);
    if (!admitted.ok()) {
      EXPECT_EQ(admitted.message(), "trap: http://shop.example/calendar?date=* cut (calendar, dates ever newer)");
      break;
    }
    const std::string next = "http://shop.example/calendar?date=" + Date(day + 1);
    ASSERT_EQ(Fetch(guard, url, same, {next}), TrapGuard::Gate::kFetch);  // the next day: its own pattern
    ++fetched;
  }
  // pattern_budget 20, plus 2 for the first page (new content).
  EXPECT_EQ(fetched, 22);
  EXPECT_EQ(guard.CutLines(), std::vector<std::string>{"trap: http://shop.example/calendar?date=* cut (calendar, "
                                                       "dates ever newer): 22 pages fetched, 21 near-duplicate, 0 with new links"});
}

TEST(TrapGuardTest, PathCalendarIsNamedACalendar) {
  TrapGuard::Options options;
  options.pattern_budget = 3;
  TrapGuard guard(options);
  const std::uint64_t same = 42;
  for (int month = 1; month <= 12; ++month) {
    const std::string url = "http://a.example/calendar/2026/" + std::to_string(month) + "/";
    if (!guard.Admit(url).ok()) break;
    Fetch(guard, url, same);
  }
  ASSERT_EQ(guard.CutLines().size(), 1u);
  EXPECT_EQ(guard.CutLines()[0], "trap: http://a.example/calendar/*/*/ cut (calendar, dates ever newer): 5 pages "
                                 "fetched, 4 near-duplicate, 0 with new links");
}

// Session-id or sort variants of one listing: each page links more variants
// of its own pattern, all queued before any page is back.
TEST(TrapGuardTest, VariantsWaitForPagesInProgressThenAreSkipped) {
  TrapGuard guard;
  std::vector<std::string> urls;
  for (int i = 0; i < 100; ++i) {
    urls.push_back("http://shop.example/browse?sess=s" + std::to_string(i * 7919) + "x&sort=price");
    ASSERT_TRUE(guard.Admit(urls.back()).ok());
  }
  std::string why;
  for (int i = 0; i < 20; ++i) ASSERT_EQ(guard.BeforeFetch(urls[i], &why), TrapGuard::Gate::kFetch) << i;
  // The budget is spent, but the 20 pages in progress may earn more.
  EXPECT_EQ(guard.BeforeFetch(urls[20], &why), TrapGuard::Gate::kWait);
  const std::uint64_t listing = ContentSimhash(DistinctPage(7));
  for (int i = 0; i < 20; ++i) guard.AfterFetch(urls[i], listing, {});
  // The first page was new content: two more.
  EXPECT_EQ(guard.BeforeFetch(urls[20], &why), TrapGuard::Gate::kFetch);
  EXPECT_EQ(guard.BeforeFetch(urls[21], &why), TrapGuard::Gate::kFetch);
  EXPECT_EQ(guard.BeforeFetch(urls[22], &why), TrapGuard::Gate::kWait);
  guard.AfterFetch(urls[20], listing, {});
  guard.AfterFetch(urls[21], std::nullopt, {});  // failed: no page
  EXPECT_EQ(guard.BeforeFetch(urls[22], &why), TrapGuard::Gate::kSkip);
  EXPECT_EQ(why, "trap: http://shop.example/browse?sess=*&sort=* cut (near-duplicate pages without new links)");
  EXPECT_EQ(guard.BeforeFetch(urls[99], &why), TrapGuard::Gate::kSkip);
  EXPECT_EQ(guard.Admit("http://shop.example/browse?sess=new&sort=sales").code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(guard.CutLines(), std::vector<std::string>{"trap: http://shop.example/browse?sess=*&sort=* cut "
                                                       "(near-duplicate pages without new links): 22 pages fetched, "
                                                       "20 near-duplicate, 0 with new links"});
  // Other patterns of the host are not affected.
  EXPECT_TRUE(guard.Admit("http://shop.example/item.htm?id=1").ok());
  EXPECT_EQ(guard.BeforeFetch("http://shop.example/item.htm?id=1", &why), TrapGuard::Gate::kFetch);
}

TEST(TrapGuardTest, NewLinksToOtherPatternsKeepAPatternOpen) {
  TrapGuard guard;
  const std::uint64_t same = 7;
  // List pages look alike (the item names are all that differs), but each links new items.
  for (int page = 1; page <= 100; ++page) {
    const std::string url = "http://shop.example/list?page=" + std::to_string(page);
    ASSERT_TRUE(guard.Admit(url).ok()) << page;
    const std::string item = "http://shop.example/item.htm?id=" + std::to_string(page);
    const std::string next = "http://shop.example/list?page=" + std::to_string(page + 1);
    ASSERT_EQ(Fetch(guard, url, same, {item, next}), TrapGuard::Gate::kFetch) << page;
  }
  EXPECT_TRUE(guard.CutLines().empty());
}

TEST(TrapGuardTest, PagesFarPastTheLastProductivePageAreRefused) {
  TrapGuard guard;
  const std::uint64_t empty_list = ContentSimhash("<p>No more items.</p>");
  int fetched_past = 0;
  for (int page = 1; page < 200; ++page) {
    const std::string url = "http://shop.example/list?page=" + std::to_string(page);
    const Status admitted = guard.Admit(url);
    if (!admitted.ok()) {
      EXPECT_EQ(admitted.message(), "trap: http://shop.example/list?page=*: page 32 is more than 10 past page 21, "
                                    "the last with new content or links");
      break;
    }
    if (page <= 20) {
      const std::string item = "http://shop.example/item.htm?id=" + std::to_string(page);
      Fetch(guard, url, ContentSimhash(DistinctPage(page)), {item});
    } else {
      Fetch(guard, url, empty_list);  // the first empty page is new content, the rest repeat it
      ++fetched_past;
    }
  }
  EXPECT_EQ(fetched_past, 11);
  EXPECT_EQ(guard.CutLines(), std::vector<std::string>{"trap: http://shop.example/list?page=* cut past page 21 "
                                                       "(pagination, pages past the last with new content or links): "
                                                       "31 pages fetched, 10 near-duplicate, 20 with new links"});
  // A pager's link to a page far ahead, before the pages ran dry, is refused without a cut line.
  TrapGuard fresh;
  ASSERT_TRUE(fresh.Admit("http://shop.example/list?page=1").ok());
  Fetch(fresh, "http://shop.example/list?page=1", 1);
  EXPECT_EQ(fresh.Admit("http://shop.example/list?page=50").code(), Status::Code::kResourceExhausted);
  EXPECT_TRUE(fresh.Admit("http://shop.example/list?page=2").ok());
  EXPECT_TRUE(fresh.CutLines().empty());
}

TEST(TrapGuardTest, HostBudgetCutsPatternsThatNeverProduced) {
  TrapGuard::Options options;
  options.host_budget = 5;
  TrapGuard guard(options);
  // One page of new content, then the same page again and again: unproductive
  // pages of the host pile up beyond 5 plus 1 per productive page.
  for (int i = 0; i < 8; ++i) Fetch(guard, "http://a.example/x?s=" + std::to_string(i), 1);
  EXPECT_EQ(guard.CutLines(), std::vector<std::string>{"trap: host http://a.example cut (7 pages without new content "
                                                       "or links, 1 with): its URL patterns without a productive page "
                                                       "are refused"});
  EXPECT_EQ(guard.Admit("http://a.example/never/").message(),
            "trap: http://a.example/never/ cut (host budget spent, no productive page)");
  std::string why;
  EXPECT_EQ(guard.BeforeFetch("http://a.example/other", &why), TrapGuard::Gate::kSkip);
  EXPECT_TRUE(guard.Admit("http://a.example/x?s=99").ok());  // a pattern that produced goes on
  EXPECT_TRUE(guard.Admit("http://b.example/never/").ok());   // other hosts are not affected
}

TEST(TrapGuardTest, CutLinesAreCappedWithACount) {
  TrapGuard::Options options;
  options.pattern_budget = 1;
  TrapGuard guard(options);
  for (int i = 0; i < 60; ++i) {
    // Sixty patterns (letters, no digits, so each is its own), each cut after three pages.
    const std::string path = "http://a.example/" + std::string(1, static_cast<char>('a' + i % 26)) +
                             std::string(1, static_cast<char>('a' + i / 26)) + "?q=";
    for (int page = 0; page < 3; ++page) Fetch(guard, path + std::to_string(page), 9);
    EXPECT_EQ(guard.Admit(path + "x").code(), Status::Code::kResourceExhausted) << i;
  }
  const std::vector<std::string> lines = guard.CutLines();
  ASSERT_EQ(lines.size(), 51u);
  EXPECT_EQ(lines[0], "trap: http://a.example/aa?q=* cut (near-duplicate pages without new links): 3 pages fetched, "
                      "2 near-duplicate, 0 with new links");
  EXPECT_EQ(lines[50], "trap: 10 more cut (lines capped)");
}

TEST(TrapGuardTest, RefusesRepeatedSegmentsAndLongUrlsForTheirShape) {
  TrapGuard::Options options;
  options.max_url_bytes = 40;
  TrapGuard guard(options);
  EXPECT_TRUE(guard.Admit("http://a.example/a/b/a/b/a/b").ok());
  const Status s = guard.Admit("http://a.example/a/b/a/b/a/b/a");
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), "trap: path segment 'a' repeated more than 3 times");
  EXPECT_EQ(guard.Admit("http://a.example/" + std::string(30, 'x')).message(), "trap: url longer than 40 bytes");
}

}  // namespace
}  // namespace lantian::crawler
