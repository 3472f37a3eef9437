// render/browser.h against the real headless Chromium, with a fake loader
// (a map URL -> canned response): nothing touches a network, and no server
// runs. One browser serves the whole suite (launching costs ~1 s).

#include "render/browser.h"

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace lantian::render {
namespace {

using std::chrono::milliseconds;

// Answers from a map; unknown URLs get a 404, `hang` URLs never an answer,
// `refuse` URLs a refusal. Records every request it saw.
class FakeLoader : public ResourceLoader {
 public:
  void Serve(const std::string& url, std::string content_type, std::string body, int status = 200,
             std::vector<std::pair<std::string, std::string>> extra = {}) {
    PageResponse r;
    r.status = status;
    r.headers = std::move(extra);
    r.headers.emplace_back("Content-Type", std::move(content_type));
    r.body = std::move(body);
    responses_[url] = std::move(r);
  }
  void Redirect(const std::string& from, const std::string& to) {
    Serve(from, "text/html", "", 302, {{"Location", to}});
  }
  void Refuse(const std::string& url, std::string reason) { refused_[url] = std::move(reason); }
  void Hang(const std::string& url) { hang_.insert(url); }

  void Start(PageRequest request) override {
    seen_.push_back(request);
    if (hang_.count(request.url)) return;
    PageResponse r;
    if (auto it = refused_.find(request.url); it != refused_.end()) {
      r.refused = it->second;
    } else if (auto found = responses_.find(request.url); found != responses_.end()) {
      r = found->second;
    } else {
      r.status = 404;
      r.headers = {{"Content-Type", "text/plain"}};
      r.body = "not found";
    }
    ready_.emplace_back(request.id, std::move(r));
  }
  std::vector<std::pair<std::uint64_t, PageResponse>> Poll(milliseconds) override {
    std::vector<std::pair<std::uint64_t, PageResponse>> out(std::make_move_iterator(ready_.begin()),
                                                            std::make_move_iterator(ready_.end()));
    ready_.clear();
    return out;
  }

  const std::vector<PageRequest>& seen() const { return seen_; }
  bool Saw(const std::string& url) const {
    return std::any_of(seen_.begin(), seen_.end(), [&](const PageRequest& r) { return r.url == url; });
  }

 private:
  std::map<std::string, PageResponse> responses_;
  std::map<std::string, std::string> refused_;
  std::set<std::string> hang_;
  std::deque<std::pair<std::uint64_t, PageResponse>> ready_;
  std::vector<PageRequest> seen_;
};

bool HasNote(const RenderResult& r, const std::string& part) {
  return std::any_of(r.notes.begin(), r.notes.end(),
                     [&](const std::string& n) { return n.find(part) != std::string::npos; });
}

std::string AllNotes(const RenderResult& r) {
  std::string out;
  for (const std::string& n : r.notes) out += n + "\n";
  return out;
}

// A listing page whose items come only from a JSON API, fetched by script.
void ServeListing(FakeLoader& loader, const std::string& base, int items) {
  loader.Serve(base + "/list", "text/html; charset=utf-8",
               "<!DOCTYPE html><html><head><title>商品列表</title></head><body><div id=app></div>"
               "<script>fetch('/api/items.json').then(r => r.json()).then(items => {"
               "  const ul = document.createElement('ul');"
               "  for (const it of items) { const li = document.createElement('li'); li.className = 'item';"
               "    li.textContent = it.title; ul.appendChild(li); }"
               "  document.getElementById('app').appendChild(ul); });</script></body></html>");
  std::string json = "[";
  for (int i = 0; i < items; ++i) {
    json += (i ? "," : "") + std::string("{\"title\":\"仿冒手表 ") + std::to_string(i) + " 号\"}";
  }
  loader.Serve(base + "/api/items.json", "application/json", json + "]");
}

class BrowserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!Browser::Available()) return;
    BrowserOptions options;
    options.tabs = 2;
    auto launched = Browser::Launch(options);
    ASSERT_TRUE(launched.ok()) << launched.status().message();
    browser_ = std::move(*launched).release();
  }
  static void TearDownTestSuite() {
    delete browser_;
    browser_ = nullptr;
  }
  void SetUp() override {
    if (!Browser::Available()) GTEST_SKIP() << "/usr/bin/chromium is not installed (scripts/setup installs it)";
    ASSERT_NE(browser_, nullptr);
  }
  // Renders without a screenshot (faster), asserting the render succeeded.
  static RenderResult RenderPage(const std::string& url, FakeLoader& loader, RenderOptions options = {}) {
    options.screenshot = false;
    Result<RenderResult> r = browser_->Render(url, loader, options);
    EXPECT_TRUE(r.ok()) << url << ": " << r.status().message();
    return r.ok() ? std::move(*r) : RenderResult{};
  }
  static Browser* browser_;
};
Browser* BrowserTest::browser_ = nullptr;

TEST_F(BrowserTest, ScriptBuiltListingIsInTheDomWithBoxesAndScreenshot) {
  FakeLoader loader;
  ServeListing(loader, "http://shop.test", 30);
  Result<RenderResult> r = browser_->Render("http://shop.test/list", loader, RenderOptions{});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_FALSE(r->timed_out) << AllNotes(*r);
  EXPECT_EQ(r->final_url, "http://shop.test/list");
  EXPECT_EQ(r->title, "商品列表");
  EXPECT_EQ(r->dom_html.rfind("<!DOCTYPE html>", 0), 0u);
  for (int i = 0; i < 30; ++i) {
    EXPECT_NE(r->dom_html.find("仿冒手表 " + std::to_string(i) + " 号"), std::string::npos) << i;
  }
  EXPECT_NE(r->dom_html.find("class=\"item\" data-lantian-box=\""), std::string::npos);
  ASSERT_TRUE(loader.Saw("http://shop.test/api/items.json"));
  for (const PageRequest& req : loader.seen()) {
    if (req.url == "http://shop.test/api/items.json") {
      // Chromium labels a fetch() "XHR" or "Fetch", depending on version.
      EXPECT_TRUE(req.resource_type == "Fetch" || req.resource_type == "XHR") << req.resource_type;
      EXPECT_FALSE(req.navigation);
    }
    if (req.url == "http://shop.test/list") {
      EXPECT_TRUE(req.navigation);
    }
  }
  EXPECT_EQ(r->requests, static_cast<int>(loader.seen().size()));
  // PNG signature, then IHDR's width (big-endian) at offset 16.
  const std::string& png = r->screenshot_png;
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  const auto byte = [&](int i) { return static_cast<unsigned>(static_cast<unsigned char>(png[i])); };
  EXPECT_EQ(byte(16) << 24 | byte(17) << 16 | byte(18) << 8 | byte(19), 1280u);
  // The crawler crops an item from its box.
  const std::size_t at = r->dom_html.find("data-lantian-box=\"", r->dom_html.find("class=\"item\""));
  int x, y, w, h;
  ASSERT_EQ(std::sscanf(r->dom_html.c_str() + at, "data-lantian-box=\"%d,%d,%d,%d\"", &x, &y, &w, &h), 4);
  Result<std::string> item = CropPng(png, x, y, w, h);
  EXPECT_TRUE(item.ok()) << item.status().message();
}

TEST_F(BrowserTest, RedirectHopsEachGoThroughTheLoaderAndPdfIsPrinted) {
  FakeLoader loader;
  loader.Redirect("http://shop.test/old", "http://shop.test/new");
  loader.Serve("http://shop.test/new", "text/html", "<title>new</title><p>moved here</p>");
  RenderOptions options;
  options.pdf = true;
  const RenderResult r = RenderPage("http://shop.test/old", loader, options);
  EXPECT_EQ(r.pdf.substr(0, 5), "%PDF-") << AllNotes(r);
  EXPECT_TRUE(loader.Saw("http://shop.test/old"));
  EXPECT_TRUE(loader.Saw("http://shop.test/new"));
  for (const PageRequest& req : loader.seen()) {
    // Both hops are navigations; Chromium's own favicon fetch is not.
    if (req.url != "http://shop.test/favicon.ico") {
      EXPECT_TRUE(req.navigation) << req.url;
    }
  }
  EXPECT_EQ(r.final_url, "http://shop.test/new");
  EXPECT_NE(r.dom_html.find("moved here"), std::string::npos);
}

TEST_F(BrowserTest, RefusedSubresourceAndRedirectTargetAreNoted) {
  FakeLoader loader;
  loader.Serve("http://shop.test/page", "text/html",
               "<title>p</title><p>body text</p><script src=\"http://10.0.0.1/x.js\"></script>"
               "<iframe src=\"http://shop.test/hop\"></iframe>");
  loader.Refuse("http://10.0.0.1/x.js", "address 10.0.0.1 is private");
  loader.Redirect("http://shop.test/hop", "http://127.0.0.1/admin");
  loader.Refuse("http://127.0.0.1/admin", "address 127.0.0.1 is loopback");
  const RenderResult r = RenderPage("http://shop.test/page", loader);
  EXPECT_TRUE(HasNote(r, "refused http://10.0.0.1/x.js: address 10.0.0.1 is private")) << AllNotes(r);
  EXPECT_TRUE(HasNote(r, "refused http://127.0.0.1/admin: address 127.0.0.1 is loopback")) << AllNotes(r);
  EXPECT_EQ(r.refused, 2);
  EXPECT_NE(r.dom_html.find("body text"), std::string::npos);
}

TEST_F(BrowserTest, NeverFinishingPageIsTakenAtTheTimeout) {
  FakeLoader loader;
  loader.Serve("http://shop.test/slow", "text/html",
               "<title>slow</title><p>partial</p><script>fetch('/never').catch(() => {});"
               "setInterval(() => fetch('/tick?' + Date.now()).catch(() => {}), 100);</script>");
  loader.Hang("http://shop.test/never");
  RenderOptions options;
  options.page_timeout = milliseconds(3000);
  const auto start = std::chrono::steady_clock::now();
  Result<RenderResult> r = browser_->Render("http://shop.test/slow", loader, options);
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_LT(took, std::chrono::seconds(6));
  EXPECT_TRUE(r->timed_out);
  EXPECT_TRUE(HasNote(*r, "load did not finish in 3 s; DOM taken as it was")) << AllNotes(*r);
  EXPECT_TRUE(HasNote(*r, "unanswered when the page was taken, failed: http://shop.test/never")) << AllNotes(*r);
  EXPECT_NE(r->dom_html.find("partial"), std::string::npos);
}

TEST_F(BrowserTest, RequestCapRefusesTheRestWithOneNote) {
  FakeLoader loader;
  loader.Serve("http://shop.test/many", "text/html",
               "<title>many</title><p>images</p><script>for (let i = 0; i < 1000; i++) {"
               " const im = document.createElement('img'); im.src = '/img/' + i + '.png';"
               " document.body.appendChild(im); }</script>");
  RenderOptions options;
  options.max_requests = 50;
  const RenderResult r = RenderPage("http://shop.test/many", loader, options);
  EXPECT_EQ(r.requests, 50);
  EXPECT_LE(loader.seen().size(), 50u);
  EXPECT_GE(r.refused, 900) << AllNotes(r);
  EXPECT_TRUE(HasNote(r, "request cap 50 reached: ")) << AllNotes(r);
  EXPECT_NE(r.dom_html.find("images"), std::string::npos);
}

TEST_F(BrowserTest, DownloadIsRefusedWithANote) {
  FakeLoader loader;
  loader.Serve("http://shop.test/dl", "text/html",
               "<title>dl</title><a id=a href=\"/report.zip\" download>get</a>"
               "<script>document.getElementById('a').click();"
               "const b = document.createElement('a'); b.href = URL.createObjectURL(new Blob(['x']));"
               "b.download = 'blob.txt'; document.body.appendChild(b); b.click();</script>");
  loader.Serve("http://shop.test/report.zip", "application/zip", std::string("PK\3\4", 4), 200,
               {{"Content-Disposition", "attachment; filename=report.zip"}});
  const RenderResult r = RenderPage("http://shop.test/dl", loader);
  EXPECT_TRUE(HasNote(r, "download refused: http://shop.test/report.zip")) << AllNotes(r);
  EXPECT_TRUE(HasNote(r, "download refused: blob:")) << AllNotes(r);
  EXPECT_NE(r.dom_html.find(">get<"), std::string::npos);
}

TEST_F(BrowserTest, DialogsAreDismissedAndPopupsNotFollowed) {
  FakeLoader loader;
  loader.Serve("http://shop.test/annoy", "text/html",
               "<title>annoy</title><p>still here</p><script>alert('hello');"
               "window.open('http://popup.test/ad');</script>");
  const RenderResult r = RenderPage("http://shop.test/annoy", loader);
  EXPECT_TRUE(HasNote(r, "dialog dismissed: alert: hello")) << AllNotes(r);
  EXPECT_TRUE(HasNote(r, "popup not followed: http://popup.test/ad")) << AllNotes(r);
  EXPECT_FALSE(loader.Saw("http://popup.test/ad"));
  EXPECT_NE(r.dom_html.find("still here"), std::string::npos);
}

// A dedicated worker's fetch is paused by the tab's Fetch domain too, so it
// reaches the loader like the page's own requests.
TEST_F(BrowserTest, WorkerFetchGoesThroughTheLoader) {
  FakeLoader loader;
  loader.Serve("http://shop.test/w", "text/html",
               "<title>w</title><p id=out>waiting</p><script>const w = new Worker('/w.js');"
               "w.onmessage = e => { document.getElementById('out').textContent = e.data; };</script>");
  loader.Serve("http://shop.test/w.js", "text/javascript",
               "fetch('/api/w.json').then(r => r.text()).then(t => postMessage('got ' + t),"
               " () => postMessage('fetch failed'));");
  loader.Serve("http://shop.test/api/w.json", "application/json", "\"from-loader\"");
  const RenderResult r = RenderPage("http://shop.test/w", loader);
  EXPECT_TRUE(loader.Saw("http://shop.test/w.js"));
  EXPECT_TRUE(loader.Saw("http://shop.test/api/w.json"));
  EXPECT_NE(r.dom_html.find("got \"from-loader\""), std::string::npos) << r.dom_html;
}

TEST_F(BrowserTest, TwoRendersRunInParallelTabs) {
  FakeLoader a, b;
  ServeListing(a, "http://a.test", 5);
  ServeListing(b, "http://b.test", 7);
  Result<RenderResult> ra = Status::Internal("not run"), rb = Status::Internal("not run");
  RenderOptions options;
  {
    std::thread ta([&] { ra = browser_->Render("http://a.test/list", a, options); });
    std::thread tb([&] { rb = browser_->Render("http://b.test/list", b, options); });
    ta.join();
    tb.join();
  }
  ASSERT_TRUE(ra.ok()) << ra.status().message();
  ASSERT_TRUE(rb.ok()) << rb.status().message();
  EXPECT_NE(ra->dom_html.find("仿冒手表 4 号"), std::string::npos);
  EXPECT_EQ(ra->dom_html.find("仿冒手表 6 号"), std::string::npos);
  EXPECT_NE(rb->dom_html.find("仿冒手表 6 号"), std::string::npos);
  EXPECT_FALSE(a.Saw("http://b.test/list"));
}

TEST(BrowserLaunchTest, MissingBinaryIsAnErrorNamingIt) {
  BrowserOptions options;
  options.chromium = "/nonexistent/chromium-xyz";
  EXPECT_FALSE(Browser::Available(options.chromium));
  auto launched = Browser::Launch(options);
  ASSERT_FALSE(launched.ok());
  EXPECT_EQ(launched.status().message(), "/nonexistent/chromium-xyz: no executable chromium there");
}

TEST(BrowserLaunchTest, BinaryThatExitsAtOnceIsAnError) {
  BrowserOptions options;
  options.chromium = "/bin/false";
  auto launched = Browser::Launch(options);
  ASSERT_FALSE(launched.ok());
  EXPECT_EQ(launched.status().message().rfind("/bin/false: did not start: Browser.getVersion: /bin/false (pid ", 0),
            0u)
      << launched.status().message();
}

// Kills the browser at the page's first request: a browser crash mid-page.
class KillingLoader : public ResourceLoader {
 public:
  explicit KillingLoader(int pid) : pid_(pid) {}
  void Start(PageRequest) override { ::kill(pid_, SIGKILL); }
  std::vector<std::pair<std::uint64_t, PageResponse>> Poll(milliseconds) override { return {}; }

 private:
  int pid_;
};

TEST(BrowserLaunchTest, CrashedBrowserIsAClearErrorNotAHang) {
  if (!Browser::Available()) GTEST_SKIP() << "/usr/bin/chromium is not installed (scripts/setup installs it)";
  auto browser = Browser::Launch({});
  ASSERT_TRUE(browser.ok()) << browser.status().message();
  KillingLoader loader((*browser)->pid());
  const auto start = std::chrono::steady_clock::now();
  Result<RenderResult> r = (*browser)->Render("http://shop.test/crash", loader, RenderOptions{});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  ASSERT_FALSE(r.ok());
  const std::string& message = r.status().message();
  EXPECT_EQ(message.rfind("rendering http://shop.test/crash: /usr/bin/chromium (pid ", 0), 0u) << message;
  EXPECT_NE(message.find("exited or closed its DevTools pipe"), std::string::npos) << message;
  // Later calls fail at once, with the same cause.
  Result<RenderResult> again = (*browser)->Render("http://shop.test/next", loader, RenderOptions{});
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.status().message().find("exited or closed its DevTools pipe"), std::string::npos);
}

}  // namespace
}  // namespace lantian::render
