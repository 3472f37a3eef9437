// The fleet's two shared hot spots on each engine (issue 17):
//   BM_ClaimUrls/<engine>     frontier rows claimed per second, batches of 100 (ClaimUrls)
//   BM_ChainAppend/<engine>   evidence-chain appends per second, one per transaction (RecordExport:
//                             the chain lock, the head read, the entry), 1 writer, or 3 at once on PostgreSQL
// SQLite in a temp dir; PostgreSQL at LANTIAN_BENCH_PG_URL (an empty database's
// server, e.g. what bench/fleet starts: it runs this with the URL set), else skipped.
//
//   build/bench/fleet_bench --benchmark_min_time=1

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <benchmark/benchmark.h>

#include "store/internal/sql.h"
#include "store/store.h"

namespace lantian::store {
namespace {

namespace fs = std::filesystem;

// A fresh store: a SQLite file in a temp dir, or a fresh database on the server.
struct BenchStore {
  std::string db;
  std::string warc;
  fs::path dir;

  static std::unique_ptr<BenchStore> Make(bool postgres, const std::string& tag) {
    auto b = std::make_unique<BenchStore>();
    b->dir = fs::temp_directory_path() / ("lantian-fleet-bench-" + std::to_string(::getpid()) + "-" + tag);
    fs::remove_all(b->dir);
    fs::create_directories(b->dir);
    b->warc = (b->dir / "warc").string();
    if (!postgres) {
      b->db = (b->dir / "lantian.db").string();
      return b;
    }
    const char* url = std::getenv("LANTIAN_BENCH_PG_URL");
    if (url == nullptr) return nullptr;
    const std::string admin = url;
    const std::string name = "bench_" + std::to_string(::getpid()) + "_" + tag;
    sql::Database a = sql::Database::Open(admin, sql::OpenOptions{});
    a.exec("DROP DATABASE IF EXISTS " + name);
    a.exec("CREATE DATABASE " + name);
    b->db = admin;
    b->db.replace(b->db.find(":///postgres?"), 13, ":///" + name + "?");
    return b;
  }
  ~BenchStore() { fs::remove_all(dir); }

  std::unique_ptr<Store> Open() const {
    StoreOptions o;
    o.db_path = db;
    o.warc_dir = warc;
    o.fsync = false;
    auto s = Store::Open(o);
    return s.ok() ? std::move(*s) : nullptr;
  }
};

void BM_ClaimUrls(benchmark::State& state) {
  const bool postgres = state.range(0) == 1;
  auto b = BenchStore::Make(postgres, "claim");
  if (!b) return state.SkipWithError("LANTIAN_BENCH_PG_URL not set");
  auto store = b->Open();
  if (!store) return state.SkipWithError("store did not open");
  const int64_t sweep = *store->BeginSweep("", "{}");
  std::vector<FrontierUrl> urls;
  for (int i = 0; i < 20'000; ++i) {
    urls.push_back({"http://h" + std::to_string(i % 8) + ".example/p" + std::to_string(i), "h", 0, "", 'S'});
  }
  (void)store->EnqueueUrls(sweep, urls);
  (void)store->RegisterWorker(sweep, "w", 0);
  int round = 0;
  int64_t claimed = 0;
  for (auto _ : state) {
    auto rows = store->ClaimUrls(sweep, "w" + std::to_string(round), 100, 0);
    if (!rows.ok()) return state.SkipWithError(rows.status().message().c_str());
    if (rows->empty()) {  // all held: the next worker name takes them all again
      ++round;
      continue;
    }
    claimed += static_cast<int64_t>(rows->size());
  }
  state.counters["rows/s"] = benchmark::Counter(static_cast<double>(claimed), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ClaimUrls)->ArgName("postgres")->Arg(0)->Arg(1)->UseRealTime();

void BM_ChainAppend(benchmark::State& state) {
  const bool postgres = state.range(0) == 1;
  const int writers = static_cast<int>(state.range(1));
  auto b = BenchStore::Make(postgres, "chain" + std::to_string(writers));
  if (!b) return state.SkipWithError("LANTIAN_BENCH_PG_URL not set");
  std::vector<std::unique_ptr<Store>> stores;
  for (int i = 0; i < writers; ++i) {
    stores.push_back(b->Open());
    if (!stores.back()) return state.SkipWithError("store did not open");
  }
  constexpr int kPerIteration = 30;  // appends per iteration, split over the writers
  std::atomic<int64_t> failed{0};
  for (auto _ : state) {
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
      threads.emplace_back([&, w] {
        for (int i = 0; i < kPerIteration / writers; ++i) {
          ExportInput in;
          in.path = "/tmp/bundle-" + std::to_string(w) + "-" + std::to_string(i) + ".zip";
          in.sha256 = std::string(64, 'a');
          in.note = "bench";
          while (true) {
            auto r = stores[w]->RecordExport(in);
            if (r.ok()) break;
            if (r.status().code() != Status::Code::kUnavailable) {  // busy: again
              ++failed;
              break;
            }
          }
        }
      });
    }
    for (auto& t : threads) t.join();
  }
  if (failed > 0) return state.SkipWithError("an append failed");
  state.counters["appends/s"] = benchmark::Counter(static_cast<double>(state.iterations() * kPerIteration),
                                                   benchmark::Counter::kIsRate);
  auto report = stores[0]->VerifyChain();
  if (!report.ok() || !report->ok()) state.SkipWithError("the chain does not verify after the run");
}
// Three writers on PostgreSQL only: a SQLite store has one writer by design
// (each connection keeps the chain head it appended last; a fleet needs the
// server's lock).
BENCHMARK(BM_ChainAppend)->ArgNames({"postgres", "writers"})->Args({0, 1})->Args({1, 1})->Args({1, 3})->UseRealTime();

}  // namespace
}  // namespace lantian::store

BENCHMARK_MAIN();
