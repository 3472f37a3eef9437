#pragma once

// Each subcommand lives in its own <name>_command.cc and registers itself on
// the app here. A command's callback stores its exit code in `exit_code`:
// 0 success, 1 the command ran and found a problem, 2 bad usage or bad input.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace lantian::cli {

// Add one line per subcommand (keep alphabetical).
void RegisterDaemonCommand(CLI::App& app, int& exit_code);
void RegisterEntitiesCommand(CLI::App& app, int& exit_code);
void RegisterExportCommand(CLI::App& app, int& exit_code);
void RegisterExportsCommand(CLI::App& app, int& exit_code);
void RegisterHitsCommand(CLI::App& app, int& exit_code);
void RegisterItemsCommand(CLI::App& app, int& exit_code);
void RegisterKeygenCommand(CLI::App& app, int& exit_code);
void RegisterModelCommand(CLI::App& app, int& exit_code);
void RegisterPatternsCommand(CLI::App& app, int& exit_code);
void RegisterRecheckCommand(CLI::App& app, int& exit_code);
void RegisterRescanCommand(CLI::App& app, int& exit_code);
void RegisterReviewCommand(CLI::App& app, int& exit_code);
void RegisterScanCommand(CLI::App& app, int& exit_code);
void RegisterServeCommand(CLI::App& app, int& exit_code);
void RegisterShowCommand(CLI::App& app, int& exit_code);
void RegisterSitesCommand(CLI::App& app, int& exit_code);
void RegisterSweepCommand(CLI::App& app, int& exit_code);
void RegisterWorkerCommand(CLI::App& app, int& exit_code);
void RegisterUserCommand(CLI::App& app, int& exit_code);
void RegisterVerifyCommand(CLI::App& app, int& exit_code);

// The exit code for a command that failed with `s`: 2 for bad usage or bad
// input (kInvalidArgument, kIoError), 0 for ok, else 1 (the command ran and
// found a problem).
int ExitCodeFor(const Status& s);

// Writes a finished report to stdout, or "lantian COMMAND: <why>" to stderr
// when it failed; returns the exit code (ExitCodeFor).
int PrintReport(std::string_view command, const Result<std::string>& report);

// The --db option of a command that reads or writes the evidence database
// (default: lantian.db in the current directory).
CLI::Option* AddDbOption(CLI::App& cmd, std::string& db);

// A --since value, "2026-12-01" or an RFC 3339 time, as RFC 3339 UTC with
// milliseconds (what the store's times hold); nullopt when it is neither.
std::optional<std::string> SinceUtc(const std::string& since);

// The width tables should fit: $COLUMNS when set to a number, else the
// terminal's width when stdout is a terminal, else 0 (no limit: a pipe or a
// file gets whole lines).
std::size_t TerminalWidth();

}  // namespace lantian::cli
