// `lantian daemon --config FILE [--once] [--log-format text|json]`: runs the
// configured jobs on their schedules (crawler/daemon.h). Logs go to stderr
// through spdlog: coloured text on a terminal, or one JSON object per line.

#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "crawler/daemon.h"
#include "store/store.h"

namespace lantian::cli {
namespace {

struct DaemonFlags {
  std::string config;
  bool once = false;
  std::string log_format = "text";
};


int RunDaemonCommand(const DaemonFlags& f) {
  auto logger = spdlog::stderr_color_mt("lantian-daemon");
  const bool json = f.log_format == "json";
  if (json) {
    logger->set_pattern("%v");
  } else {
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
  }
  crawler::DaemonArgs args;
  args.config_path = f.config;
  args.config_dir = DefaultConfigDir();
  args.once = f.once;
  args.version = LANTIAN_VERSION;
  args.log = [logger, json](crawler::LogLevel level, std::string_view message) {
    spdlog::level::level_enum l = spdlog::level::info;
    const char* name = "info";
    switch (level) {
      case crawler::LogLevel::kDebug: l = spdlog::level::debug; name = "debug"; break;
      case crawler::LogLevel::kInfo: l = spdlog::level::info; name = "info"; break;
      case crawler::LogLevel::kWarn: l = spdlog::level::warn; name = "warn"; break;
      case crawler::LogLevel::kError: l = spdlog::level::err; name = "error"; break;
    }
    if (json) {
      const nlohmann::json line = {{"ts", store::NowUtc()}, {"level", name}, {"msg", std::string(message)}};
      logger->log(l, "{}", line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } else {
      logger->log(l, "{}", message);
    }
    logger->flush();
  };
  Status s = crawler::RunDaemon(args);
  if (!s.ok()) {
    args.log(crawler::LogLevel::kError, s.message());
    return s.code() == Status::Code::kInvalidArgument ? 2 : 1;
  }
  return 0;
}

}  // namespace

void RegisterDaemonCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<DaemonFlags>();
  CLI::App* cmd = app.add_subcommand("daemon", "Run the configured jobs on their schedules (monitoring)");
  cmd->add_option("--config", flags->config, "lantian.toml with [[job]] schedules, [daemon] and [alerts]")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_flag("--once", flags->once, "Run the jobs that are due, then exit (for cron or a systemd timer)");
  cmd->add_option("--log-format", flags->log_format, "text (default) or json (one object per line)")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->callback([flags, &exit_code] { exit_code = RunDaemonCommand(*flags); });
}

}  // namespace lantian::cli
