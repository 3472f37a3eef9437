// Store: the triage queries (hits, review, exports, offenders).

#include <algorithm>
#include <map>
#include <set>

#include "base/time.h"
#include "store/evidence_chain.h"
#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"
#include "store/store.h"

namespace lantian::store {

namespace {
constexpr const char* kHitSelect =
    "SELECT h.id, h.category, h.rule_id, h.severity, h.status, i.platform, i.url, i.title, "
    "i.seller, c.url, h.match, h.snippet, h.legal_basis, h.start, h.\"end\", h.item_id, "
    "h.capture_id, c.fetched_at, c.payload_sha256, i.first_seen, i.last_seen, i.sightings, "
    "i.listing_id, i.price, i.seller_url, "
    "(SELECT MAX(sc.at) FROM status_changes sc WHERE sc.hit_id = h.id AND sc.to_status = "
    "'reported'), r.actor, r.note, r.at, h.source, h.score "
    "FROM hits h JOIN items i ON i.id = h.item_id JOIN captures c ON c.id = h.capture_id "
    "LEFT JOIN status_changes r ON r.id = (SELECT MAX(sc.id) FROM status_changes sc "
    "WHERE sc.hit_id = h.id AND sc.kind IN ('review', 'reopen', 'note')) ";

HitRow ReadHitRow(sql::Statement& q) {
  HitRow r;
  r.id = q.getColumn(0).getInt64();
  r.category = q.getColumn(1).getString();
  r.rule = q.getColumn(2).getString();
  r.severity = q.getColumn(3).getString();
  r.status = q.getColumn(4).getString();
  r.platform = q.getColumn(5).getString();
  r.item_url = q.getColumn(6).getString();
  r.item_title = q.getColumn(7).getString();
  r.seller = q.getColumn(8).getString();
  r.page_url = q.getColumn(9).getString();
  r.match = q.getColumn(10).getString();
  r.snippet = q.getColumn(11).getString();
  r.legal_basis = q.getColumn(12).getString();
  r.start = q.getColumn(13).getInt64();
  r.end = q.getColumn(14).getInt64();
  r.item_id = q.getColumn(15).getInt64();
  r.capture_id = q.getColumn(16).getInt64();
  r.captured_at = q.getColumn(17).getString();
  r.capture_sha256 = q.getColumn(18).getString();
  r.first_seen = q.getColumn(19).getString();
  r.last_seen = q.getColumn(20).getString();
  r.sightings = q.getColumn(21).getInt64();
  r.listing_id = q.getColumn(22).getString();
  r.price = q.getColumn(23).getString();
  r.seller_url = q.getColumn(24).getString();
  r.reported_at = q.getColumn(25).getString();  // NULL reads as ""
  r.analyst = q.getColumn(26).getString();
  r.note = q.getColumn(27).getString();
  r.reviewed_at = q.getColumn(28).getString();
  r.source = q.getColumn(29).getString();
  if (!q.getColumn(30).isNull()) r.score = q.getColumn(30).getDouble();
  return r;
}
}  // namespace

Result<std::vector<HitRow>> Store::ListHits(const HitFilter& filter) {
  try {
    std::string sql = kHitSelect;
    sql +=
        "WHERE (?1 = '' OR h.status = ?1) AND (?2 = '' OR h.category = ?2) "
        "AND (?3 = '' OR i.platform = ?3) AND (?4 = 0 OR EXISTS (SELECT 1 FROM item_sightings s "
        "WHERE s.sweep_id = ?4 AND s.item_id = h.item_id)) "
        "AND (?5 = '' OR instr(i.seller, ?5) > 0) "
        "AND (?6 = '' OR instr(i.title, ?6) > 0 OR instr(i.text, ?6) > 0) "
        "AND (?7 = '' OR h.found_at >= ?7) AND (?8 = 0 OR h.item_id = ?8) ORDER BY h.id";
    if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
    sql::Statement q(impl_->db_, sql);
    q.bind(1, filter.status ? std::string(HitStatusName(*filter.status)) : std::string());
    q.bind(2, filter.category);
    q.bind(3, filter.platform);
    q.bind(4, filter.sweep_id);
    q.bind(5, filter.seller);
    q.bind(6, filter.text);
    q.bind(7, filter.since);
    q.bind(8, filter.item_id);
    std::vector<HitRow> out;
    while (q.executeStep()) out.push_back(ReadHitRow(q));
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<HitRow> Store::GetHit(int64_t hit_id) {
  try {
    sql::Statement q(impl_->db_, std::string(kHitSelect) + "WHERE h.id = ?");
    q.bind(1, hit_id);
    if (!q.executeStep()) return Status::NotFound("hit " + std::to_string(hit_id) + ": no such hit");
    return ReadHitRow(q);
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Status Store::SetHitStatus(const StatusChange& change) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  if (change.hit_ids.empty()) return Status::InvalidArgument("no hit ids given");
  const bool reopen = change.kind == "reopen";
  // A note records words on hits and moves none: from = to = its status.
  const bool note_only = change.kind == "note";
  if (note_only && change.note.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidArgument("note: the note is empty");
  }
  if (reopen && change.to != HitStatus::kNew) {
    return Status::InvalidArgument("reopen: a reopened hit goes back to new");
  }
  if (reopen && change.note.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidArgument("reopen: a note saying why is required");
  }
  std::vector<int64_t> ids;
  std::set<int64_t> seen;
  for (int64_t id : change.hit_ids) {
    if (seen.insert(id).second) ids.push_back(id);
  }
  const Store::Impl::ChainHead saved_head = im.head_;
  try {
    sql::Transaction tx(im.db_);
    im.LockChain();
    const std::string at = base::NowRfc3339UtcMs();
    const std::string target = HitStatusName(change.to);
    for (int64_t id : ids) {
      auto& q = im.Stmt("SELECT status FROM hits WHERE id = ?");
      internal::BindAll(q, id);
      if (!q.executeStep()) {
        q.reset();
        im.head_ = saved_head;
        return Status::NotFound("hit " + std::to_string(id) + ": no such hit");
      }
      std::string from = q.getColumn(0).getString();
      q.reset();
      auto from_status = ParseHitStatus(from);
      const std::string to = note_only ? from : target;
      if (reopen && (!from_status || !CanReopen(*from_status))) {
        im.head_ = saved_head;
        return Status::FailedPrecondition("hit " + std::to_string(id) + ": cannot reopen a " + from +
                                          " hit (only confirmed or dismissed)");
      }
      if (!reopen && !note_only && (!from_status || !IsAllowedTransition(*from_status, change.to))) {
        im.head_ = saved_head;
        return Status::FailedPrecondition("hit " + std::to_string(id) + ": cannot move from " +
                                          from + " to " + to);
      }
      if (!note_only) {
        auto& up = im.Stmt("UPDATE hits SET status = ? WHERE id = ?");
        internal::BindAll(up, to, id);
        up.exec();
      }
      auto& ins = im.Stmt(
          "INSERT INTO status_changes(hit_id, kind, from_status, to_status, actor, note, at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)");
      internal::BindAll(ins, id, change.kind, from, to, change.actor, change.note, at);
      ins.exec();
      int64_t change_id = im.db_.getLastInsertRowid();
      StatusEvidence ev{change_id, id, change.kind, from, to, change.actor, change.note, at};
      im.AppendChain("status", change_id, StatusContentHash(ev), at);
    }
    tx.commit();
    return Status::Ok();
  } catch (const sql::Error& e) {
    im.head_ = saved_head;
    return internal::FromSql(im.path(), e);
  }
}

Result<int64_t> Store::RecordExport(const ExportInput& input) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  const Store::Impl::ChainHead saved_head = im.head_;
  try {
    sql::Transaction tx(im.db_);
    im.LockChain();
    std::string ids;
    for (int64_t id : input.hit_ids) {
      if (!ids.empty()) ids += ",";
      ids += std::to_string(id);
    }
    const std::string at = base::NowRfc3339UtcMs();
    auto& ins = im.Stmt("INSERT INTO exports(path, sha256, hit_ids, note, at) VALUES (?, ?, ?, ?, ?)");
    internal::BindAll(ins, input.path, input.sha256, ids, input.note, at);
    ins.exec();
    int64_t id = im.db_.getLastInsertRowid();
    im.AppendChain("export", id, ExportContentHash({id, input.path, input.sha256, ids, input.note, at}),
                   at);
    tx.commit();
    return id;
  } catch (const sql::Error& e) {
    im.head_ = saved_head;
    return internal::FromSql(im.path(), e);
  }
}

Result<std::vector<OffenderGroup>> Store::ListOffenders(size_t top) {
  try {
    Impl& im = *impl_;
    struct Entity {
      std::string platform, label;
      int64_t confirmed = 0, total = 0;
      std::vector<std::string> contacts;
    };
    std::map<int64_t, Entity> entities;
    {
      sql::Statement q(im.db_, "SELECT id, platform, name, url FROM entities");
      while (q.executeStep()) {
        Entity e;
        e.platform = q.getColumn(1).getString();
        std::string name = q.getColumn(2).getString();
        e.label = e.platform + ":" + (name.empty() ? q.getColumn(3).getString() : name);
        entities.emplace(q.getColumn(0).getInt64(), std::move(e));
      }
    }
    {
      sql::Statement q(im.db_, "SELECT entity_id, contact FROM entity_contacts");
      while (q.executeStep()) {
        auto it = entities.find(q.getColumn(0).getInt64());
        if (it != entities.end()) it->second.contacts.push_back(q.getColumn(1).getString());
      }
    }
    {
      sql::Statement q(im.db_,
                          "SELECT i.entity_id, sum(CASE WHEN h.status IN ('confirmed', 'reported', "
                          "'taken_down', 'still_up') THEN 1 ELSE 0 END), count(*) FROM hits h "
                          "JOIN items i ON i.id = h.item_id WHERE i.entity_id IS NOT NULL "
                          "AND h.status != 'dismissed' GROUP BY i.entity_id");
      while (q.executeStep()) {
        auto it = entities.find(q.getColumn(0).getInt64());
        if (it == entities.end()) continue;
        it->second.confirmed = q.getColumn(1).getInt64();
        it->second.total = q.getColumn(2).getInt64();
      }
    }
    // Union entities that share a contact.
    std::map<int64_t, int64_t> parent;
    for (const auto& [id, e] : entities) parent[id] = id;
    auto find = [&](int64_t x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    };
    std::map<std::string, int64_t> by_contact;
    for (const auto& [id, e] : entities) {
      for (const auto& c : e.contacts) {
        auto [it, inserted] = by_contact.emplace(c, id);
        if (!inserted) parent[find(id)] = find(it->second);
      }
    }
    std::map<int64_t, OffenderGroup> groups;
    std::map<int64_t, std::set<std::string>> shops, platforms, contacts;
    for (const auto& [id, e] : entities) {
      int64_t root = find(id);
      auto& g = groups[root];
      g.entity_ids.push_back(id);  // ascending: `entities` is an ordered map
      if (g.id == 0) g.id = id;
      g.confirmed_hits += e.confirmed;
      g.total_hits += e.total;
      shops[root].insert(e.label);
      platforms[root].insert(e.platform);
      contacts[root].insert(e.contacts.begin(), e.contacts.end());
    }
    std::vector<OffenderGroup> out;
    for (auto& [root, g] : groups) {
      if (g.total_hits == 0) continue;
      g.shops.assign(shops[root].begin(), shops[root].end());
      g.platforms.assign(platforms[root].begin(), platforms[root].end());
      g.contacts.assign(contacts[root].begin(), contacts[root].end());
      out.push_back(std::move(g));
    }
    std::stable_sort(out.begin(), out.end(), [](const OffenderGroup& a, const OffenderGroup& b) {
      if (a.confirmed_hits != b.confirmed_hits) return a.confirmed_hits > b.confirmed_hits;
      return a.total_hits > b.total_hits;
    });
    if (top > 0 && out.size() > top) out.resize(top);
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}
}  // namespace lantian::store
