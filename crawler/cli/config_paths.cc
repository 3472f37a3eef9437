#include "crawler/cli/config_paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace lantian::cli {

std::string DefaultConfigDir() {
  if (const char* env = std::getenv("LANTIAN_CONFIG_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / "share" / "lantian" / "config";
    if (std::filesystem::is_directory(installed, ec)) return installed.string();
  }
  return LANTIAN_SOURCE_CONFIG_DIR;
}

}  // namespace lantian::cli
