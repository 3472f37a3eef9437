// Store: the evidence chain (appending entries, loading the rows they cover,
// verifying it all). The row format is evidence_chain.h.

#include <set>
#include <utility>

#include "base/sha256.h"
#include "store/evidence_chain.h"
#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"
#include "store/store.h"
#include "store/warc_reader.h"

namespace lantian::store {

void Store::Impl::LoadChainHead() {
  auto& q = Stmt("SELECT seq, chain_hash FROM chain ORDER BY seq DESC LIMIT 1");
  q.reset();
  if (q.executeStep()) {
    head_.seq = q.getColumn(0).getInt64();
    head_.hash = q.getColumn(1).getString();
  } else {
    head_.seq = 0;
    head_.hash = std::string(kGenesisHash);
  }
  q.reset();
}

void Store::Impl::LockChain() {
  if (!server_held_) return;
  auto& lock = Stmt("SELECT pg_advisory_xact_lock(?)");
  internal::BindAll(lock, kChainLockKey);
  lock.executeStep();
  lock.reset();
  LoadChainHead();
}

void Store::Impl::AppendChain(std::string_view kind, int64_t row_id, const std::string& content,
                              const std::string& at) {
  std::string hash = ChainHash(head_.hash, kind, row_id, content);
  auto& st = Stmt(
      "INSERT INTO chain(seq, kind, row_id, content_sha256, prev_hash, chain_hash, at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  internal::BindAll(st, head_.seq + 1, std::string(kind), row_id, content, head_.hash, hash, at);
  st.exec();
  ++head_.seq;
  head_.hash = std::move(hash);
}

Result<CaptureEvidence> Store::Impl::LoadCapture(int64_t id, bool* found) {
  CaptureEvidence c;
  auto& q = Stmt(
      "SELECT id, sweep_id, url, first_url, http_status, fetched_at, payload_sha256, "
      "coalesce(revisit_of, 0), truncated, response_record_id FROM captures WHERE id = ?");
  internal::BindAll(q, id);
  *found = q.executeStep();
  if (!*found) {
    q.reset();
    return c;
  }
  c.id = q.getColumn(0).getInt64();
  c.sweep_id = q.getColumn(1).getInt64();
  c.url = q.getColumn(2).getString();
  c.first_url = q.getColumn(3).getString();
  c.http_status = q.getColumn(4).getInt64();
  c.fetched_at = q.getColumn(5).getString();
  c.payload_sha256 = q.getColumn(6).getString();
  c.revisit_of = q.getColumn(7).getInt64();
  c.truncated = q.getColumn(8).getString();
  c.response_record_id = q.getColumn(9).getString();
  q.reset();
  auto& r = Stmt(
      "SELECT f.name, r.offset, r.length, r.type, r.record_id, r.stored_sha256 "
      "FROM warc_records r JOIN warc_files f ON f.id = r.file_id WHERE r.capture_id = ? ORDER BY r.id");
  internal::BindAll(r, id);
  while (r.executeStep()) {
    c.records.push_back({r.getColumn(0).getString(), r.getColumn(1).getInt64(),
                         r.getColumn(2).getInt64(), r.getColumn(3).getString(),
                         r.getColumn(4).getString(), r.getColumn(5).getString()});
  }
  r.reset();
  return c;
}

Result<HitEvidence> Store::Impl::LoadHit(int64_t id, bool* found) {
  HitEvidence h;
  auto& q = Stmt(
      "SELECT h.id, h.item_id, h.capture_id, coalesce(i.platform || char(10) || i.item_key, ''), "
      "h.rule_id, h.category, h.severity, h.match, h.snippet, h.legal_basis, h.start, h.\"end\", "
      "h.found_at, h.source, coalesce(h.score, 0.0) FROM hits h LEFT JOIN items i ON i.id = h.item_id "
      "WHERE h.id = ?");
  internal::BindAll(q, id);
  *found = q.executeStep();
  if (*found) {
    h = {q.getColumn(0).getInt64(),  q.getColumn(1).getInt64(),  q.getColumn(2).getInt64(),
         q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
         q.getColumn(6).getString(), q.getColumn(7).getString(), q.getColumn(8).getString(),
         q.getColumn(9).getString(), q.getColumn(10).getInt64(), q.getColumn(11).getInt64(),
         q.getColumn(12).getString()};
    h.source = q.getColumn(13).getString();
    h.score = q.getColumn(14).getDouble();
  }
  q.reset();
  return h;
}

Result<VerifyReport> Store::VerifyChain() {
  Impl& im = *impl_;
  VerifyReport report;
  try {
    // SQLite's own page check first; a PostgreSQL server checks its pages
    // itself (data checksums, amcheck) and answers for them.
    if (im.db_.engine() == sql::Engine::kSqlite) {
      sql::Statement q(im.db_, "PRAGMA quick_check");
      while (q.executeStep()) {
        std::string line = q.getColumn(0).getString();
        if (line != "ok") report.failures.push_back({0, "database", 0, "database: " + line});
      }
      if (!report.failures.empty()) return report;
    }
    std::string prev(kGenesisHash);
    int64_t expected_seq = 1;
    std::set<std::pair<std::string, int64_t>> chained;
    sql::Statement q(im.db_,
                        "SELECT seq, kind, row_id, content_sha256, prev_hash, chain_hash FROM chain "
                        "ORDER BY seq");
    while (q.executeStep()) {
      ++report.entries;
      const int64_t seq = q.getColumn(0).getInt64();
      const std::string kind = q.getColumn(1).getString();
      const int64_t row_id = q.getColumn(2).getInt64();
      const std::string content = q.getColumn(3).getString();
      const std::string prev_hash = q.getColumn(4).getString();
      const std::string chain_hash = q.getColumn(5).getString();
      auto fail = [&](std::string reason) {
        report.failures.push_back({seq, kind, row_id, std::move(reason)});
      };
      const std::string where =
          "chain entry " + std::to_string(seq) + " (" + kind + " " + std::to_string(row_id) + ")";
      if (seq != expected_seq) {
        report.failures.push_back(
            {seq, "chain", 0,
             "chain entry " + std::to_string(expected_seq) +
                 (seq - 1 > expected_seq ? "-" + std::to_string(seq - 1) : std::string()) +
                 " missing (deleted)"});
      } else if (prev_hash != prev) {
        fail(where + ": previous hash does not match entry " + std::to_string(seq - 1));
      }
      if (ChainHash(prev_hash, kind, row_id, content) != chain_hash) {
        fail(where + ": chain hash does not match its fields (entry edited)");
      }
      chained.insert({kind, row_id});

      std::string recomputed;
      bool found = false;
      if (kind == "capture") {
        auto c = im.LoadCapture(row_id, &found);
        if (!c.ok()) return c.status();
        if (found) {
          for (const auto& r : c->records) {
            std::string path = im.WarcPath(r.file);
            auto bytes = ReadRawBytes(path, r.offset, r.length);
            if (!bytes.ok()) {
              fail(where + ": " + bytes.status().message());
              continue;
            }
            if (Sha256Hex(*bytes) != r.stored_sha256) {
              fail(where + ": WARC " + r.type + " record at " + r.file + ":" +
                   std::to_string(r.offset) + " changed (sha256 mismatch)");
            }
          }
          recomputed = CaptureContentHash(*c);
        }
      } else if (kind == "hit") {
        auto h = im.LoadHit(row_id, &found);
        if (!h.ok()) return h.status();
        if (found) recomputed = HitContentHash(*h);
      } else if (kind == "status") {
        sql::Statement s(im.db_,
                            "SELECT id, hit_id, kind, from_status, to_status, actor, note, at "
                            "FROM status_changes WHERE id = ?");
        s.bind(1, row_id);
        if ((found = s.executeStep())) {
          recomputed = StatusContentHash({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(),
                                          s.getColumn(2).getString(), s.getColumn(3).getString(),
                                          s.getColumn(4).getString(), s.getColumn(5).getString(),
                                          s.getColumn(6).getString(), s.getColumn(7).getString()});
        }
      } else if (kind == "export") {
        sql::Statement s(im.db_, "SELECT id, path, sha256, hit_ids, note, at FROM exports WHERE id = ?");
        s.bind(1, row_id);
        if ((found = s.executeStep())) {
          recomputed = ExportContentHash({s.getColumn(0).getInt64(), s.getColumn(1).getString(),
                                          s.getColumn(2).getString(), s.getColumn(3).getString(),
                                          s.getColumn(4).getString(), s.getColumn(5).getString()});
        }
      } else {
        fail(where + ": unknown entry kind");
        found = true;
        recomputed = content;
      }
      if (!found) {
        fail(where + ": row missing (deleted)");
      } else if (recomputed != content) {
        fail(where + ": content does not match the chain (row edited)");
      }
      prev = chain_hash;
      expected_seq = seq + 1;
    }
    if (im.head_.seq > 0 && expected_seq - 1 < im.head_.seq) {
      report.failures.push_back({im.head_.seq, "chain", 0,
                                 "chain entries " + std::to_string(expected_seq) + "-" +
                                     std::to_string(im.head_.seq) + " missing (deleted)"});
    }
    // Evidence rows that no chain entry covers (inserted, or their entry deleted).
    struct Table {
      const char* kind;
      const char* sql;
    };
    for (const Table& t : {Table{"capture", "SELECT id FROM captures ORDER BY id"},
                           Table{"hit", "SELECT id FROM hits ORDER BY id"},
                           Table{"status", "SELECT id FROM status_changes ORDER BY id"},
                           Table{"export", "SELECT id FROM exports ORDER BY id"}}) {
      sql::Statement s(im.db_, t.sql);
      while (s.executeStep()) {
        int64_t id = s.getColumn(0).getInt64();
        if (!chained.count({t.kind, id})) {
          report.failures.push_back({0, t.kind, id,
                                     std::string(t.kind) + " " + std::to_string(id) +
                                         ": not in the evidence chain"});
        }
      }
    }
    // A hit's status must be the last recorded status change (or "new").
    sql::Statement s(im.db_,
                        "SELECT h.id, h.status, coalesce((SELECT to_status FROM status_changes sc "
                        "WHERE sc.hit_id = h.id ORDER BY sc.id DESC LIMIT 1), 'new') FROM hits h "
                        "ORDER BY h.id");
    while (s.executeStep()) {
      std::string status = s.getColumn(1).getString();
      std::string recorded = s.getColumn(2).getString();
      if (status != recorded) {
        int64_t id = s.getColumn(0).getInt64();
        report.failures.push_back({0, "hit", id,
                                   "hit " + std::to_string(id) + ": status " + status +
                                       " does not match its recorded history (" + recorded + ")"});
      }
    }
    return report;
  } catch (const sql::Error& e) {
    return internal::FromSql(im.path(), e);
  }
}
}  // namespace lantian::store
