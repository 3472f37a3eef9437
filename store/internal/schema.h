#pragma once

// Schema creation and migrations for the store database.

#include "base/status.h"
#include "store/internal/sql.h"

#include <string>

namespace lantian::store::internal {

// Reads schema_version. 0 for an empty database (no tables).
[[nodiscard]] Result<int> ReadSchemaVersion(sql::Database& db, const std::string& path);
// Creates or migrates the schema up to `target` in one transaction.
[[nodiscard]] Status Migrate(sql::Database& db, int from, int target, const std::string& path);

}  // namespace lantian::store::internal
