// Rendered pages per minute and the browser's memory with a pool of tabs
// (issue 16: goal <= 1 GB with 4 tabs). Each page is a listing whose 40 items
// come only from a JSON API fetched by script, plus a stylesheet and an image
// per item; a generated loader answers everything at once (no network, no
// server), so the figure is the browser's own cost.
//
//   build/bench/render_bench [pages=80] [tabs=4] [noshot]   # noshot: no screenshot
//
// Prints pages/minute, and the peak over the run (sampled every 100 ms) of
// the browser process tree's summed VmRSS (counts shared pages once per
// process, so it overstates) and summed Pss (shared pages split; the honest
// total).

#include <dirent.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "render/browser.h"

namespace {

using lantian::render::PageRequest;
using lantian::render::PageResponse;

constexpr int kItems = 40;

// Generates the listing page, its API, stylesheet and images for any URL.
class GeneratedSite : public lantian::render::ResourceLoader {
 public:
  void Start(PageRequest request) override {
    PageResponse r;
    r.status = 200;
    const std::string& url = request.url;
    if (url.find("/api/") != std::string::npos) {
      std::string json = "[";
      for (int i = 0; i < kItems; ++i) {
        json += (i ? "," : "") + std::string("{\"title\":\"仿冒名牌手表 第") + std::to_string(i) +
                "号 正品保证\",\"img\":\"/img/" + std::to_string(i) + ".svg\"}";
      }
      r.headers = {{"Content-Type", "application/json"}};
      r.body = json + "]";
    } else if (url.find(".css") != std::string::npos) {
      r.headers = {{"Content-Type", "text/css"}};
      r.body = "li.item{display:flex;gap:8px;padding:6px;border-bottom:1px solid #ddd}img{width:48px;height:48px}";
    } else if (url.find(".svg") != std::string::npos) {
      r.headers = {{"Content-Type", "image/svg+xml"}};
      r.body = "<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48'><rect width='48' height='48' fill='#c33'/></svg>";
    } else {
      r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
      r.body =
          "<!DOCTYPE html><html><head><title>列表</title><link rel=stylesheet href=/s.css></head><body>"
          "<ul id=list></ul><script>fetch('/api/items.json').then(r => r.json()).then(items => {"
          "const ul = document.getElementById('list'); for (const it of items) {"
          "const li = document.createElement('li'); li.className = 'item';"
          "li.innerHTML = '<img src=\"' + it.img + '\"><span>' + it.title + '</span>'; ul.appendChild(li); }});"
          "</script></body></html>";
    }
    ready_.emplace_back(request.id, std::move(r));
  }
  std::vector<std::pair<std::uint64_t, PageResponse>> Poll(std::chrono::milliseconds) override {
    std::vector<std::pair<std::uint64_t, PageResponse>> out(ready_.begin(), ready_.end());
    ready_.clear();
    return out;
  }

 private:
  std::deque<std::pair<std::uint64_t, PageResponse>> ready_;
};

// Reads "Key:   123 kB" from a /proc file; 0 when absent.
long ReadKb(const std::string& path, const std::string& key) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(key, 0) == 0) return std::atol(line.c_str() + key.size());
  }
  return 0;
}

// The browser and all its descendants (helpers, zygotes, renderers).
std::set<int> ProcessTree(int root) {
  std::map<int, std::vector<int>> children;
  if (DIR* d = opendir("/proc")) {
    while (dirent* e = readdir(d)) {
      const int pid = std::atoi(e->d_name);
      if (pid <= 0) continue;
      std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
      std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      const std::size_t close = stat.rfind(')');
      if (close == std::string::npos) continue;
      std::istringstream rest(stat.substr(close + 2));
      std::string state;
      int ppid = 0;
      rest >> state >> ppid;
      children[ppid].push_back(pid);
    }
    closedir(d);
  }
  std::set<int> tree = {root};
  std::vector<int> todo = {root};
  while (!todo.empty()) {
    const int p = todo.back();
    todo.pop_back();
    for (int c : children[p]) {
      if (tree.insert(c).second) todo.push_back(c);
    }
  }
  return tree;
}

}  // namespace

int main(int argc, char** argv) {
  const int pages = argc > 1 ? std::atoi(argv[1]) : 80;
  const int tabs = argc > 2 ? std::atoi(argv[2]) : 4;
  const bool screenshot = !(argc > 3 && std::string(argv[3]) == "noshot");
  if (!lantian::render::Browser::Available()) {
    std::fprintf(stderr, "render_bench: /usr/bin/chromium is not installed\n");
    return 77;
  }
  lantian::render::BrowserOptions options;
  options.tabs = tabs;
  auto browser = lantian::render::Browser::Launch(options);
  if (!browser.ok()) {
    std::fprintf(stderr, "render_bench: %s\n", browser.status().message().c_str());
    return 1;
  }
  const int root = (*browser)->pid();

  std::atomic<bool> done{false};  // relaxed is enough: only ends the sampling loop
  long peak_rss_kb = 0, peak_pss_kb = 0;
  std::thread sampler([&] {
    while (!done.load(std::memory_order_relaxed)) {
      long rss = 0, pss = 0;
      for (int pid : ProcessTree(root)) {
        rss += ReadKb("/proc/" + std::to_string(pid) + "/status", "VmRSS:");
        pss += ReadKb("/proc/" + std::to_string(pid) + "/smaps_rollup", "Pss:");
      }
      peak_rss_kb = std::max(peak_rss_kb, rss);
      peak_pss_kb = std::max(peak_pss_kb, pss);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));  // a sampling period, not a sync
    }
  });

  std::atomic<int> next{0}, ok{0}, items_found{0};  // counters only; joined before read
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (int t = 0; t < tabs; ++t) {
    workers.emplace_back([&] {
      GeneratedSite site;
      lantian::render::RenderOptions render;
      render.screenshot = screenshot;
      for (int i; (i = next.fetch_add(1, std::memory_order_relaxed)) < pages;) {
        auto r = (*browser)->Render("http://shop" + std::to_string(i % 7) + ".test/list/" + std::to_string(i),
                                    site, render);
        if (!r.ok()) {
          std::fprintf(stderr, "render_bench: %s\n", r.status().message().c_str());
          continue;
        }
        ok.fetch_add(1, std::memory_order_relaxed);
        int found = 0;
        for (std::size_t at = 0; (at = r->dom_html.find("class=\"item\"", at)) != std::string::npos; ++at) ++found;
        if (found == kItems) items_found.fetch_add(1, std::memory_order_relaxed);
      }
    });
  }
  for (auto& w : workers) w.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  done.store(true, std::memory_order_relaxed);
  sampler.join();

  std::printf("pages %d (ok %d, all %d items %d), tabs %d, %.1f s: %.0f pages/minute\n", pages, ok.load(),
              kItems, items_found.load(), tabs, seconds, 60.0 * ok.load() / seconds);
  std::printf("browser process tree peak: RSS sum %.0f MB, PSS sum %.0f MB\n", peak_rss_kb / 1024.0,
              peak_pss_kb / 1024.0);
  return ok.load() == pages ? 0 : 1;
}
