// Scan throughput (normalize + RE2::Set prefilter + rules) next to raw
// RE2::Set throughput over the same text with the same patterns.
//
//   build-patterns/bench/scan_bench [--benchmark_filter=...]
//   LANTIAN_BENCH_PATTERNS=DIR overrides the rule directory (default:
//   config/patterns when it loads, else tests/data/patterns/rules).
//
// The text (>= 50 MB) is generated deterministically from a fixed seed:
// Chinese listing-like lines, some solicitations (separators, traditional,
// full-width, emoji), ASCII and full-width lines. Each line is a document.

#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "model/detector.h"
#include "patterns/rule_set.h"

namespace {

using lantian::patterns::RuleSet;

// LANTIAN_BENCH_SCAN_MB shrinks the text (e.g. 4 under callgrind).
size_t TargetBytes() {
  const char* env = std::getenv("LANTIAN_BENCH_SCAN_MB");
  return (env != nullptr && std::atoi(env) > 0 ? size_t(std::atoi(env)) : size_t{52}) << 20;
}
const size_t kTargetBytes = TargetBytes();
constexpr uint32_t kSeed = 20261125;

const char* const kProducts[] = {
    "夏季新款连衣裙 女装 显瘦", "手机壳 全包防摔 适用苹果", "有机大米 东北五常 10斤装", "办公椅 人体工学 可躺",
    "外观专利申请代办", "实用新型专利 撰写 递交", "商标注册 查询 加急", "公司注册 代理记账 一站式",
    "软著登记 计算机软件著作权", "高新技术企业认定 咨询", "印章刻制 公安备案 正规门店", "无线蓝牙耳机 降噪 长续航",
    "儿童绘本 0-3岁 早教", "茶叶 明前龙井 2026新茶 250g", "宠物猫粮 成猫 幼猫 通用", "家用投影仪 高清 1080P"};
const char* const kFillers[] = {
    "，欢迎咨询", "【包邮】", "｜官方旗舰店", "现货速发", "七天无理由退换", "量大从优", "详情请看图片",
    "👍好评如潮", "🔥热卖", "专业团队 服务周到", "支持开发票", "顺丰包邮 次日达", "厂家直销 价格实惠",
    "（限时优惠）", "品质保证", "全国可办"};
const char* const kSolicitations[] = {
    "实用新型代写 包授权 不过全额退款", "专利申请 包 授 權 不成功不收费", "代刻公章 财务章 无需执照",
    "专利代理师挂证 一年三万", "评职称专利转让 包下证", "个人工作室 专利代写 🛰️ zl886",
    "專利申請 包授權 加急", "商标抢注 热词 名人商标 转让", "外观专利 ＢＳＱ ９０天下证"};
const char* const kAscii[] = {
    "Free shipping on orders over $50, 30-day returns", "SKU 88231-B color: black size: XL",
    "Contact us: service@example.com", "Model X200 Pro 256GB unlocked"};
const char* const kFullWidth[] = {"ＶＸ：ｚｌ８８６ 加我详谈", "ＱＱ：１２３４５６７８ 咨询", "①②③ 号店铺 Ｎｏ．１"};

struct Corpus {
  std::string text;
  std::vector<std::string_view> docs;
};

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    std::mt19937 rng(kSeed);
    auto pick = [&](const auto& arr) {
      return std::string_view(arr[rng() % (sizeof(arr) / sizeof(arr[0]))]);
    };
    std::vector<size_t> ends;
    c->text.reserve(kTargetBytes + 4096);
    while (c->text.size() < kTargetBytes) {
      const uint32_t kind = rng() % 100;
      if (kind < 3) {
        c->text += pick(kSolicitations);
        c->text += ' ';
        c->text += pick(kFillers);
      } else if (kind < 10) {
        c->text += pick(kAscii);
      } else if (kind < 14) {
        c->text += pick(kFullWidth);
        c->text += ' ';
        c->text += pick(kProducts);
      } else {
        const int parts = 2 + static_cast<int>(rng() % 6);
        for (int i = 0; i < parts; ++i) {
          c->text += (i % 2 == 0) ? pick(kProducts) : pick(kFillers);
          c->text += ' ';
        }
        c->text += "¥" + std::to_string(9 + rng() % 2000) + ".00";
      }
      ends.push_back(c->text.size());
      c->text += '\n';
    }
    size_t begin = 0;
    for (size_t e : ends) {
      c->docs.emplace_back(c->text.data() + begin, e - begin);
      begin = e + 1;
    }
    return c;
  }();
  return *corpus;
}

const RuleSet& GetRules() {
  static const RuleSet* rules = [] {
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("LANTIAN_BENCH_PATTERNS")) dirs.emplace_back(env);
    dirs.push_back(std::string(LANTIAN_SOURCE_DIR) + "/config/patterns");
    dirs.push_back(std::string(LANTIAN_SOURCE_DIR) + "/tests/data/patterns/rules");
    for (const std::string& d : dirs) {
      auto r = RuleSet::LoadDir(d);
      if (r.ok() && !(*r)->rules().empty()) {
        std::fprintf(stderr, "scan_bench: %zu rules from %s\n", (*r)->rules().size(), d.c_str());
        return std::move(*r).release();
      }
      std::fprintf(stderr, "scan_bench: skipping %s: %s\n", d.c_str(),
                   r.ok() ? "no rules" : r.status().message().c_str());
    }
    std::abort();
  }();
  return *rules;
}

void BM_Scan(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const RuleSet& rules = GetRules();
  size_t hits = 0;
  for (auto _ : state) {
    for (std::string_view doc : corpus.docs) {
      auto r = rules.Scan(doc);
      if (!r.ok()) {
        state.SkipWithError(r.status().message().c_str());
        return;
      }
      hits += r->size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.text.size()));
  state.counters["hits_per_pass"] = static_cast<double>(hits) / static_cast<double>(state.iterations());
  state.counters["docs"] = static_cast<double>(corpus.docs.size());
}
BENCHMARK(BM_Scan)->Unit(benchmark::kMillisecond)->Iterations(3);

// The hybrid detector (model/detector.h) with the shipped model: what the
// learned layer adds to BM_Scan (issue 14's budget: at most +10%).
void BM_ScanWithModel(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const RuleSet& rules = GetRules();
  auto detector = lantian::model::Detector::Load(rules, std::string(LANTIAN_SOURCE_DIR) + "/config/models/default.ftz");
  if (!detector.ok()) {
    state.SkipWithError(detector.status().message().c_str());
    return;
  }
  size_t hits = 0, model_hits = 0;
  for (auto _ : state) {
    for (std::string_view doc : corpus.docs) {
      auto r = (*detector)->Scan(doc);
      if (!r.ok()) {
        state.SkipWithError(r.status().message().c_str());
        return;
      }
      hits += r->size();
      for (const auto& h : *r) model_hits += h.source == lantian::patterns::HitSource::kModel;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.text.size()));
  state.counters["hits_per_pass"] = static_cast<double>(hits) / static_cast<double>(state.iterations());
  state.counters["model_hits_per_pass"] = static_cast<double>(model_hits) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ScanWithModel)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_RawSet(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const RuleSet& rules = GetRules();
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(int64_t{64} << 20);
  RE2::Set set(options, RE2::UNANCHORED);
  for (const auto& rule : rules.rules()) {
    if (set.Add(rule.pattern, nullptr) < 0) {
      state.SkipWithError("bad pattern");
      return;
    }
  }
  if (!set.Compile()) {
    state.SkipWithError("RE2::Set compile failed");
    return;
  }
  std::vector<int> matched;
  size_t docs_with_match = 0;
  for (auto _ : state) {
    for (std::string_view doc : corpus.docs) {
      RE2::Set::ErrorInfo info;
      if (set.Match(re2::StringPiece(doc.data(), doc.size()), &matched, &info)) ++docs_with_match;
      if (info.kind != RE2::Set::kNoError) {
        state.SkipWithError("RE2::Set error");
        return;
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.text.size()));
  state.counters["matching_docs_per_pass"] =
      static_cast<double>(docs_with_match) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_RawSet)->Unit(benchmark::kMillisecond)->Iterations(3);

// The same raw RE2::Set, over the already-normalized text (what Scan's
// prefilter actually sees).
void BM_RawSetOnNormalized(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const RuleSet& rules = GetRules();
  std::vector<std::string> normalized;
  normalized.reserve(corpus.docs.size());
  size_t bytes = 0;
  for (std::string_view doc : corpus.docs) {
    normalized.push_back(rules.normalizer().NormalizeToString(doc));
    bytes += normalized.back().size();
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(int64_t{64} << 20);
  RE2::Set set(options, RE2::UNANCHORED);
  for (const auto& rule : rules.rules()) (void)set.Add(rule.pattern, nullptr);
  if (!set.Compile()) {
    state.SkipWithError("RE2::Set compile failed");
    return;
  }
  std::vector<int> matched;
  for (auto _ : state) {
    for (const std::string& doc : normalized) {
      RE2::Set::ErrorInfo info;
      set.Match(doc, &matched, &info);
      if (info.kind != RE2::Set::kNoError) {
        state.SkipWithError("RE2::Set error");
        return;
      }
    }
  }
  // Reported per ORIGINAL byte, to compare with BM_Scan.
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.text.size()));
  state.counters["normalized_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_RawSetOnNormalized)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_NormalizeOnly(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const RuleSet& rules = GetRules();
  lantian::patterns::NormalizedText doc_buf;
  for (auto _ : state) {
    for (std::string_view doc : corpus.docs) {
      if (!rules.normalizer().Normalize(doc, &doc_buf).ok()) {
        state.SkipWithError("normalize failed");
        return;
      }
      benchmark::DoNotOptimize(doc_buf.text().data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.text.size()));
}
BENCHMARK(BM_NormalizeOnly)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
