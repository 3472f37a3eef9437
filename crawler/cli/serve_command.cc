// `lantian serve [--listen 127.0.0.1:8080] [--db PATH] [--config FILE]
//                [--tls-cert PEM --tls-key PEM]`: the analyst console
// (console/server.h) until SIGINT or SIGTERM.

#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "console/server.h"
#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"

namespace lantian::cli {
namespace {

struct ServeFlags {
  std::string listen = "127.0.0.1:8080";
  std::string db = "lantian.db";
  std::string config;
  std::string tls_cert;
  std::string tls_key;
  std::string export_config;
};

bool Loopback(const std::string& listen) {
  const std::string host = listen.substr(0, listen.rfind(':'));
  return host == "localhost" || host.starts_with("127.") || host == "::1" || host == "[::1]";
}

int RunServeCommand(const ServeFlags& flags) {
  // Blocked before the server's threads start, so they inherit the mask
  // and this thread alone takes the signal in sigwait.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  if (!flags.config.empty()) {
    std::FILE* f = std::fopen(flags.config.c_str(), "r");
    if (f == nullptr) {
      std::fprintf(stderr, "lantian serve: %s: cannot read the config\n", flags.config.c_str());
      return 2;
    }
    std::fclose(f);
  }
  console::ServeOptions options;
  options.listen = flags.listen;
  options.db_path = flags.db;
  options.tls_cert = flags.tls_cert;
  options.tls_key = flags.tls_key;
  // Exports as `lantian export` makes them, from the same config folder.
  const std::string config_dir = DefaultConfigDir();
  options.export_config_path = flags.export_config.empty() ? config_dir + "/notices/export.toml" : flags.export_config;
  options.notices_dir = config_dir + "/notices";
  options.software = std::string("lantian ") + LANTIAN_VERSION;
  auto server = console::ConsoleServer::Start(options);
  if (!server.ok()) {
    std::fprintf(stderr, "lantian serve: %s\n", server.status().message().c_str());
    return 2;
  }
  const bool tls = (*server)->tls();
  if (!Loopback(flags.listen) && !tls) {
    std::fprintf(stderr,
                 "lantian serve: warning: listening on %s without TLS: passwords and session cookies "
                 "cross the network in clear text (use --tls-cert and --tls-key)\n",
                 flags.listen.c_str());
  }
  const std::string host = flags.listen.substr(0, flags.listen.rfind(':'));
  std::fprintf(stderr, "lantian serve: listening on %s://%s:%d\n", tls ? "https" : "http", host.c_str(),
               (*server)->port());
  std::fflush(stderr);
  int sig = 0;
  sigwait(&stop_signals, &sig);
  (*server)->Stop();
  std::fprintf(stderr, "lantian serve: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
  return 0;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand("serve", "The analyst console (web) over the evidence store");
  cmd->add_option("--listen", flags->listen, "HOST:PORT (default 127.0.0.1:8080; port 0 = any free port)");
  AddDbOption(*cmd, flags->db);
  cmd->add_option("--config", flags->config, "lantian.toml (checked to be readable; the console reads no key of it yet)");
  cmd->add_option("--export-config", flags->export_config,
                  "TOML with an [export] table for POST /api/v1/exports (default config/notices/export.toml)");
  cmd->add_option("--tls-cert", flags->tls_cert, "PEM certificate: serve HTTPS");
  cmd->add_option("--tls-key", flags->tls_key, "PEM private key for --tls-cert");
  cmd->callback([flags, &exit_code] { exit_code = RunServeCommand(*flags); });
}

}  // namespace lantian::cli
