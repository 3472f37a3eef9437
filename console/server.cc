#include "console/server.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <optional>
#include <string>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "base/mutex.h"
#include "base/sha256.h"
#include "base/thread_annotations.h"
#include "base/time.h"
#include "console/api.h"
#include "console/internal/assets.h"
#include "console/password.h"
#include "console/users.h"
#include "store/bundle/bundle.h"
#include "store/bundle/export.h"
#include "store/bundle/signing.h"
#include "store/daemon_state.h"
#include "store/store.h"

namespace lantian::console {
namespace {

using nlohmann::json;

// console/API.md "Rules for every route".
constexpr const char* kPageCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
// A captured page is hostile HTML: an opaque origin, no script.
constexpr const char* kCaptureCsp = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";
// Writes of last_seen are skipped within this of the previous one: a page
// load makes many requests, and idle expiry (30 min) needs no finer grain.
constexpr int64_t kTouchEveryMs = 60 * 1000;

void Send(httplib::Response& res, const ApiResponse& r) {
  res.status = r.status;
  res.set_content(r.body, r.content_type.c_str());
}

void SendError(httplib::Response& res, int status, std::string_view message) {
  Send(res, ErrorResponse(status, message));
}

std::optional<int64_t> PathId(const httplib::Request& req) {
  if (req.matches.size() < 2) return std::nullopt;
  const std::string s = req.matches[1];
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

Query QueryOf(const httplib::Request& req) {
  Query q;
  for (const auto& [k, v] : req.params) q.emplace(k, v);  // a repeated key: its first value
  return q;
}

bool StateChanging(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

// Pages and scripts the sign-in page needs (API.md): answered without a session.
bool PublicAsset(const std::string& path) {
  return path == "/" || path == "/index.html" || path == "/favicon.svg" ||
         (path.find('/', 1) == std::string::npos && (path.ends_with(".js") || path.ends_with(".css")));
}

}  // namespace

// Who a request is from, once its session checked out.
struct Principal {
  std::string user;
  Role role = Role::kAnalyst;
  std::string csrf;
  std::string session_sha256;
};

class ConsoleServer::Impl {
 public:
  Impl(ServeOptions options, std::unique_ptr<store::Store> store, std::unique_ptr<httplib::Server> http, bool tls)
      : options_(std::move(options)), tls_(tls), http_(std::move(http)), store_(std::move(store)) {}

  using Handler = std::function<void(const httplib::Request&, httplib::Response&, const Principal&)>;

  int64_t Now() const { return options_.now_ms ? options_.now_ms() : base::UnixMsNow(); }

  // The request's session, or nullopt (expired sessions are removed).
  std::optional<Principal> Authenticate(const httplib::Request& req) {
    const std::string id = CookieValue(req.get_header_value("Cookie"), "lt_session");
    if (id.size() != 64) return std::nullopt;
    const std::string key = base::Sha256Hex(id);
    const int64_t now = Now();
    base::MutexLock lock(&store_mu_);
    auto session = store_->GetSession(key);
    if (!session.ok() || !session->has_value()) return std::nullopt;
    if (!SessionAlive(**session, now, options_.auth)) {
      (void)store_->EndSession(key);  // best effort: the session is refused either way
      return std::nullopt;
    }
    auto user = store_->GetUser((*session)->user);
    if (!user.ok() || !user->has_value() || (*user)->disabled) return std::nullopt;
    auto role = ParseRole((*user)->role);
    if (!role) return std::nullopt;
    auto last = base::ParseRfc3339((*session)->last_seen);
    if (!last.ok() || now - last->epoch_seconds * 1000 >= kTouchEveryMs) {
      // Not fatal: a failed touch only shortens the session's idle life.
      (void)store_->TouchSession(key, base::FormatRfc3339UtcMs(now));
    }
    return Principal{(*session)->user, *role, (*session)->csrf, key};
  }

  // Wraps a route: session (401), Origin and CSRF for state changes (403),
  // role (403), then the handler.
  httplib::Server::Handler Guard(Role need, Handler handler) {
    return [this, need, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
      auto who = Authenticate(req);
      if (!who) return SendError(res, 401, "not signed in");
      if (StateChanging(req.method)) {
        if (!OriginAllowed(req.get_header_value("Origin"), req.get_header_value("Host"), tls_)) {
          return SendError(res, 403, "cross-origin request refused");
        }
        if (!TokensEqual(req.get_header_value("X-CSRF-Token"), who->csrf)) {
          return SendError(res, 403, "bad or missing CSRF token");
        }
      }
      if (!RoleAtLeast(who->role, need)) {
        return SendError(res, 403, std::string("needs role ") + RoleName(need));
      }
      handler(req, res, *who);
    };
  }

  // Runs `fn(store)` under the store mutex.
  template <typename Fn>
  ApiResponse WithStore(Fn fn) {
    base::MutexLock lock(&store_mu_);
    return fn(*store_);
  }

  void SignIn(const httplib::Request& req, httplib::Response& res) {
    if (!OriginAllowed(req.get_header_value("Origin"), req.get_header_value("Host"), tls_)) {
      return SendError(res, 403, "cross-origin request refused");
    }
    json body = json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("name") || !body["name"].is_string() ||
        !body.contains("password") || !body["password"].is_string()) {
      return SendError(res, 400, "body: expected {\"name\",\"password\"}");
    }
    const std::string name = body["name"].get<std::string>();
    const std::string password = body["password"].get<std::string>();
    const std::string address = req.remote_addr;
    const int64_t now = Now();
    const std::string since =
        base::FormatRfc3339UtcMs(now - options_.auth.failure_window_ms - options_.auth.lockout_ms);
    std::optional<store::UserRecord> user;
    {
      base::MutexLock lock(&store_mu_);
      auto by_account = store_->SignInFailuresSince(name, false, since);
      auto by_address = store_->SignInFailuresSince(address, true, since);
      if (!by_account.ok()) return SendError(res, 500, by_account.status().message());
      if (!by_address.ok()) return SendError(res, 500, by_address.status().message());
      const int64_t wait = std::max(LockedSeconds(*by_account, now, options_.auth),
                                    LockedSeconds(*by_address, now, options_.auth));
      if (wait > 0) {
        res.set_header("Retry-After", std::to_string(wait));
        return SendError(res, 429, "too many failed sign-ins; try again in " + std::to_string(wait) + " s");
      }
      auto found = store_->GetUser(name);
      if (!found.ok()) return SendError(res, 500, found.status().message());
      user = std::move(*found);
    }
    bool ok = false;
    {
      // One Argon2id at a time (256 MiB each at the moderate cost), and
      // outside the store mutex so sign-ins never stall the queue. Unknown
      // or disabled accounts are checked against a dummy hash, so the time
      // taken does not tell which names exist.
      base::MutexLock lock(&kdf_mu_);
      const bool usable = user && !user->disabled;
      ok = VerifyPassword(usable ? user->password_hash : DummyHash(), password) && usable;
    }
    base::MutexLock lock(&store_mu_);
    if (!ok) {
      Status s = store_->AddSignInFailure(name, address, base::FormatRfc3339UtcMs(now));
      if (!s.ok()) return SendError(res, 500, s.message());
      return SendError(res, 401, "wrong name or password");
    }
    const std::string id = NewToken();
    store::SessionRecord session = NewSession(id, name, now, options_.auth);
    if (Status s = store_->BeginSession(session); !s.ok()) return SendError(res, 500, s.message());
    (void)store_->EndSessionsExpiredBefore(base::FormatRfc3339UtcMs(now));  // housekeeping only
    res.set_header("Set-Cookie", SessionCookie(id, tls_));
    Send(res, ApiResponse{200, json{{"user", {{"name", name}, {"role", user->role}}}, {"csrf", session.csrf}}.dump()});
  }

  // POST /api/v1/exports {"item_ids":[...]}: a signed bundle of those items'
  // confirmed hits, written and chained by store::ExportHits (the call
  // `lantian export` makes), then verified; the hits move to reported.
  void Export(const httplib::Request& req, httplib::Response& res, const Principal& who) {
    json body = json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("item_ids") || !body["item_ids"].is_array() ||
        body["item_ids"].empty()) {
      return SendError(res, 400, "body: expected {\"item_ids\":[...]} with at least one id");
    }
    store::ExportRequest request;
    for (const auto& id : body["item_ids"]) {
      if (!id.is_number_integer()) return SendError(res, 400, "item_ids: expected integers");
      request.item_ids.push_back(id.get<int64_t>());
    }
    if (options_.export_config_path.empty()) return SendError(res, 409, "no export config: start serve with one");
    auto cfg = store::LoadExportConfig(options_.export_config_path);
    if (!cfg.ok()) return SendError(res, 409, cfg.status().message());
    if (cfg->key_path.empty()) return SendError(res, 409, "no signing key: set export.key in " + options_.export_config_path);
    auto key = store::SigningKey::LoadPem(cfg->key_path);
    if (!key.ok()) return SendError(res, 409, key.status().message());
    std::string dir = options_.exports_dir;
    if (dir.empty()) {
      // Beside a SQLite file; ./exports for a store on a server.
      std::filesystem::path parent = store::IsServerStore(options_.db_path)
                                         ? std::filesystem::path()
                                         : std::filesystem::path(options_.db_path).parent_path();
      dir = (parent.empty() ? std::filesystem::path("exports") : parent / "exports").string();
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return SendError(res, 500, dir + ": cannot create: " + ec.message());
    const int64_t now = Now();
    std::string stamp = base::FormatRfc3339Utc(now / 1000);
    std::erase(stamp, ':');
    request.out_path = dir + "/bundle-" + stamp + "-" + who.user + "-" + NewToken().substr(0, 8) + ".zip";
    request.status = store::HitStatus::kConfirmed;
    request.actor = who.user;
    request.bundle.route = cfg->route;
    request.bundle.sender = cfg->sender;
    request.bundle.attachments = cfg->attachments;
    request.bundle.notices_dir = options_.notices_dir;
    request.bundle.title = cfg->title;
    request.bundle.software = options_.software;
    if (Status ok = store::CheckSendable(request.bundle, request.out_path, false); !ok.ok()) {
      return SendError(res, 409, ok.message());
    }
    request.bundle.key = &*key;
    base::MutexLock lock(&store_mu_);
    auto result = store::ExportHits(*store_, request);
    if (!result.ok()) {
      const bool none = result.status().code() == Status::Code::kNotFound;
      return SendError(res, none ? 409 : 500, result.status().message());
    }
    auto report = store::VerifyBundle(request.out_path, store::BundleVerifyOptions{});
    json failures = json::array();
    if (report.ok()) {
      for (const auto& f : report->failures) failures.push_back(f);
    } else {
      failures.push_back(report.status().message());
    }
    const std::string id = std::to_string(result->export_id);
    Send(res, ApiResponse{200, json{{"export", {{"id", result->export_id},
                                                 {"path", request.out_path},
                                                 {"download", "/api/v1/exports/" + id + "/download"},
                                                 {"verify", {{"ok", failures.empty()}, {"failures", failures}}}}}}
                                   .dump()});
  }

  const std::string& DummyHash() EXCLUSIVE_LOCKS_REQUIRED(kdf_mu_) {
    if (dummy_hash_.empty()) {
      auto h = HashPassword(NewToken(), KdfCost::kInteractive);
      dummy_hash_ = h.ok() ? *h : "$argon2id$invalid";
    }
    return dummy_hash_;
  }

  void RegisterRoutes() {
    httplib::Server& s = *http_;
    s.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("{\"ok\":true}", "application/json; charset=utf-8");
    });
    s.Post("/api/v1/session", [this](const httplib::Request& req, httplib::Response& res) { SignIn(req, res); });
    s.Delete("/api/v1/session", Guard(Role::kAnalyst, [this](const httplib::Request&, httplib::Response& res,
                                                             const Principal& who) {
               {
                 base::MutexLock lock(&store_mu_);
                 if (Status st = store_->EndSession(who.session_sha256); !st.ok()) {
                   return SendError(res, 500, st.message());
                 }
               }
               res.set_header("Set-Cookie", SessionCookie("", tls_));
               res.set_content("{\"ok\":true}", "application/json; charset=utf-8");
             }));
    s.Get("/api/v1/me", Guard(Role::kAnalyst, [](const httplib::Request&, httplib::Response& res,
                                                 const Principal& who) {
            Send(res, ApiResponse{200, json{{"user", {{"name", who.user}, {"role", RoleName(who.role)}}},
                                            {"csrf", who.csrf}}
                                           .dump()});
          }));
    s.Get("/api/v1/findings", Guard(Role::kAnalyst, [this](const httplib::Request& req, httplib::Response& res,
                                                           const Principal&) {
            Send(res, WithStore([&](store::Store& st) { return ListFindings(st, QueryOf(req)); }));
          }));
    s.Get(R"(/api/v1/findings/(\d+))", Guard(Role::kAnalyst, [this](const httplib::Request& req,
                                                                    httplib::Response& res, const Principal&) {
            auto id = PathId(req);
            if (!id) return SendError(res, 404, "no such finding");
            Send(res, WithStore([&](store::Store& st) { return GetFinding(st, *id); }));
          }));
    s.Post(R"(/api/v1/findings/(\d+)/review)", Guard(Role::kAnalyst, [this](const httplib::Request& req,
                                                                           httplib::Response& res,
                                                                           const Principal& who) {
             auto id = PathId(req);
             if (!id) return SendError(res, 404, "no such finding");
             Send(res, WithStore([&](store::Store& st) { return ReviewFinding(st, *id, who.user, req.body); }));
           }));
    s.Post(R"(/api/v1/findings/(\d+)/undo)", Guard(Role::kAnalyst, [this](const httplib::Request& req,
                                                                         httplib::Response& res,
                                                                         const Principal& who) {
             auto id = PathId(req);
             if (!id) return SendError(res, 404, "no such finding");
             Send(res, WithStore([&](store::Store& st) { return UndoReview(st, *id, who.user); }));
           }));
    s.Get(R"(/api/v1/captures/(\d+)/page)", Guard(Role::kAnalyst, [this](const httplib::Request& req,
                                                                         httplib::Response& res, const Principal&) {
            auto id = PathId(req);
            if (!id) return SendError(res, 404, "no such capture");
            Send(res, WithStore([&](store::Store& st) { return CapturePage(st, *id); }));
          }));
    s.Get("/api/v1/offenders", Guard(Role::kAnalyst, [this](const httplib::Request& req, httplib::Response& res,
                                                            const Principal&) {
            Send(res, WithStore([&](store::Store& st) { return ListOffenders(st, QueryOf(req)); }));
          }));
    s.Get(R"(/api/v1/offenders/(\d+))", Guard(Role::kAnalyst, [this](const httplib::Request& req,
                                                                     httplib::Response& res, const Principal&) {
            auto id = PathId(req);
            if (!id) return SendError(res, 404, "no such offender");
            Send(res, WithStore([&](store::Store& st) { return GetOffender(st, *id); }));
          }));
    s.Get("/api/v1/stats", Guard(Role::kAnalyst, [this](const httplib::Request& req, httplib::Response& res,
                                                        const Principal&) {
            const int64_t now = Now();
            Send(res, WithStore([&](store::Store& st) { return Stats(st, QueryOf(req), now); }));
          }));
    s.Get("/api/v1/sweeps", Guard(Role::kAnalyst, [this](const httplib::Request&, httplib::Response& res,
                                                         const Principal&) {
            Send(res, WithStore([&](store::Store& st) EXCLUSIVE_LOCKS_REQUIRED(store_mu_) {
              return ListSweeps(st, daemon_.get());
            }));
          }));
    s.Get("/api/v1/exports", Guard(Role::kAnalyst, [this](const httplib::Request&, httplib::Response& res,
                                                          const Principal&) {
            Send(res, WithStore([&](store::Store& st) { return ListExports(st); }));
          }));
    s.Post("/api/v1/exports", Guard(Role::kOfficer, [this](const httplib::Request& req, httplib::Response& res,
                                                           const Principal& who) { Export(req, res, who); }));
    s.Get(R"(/api/v1/exports/(\d+)/download)", Guard(Role::kOfficer, [this](const httplib::Request& req,
                                                                            httplib::Response& res, const Principal&) {
            auto id = PathId(req);
            if (!id) return SendError(res, 404, "no such export");
            std::string path;
            {
              base::MutexLock lock(&store_mu_);
              auto exports = store_->ListExports();
              if (!exports.ok()) return SendError(res, 500, exports.status().message());
              for (const auto& e : *exports) {
                if (e.id == *id) path = e.path;
              }
            }
            if (path.empty()) return SendError(res, 404, "export " + std::to_string(*id) + ": no such export");
            // Only files the store recorded as exports are served.
            std::ifstream in(path, std::ios::binary);
            if (!in) return SendError(res, 404, path + ": bundle file is gone");
            std::stringstream bytes;
            bytes << in.rdbuf();
            res.set_header("Content-Disposition",
                           "attachment; filename=\"" + std::filesystem::path(path).filename().string() + "\"");
            res.set_content(bytes.str(), "application/zip");
          }));
    s.Get("/api/v1/users", Guard(Role::kAdmin, [this](const httplib::Request&, httplib::Response& res,
                                                      const Principal&) {
            Send(res, WithStore([&](store::Store& st) { return ListUsers(st); }));
          }));
    // The embedded pages; the sign-in page's own files need no session.
    for (const internal::Asset& asset : internal::EmbeddedAssets()) {
      const std::string path(asset.path);
      auto serve = [asset](const httplib::Request&, httplib::Response& res) {
        res.set_content(asset.bytes.data(), asset.bytes.size(), std::string(asset.content_type).c_str());
      };
      const bool open = PublicAsset(path);
      auto handler = open ? httplib::Server::Handler(serve)
                          : Guard(Role::kAnalyst, [serve](const httplib::Request& req, httplib::Response& res,
                                                          const Principal&) { serve(req, res); });
      s.Get(path, handler);
      if (path == "/index.html") s.Get("/", handler);
    }
    // Anything else: no session, 401 (nothing answers without one); with
    // one, 404.
    auto unknown = Guard(Role::kAnalyst, [](const httplib::Request& req, httplib::Response& res, const Principal&) {
      SendError(res, 404, "no route " + req.method + " " + req.path);
    });
    s.Get(".*", unknown);
    s.Post(".*", unknown);
    s.Put(".*", unknown);
    s.Patch(".*", unknown);
    s.Delete(".*", unknown);
    s.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
      const bool capture = req.path.starts_with("/api/v1/captures/") && res.status == 200;
      res.set_header("Content-Security-Policy", capture ? kCaptureCsp : kPageCsp);
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_header("Referrer-Policy", "no-referrer");
      if (req.path.starts_with("/api/")) res.set_header("Cache-Control", "no-store");
    });
  }

  // Constant after construction
  const ServeOptions options_;
  const bool tls_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = 0;
  std::jthread thread_;

  // Why one mutex over one Store: a Store (its SQLite connection) belongs to
  // one thread at a time (STYLE.md §6), and cpp-httplib runs handlers on a
  // pool. A few dozen people make a few requests a second, each a few ms
  // (bench/console_bench: the 10,000-finding queue); serialising them costs
  // nothing they would notice and keeps one writer, the rule SQLite wants.
  base::Mutex store_mu_;
  std::unique_ptr<store::Store> store_ GUARDED_BY(store_mu_);
  // The daemon's job table in the same database (its own connection).
  std::unique_ptr<store::DaemonState> daemon_ GUARDED_BY(store_mu_);
  // Serialises password hashing (memory-hard: 256 MiB each).
  base::Mutex kdf_mu_;
  std::string dummy_hash_ GUARDED_BY(kdf_mu_);
};

ConsoleServer::ConsoleServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

ConsoleServer::~ConsoleServer() { Stop(); }

int ConsoleServer::port() const { return impl_->port_; }
bool ConsoleServer::tls() const { return impl_->tls_; }

void ConsoleServer::Stop() {
  if (impl_->thread_.joinable()) {
    impl_->http_->stop();
    impl_->thread_.join();
  }
}

Result<std::unique_ptr<ConsoleServer>> ConsoleServer::Start(const ServeOptions& options) {
  const std::string& listen = options.listen;
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    return Status::InvalidArgument("--listen \"" + listen + "\": expected HOST:PORT");
  }
  const std::string host = listen.substr(0, colon);
  int port = -1;
  const std::string port_text = listen.substr(colon + 1);
  auto [p, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc() || p != port_text.data() + port_text.size() || port < 0 || port > 65535) {
    return Status::InvalidArgument("--listen \"" + listen + "\": bad port");
  }
  if (options.tls_cert.empty() != options.tls_key.empty()) {
    return Status::InvalidArgument("--tls-cert and --tls-key go together");
  }
  store::StoreOptions store_options;
  store_options.db_path = options.db_path;
  store_options.create_if_missing = false;
  auto store = store::Store::Open(store_options);
  if (!store.ok()) return store.status();
  const bool tls = !options.tls_cert.empty();
  std::unique_ptr<httplib::Server> http;
  if (tls) {
    auto ssl = std::make_unique<httplib::SSLServer>(options.tls_cert.c_str(), options.tls_key.c_str());
    if (!ssl->is_valid()) {
      return Status::InvalidArgument(options.tls_cert + ", " + options.tls_key + ": cannot load the TLS certificate or key");
    }
    http = std::move(ssl);
  } else {
    http = std::make_unique<httplib::Server>();
  }
  http->set_payload_max_length(1 << 20);  // JSON bodies are small; refuse big ones
  // The daemon's schedule: in a SQLite store's file; for a store on a server,
  // in the daemon machine's lantian-daemon.db when serve runs beside it (else
  // the sweeps page shows sweeps without their jobs' schedules).
  std::unique_ptr<store::DaemonState> daemon;
  const std::string state_path = store::DaemonStatePath(options.db_path);
  std::error_code exists_error;
  if (!store::IsServerStore(options.db_path) || std::filesystem::exists(state_path, exists_error)) {
    auto opened = store::DaemonState::Open(state_path);
    if (!opened.ok()) return opened.status();
    daemon = std::move(*opened);
  }
  auto impl = std::make_unique<Impl>(options, std::move(*store), std::move(http), tls);
  {
    base::MutexLock lock(&impl->store_mu_);
    impl->daemon_ = std::move(daemon);
  }
  impl->RegisterRoutes();
  int bound = port;
  if (port == 0) {
    bound = impl->http_->bind_to_any_port(host);
  } else if (!impl->http_->bind_to_port(host, port)) {
    bound = -1;
  }
  if (bound <= 0) return Status::Unavailable("--listen \"" + listen + "\": cannot bind");
  impl->port_ = bound;
  Impl* raw = impl.get();
  impl->thread_ = std::jthread([raw] { raw->http_->listen_after_bind(); });
  // stop() is a no-op until the accept loop runs (see crawler/metrics.cc).
  while (!raw->http_->is_running()) std::this_thread::yield();
  return std::unique_ptr<ConsoleServer>(new ConsoleServer(std::move(impl)));
}

}  // namespace lantian::console
