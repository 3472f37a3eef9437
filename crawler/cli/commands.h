#pragma once

// Each subcommand lives in its own <name>_command.cc and registers itself on
// the app here. A command's callback stores its exit code in `exit_code`:
// 0 success, 1 the command ran and found a problem, 2 bad usage or bad input.

#include <string>

namespace CLI {
class App;
}  // namespace CLI

namespace lantian::cli {

// Add one line per subcommand (keep alphabetical).
void RegisterDaemonCommand(CLI::App& app, int& exit_code);
void RegisterEntitiesCommand(CLI::App& app, int& exit_code);
void RegisterExportCommand(CLI::App& app, int& exit_code);
void RegisterHitsCommand(CLI::App& app, int& exit_code);
void RegisterKeygenCommand(CLI::App& app, int& exit_code);
void RegisterPatternsCommand(CLI::App& app, int& exit_code);
void RegisterRecheckCommand(CLI::App& app, int& exit_code);
void RegisterReviewCommand(CLI::App& app, int& exit_code);
void RegisterScanCommand(CLI::App& app, int& exit_code);
void RegisterSitesCommand(CLI::App& app, int& exit_code);
void RegisterSweepCommand(CLI::App& app, int& exit_code);
void RegisterVerifyCommand(CLI::App& app, int& exit_code);

// `lantian verify FILE.zip`: verifies a bundle, prints its report, returns the
// exit code (0/1/2). Install it in main.cc before parsing; without one,
// verify FILE prints "bundle verification not available" and exits 2.
using BundleVerifier = int (*)(const char* bundle_path);
void SetBundleVerifier(BundleVerifier verifier);

// `lantian verify FILE.zip [--trust KEY] [--tsa-ca FILE]` (export_command.cc):
// checks an evidence bundle, prints a one-line summary (exit 0) or the first
// failure then the others, one line each (exit 1); 2 for unreadable input.
int RunBundleVerify(const std::string& path, const std::string& trust_key_path,
                    const std::string& tsa_ca_path);

}  // namespace lantian::cli
