#pragma once

// `lantian recheck` as a library call: re-fetches the items of reported and
// still_up hits (or the statuses given)
// (robots.txt obeyed, one request at a time with a per-host delay), stores
// the new captures as evidence and classifies each item (store/bundle_export.h
// RecheckReported). Used by the CLI and by the daemon's built-in recheck job.

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/bundle/export.h"

namespace lantian::crawler {

struct RecheckArgs {
  std::string db = "lantian.db";  // evidence database (must exist)
  std::string config_dir;         // config/ (site profiles' gone markers)
  // Hits with these statuses (default reported and still_up).
  std::vector<store::HitStatus> statuses = store::kDefaultRecheckStatuses;
  std::string platform;           // "" = all
  int64_t per_host_delay_ms = 2000;
  bool allow_private = false;
  std::string version = "0.1.0";  // for the User-Agent
};

// Errors: the database cannot be opened (names the path), store failures.
[[nodiscard]] Result<store::RecheckReport> Recheck(const RecheckArgs& args);

}  // namespace lantian::crawler
