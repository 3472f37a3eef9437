#pragma once

// `lantian serve`: the analyst console over HTTP (cpp-httplib), to the
// contract in console/API.md: sessions, CSRF and Origin checks, roles, the
// sign-in lockout, security headers, the embedded pages and the JSON routes
// of console/api.h.
//
//   auto server = console::ConsoleServer::Start({.listen = "127.0.0.1:0", .db_path = "lantian.db"});
//   (*server)->port();  // the bound port
//   (*server)->Stop();  // also done by the destructor
//
// Thread-safe: cpp-httplib answers requests on its worker threads. All
// store access goes through ONE read-write Store under one mutex (see
// server.cc for why); password hashing runs outside it.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "base/status.h"
#include "console/auth.h"

namespace lantian::console {

struct ServeOptions {
  // HOST:PORT to bind; port 0 = any free port. Default loopback only: the
  // console is opened to the office network on purpose, never by accident.
  std::string listen = "127.0.0.1:8080";
  // The evidence store. Default lantian.db in the current directory.
  std::string db_path = "lantian.db";
  // PEM certificate and key; both set = HTTPS (and Secure cookies).
  std::string tls_cert;
  std::string tls_key;
  // Exports (POST /api/v1/exports) as `lantian export` makes them: the
  // [export] TOML (sender, key, route; "" = exports refused), the notice
  // templates folder, and the folder bundles are written to ("" = exports/
  // beside the database).
  std::string export_config_path;
  std::string notices_dir;
  std::string exports_dir;
  // Written into bundles, e.g. "lantian 0.1.0".
  std::string software = "lantian";
  // Session lifetimes and the sign-in lockout (console/auth.h).
  AuthOptions auth;
  // Milliseconds since the epoch; empty = the system clock (tests pin it).
  std::function<int64_t()> now_ms;
};

class ConsoleServer {
 public:
  // Opens the store, binds and starts serving on a thread of its own.
  // Errors: the store's, or Unavailable "127.0.0.1:8080: cannot bind".
  [[nodiscard]] static Result<std::unique_ptr<ConsoleServer>> Start(const ServeOptions& options);

  ~ConsoleServer();
  ConsoleServer(const ConsoleServer&) = delete;
  ConsoleServer& operator=(const ConsoleServer&) = delete;

  // The bound port (the real one when listen asked for port 0).
  int port() const;
  bool tls() const;
  // Stops accepting, finishes running requests and joins. Idempotent.
  void Stop();

  class Impl;

 private:
  explicit ConsoleServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lantian::console
