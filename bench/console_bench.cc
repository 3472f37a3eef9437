// The console's findings queue: GET /api/v1/findings (first page of 50,
// default filter "open", order score) over a store of 10,000 findings (one
// item, capture and 2 hits each), timed server-side: console::ListFindings,
// the function the route calls after the session check (store query,
// GroupFindings, SortFindings, paging, JSON). Goal: < 300 ms per request.
//
//   build/bench/console_bench --benchmark_counters_tabular=true

#include <benchmark/benchmark.h>
#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "console/api.h"
#include "store/store.h"

namespace {

using namespace lantian;

std::unique_ptr<store::Store> BuildStore(const std::string& db, int findings) {
  store::StoreOptions o;
  o.db_path = db;
  o.fsync = false;
  auto s = store::Store::Open(o);
  if (!s.ok()) return nullptr;
  auto sweep = (*s)->BeginSweep("bench", "{}");
  if (!sweep.ok()) return nullptr;
  const int kBatch = 500;
  std::vector<int64_t> confirm;
  for (int start = 0; start < findings; start += kBatch) {
    std::vector<store::PageResult> pages;
    for (int i = start; i < std::min(findings, start + kBatch); ++i) {
      const std::string url = "https://item.taobao.com/item.htm?id=" + std::to_string(100000 + i);
      const std::string body = "<html><body>实用新型代写 包授权 " + std::to_string(i) + "</body></html>";
      store::PageResult p;
      p.capture.sweep_id = *sweep;
      p.capture.fetched_at_utc = "2026-11-25T08:00:00.000Z";
      store::ExchangeHop h;
      h.url = url;
      h.request_bytes = "GET /item.htm HTTP/1.1\r\nHost: item.taobao.com\r\n\r\n";
      h.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                        std::to_string(body.size()) + "\r\n\r\n";
      h.response_body_raw = body;
      h.status = 200;
      h.mime = "text/html";
      p.capture.hops.push_back(std::move(h));
      store::ItemInput item;
      item.platform = i % 3 == 0 ? "xianyu" : "taobao";
      item.url = url;
      item.title = "实用新型专利代写 包授权 " + std::to_string(i);
      item.seller = "店铺" + std::to_string(i % 97);
      item.text = "实用新型 发明专利代写 包授权 不过全额退款 代理机构挂证 " + std::to_string(i);
      store::HitInput a;
      a.rule_id = "guaranteed_grant.bao_shouquan";
      a.category = "guaranteed_grant";
      a.severity = i % 2 ? "high" : "medium";
      a.match = "包授权";
      a.snippet = item.text;
      a.start = 28;
      a.end = 37;
      store::HitInput b = a;
      b.rule_id = "certificate_renting.gua_zheng";
      b.category = "certificate_renting";
      b.match = "挂证";
      b.start = 70;
      b.end = 76;
      p.items.push_back({item, {a, b}});
      pages.push_back(std::move(p));
    }
    auto w = (*s)->WritePages(pages);
    if (!w.ok()) {
      std::fprintf(stderr, "WritePages: %s\n", w.status().message().c_str());
      return nullptr;
    }
    // A tenth reviewed, as a queue in use is.
    for (size_t k = 0; k < w->size(); k += 10) confirm.push_back((*w)[k].hit_ids[0][0]);
  }
  store::StatusChange c;
  c.hit_ids = confirm;
  c.to = store::HitStatus::kConfirmed;
  c.actor = "bench";
  if (!(*s)->SetHitStatus(c).ok()) return nullptr;
  return std::move(*s);
}

void BM_FindingsQueue(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  char tmpl[] = "/tmp/lantian-console-bench-XXXXXX";
  const std::string dir = mkdtemp(tmpl);
  auto s = BuildStore(dir + "/lantian.db", n);
  if (!s) {
    state.SkipWithError("store setup failed");
    return;
  }
  const console::Query query{{"status", "open"}, {"order", state.range(1) ? "time" : "score"}, {"limit", "50"}};
  size_t bytes = 0;
  for (auto _ : state) {
    console::ApiResponse r = console::ListFindings(*s, query);
    if (r.status != 200) {
      state.SkipWithError(r.body.c_str());
      break;
    }
    bytes = r.body.size();
    benchmark::DoNotOptimize(r.body.data());
  }
  state.counters["findings"] = n;
  state.counters["answer_bytes"] = static_cast<double>(bytes);
  s.reset();
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_FindingsQueue)->Args({10000, 0})->Args({10000, 1})->Args({1000, 0})->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
