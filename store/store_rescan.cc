// Store::ListItemsForRescan and Store::AddRescanHits: `lantian rescan`
// detects again over stored item texts (new rules, a retrained model) and
// adds what it finds without fetching.

#include <string>
#include <utility>
#include <vector>

#include "base/time.h"
#include "store/evidence_chain.h"
#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"
#include "store/store.h"

namespace lantian::store {

Result<std::vector<RescanItem>> Store::ListItemsForRescan(int64_t sweep_id, const std::string& since) {
  try {
    sql::Statement q(impl_->db_,
                        "SELECT i.id, (SELECT MAX(s.capture_id) FROM item_sightings s WHERE s.item_id = i.id), "
                        "i.text FROM items i WHERE (?1 = 0 OR EXISTS (SELECT 1 FROM item_sightings s "
                        "WHERE s.item_id = i.id AND s.sweep_id = ?1)) AND (?2 = '' OR i.last_seen >= ?2) "
                        "ORDER BY i.id");
    q.bind(1, sweep_id);
    q.bind(2, since);
    std::vector<RescanItem> out;
    while (q.executeStep()) {
      RescanItem r;
      r.item_id = q.getColumn(0).getInt64();
      r.capture_id = q.getColumn(1).getInt64();
      r.text = q.getColumn(2).getString();
      if (r.capture_id != 0) out.push_back(std::move(r));
    }
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<std::vector<ReviewLabel>> Store::ListReviewLabels() {
  try {
    std::vector<ReviewLabel> out;
    {
      sql::Statement q(impl_->db_, "SELECT id, text FROM items ORDER BY id");
      while (q.executeStep()) {
        ReviewLabel r;
        r.item_id = q.getColumn(0).getInt64();
        r.text = q.getColumn(1).getString();
        out.push_back(std::move(r));
      }
    }
    sql::Statement q(impl_->db_,
                        "SELECT DISTINCT item_id, category, status FROM hits ORDER BY item_id, category");
    std::size_t at = 0;
    while (q.executeStep()) {
      const int64_t item = q.getColumn(0).getInt64();
      while (at < out.size() && out[at].item_id < item) ++at;
      if (at == out.size() || out[at].item_id != item) continue;
      ReviewLabel& r = out[at];
      r.has_hits = true;
      const std::string category = q.getColumn(1).getString();
      auto status = ParseHitStatus(q.getColumn(2).getString());
      if (!status) continue;
      std::vector<std::string>* into = nullptr;
      switch (*status) {
        case HitStatus::kConfirmed:
        case HitStatus::kReported:
        case HitStatus::kStillUp:
        case HitStatus::kTakenDown:
          into = &r.confirmed;
          break;
        case HitStatus::kDismissed:
          into = &r.dismissed;
          break;
        case HitStatus::kNew:
          break;
      }
      if (into != nullptr && (into->empty() || into->back() != category)) into->push_back(category);
    }
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<int64_t> Store::AddRescanHits(const std::vector<std::pair<RescanItem, std::vector<HitInput>>>& found) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  const Store::Impl::ChainHead saved_head = im.head_;
  try {
    sql::Transaction tx(im.db_);
    im.LockChain();
    const std::string at = base::NowRfc3339UtcMs();
    std::vector<HitEvidence> new_hits;
    for (const auto& [item, hits] : found) {
      if (hits.empty()) continue;
      auto& q = im.Stmt("SELECT platform || char(10) || item_key FROM items WHERE id = ?");
      internal::BindAll(q, item.item_id);
      if (!q.executeStep()) {
        q.reset();
        im.head_ = saved_head;
        return Status::NotFound("item " + std::to_string(item.item_id) + ": no such item");
      }
      const std::string key = q.getColumn(0).getString();
      q.reset();
      for (const HitInput& hit : hits) {
        bool inserted = false;
        (void)im.InsertHit(item.item_id, item.capture_id, key, hit, at, &inserted, &new_hits);
      }
    }
    for (const HitEvidence& h : new_hits) im.AppendChain("hit", h.id, HitContentHash(h), at);
    tx.commit();
    return static_cast<int64_t>(new_hits.size());
  } catch (const sql::Error& e) {
    im.head_ = saved_head;
    return internal::FromSql(im.path(), e);
  }
}

}  // namespace lantian::store
