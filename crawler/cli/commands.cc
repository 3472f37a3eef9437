#include "crawler/cli/commands.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include <CLI/CLI.hpp>

#include "base/time.h"

namespace lantian::cli {

std::optional<std::string> SinceUtc(const std::string& since) {
  std::string t = since;
  if (t.size() == 10) t += "T00:00:00Z";
  auto parsed = base::ParseRfc3339(t);
  if (!parsed.ok()) return std::nullopt;
  return base::FormatRfc3339UtcMs(parsed->epoch_seconds * 1000);
}

int ExitCodeFor(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument:
    case Status::Code::kIoError:
      return 2;
    case Status::Code::kOk:
      return 0;
    case Status::Code::kNotFound:
    case Status::Code::kCorruption:
    case Status::Code::kFailedPrecondition:
    case Status::Code::kResourceExhausted:
    case Status::Code::kUnavailable:
    case Status::Code::kInternal:
      return 1;
  }
  return 1;
}

int PrintReport(std::string_view command, const Result<std::string>& report) {
  if (!report.ok()) {
    std::fprintf(stderr, "lantian %.*s: %s\n", static_cast<int>(command.size()), command.data(),
                 report.status().message().c_str());
    return ExitCodeFor(report.status());
  }
  std::fwrite(report->data(), 1, report->size(), stdout);
  return 0;
}

CLI::Option* AddDbOption(CLI::App& cmd, std::string& db) {
  return cmd.add_option("--db,--store", db,
                        "Evidence database: a SQLite file or a postgresql:// URL (default: lantian.db in the current "
                        "directory)");
}

std::size_t TerminalWidth() {
  if (const char* cols = std::getenv("COLUMNS"); cols && *cols) {
    char* end = nullptr;
    const long n = std::strtol(cols, &end, 10);
    if (*end == '\0' && n > 0 && n < 10000) return static_cast<std::size_t>(n);
  }
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
}

}  // namespace lantian::cli
