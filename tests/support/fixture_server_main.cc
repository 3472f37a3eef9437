// fixture_server: the test fixture HTTP server as a standalone process, for
// the demo, integration tests and benchmarks. Serves until SIGTERM/SIGINT.
//   fixture_server --root DIR [--bind 127.0.0.2] [--port 0] [--robots FILE] [--log FILE] [--pages N] [--shop-items N] [--latency-ms N]
// Prints "listening ADDR:PORT" on stdout once bound.

#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/support/fixture_server.h"

int main(int argc, char** argv) {
  lantian::testing::FixtureServer::Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "fixture_server: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--root") {
      options.root = value();
    } else if (arg == "--bind") {
      options.bind = value();
    } else if (arg == "--port") {
      options.port = std::atoi(value().c_str());
    } else if (arg == "--robots") {
      const std::string path = value();
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "fixture_server: cannot read %s\n", path.c_str());
        return 2;
      }
      options.robots.assign(std::istreambuf_iterator<char>(in), {});
    } else if (arg == "--log") {
      options.log_path = value();
    } else if (arg == "--pages") {
      options.pages = std::atoi(value().c_str());
    } else if (arg == "--shop-items") {
      options.shop_items = std::atoi(value().c_str());
    } else if (arg == "--latency-ms") {
      options.latency_ms = std::atoi(value().c_str());
    } else {
      std::fprintf(stderr,
                   "usage: fixture_server [--root DIR] [--bind ADDR] [--port N] [--robots FILE] [--log FILE] "
                   "[--pages N] [--shop-items N] [--latency-ms N]\n");
      return 2;
    }
  }
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);  // threads inherit the mask; sigwait below
  auto server = lantian::testing::FixtureServer::Start(options);
  if (!server.ok()) {
    std::fprintf(stderr, "fixture_server: %s\n", server.status().message().c_str());
    return 1;
  }
  std::printf("listening %s:%d\n", options.bind.c_str(), (*server)->port());
  std::fflush(stdout);
  int sig = 0;
  sigwait(&set, &sig);
  (*server)->Stop();
  return 0;
}
