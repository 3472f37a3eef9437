// crawl_baseline: the bare loop lantian's sweep is compared with (bench/crawl).
// libcurl multi (one thread, N transfers) → worker threads: GBK → UTF-8
// (iconv, from <meta>), Gumbo parse, visible text, RE2::Set scan, links →
// back to the fetch thread. No politeness, no robots.txt, no storage.
//   crawl_baseline --in-flight 32 --threads 2 SEED_URL...
// Prints one JSON line: pages, bytes, seconds, pages_per_second.

#include <curl/curl.h>
#include <gumbo.h>
#include <iconv.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

namespace {

struct Page {
  std::string url;
  std::string body;
};

std::mutex mu;
std::condition_variable cv;
std::deque<Page> work;              // guarded by mu
std::vector<std::string> found;     // guarded by mu (links back to the fetch thread)
bool done = false;                  // guarded by mu
std::atomic<long> busy{0};
std::atomic<long> hits{0};

std::string ToUtf8(const std::string& body) {
  const auto head = body.substr(0, 1024);
  if (head.find("charset=\"gbk\"") == std::string::npos && head.find("charset=gbk") == std::string::npos) return body;
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  std::string out(body.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(body.data());
  size_t in_left = body.size();
  char* o = out.data();
  size_t out_left = out.size();
  iconv(cd, &in, &in_left, &o, &out_left);
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

void Walk(GumboNode* node, std::string& text, std::vector<std::string>& links) {
  if (node->type == GUMBO_NODE_TEXT) {
    text.append(node->v.text.text);
    text.push_back('\n');
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (node->v.element.tag == GUMBO_TAG_SCRIPT || node->v.element.tag == GUMBO_TAG_STYLE) return;
  if (node->v.element.tag == GUMBO_TAG_A) {
    if (GumboAttribute* href = gumbo_get_attribute(&node->v.element.attributes, "href")) links.push_back(href->value);
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) Walk(static_cast<GumboNode*>(children.data[i]), text, links);
}

void Worker(const RE2::Set* set) {
  while (true) {
    Page page;
    {
      std::unique_lock lock(mu);
      cv.wait(lock, [] { return done || !work.empty(); });
      if (work.empty()) return;
      page = std::move(work.front());
      work.pop_front();
    }
    const std::string utf8 = ToUtf8(page.body);
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size());
    std::string text;
    std::vector<std::string> links;
    Walk(out->root, text, links);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    std::vector<int> matched;
    if (set->Match(text, &matched)) hits += static_cast<long>(matched.size());
    const std::string base = page.url.substr(0, page.url.rfind('/') + 1);
    {
      std::lock_guard lock(mu);
      for (auto& l : links) {
        if (l.rfind("http", 0) == 0) found.push_back(l);
        else if (!l.empty() && l[0] == '/') found.push_back(page.url.substr(0, page.url.find('/', 8)) + l);
        else found.push_back(base + l);
      }
    }
    --busy;
  }
}

size_t OnWrite(char* data, size_t size, size_t n, void* userp) {
  static_cast<std::string*>(userp)->append(data, size * n);
  return size * n;
}

}  // namespace

int main(int argc, char** argv) {
  int in_flight = 32;
  int threads = 2;
  std::vector<std::string> seeds;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--in-flight") == 0 && i + 1 < argc) in_flight = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc) threads = std::atoi(argv[++i]);
    else seeds.push_back(argv[i]);
  }
  curl_global_init(CURL_GLOBAL_DEFAULT);
  RE2::Options opt;
  opt.set_max_mem(64 << 20);
  RE2::Set set(opt, RE2::UNANCHORED);
  for (const char* p : {"包\\s*[授受]\\s*权", "不授权\\s*全额退款", "代写\\s*专利", "专利\\s*代理", "刻\\s*章",
                        "挂\\s*证", "商标\\s*抢注", "评\\s*职称\\s*专利", "快速\\s*授权", "加急\\s*下证"}) {
    set.Add(p, nullptr);
  }
  set.Compile();
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i) pool.emplace_back(Worker, &set);

  CURLM* multi = curl_multi_init();
  curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(in_flight));
  std::unordered_set<std::string> seen(seeds.begin(), seeds.end());
  std::deque<std::string> queue(seeds.begin(), seeds.end());
  std::vector<std::pair<CURL*, std::unique_ptr<std::string>>> running;
  long pages = 0;
  long long bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  while (true) {
    {
      std::lock_guard lock(mu);
      for (auto& l : found) {
        const auto hash = l.find('#');
        if (hash != std::string::npos) l.resize(hash);
        if (seen.insert(l).second) queue.push_back(l);
      }
      found.clear();
    }
    while (static_cast<int>(running.size()) < in_flight && !queue.empty()) {
      CURL* e = curl_easy_init();
      auto body = std::make_unique<std::string>();
      curl_easy_setopt(e, CURLOPT_URL, queue.front().c_str());
      curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnWrite);
      curl_easy_setopt(e, CURLOPT_WRITEDATA, body.get());
      curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "gzip");
      curl_easy_setopt(e, CURLOPT_PRIVATE, strdup(queue.front().c_str()));
      queue.pop_front();
      curl_multi_add_handle(multi, e);
      running.emplace_back(e, std::move(body));
    }
    if (running.empty() && busy == 0) {
      std::lock_guard lock(mu);
      if (found.empty() && work.empty() && queue.empty()) break;
    }
    int still = 0;
    curl_multi_perform(multi, &still);
    curl_multi_poll(multi, nullptr, 0, 5, nullptr);
    curl_multi_perform(multi, &still);
    int left = 0;
    while (CURLMsg* m = curl_multi_info_read(multi, &left)) {
      if (m->msg != CURLMSG_DONE) continue;
      for (auto it = running.begin(); it != running.end(); ++it) {
        if (it->first != m->easy_handle) continue;
        char* url = nullptr;
        curl_easy_getinfo(it->first, CURLINFO_PRIVATE, &url);
        long status = 0;
        curl_easy_getinfo(it->first, CURLINFO_RESPONSE_CODE, &status);
        if (status == 200) {
          ++pages;
          bytes += static_cast<long long>(it->second->size());
          ++busy;
          std::lock_guard lock(mu);
          work.push_back(Page{url, std::move(*it->second)});
          cv.notify_one();
        }
        std::free(url);
        curl_multi_remove_handle(multi, it->first);
        curl_easy_cleanup(it->first);
        running.erase(it);
        break;
      }
    }
  }
  {
    std::lock_guard lock(mu);
    done = true;
  }
  cv.notify_all();
  for (auto& t : pool) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"pages\": %ld, \"bytes\": %lld, \"seconds\": %.2f, \"pages_per_second\": %.1f, \"hits\": %ld}\n", pages,
              bytes, seconds, static_cast<double>(pages) / seconds, hits.load());
  curl_multi_cleanup(multi);
  curl_global_cleanup();
  return 0;
}
