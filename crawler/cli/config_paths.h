#pragma once

// Where the CLI finds lantian's configuration directory when no flag names
// one. Used by every command that reads config/ (scan, sweep, daemon, sites,
// export, recheck).
//
//   const std::string dir = DefaultConfigDir();   // e.g. "/usr/share/lantian/config"
//   const std::string patterns = dir + "/patterns";

#include <string>

namespace lantian::cli {

// The directory holding lantian's config (patterns/, sites/, registry/,
// notices/, lantian.toml). First of: $LANTIAN_CONFIG_DIR; <exe>/../share/lantian/config
// when it exists (installed layout); the source tree's config/ (build tree).
std::string DefaultConfigDir();

}  // namespace lantian::cli
