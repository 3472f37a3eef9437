#include "crawler/render_pages.h"

#include <algorithm>
#include <array>
#include <map>
#include <thread>
#include <utility>

#include "base/mutex.h"
#include "base/strings.h"
#include "crawler/internal/exchange_hop.h"
#include "crawler/polite_fetcher.h"
#include "crawler/robots.h"
#include "crawler/url.h"
#include "render/browser.h"

namespace lantian::crawler {
namespace {

// Element ids single-page apps mount into (Vue, React, Next.js, Nuxt, uni-app, Angular).
constexpr std::array<std::string_view, 8> kAppRootIds = {"app", "root", "__next", "__nuxt",
                                                         "__layout", "main-app", "mount", "uni-app"};
// Globals a server fills with the page's data for a script to render.
constexpr std::array<std::string_view, 9> kScriptStates = {
    "window.__initial_state__", "__next_data__",    "window.__nuxt__",
    "__preloaded_state__",      "__apollo_state__", "window.rawdata",
    "window.__data__",          "__initial_data__", "window.g_page_config"};

constexpr std::size_t kShellScanBytes = 2u << 20;

// Whether the element whose start tag holds `id_at` (in lowered `html`) has
// nothing but white space before its end tag.
std::string EmptyElementAt(std::string_view html, std::size_t id_at) {
  const std::size_t open = html.rfind('<', id_at);
  if (open == std::string_view::npos) return "";
  std::size_t name_end = open + 1;
  auto name_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
  while (name_end < html.size() && name_char(html[name_end])) ++name_end;
  const std::string_view name = html.substr(open + 1, name_end - open - 1);
  if (name.empty()) return "";
  const std::size_t close = html.find('>', id_at);
  if (close == std::string_view::npos) return "";
  std::size_t at = close + 1;
  while (at < html.size() && base::IsAsciiSpace(html[at])) ++at;
  if (html.substr(at, 2 + name.size()) != "</" + std::string(name)) return "";
  return std::string(html.substr(open, close + 1 - open));
}

// "Name: value" lines of an HTTP response head (its status line skipped).
std::vector<std::pair<std::string, std::string>> HeaderFields(std::string_view head) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t at = head.find('\n');  // past the status line
  while (at != std::string_view::npos && at + 1 < head.size()) {
    const std::size_t end = head.find('\n', at + 1);
    std::string_view line = head.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1);
    at = end;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;
    out.emplace_back(std::string(base::TrimAscii(line.substr(0, colon))),
                     std::string(base::TrimAscii(line.substr(colon + 1))));
  }
  return out;
}

std::string MiB(std::size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

}  // namespace

std::optional<RenderMode> ParseRenderMode(std::string_view name) {
  if (name == "never") return RenderMode::kNever;
  if (name == "auto") return RenderMode::kAuto;
  if (name == "always") return RenderMode::kAlways;
  return std::nullopt;
}

const char* RenderModeName(RenderMode mode) {
  switch (mode) {
    case RenderMode::kNever:
      return "never";
    case RenderMode::kAuto:
      return "auto";
    case RenderMode::kAlways:
      return "always";
  }
  return "auto";
}

std::string ScriptShellReason(std::string_view html) {
  const std::string lower = base::AsciiLower(html.substr(0, std::min(html.size(), kShellScanBytes)));
  for (std::string_view state : kScriptStates) {
    const std::size_t at = lower.find(state);
    // A state assigned in a script, not a word in the text: "= {" or "=" follows soon.
    if (at != std::string::npos && lower.find('=', at) < at + state.size() + 4) {
      return "script state " + std::string(html.substr(at, state.size()));
    }
  }
  for (std::string_view id : kAppRootIds) {
    for (const std::string& quoted : {"id=\"" + std::string(id) + "\"", "id='" + std::string(id) + "'",
                                     "id=" + std::string(id) + ">", "id=" + std::string(id) + " "}) {
      for (std::size_t at = lower.find(quoted); at != std::string::npos; at = lower.find(quoted, at + 1)) {
        std::string tag = EmptyElementAt(lower, at);
        if (!tag.empty()) return "empty app root " + std::string(html.substr(lower.rfind('<', at), tag.size()));
      }
    }
  }
  if (const std::size_t at = lower.find("<app-root"); at != std::string::npos) {
    if (std::string tag = EmptyElementAt(lower, at + 1); !tag.empty()) return "empty app root <app-root>";
  }
  return "";
}

// ---- PageRenderer -----------------------------------------------------------

struct PageRenderer::Impl {
  RenderSettings settings;
  FetchOptions scope_fetch;  // the sweep's hosts: allow_private as the sweep says
  FetchOptions other_fetch;  // any other host: the address guard always on
  std::function<bool(const std::string&)> in_scope;
  std::string robots_token;

  base::Mutex launch_mu;
  bool launched GUARDED_BY(launch_mu) = false;
  Status launch_error GUARDED_BY(launch_mu);
  std::unique_ptr<render::Browser> browser GUARDED_BY(launch_mu);

  base::Mutex robots_mu;
  std::map<std::string, RobotsRules> robots GUARDED_BY(robots_mu);       // by HostKey
  std::map<std::string, std::string> unreachable GUARDED_BY(robots_mu);  // why robots.txt got no answer

  // The browser, launched on first use; an error when it cannot run here.
  Result<render::Browser*> EnsureBrowser() LOCKS_EXCLUDED(launch_mu) {
    base::MutexLock lock(&launch_mu);
    if (!launched) {
      launched = true;
      if (!render::Browser::Available(settings.chromium)) {
        launch_error = Status::Unavailable("rendering skipped: no browser at " + settings.chromium +
                                           " (install Debian's chromium, or set crawler.chromium)");
      } else {
        render::BrowserOptions o;
        o.chromium = settings.chromium;
        o.tabs = std::max(1, settings.tabs);
        o.user_agent = scope_fetch.user_agent;
        auto b = render::Browser::Launch(o);
        if (b.ok()) {
          browser = std::move(*b);
        } else {
          launch_error = Status::Unavailable("rendering skipped: " + b.status().message());
        }
      }
    }
    if (!browser) return launch_error;
    return browser.get();
  }

  // Why robots.txt of `url`'s origin keeps the browser from it, or "";
  // robots.txt is asked for once per origin the sweep has not asked yet
  // (RFC 9309: 4xx allows all, 5xx or no answer disallows all).
  std::string RobotsRefusal(const std::string& url, const UrlParts& parts, bool scope) LOCKS_EXCLUDED(robots_mu) {
    auto host_key = HostKey(url);
    if (!host_key.ok()) return host_key.status().message();
    const std::string& key = *host_key;
    base::MutexLock lock(&robots_mu);
    auto it = robots.find(key);
    if (it == robots.end()) {
      Fetcher fetcher(scope ? scope_fetch : other_fetch);
      FetchRequest req;
      req.url = PoliteFetcher::OriginOf(url) + "/robots.txt";
      req.robots_txt = true;
      FetchResult r = fetcher.FetchBlocking(std::move(req));
      std::string why;
      const RobotsAccess access = ClassifyRobotsFetch(r, &why);
      RobotsRules rules = RulesFor(access, r.body, robots_token);
      if (access == RobotsAccess::kUnreachable) {
        unreachable[key] = !r.refused_address.empty() ? "address_refused: the address guard refused " + r.refused_address
                                                      : std::string(FetchOutcomeName(r.outcome)) + ": " + why;
      }
      it = robots.emplace(key, std::move(rules)).first;
    }
    if (it->second.IsAllowed(parts.path_and_query)) return "";
    auto u = unreachable.find(key);
    return u == unreachable.end() ? "robots.txt disallows it" : "robots.txt unreachable (" + u->second + ")";
  }
};

namespace {

// Answers one page's requests: the navigation to the page from the fetch
// already made, every other request through the crawler's fetcher after the
// scope, robots.txt and byte checks. Single-thread (the Render call's).
class SweepLoader final : public render::ResourceLoader {
 public:
  SweepLoader(PageRenderer::Impl& owner, const FetchResult& document) : owner_(owner), document_(document) {}

  void Start(render::PageRequest request) override {
    const FetchHop* last = document_.final_hop();
    if (!served_document_ && request.navigation && last != nullptr &&
        (request.url == last->url || request.url == document_.requested_url)) {
      served_document_ = true;
      render::PageResponse response;
      response.status = last->http_status;
      response.headers = HeaderFields(last->response_head);
      response.body = document_.body;
      ready_.emplace_back(request.id, std::move(response));
      return;
    }
    bool in_scope = false;
    std::string why = Refusal(request, &in_scope);
    if (!why.empty()) {
      Refuse(request.id, std::move(why));
      return;
    }
    FetchRequest fetch;
    fetch.id = request.id;
    fetch.url = request.url;
    for (const auto& [name, value] : request.headers) {
      const std::string lower = base::AsciiLower(name);
      if (lower == "accept" || lower == "referer" || lower == "accept-language") fetch.headers.push_back(name + ": " + value);
    }
    Fetcher& fetcher = in_scope ? ScopeFetcher() : OtherFetcher();
    if (Status s = fetcher.Start(std::move(fetch)); !s.ok()) Refuse(request.id, s.message());
  }

  std::vector<std::pair<std::uint64_t, render::PageResponse>> Poll(std::chrono::milliseconds max_wait) override {
    std::vector<std::pair<std::uint64_t, render::PageResponse>> out;
    out.swap(ready_);
    if (!out.empty()) return out;
    const int running = (scope_ ? scope_->in_flight() : 0) + (other_ ? other_->in_flight() : 0);
    if (running == 0) {
      std::this_thread::sleep_for(std::min(max_wait, std::chrono::milliseconds(20)));
      return out;
    }
    const auto wait = (scope_ && other_) ? max_wait / 2 : max_wait;
    for (Fetcher* f : {scope_.get(), other_.get()}) {
      if (f == nullptr || f->in_flight() == 0) continue;
      for (FetchResult& r : f->Poll(wait)) out.emplace_back(r.id, Answer(r));
    }
    return out;
  }

  std::vector<store::ExchangeHop> TakeExchanges() { return std::move(exchanges_); }

 private:
  // Why `request` is not fetched, or ""; `in_scope`: its host is one of the sweep's.
  std::string Refusal(const render::PageRequest& request, bool* in_scope) {
    if (request.method != "GET" && request.method != "HEAD") {
      return "method " + request.method + " is not sent by the crawler";
    }
    auto parts = ParseUrl(request.url);
    if (!parts.ok() || (parts->scheme != "http" && parts->scheme != "https")) return "not an http(s) URL";
    *in_scope = owner_.in_scope(parts->host);
    if (!*in_scope && !owner_.settings.other_hosts) {
      return "host " + parts->host + " is outside the sweep (crawler.render_other_hosts = false)";
    }
    if (bytes_ >= owner_.settings.max_page_bytes) {
      return "byte cap " + MiB(owner_.settings.max_page_bytes) + " for one page reached";
    }
    return owner_.RobotsRefusal(request.url, *parts, *in_scope);
  }

  void Refuse(std::uint64_t id, std::string why) {
    render::PageResponse response;
    response.refused = std::move(why);
    ready_.emplace_back(id, std::move(response));
  }

  render::PageResponse Answer(FetchResult& r) {
    render::PageResponse response;
    const FetchHop* last = r.final_hop();
    if (last == nullptr || last->http_status == 0 ||
        (r.outcome != FetchOutcome::kOk && r.outcome != FetchOutcome::kHttpError &&
         r.outcome != FetchOutcome::kTooLarge)) {
      response.refused = std::string(FetchOutcomeName(r.outcome)) +
                         (r.refused_address.empty() ? "" : " " + r.refused_address) +
                         (r.curl_error.empty() ? "" : ": " + r.curl_error);
      return response;
    }
    response.status = last->http_status;
    response.headers = HeaderFields(last->response_head);
    response.body = std::move(r.body);
    for (std::size_t i = 0; i < r.hops.size(); ++i) {
      bytes_ += r.hops[i].wire_body.size();
      exchanges_.push_back(internal::ToExchangeHop(std::move(r.hops[i]), r.outcome, i + 1 == r.hops.size()));
    }
    return response;
  }

  Fetcher& ScopeFetcher() { return Make(scope_, owner_.scope_fetch); }
  Fetcher& OtherFetcher() { return Make(other_, owner_.other_fetch); }
  static Fetcher& Make(std::unique_ptr<Fetcher>& slot, const FetchOptions& options) {
    if (!slot) {
      slot = std::make_unique<Fetcher>(options);
      // Redirects go back to the browser, which asks for the target: every hop is checked here.
      slot->SetRedirectCheck([](const std::string&) { return RedirectVerdict::kDefer; });
    }
    return *slot;
  }

  PageRenderer::Impl& owner_;
  const FetchResult& document_;
  bool served_document_ = false;
  std::size_t bytes_ = 0;
  std::unique_ptr<Fetcher> scope_, other_;
  std::vector<std::pair<std::uint64_t, render::PageResponse>> ready_;
  std::vector<store::ExchangeHop> exchanges_;
};

}  // namespace

PageRenderer::PageRenderer(RenderSettings settings, FetchOptions fetch,
                           std::function<bool(const std::string&)> in_scope, std::string robots_token)
    : impl_(std::make_unique<Impl>()) {
  impl_->settings = std::move(settings);
  fetch.decode_body = true;  // the browser gets decoded bodies
  fetch.max_in_flight = std::min(fetch.max_in_flight, 6);
  fetch.max_per_host = std::max(1, std::min(fetch.max_per_host, 2));
  impl_->scope_fetch = fetch;
  impl_->other_fetch = fetch;
  impl_->other_fetch.allow_private = false;
  impl_->in_scope = std::move(in_scope);
  impl_->robots_token = std::move(robots_token);
}

PageRenderer::~PageRenderer() = default;

const RenderSettings& PageRenderer::settings() const { return impl_->settings; }

void PageRenderer::ShareRobots(const std::string& host_key, const RobotsRules& rules) {
  base::MutexLock lock(&impl_->robots_mu);
  impl_->robots.insert_or_assign(host_key, rules);
}

Result<RenderedPage> PageRenderer::Render(const FetchResult& document) {
  auto browser = impl_->EnsureBrowser();
  if (!browser.ok()) return browser.status();
  const FetchHop* last = document.final_hop();
  if (last == nullptr) return Status::InvalidArgument(document.requested_url + ": nothing fetched to render");
  SweepLoader loader(*impl_, document);
  render::RenderOptions o;
  o.page_timeout = impl_->settings.page_timeout;
  o.max_requests = impl_->settings.max_requests;
  auto result = (*browser)->Render(last->url, loader, o);
  if (!result.ok()) return result.status().WithContext(last->url + ": rendering failed");
  RenderedPage page;
  page.final_url = std::move(result->final_url);
  page.dom_html = std::move(result->dom_html);
  page.screenshot_png = std::move(result->screenshot_png);
  page.notes = std::move(result->notes);
  page.timed_out = result->timed_out;
  page.requests = result->requests;
  page.refused = result->refused;
  page.subresources = loader.TakeExchanges();
  return page;
}

}  // namespace lantian::crawler
