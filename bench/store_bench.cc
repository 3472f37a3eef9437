// Sustained ingest into the evidence store: captures with 100 KB bodies
// (WARC gzip level 1 + SQLite WAL, fsync per batch) and hit-heavy pages.
// Reports captures/s, hits/s, WARC MB/s and database bytes per capture.
//
//   build-x/bench/store_bench --benchmark_min_time=3

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "store/store.h"

namespace lantian::store {
namespace {

namespace fs = std::filesystem;

class BenchDir {
 public:
  BenchDir() {
    std::string tmpl = (fs::temp_directory_path() / "lantian-store-bench-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~BenchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  BenchDir(const BenchDir&) = delete;
  BenchDir& operator=(const BenchDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// ~100 KB of listing-like HTML: Chinese phrases and markup drawn at random,
// so it compresses like real pages (~4-6x), not like a repeated byte.
std::string MakeBody(std::mt19937& rng, size_t bytes) {
  static const char* kWords[] = {"实用新型", "专利代理", "包授权", "商标注册", "加急", "不过全额退款",
                                 "发明专利", "外观设计", "评职称", "高新技术企业", "价格", "联系",
                                 "<div class=\"item\">", "</div>", "<span>", "</span>", "<a href=\"/item/",
                                 "\">", "</a>", "¥", " ", "\n"};
  std::uniform_int_distribution<size_t> pick(0, std::size(kWords) - 1);
  std::uniform_int_distribution<int> digit(0, 9);
  std::string body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>listing</title></head><body>";
  while (body.size() < bytes) {
    body += kWords[pick(rng)];
    if (digit(rng) < 3) body += std::to_string(digit(rng) * 1000 + digit(rng) * 37);
  }
  body += "</body></html>";
  return body;
}

PageResult MakePage(int64_t sweep, int64_t n, const std::string& body, int hits) {
  PageResult page;
  page.capture.sweep_id = sweep;
  ExchangeHop hop;
  hop.url = "http://shop.example/item/" + std::to_string(n);
  hop.request_bytes = "GET /item/" + std::to_string(n) +
                      " HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: lantian/0.1\r\n\r\n";
  hop.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                      std::to_string(body.size()) + "\r\n\r\n";
  hop.response_body_raw = body;
  hop.ip = "127.0.0.1";
  hop.status = 200;
  hop.mime = "text/html";
  page.capture.hops.push_back(std::move(hop));
  page.capture.fetched_at_utc = NowUtc();
  ItemInput item;
  item.platform = "xianyu";
  item.listing_id = std::to_string(n);
  item.url = page.capture.hops[0].url;
  item.title = "实用新型代写 包授权";
  item.seller = "shop" + std::to_string(n % 500);
  item.text = "实用新型代写 包授权 不过全额退款 联系微信 ipagent" + std::to_string(n % 500);
  item.contacts.push_back({"wechat", "ipagent" + std::to_string(n % 500)});
  std::vector<HitInput> hit_list;
  for (int h = 0; h < hits; ++h) {
    HitInput hit;
    hit.rule_id = "guaranteed_grant.rule" + std::to_string(h % 20);
    hit.category = "guaranteed_grant";
    hit.severity = "high";
    hit.match = "包授权" + std::to_string(h);
    hit.snippet = "实用新型代写 包授权 不过全额退款";
    hit.legal_basis = "专利代理条例 Art. 25";
    hit.start = 19;
    hit.end = 28;
    hit_list.push_back(std::move(hit));
  }
  page.items.push_back({std::move(item), std::move(hit_list)});
  return page;
}

int64_t DirBytes(const std::string& dir, const std::string& prefix) {
  int64_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().filename().string().starts_with(prefix)) {
      total += static_cast<int64_t>(e.file_size());
    }
  }
  return total;
}

// Arg 0: body bytes; arg 1: hits per page; arg 2: fsync (1/0).
void BM_Ingest(benchmark::State& state) {
  const size_t body_bytes = static_cast<size_t>(state.range(0));
  const int hits_per_page = static_cast<int>(state.range(1));
  constexpr int kBatch = 64;
  BenchDir dir;
  StoreOptions opts;
  opts.db_path = dir.path() + "/lantian.db";
  opts.hostname = "bench";
  opts.fsync = state.range(2) != 0;
  auto store = Store::Open(opts);
  if (!store.ok()) {
    state.SkipWithError(store.status().message().c_str());
    return;
  }
  auto sweep = (*store)->BeginSweep("bench", "{}");
  std::mt19937 rng(42);
  // A few distinct bodies, reused, so generating them is not measured.
  std::vector<std::string> bodies;
  for (int i = 0; i < 8; ++i) bodies.push_back(MakeBody(rng, body_bytes));
  int64_t n = 0, captures = 0, hits = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<PageResult> pages;
    pages.reserve(kBatch);
    for (int i = 0; i < kBatch; ++i, ++n) {
      pages.push_back(MakePage(*sweep, n, bodies[static_cast<size_t>(n) % bodies.size()], hits_per_page));
    }
    state.ResumeTiming();
    auto w = (*store)->WritePages(pages);
    if (!w.ok()) {
      state.SkipWithError(w.status().message().c_str());
      return;
    }
    captures += kBatch;
    hits += static_cast<int64_t>(kBatch) * hits_per_page;
  }
  if (!(*store)->Close().ok()) state.SkipWithError("close failed");
  int64_t warc_bytes = DirBytes(dir.path() + "/warc", "lantian-");
  int64_t db_bytes = DirBytes(dir.path(), "lantian.db");
  state.counters["captures/s"] = benchmark::Counter(static_cast<double>(captures), benchmark::Counter::kIsRate);
  state.counters["hits/s"] = benchmark::Counter(static_cast<double>(hits), benchmark::Counter::kIsRate);
  state.counters["WARC_MB/s"] =
      benchmark::Counter(static_cast<double>(warc_bytes) / 1e6, benchmark::Counter::kIsRate);
  state.counters["body_MB/s"] = benchmark::Counter(
      static_cast<double>(captures) * static_cast<double>(body_bytes) / 1e6, benchmark::Counter::kIsRate);
  state.counters["db_bytes/capture"] =
      captures ? static_cast<double>(db_bytes) / static_cast<double>(captures) : 0;
  state.counters["warc_bytes/capture"] =
      captures ? static_cast<double>(warc_bytes) / static_cast<double>(captures) : 0;
}

BENCHMARK(BM_Ingest)
    ->ArgNames({"body", "hits", "fsync"})
    ->Args({100000, 1, 1})
    ->Args({100000, 1, 0})
    ->Args({2000, 100, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace lantian::store

BENCHMARK_MAIN();
