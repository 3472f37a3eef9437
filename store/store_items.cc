// Store: the items themselves (`lantian items`), with where each was seen,
// its seller's contacts and the categories of its hits.

#include <string>
#include <vector>

#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"
#include "store/store.h"

namespace lantian::store {
namespace {

std::vector<std::string> Column(sql::Statement& q) {
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  q.reset();
  return out;
}

}  // namespace

Result<std::vector<ItemRow>> Store::ListItems(const ItemFilter& filter) {
  try {
    std::string sql =
        "SELECT i.id, i.kind, i.platform, i.url, i.title, i.seller, i.seller_url, i.price, i.listing_id, "
        "i.posted_at, i.text, i.first_seen, i.last_seen, i.sightings, c.payload_sha256, i.entity_id, "
        "(SELECT count(*) FROM hits h WHERE h.item_id = i.id) "
        "FROM items i JOIN captures c ON c.id = i.first_capture_id "
        "WHERE (?1 = 0 OR EXISTS (SELECT 1 FROM item_sightings s WHERE s.sweep_id = ?1 AND s.item_id = i.id)) "
        "AND (?2 = '' OR i.platform = ?2) AND (?3 = '' OR i.kind = ?3) "
        "AND (?4 = 0 OR EXISTS (SELECT 1 FROM hits h WHERE h.item_id = i.id)) AND (?5 = 0 OR i.id = ?5) "
        "ORDER BY i.id";
    if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
    sql::Statement q(impl_->db_, sql);
    q.bind(1, filter.sweep_id);
    q.bind(2, filter.platform);
    q.bind(3, filter.kind);
    q.bind(4, filter.with_hits ? 1 : 0);
    q.bind(5, filter.item_id);
    sql::Statement pages(impl_->db_,
                            "SELECT c.url FROM item_sightings s JOIN captures c ON c.id = s.capture_id "
                            "WHERE s.item_id = ? GROUP BY c.url ORDER BY min(c.id)");
    sql::Statement contacts(impl_->db_,
                               "SELECT contact FROM entity_contacts WHERE entity_id = ? ORDER BY contact");
    sql::Statement categories(impl_->db_,
                                 "SELECT DISTINCT category FROM hits WHERE item_id = ? ORDER BY category");
    std::vector<ItemRow> out;
    while (q.executeStep()) {
      ItemRow r;
      r.id = q.getColumn(0).getInt64();
      r.kind = q.getColumn(1).getString();
      r.platform = q.getColumn(2).getString();
      r.item_url = q.getColumn(3).getString();
      r.title = q.getColumn(4).getString();
      r.seller = q.getColumn(5).getString();
      r.seller_url = q.getColumn(6).getString();
      r.price = q.getColumn(7).getString();
      r.listing_id = q.getColumn(8).getString();
      r.posted_at = q.getColumn(9).getString();
      r.text = q.getColumn(10).getString();
      r.first_seen = q.getColumn(11).getString();
      r.last_seen = q.getColumn(12).getString();
      r.sightings = q.getColumn(13).getInt64();
      r.capture_sha256 = q.getColumn(14).getString();
      r.hits = q.getColumn(16).getInt64();
      pages.bind(1, r.id);
      r.page_urls = Column(pages);
      r.entity_id = q.getColumn(15).isNull() ? 0 : q.getColumn(15).getInt64();
      if (!q.getColumn(15).isNull()) {
        contacts.bind(1, q.getColumn(15).getInt64());
        r.contacts = Column(contacts);
      }
      if (r.hits > 0) {
        categories.bind(1, r.id);
        r.categories = Column(categories);
      }
      out.push_back(std::move(r));
    }
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<std::vector<ItemCapture>> Store::ListItemCaptures(int64_t item_id) {
  try {
    sql::Statement q(impl_->db_,
                        "SELECT c.id, c.sweep_id, c.url, c.http_status, c.fetched_at, c.payload_sha256, "
                        "c.revisit_of IS NOT NULL FROM item_sightings s JOIN captures c ON c.id = s.capture_id "
                        "WHERE s.item_id = ? ORDER BY c.id");
    q.bind(1, item_id);
    std::vector<ItemCapture> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                     q.getColumn(3).getInt(), q.getColumn(4).getString(), q.getColumn(5).getString(),
                     q.getColumn(6).getInt() != 0});
    }
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<std::vector<HitChange>> Store::ListItemHistory(int64_t item_id) {
  try {
    sql::Statement q(impl_->db_,
                        "SELECT sc.hit_id, h.category, sc.kind, sc.from_status, sc.to_status, sc.actor, sc.note, "
                        "sc.at FROM status_changes sc JOIN hits h ON h.id = sc.hit_id WHERE h.item_id = ? "
                        "ORDER BY sc.id");
    q.bind(1, item_id);
    std::vector<HitChange> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                     q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
                     q.getColumn(6).getString(), q.getColumn(7).getString()});
    }
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<std::vector<std::string>> Store::ListPlatforms() {
  try {
    sql::Statement q(impl_->db_, "SELECT DISTINCT platform FROM items ORDER BY platform");
    return Column(q);
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

}  // namespace lantian::store
