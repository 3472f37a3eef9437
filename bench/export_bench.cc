// Evidence bundle export: N confirmed hits (one item and one 20 KB or 200 KB
// capture each) exported from a store to a signed bundle. Reports seconds, peak RSS of
// the exporting process and bundle size, for N = 1,000 and 10,000 and for 10x bigger captures; the goal
// is RSS independent of bundle size (WARC bytes stream through in chunks).
//
// The store is built in one child process and the export runs in another, so
// the export's peak RSS (wait4 ru_maxrss) excludes the setup.
//
//   build-export/bench/export_bench --benchmark_counters_tabular=true

#include <benchmark/benchmark.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "store/bundle/export.h"
#include "store/bundle/signing.h"
#include "store/store.h"

namespace {

using namespace lantian::store;

std::string MakeBody(int i, size_t body_bytes) {
  std::string body = "<html><head><meta charset=\"utf-8\"><title>item " + std::to_string(i) +
                     "</title></head><body>";
  while (body.size() < body_bytes) {
    body += "<p>实用新型 发明专利代写 包授权 不过全额退款 价格优惠 联系微信 item " + std::to_string(i) +
            " 第" + std::to_string(body.size()) + "段</p>";
  }
  return body + "</body></html>";
}

int BuildStore(const std::string& db, int hits, size_t body_bytes) {
  StoreOptions o;
  o.db_path = db;
  o.fsync = false;
  auto s = Store::Open(o);
  if (!s.ok()) return 1;
  auto sweep = (*s)->BeginSweep("bench", "{}");
  if (!sweep.ok()) return 1;
  std::vector<int64_t> ids;
  const int kBatch = 200;
  for (int start = 0; start < hits; start += kBatch) {
    std::vector<PageResult> pages;
    for (int i = start; i < std::min(hits, start + kBatch); ++i) {
      std::string url = "https://item.taobao.com/item.htm?id=" + std::to_string(100000 + i);
      std::string body = MakeBody(i, body_bytes);
      PageResult p;
      p.capture.sweep_id = *sweep;
      p.capture.fetched_at_utc = "2026-11-25T08:00:00.000Z";
      ExchangeHop h;
      h.url = url;
      h.request_bytes = "GET /item.htm?id=" + std::to_string(100000 + i) +
                        " HTTP/1.1\r\nHost: item.taobao.com\r\n\r\n";
      h.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                        std::to_string(body.size()) + "\r\n\r\n";
      h.response_body_raw = body;
      h.status = 200;
      h.mime = "text/html";
      p.capture.hops.push_back(std::move(h));
      ItemInput item;
      item.platform = "taobao";
      item.url = url;
      item.title = "实用新型专利代写 包授权 " + std::to_string(i);
      item.seller = "店铺" + std::to_string(i % 97);
      item.text = "实用新型 发明专利代写 包授权 不过全额退款";
      HitInput hit;
      hit.rule_id = "guaranteed_grant.bao_shouquan";
      hit.category = "guaranteed_grant";
      hit.severity = "high";
      hit.match = "包授权";
      hit.snippet = item.text;
      hit.start = 28;
      hit.end = 37;
      p.items.push_back({item, {hit}});
      pages.push_back(std::move(p));
    }
    auto w = (*s)->WritePages(pages);
    if (!w.ok()) {
      std::fprintf(stderr, "WritePages: %s\n", w.status().message().c_str());
      return 1;
    }
    for (const auto& page : *w) ids.push_back(page.hit_ids[0][0]);
  }
  StatusChange c;
  c.hit_ids = ids;
  c.to = HitStatus::kConfirmed;
  c.actor = "bench";
  if (!(*s)->SetHitStatus(c).ok()) return 1;
  if (!(*s)->FinishSweep(*sweep, "done").ok()) return 1;
  return (*s)->Close().ok() ? 0 : 1;
}

int Export(const std::string& db, const std::string& out) {
  StoreOptions o;
  o.db_path = db;
  o.fsync = false;
  auto s = Store::Open(o);
  if (!s.ok()) return 1;
  auto key = SigningKey::Generate();
  if (!key.ok()) return 1;
  ExportRequest req;
  req.out_path = out;
  req.bundle.key = &*key;
  req.bundle.notices_dir = std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/notices";
  req.bundle.software = "lantian bench";
  auto r = ExportHits(**s, req);
  if (!r.ok()) {
    std::fprintf(stderr, "export: %s\n", r.status().message().c_str());
    return 1;
  }
  return 0;
}

// Runs fn in a child; returns its peak RSS in KiB (or -1 on failure).
template <typename Fn>
long RunChild(Fn fn) {
  pid_t pid = fork();
  if (pid == 0) _exit(fn());
  int status = 0;
  struct rusage ru {};
  wait4(pid, &status, 0, &ru);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  return ru.ru_maxrss;
}

void BM_ExportHits(benchmark::State& state) {
  const int hits = int(state.range(0));
  const size_t body_bytes = size_t(state.range(1)) * 1000;
  char tmpl[] = "/tmp/lantian-export-bench-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::string db = dir + "/lantian.db";
  if (RunChild([&] { return BuildStore(db, hits, body_bytes); }) < 0) {
    state.SkipWithError("building the store failed");
    return;
  }
  long rss_kib = 0;
  double seconds = 0;
  for (auto _ : state) {
    std::string out = dir + "/bundle.zip";
    std::filesystem::remove(out);
    auto t0 = std::chrono::steady_clock::now();
    rss_kib = RunChild([&] { return Export(db, out); });
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (rss_kib < 0) {
      state.SkipWithError("export failed");
      break;
    }
    state.counters["bundle_MB"] = double(std::filesystem::file_size(out)) / 1e6;
  }
  state.counters["export_s"] = seconds;
  state.counters["peak_rss_MB"] = double(rss_kib) / 1024.0;
  state.counters["hits_per_s"] = seconds > 0 ? hits / seconds : 0;
  std::filesystem::remove_all(dir);
}
// Args: hits, KB per captured page. The last row has 10x bigger captures:
// same RSS as the first means the WARC bytes stream.
BENCHMARK(BM_ExportHits)
    ->Args({1000, 20})
    ->Args({10000, 20})
    ->Args({1000, 200})
    ->Iterations(1)
    ->Unit(benchmark::kSecond);

}  // namespace

BENCHMARK_MAIN();
