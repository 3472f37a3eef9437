#pragma once

#include <string>

namespace lantian::cli {

// The directory holding lantian's config (patterns/, sites/, registry/,
// notices/, lantian.toml). First of: $LANTIAN_CONFIG_DIR; <exe>/../share/lantian/config
// when it exists (installed layout); the source tree's config/ (build tree).
std::string DefaultConfigDir();

}  // namespace lantian::cli
