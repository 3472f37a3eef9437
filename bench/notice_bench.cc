// The takedown notice alone: notice.html + notice.csv for 300 listings (the
// Alibaba IPP per-request maximum), each with 3 categories of evidence in a
// 400-character context, rendered from the shipped config/notices. Goal:
// under 2 s (issue 13).
//
//   build/bench/notice_bench --benchmark_counters_tabular=true

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "store/bundle/bundle.h"
#include "store/bundle/internal/notice.h"

namespace {

using namespace lantian::store;

void BM_Notice(benchmark::State& state) {
  const int n = int(state.range(0));
  auto config = internal::LoadNoticeConfig(std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/notices");
  if (!config.ok()) {
    state.SkipWithError(config.status().message().c_str());
    return;
  }
  std::vector<BundleItem> items;
  std::vector<BundleCapture> captures(static_cast<size_t>(n));
  std::map<std::string, const BundleCapture*> by_key;
  std::map<std::string, std::string> record_ids;
  const char* cats[] = {"guaranteed_grant", "unlicensed_agency", "certificate_renting"};
  const char* matches[] = {"包授权", "无需代理资质", "挂证"};
  std::string filler;
  while (filler.size() < 1200) filler += "专利申请代理服务，价格优惠，";
  for (int i = 0; i < n; ++i) {
    BundleItem it;
    it.platform = i % 2 == 0 ? "taobao" : "xianyu";
    it.url = "https://item.taobao.com/item.htm?id=" + std::to_string(100000 + i);
    it.title = "发明专利代写 包授权 第" + std::to_string(i) + "号";
    it.seller = "某知识产权店" + std::to_string(i % 40);
    it.first_seen_utc = "2026-12-01T08:00:00Z";
    it.capture_key = std::to_string(i);
    for (int c = 0; c < 3; ++c) {
      BundleHit h;
      h.hit_id = i * 3 + c;
      h.rule_id = std::string(cats[c]) + ".r";
      h.category = cats[c];
      h.match = matches[c];
      h.context = filler + "本店" + matches[c] + "，不成功全额退款。" + filler;
      it.hits.push_back(std::move(h));
    }
    captures[size_t(i)].key = it.capture_key;
    captures[size_t(i)].captured_at_utc = "2026-12-06T06:05:00Z";
    captures[size_t(i)].page_url = it.url;
    captures[size_t(i)].sha256 = std::string(64, 'a');
    by_key[it.capture_key] = &captures[size_t(i)];
    record_ids[it.capture_key] = "<urn:uuid:0000>";
    items.push_back(std::move(it));
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const BundleItem& a, const BundleItem& b) { return a.platform < b.platform; });
  BundleOptions options;
  options.sender.organization = "某市知识产权局";
  internal::NoticeContext ctx{"2026-12-06T06:05:00Z", "bench", "lantian bench", {}, "94dd4a7e72faf577", {}, {}};
  size_t bytes = 0;
  for (auto _ : state) {
    std::FILE* html = std::tmpfile();
    std::FILE* csv = std::tmpfile();
    auto st = internal::RenderNotice(*config, options, ctx, items, by_key, record_ids, html, csv);
    if (!st.ok()) state.SkipWithError(st.message().c_str());
    bytes = size_t(std::ftell(html) + std::ftell(csv));
    std::fclose(html);
    std::fclose(csv);
  }
  state.counters["listings"] = n;
  state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_Notice)->Arg(300)->Arg(3000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
