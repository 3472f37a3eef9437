// Store: sweeps summarised for the console (pages, hits, failures per host).

#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"
#include "store/store.h"

namespace lantian::store {

Result<std::vector<SweepSummary>> Store::ListSweepSummaries(size_t limit) {
  try {
    Impl& im = *impl_;
    auto& q = im.Stmt(
        "SELECT s.id, s.job, s.started_at, s.finished_at, s.status, s.options_json, "
        "(SELECT count(*) FROM captures c WHERE c.sweep_id = s.id), "
        "(SELECT count(*) FROM hits h JOIN captures c ON c.id = h.capture_id WHERE c.sweep_id = s.id) "
        "FROM sweeps s ORDER BY s.id DESC LIMIT ?");
    internal::BindAll(q, static_cast<int64_t>(limit));
    std::vector<SweepSummary> out;
    while (q.executeStep()) {
      SweepSummary s;
      s.sweep.id = q.getColumn(0).getInt64();
      s.sweep.job = q.getColumn(1).getString();
      s.sweep.started_at = q.getColumn(2).getString();
      s.sweep.finished_at = q.getColumn(3).getString();
      s.sweep.status = q.getColumn(4).getString();
      s.sweep.options_json = q.getColumn(5).getString();
      s.pages = q.getColumn(6).getInt64();
      s.hits = q.getColumn(7).getInt64();
      out.push_back(std::move(s));
    }
    // state 2 = FrontierState::kFailed (store.cc).
    auto& errors = im.Stmt(
        "SELECT host, count(*) FROM frontier WHERE sweep_id = ? AND state = 2 GROUP BY host ORDER BY host");
    for (SweepSummary& s : out) {
      internal::BindAll(errors, s.sweep.id);
      while (errors.executeStep()) {
        s.errors_by_host.emplace_back(errors.getColumn(0).getString(), errors.getColumn(1).getInt64());
      }
    }
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

}  // namespace lantian::store
