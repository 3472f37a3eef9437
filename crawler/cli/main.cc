// lantian: watches e-commerce listings, forum threads and search results for
// illegal IP-agency solicitations and keeps what it finds as evidence.
// This file only wires CLI11 subcommands; the work is in the libraries.

#include <curl/curl.h>
#include <malloc.h>

#include <cstdio>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"

int main(int argc, char** argv) {
#ifdef __GLIBC__
  // Process-wide, so set once here, before any thread starts.
  // Big pages (a hub page of 10,000 links, its parse tree and link lists)
  // are allocated and freed by different threads. glibc raises its mmap
  // threshold to the largest block freed (up to 32 MB), after which such
  // blocks live in per-thread arenas that keep their pages: RSS then follows
  // the largest bursts, not the work. A fixed 1 MiB threshold maps blocks
  // that big and unmaps them on free; ordinary pages (< 1 MB) still reuse
  // heap memory (a lower threshold costs page faults on every page).
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
  // Once, before any thread starts (STYLE.md §5).
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    std::fprintf(stderr, "lantian: curl_global_init failed\n");
    return 2;
  }
  int exit_code = 0;
  CLI::App app{"lantian: finds illegal IP-agency solicitations and keeps them as evidence"};
  app.set_version_flag("--version", std::string("lantian ") + LANTIAN_VERSION);
  app.require_subcommand(1);

  // Register subcommands (one line each, alphabetical).
  lantian::cli::RegisterDaemonCommand(app, exit_code);
  lantian::cli::RegisterEntitiesCommand(app, exit_code);
  lantian::cli::RegisterExportCommand(app, exit_code);
  lantian::cli::RegisterExportsCommand(app, exit_code);
  lantian::cli::RegisterHitsCommand(app, exit_code);
  lantian::cli::RegisterItemsCommand(app, exit_code);
  lantian::cli::RegisterKeygenCommand(app, exit_code);
  lantian::cli::RegisterModelCommand(app, exit_code);
  lantian::cli::RegisterPatternsCommand(app, exit_code);
  lantian::cli::RegisterRecheckCommand(app, exit_code);
  lantian::cli::RegisterRescanCommand(app, exit_code);
  lantian::cli::RegisterReviewCommand(app, exit_code);
  lantian::cli::RegisterScanCommand(app, exit_code);
  lantian::cli::RegisterServeCommand(app, exit_code);
  lantian::cli::RegisterShowCommand(app, exit_code);
  lantian::cli::RegisterSitesCommand(app, exit_code);
  lantian::cli::RegisterSweepCommand(app, exit_code);
  lantian::cli::RegisterWorkerCommand(app, exit_code);
  lantian::cli::RegisterUserCommand(app, exit_code);
  lantian::cli::RegisterVerifyCommand(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    curl_global_cleanup();
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    curl_global_cleanup();
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    curl_global_cleanup();
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // Bad usage is exit code 2, with CLI11's one-line reason.
    std::fprintf(stderr, "lantian: %s\n", e.what());
    curl_global_cleanup();
    return 2;
  } catch (const std::exception& e) {
    // Libraries convert their errors to Status; reaching here is a bug, but
    // the user still gets one line and a non-zero exit.
    std::fprintf(stderr, "lantian: internal error: %s\n", e.what());
    curl_global_cleanup();
    return 2;
  }
  curl_global_cleanup();
  return exit_code;
}
