// Parse + extract throughput (extractors/) next to Gumbo's bare parse on the
// same pages: the goal is that extraction adds at most 25% to the parse.
// Pages are ~100 KB Taobao-like search result pages with 44 listings,
// generated deterministically (a fixed LCG), in UTF-8 and in GBK.
//
//   build-x/bench/extract_bench --benchmark_min_time=2

#include <gumbo.h>
#include <iconv.h>

#include <cstdint>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "extractors/charset.h"
#include "extractors/contacts.h"
#include "extractors/extractor.h"
#include "extractors/site_profile.h"

namespace {

using lantian::extractors::ExtractOptions;
using lantian::extractors::ExtractPage;
using lantian::extractors::ExtractPageFromBytes;
using lantian::extractors::ProfileSet;

class Lcg {
 public:
  explicit Lcg(std::uint32_t seed) : x_(seed) {}
  std::uint32_t Next() {
    x_ = x_ * 1664525u + 1013904223u;
    return x_ >> 8;
  }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Next() % v.size()];
  }

 private:
  std::uint32_t x_;
};

const std::vector<std::string> kWords = {
    "专利", "实用新型", "外观设计", "发明", "申请", "代理", "加急", "商标注册", "版权登记", "软著",
    "高新技术企业", "知识产权", "官方", "正品", "包邮", "旗舰店", "全国", "服务", "咨询", "一对一",
    "评估", "检索", "撰写", "答复", "审查意见", "年费", "变更", "转让", "许可", "质押"};
const std::vector<std::string> kDisguises = {
    "微信同号 139-0000-2671", "V：zl886x", "扣扣 ⑧⑥⑤⑦②⑨③③", "详情看图", "vx zl_help2024",
    "客服热线 400-800-8888", "", "", "", ""};

std::string Sentence(Lcg& rng, int words) {
  std::string s;
  for (int i = 0; i < words; ++i) {
    s += rng.Pick(kWords);
    if (rng.Next() % 4 == 0) s += " ";
  }
  return s;
}

// A ~100 KB search result page shaped like config/sites/taobao.toml expects.
std::string ListingPage(std::uint32_t seed) {
  Lcg rng(seed);
  std::string h =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + Sentence(rng, 4) +
      "_淘宝搜索</title><meta name=\"keywords\" content=\"" + Sentence(rng, 6) +
      "\"><link rel=\"canonical\" href=\"https://s.taobao.com/search?q=x\">"
      "<style>.a{color:red}.b{margin:0 auto}</style><script>var g_config={\"page\":1,\"data\":[";
  for (int i = 0; i < 200; ++i) h += "{\"k\":" + std::to_string(rng.Next()) + "},";
  h += "{}]};</script></head><body><div id=\"header\"><ul class=\"nav\">";
  for (int i = 0; i < 30; ++i) {
    h += "<li><a href=\"/cat/" + std::to_string(i) + "\">" + rng.Pick(kWords) + "</a></li>";
  }
  h += "</ul></div><div id=\"root\"><div class=\"content--list\">";
  for (int i = 0; i < 44; ++i) {
    std::string id = std::to_string(600000000000ull + rng.Next());
    h += "<a class=\"Card--doubleCardWrapper--L2XFE73\" href=\"//item.taobao.com/item.htm?id=" + id +
         "&amp;ns=1\" data-nid=\"" + id + "\"><div class=\"MainPic--mainPicWrapper\"><img src=\"//img.alicdn.com/i" +
         std::to_string(i) + ".jpg\" alt=\"" + Sentence(rng, 3) + "\"></div>"
         "<div class=\"Title--title--jCOPvpf\"><span>" + Sentence(rng, 8) + "</span></div>"
         "<div class=\"Price--priceWrapper--Q0Dn7pN\"><span class=\"Price--unit\">¥</span><span>" +
         std::to_string(rng.Next() % 5000) + "</span><span>.00</span></div>"
         "<div class=\"Deal--realSales\">" + std::to_string(rng.Next() % 1000) + "人付款</div>"
         "<div class=\"ShopInfo--shopName--rg6mGmy\"><span class=\"ShopInfo--shopNameText--X\">" +
         Sentence(rng, 2) + "工作室</span></div><div class=\"desc\"><p>" + Sentence(rng, 70) + "</p><p>" +
         rng.Pick(kDisguises) + " " + Sentence(rng, 50) + "</p></div>"
         "<div class=\"Tags\"><span class=\"tag\">" + rng.Pick(kWords) + "</span><span class=\"tag\">" +
         rng.Pick(kWords) + "</span></div></a>\n";
  }
  h += "</div><div class=\"Pagination\"><button class=\"next-btn next-next\" data-href=\"/search?q=x&amp;s=44\">"
       "下一页</button></div><div class=\"footer\">";
  for (int i = 0; i < 40; ++i) h += "<a href=\"/help/" + std::to_string(i) + "\">" + Sentence(rng, 2) + "</a> ";
  h += "</div></div></body></html>";
  return h;
}

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> v;
    for (std::uint32_t s = 1; s <= 8; ++s) v.push_back(ListingPage(s));
    return v;
  }();
  return pages;
}

// The same pages in GB18030 (as a GBK site would send them), via glibc iconv.
std::string ToGb18030(const std::string& utf8) {
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  std::string out(utf8.size() * 2 + 16, '\0');
  char* in_ptr = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

const std::vector<std::string>& GbkPages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> v;
    for (const std::string& p : Pages()) {
      std::string gbk = ToGb18030(p);
      std::size_t at = gbk.find("charset=\"utf-8\"");
      if (at != std::string::npos) gbk.replace(at, 15, "charset=\"gbk\"");
      v.push_back(std::move(gbk));
    }
    return v;
  }();
  return pages;
}

std::size_t TotalBytes() {
  std::size_t n = 0;
  for (const std::string& p : Pages()) n += p.size();
  return n;
}

const ProfileSet& Profiles() {
  static const ProfileSet set = [] {
    auto loaded = ProfileSet::LoadDir(LANTIAN_SITES_DIR);
    return loaded.ok() ? std::move(*loaded) : ProfileSet();
  }();
  return set;
}

void BM_GumboParseOnly(benchmark::State& state) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  for (auto _ : state) {
    for (const std::string& p : Pages()) {
      GumboOutput* out = gumbo_parse_with_options(&options, p.data(), p.size());
      benchmark::DoNotOptimize(out);
      gumbo_destroy_output(&kGumboDefaultOptions, out);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TotalBytes()));
  state.counters["page_kb"] = static_cast<double>(Pages()[0].size()) / 1024.0;
}
BENCHMARK(BM_GumboParseOnly)->Unit(benchmark::kMillisecond);

void BM_ExtractWithProfile(benchmark::State& state) {
  const auto* profile = Profiles().Find("taobao");
  if (profile == nullptr) {
    state.SkipWithError("config/sites/taobao.toml not loaded");
    return;
  }
  ExtractOptions options;
  options.extract_contacts = state.range(0) != 0;
  std::size_t items = 0;
  for (auto _ : state) {
    for (const std::string& p : Pages()) {
      auto page = ExtractPage(p, "https://s.taobao.com/search?q=x", profile, options);
      items += page.ok() ? page->items.size() : 0;
      benchmark::DoNotOptimize(page);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TotalBytes()));
  state.counters["items_per_page"] =
      static_cast<double>(items) / static_cast<double>(state.iterations() * Pages().size());
}
BENCHMARK(BM_ExtractWithProfile)->Arg(0)->Arg(1)->ArgName("contacts")->Unit(benchmark::kMillisecond);

// No profile: segment=0 is extraction without automatic segmentation (the
// whole page one item), segment=1 with it (one item per listing record).
void BM_ExtractGeneric(benchmark::State& state) {
  ExtractOptions options;
  options.auto_segment = state.range(0) != 0;
  std::size_t items = 0;
  for (auto _ : state) {
    for (const std::string& p : Pages()) {
      auto page = ExtractPage(p, "https://s.taobao.com/search?q=x", nullptr, options);
      items += page.ok() ? page->items.size() : 0;
      benchmark::DoNotOptimize(page);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TotalBytes()));
  state.counters["items_per_page"] =
      static_cast<double>(items) / static_cast<double>(state.iterations() * Pages().size());
}
BENCHMARK(BM_ExtractGeneric)->Arg(0)->Arg(1)->ArgName("segment")->Unit(benchmark::kMillisecond);

void BM_DecodeGbkAndExtractWithProfile(benchmark::State& state) {
  const auto* profile = Profiles().Find("taobao");
  std::size_t bytes = 0;
  for (const std::string& p : GbkPages()) bytes += p.size();
  for (auto _ : state) {
    for (const std::string& p : GbkPages()) {
      auto page = ExtractPageFromBytes(p, "text/html", "https://s.taobao.com/search?q=x", profile);
      benchmark::DoNotOptimize(page);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_DecodeGbkAndExtractWithProfile)->Unit(benchmark::kMillisecond);

void BM_DecodeUtf8Check(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& p : Pages()) {
      auto d = lantian::extractors::DecodeToUtf8(p, "text/html; charset=utf-8");
      benchmark::DoNotOptimize(d);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_DecodeUtf8Check)->Unit(benchmark::kMillisecond);

void BM_ContactsOnItemText(benchmark::State& state) {
  const auto* profile = Profiles().Find("taobao");
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (const std::string& p : Pages()) {
    auto page = ExtractPage(p, "https://s.taobao.com/search?q=x", profile);
    if (!page.ok()) continue;
    for (auto& item : page->items) {
      bytes += item.text.size();
      texts.push_back(std::move(item.text));
    }
  }
  for (auto _ : state) {
    for (const std::string& t : texts) benchmark::DoNotOptimize(lantian::extractors::ExtractContacts(t));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_ContactsOnItemText)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
