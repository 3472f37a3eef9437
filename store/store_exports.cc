// Store: the exports table read back (`lantian exports`); rows are written by
// RecordExport (store_triage.cc) with their chain entry.

#include <algorithm>

#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"
#include "store/store.h"

namespace lantian::store {

Result<std::vector<ExportRecord>> Store::ListExports() {
  try {
    Impl& im = *impl_;
    auto& q = im.Stmt("SELECT id, at, path, sha256, note, hit_ids FROM exports ORDER BY id");
    q.reset();
    std::vector<ExportRecord> out;
    while (q.executeStep()) {
      ExportRecord r;
      r.id = q.getColumn(0).getInt64();
      r.at = q.getColumn(1).getString();
      r.path = q.getColumn(2).getString();
      r.sha256 = q.getColumn(3).getString();
      r.note = q.getColumn(4).getString();
      const std::string ids = q.getColumn(5).getString();
      r.hit_count = ids.empty() ? 0 : 1 + int64_t(std::count(ids.begin(), ids.end(), ','));
      out.push_back(std::move(r));
    }
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

}  // namespace lantian::store
