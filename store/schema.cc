#include "store/internal/schema.h"

#include <string>

#include "store/internal/sql.h"
#include "store/internal/sql_util.h"

namespace lantian::store::internal {
namespace {

// Version 1. Evidence rows (captures, warc_records, hits, status_changes,
// exports) are append-only apart from hits.status, which the chain's
// status_changes entries pin down. Items and entities hold sighting data
// that changes with every sweep and is not evidence by itself.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE schema_version(version INTEGER NOT NULL);
CREATE TABLE sweeps(
  id INTEGER PRIMARY KEY,
  job TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  options_json TEXT NOT NULL DEFAULT '');
CREATE TABLE frontier(
  id INTEGER PRIMARY KEY,
  sweep_id INTEGER NOT NULL REFERENCES sweeps(id),
  url_hash INTEGER NOT NULL,
  url TEXT NOT NULL,
  host TEXT NOT NULL,
  depth INTEGER NOT NULL,
  parent TEXT NOT NULL,
  hop TEXT NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  retry_at TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  UNIQUE(sweep_id, url_hash));
CREATE INDEX frontier_by_state ON frontier(sweep_id, state, id);
CREATE TABLE warc_files(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE captures(
  id INTEGER PRIMARY KEY,
  sweep_id INTEGER NOT NULL REFERENCES sweeps(id),
  url TEXT NOT NULL,
  first_url TEXT NOT NULL,
  http_status INTEGER NOT NULL,
  fetched_at TEXT NOT NULL,
  payload_sha256 TEXT NOT NULL,
  revisit_of INTEGER REFERENCES captures(id),
  truncated TEXT NOT NULL,
  hops INTEGER NOT NULL,
  fetch_ms INTEGER NOT NULL,
  via TEXT NOT NULL,
  hop TEXT NOT NULL,
  depth INTEGER NOT NULL,
  response_record_id TEXT NOT NULL);
CREATE INDEX captures_by_url_payload ON captures(url, payload_sha256);
CREATE TABLE warc_records(
  id INTEGER PRIMARY KEY,
  capture_id INTEGER NOT NULL REFERENCES captures(id),
  file_id INTEGER NOT NULL REFERENCES warc_files(id),
  offset INTEGER NOT NULL,
  length INTEGER NOT NULL,
  type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  stored_sha256 TEXT NOT NULL);
CREATE INDEX warc_records_by_capture ON warc_records(capture_id);
CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  UNIQUE(platform, entity_key));
CREATE TABLE entity_contacts(
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  contact TEXT NOT NULL,
  PRIMARY KEY(entity_id, contact)) WITHOUT ROWID;
CREATE INDEX entity_contacts_by_contact ON entity_contacts(contact);
CREATE TABLE items(
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  item_key TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  price TEXT NOT NULL,
  seller TEXT NOT NULL,
  seller_url TEXT NOT NULL,
  posted_at TEXT NOT NULL,
  text TEXT NOT NULL,
  entity_id INTEGER REFERENCES entities(id),
  first_capture_id INTEGER NOT NULL REFERENCES captures(id),
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  sightings INTEGER NOT NULL,
  UNIQUE(platform, item_key));
CREATE INDEX items_by_entity ON items(entity_id);
CREATE TABLE item_sightings(
  item_id INTEGER NOT NULL REFERENCES items(id),
  capture_id INTEGER NOT NULL REFERENCES captures(id),
  sweep_id INTEGER NOT NULL,
  PRIMARY KEY(item_id, capture_id)) WITHOUT ROWID;
CREATE INDEX item_sightings_by_capture ON item_sightings(capture_id);
CREATE INDEX item_sightings_by_sweep ON item_sightings(sweep_id, item_id);
CREATE TABLE hits(
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  capture_id INTEGER NOT NULL REFERENCES captures(id),
  rule_id TEXT NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL,
  match TEXT NOT NULL,
  match_norm TEXT NOT NULL,
  snippet TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  found_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new',
  UNIQUE(item_id, rule_id, match_norm));
CREATE INDEX hits_by_status ON hits(status, category);
CREATE TABLE status_changes(
  id INTEGER PRIMARY KEY,
  hit_id INTEGER NOT NULL REFERENCES hits(id),
  kind TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  actor TEXT NOT NULL,
  note TEXT NOT NULL,
  at TEXT NOT NULL);
CREATE INDEX status_changes_by_hit ON status_changes(hit_id, id);
CREATE TABLE exports(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  hit_ids TEXT NOT NULL,
  note TEXT NOT NULL,
  at TEXT NOT NULL);
CREATE TABLE chain(
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  row_id INTEGER NOT NULL,
  content_sha256 TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  chain_hash TEXT NOT NULL,
  at TEXT NOT NULL);
INSERT INTO schema_version(version) VALUES (1);
)sql";

}  // namespace

Result<int> ReadSchemaVersion(sql::Database& db, const std::string& path) {
  try {
    if (!db.tableExists("schema_version")) {
      // Empty, or holding only the daemon's own tables (store/daemon_state.cc
      // may create them first): the evidence schema is created. Any other
      // table means this is some other program's database: leave it alone.
      const char* others =
          db.engine() == sql::Engine::kSqlite
              ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT "
                "LIKE 'sqlite_%' AND name NOT IN ('daemon_jobs', 'daemon_values', 'alerts')"
              : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                "AND table_name NOT IN ('daemon_jobs', 'daemon_values', 'alerts')";
      sql::Statement other(db, others);
      other.executeStep();
      if (other.getColumn(0).getInt64() != 0) {
        return Status::FailedPrecondition(path + ": not a lantian database (no schema_version table)");
      }
      return 0;
    }
    sql::Statement q(db, "SELECT max(version) FROM schema_version");
    if (!q.executeStep() || q.getColumn(0).isNull()) {
      return Status::Corruption(path + ": schema_version table is empty");
    }
    return q.getColumn(0).getInt();
  } catch (const sql::Error& e) {
    if (e.kind() == sql::ErrorKind::kUnavailable) return FromSql(path, e);
    return Status::Corruption(SqlErrorText(path, e));
  }
}

Status Migrate(sql::Database& db, int from, int target, const std::string& path) {
  try {
    sql::Transaction tx(db);
    if (db.engine() == sql::Engine::kPostgres) {
      // Workers starting at once against a new database: one creates the
      // schema, the others wait here and then find it made.
      db.exec("SELECT pg_advisory_xact_lock(5268427)");
      auto now = ReadSchemaVersion(db, path);
      if (!now.ok()) return now.status();
      from = *now;
      if (from >= target) {
        tx.commit();
        return Status::Ok();
      }
    }
    if (from == 0 && target >= 1) {
      db.exec(kSchemaV1);
      from = 1;
    }
    // Version 2: what each item is (listing, post, result, article, page).
    if (from == 1 && target >= 2) {
      db.exec("ALTER TABLE items ADD COLUMN kind TEXT NOT NULL DEFAULT ''");
      db.exec("UPDATE schema_version SET version = 2");
      from = 2;
    }
    // Version 3: the frontier keeps the URL to request as linked next to the
    // canonical dedup key. Existing rows get "" (they request `url`, as before).
    if (from == 2 && target >= 3) {
      db.exec("ALTER TABLE frontier ADD COLUMN fetch_url TEXT NOT NULL DEFAULT ''");
      db.exec("UPDATE schema_version SET version = 3");
      from = 3;
    }
    // Version 4: who found a hit ("rule" or "model", model/detector.h) and
    // the model's score of its category (NULL when no model scored it).
    // Existing rows are rule hits without a score.
    if (from == 3 && target >= 4) {
      db.exec("ALTER TABLE hits ADD COLUMN source TEXT NOT NULL DEFAULT 'rule'");
      db.exec("ALTER TABLE hits ADD COLUMN score REAL");
      db.exec("UPDATE schema_version SET version = 4");
      from = 4;
    }
    // Version 5: the console's accounts (`lantian user`, `lantian serve`):
    // users with an Argon2id hash (crypto_pwhash_str form, never the
    // password), sessions keyed by the SHA-256 of their id (a stolen
    // database holds no usable session) and failed sign-ins for the rate
    // limit. None of these rows is evidence; the chain does not cover them.
    if (from == 4 && target >= 5) {
      db.exec(R"sql(
CREATE TABLE users(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  last_sign_in TEXT NOT NULL DEFAULT '');
CREATE TABLE sessions(
  id_sha256 TEXT PRIMARY KEY,
  user TEXT NOT NULL,
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  expires TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions(user);
CREATE TABLE sign_in_failures(
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL,
  address TEXT NOT NULL,
  at TEXT NOT NULL);
CREATE INDEX sign_in_failures_by_account ON sign_in_failures(account, at);
CREATE INDEX sign_in_failures_by_address ON sign_in_failures(address, at);
UPDATE schema_version SET version = 5;
)sql");
      from = 5;
    }
    // Version 6: a sweep run by a fleet (`lantian worker`, crawler/fleet.h).
    // frontier.claimed_by names the worker holding a row in its window;
    // workers report their heartbeat; host_leases holds, per host, who may
    // send the next request and when: the politeness of the whole fleet;
    // robots_cache holds each host's robots.txt answer for every worker.
    // A store used by one process leaves them empty.
    if (from == 5 && target >= 6) {
      db.exec(R"sql(
ALTER TABLE frontier ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
CREATE INDEX frontier_by_claim ON frontier(sweep_id, state, claimed_by, id);
CREATE TABLE workers(
  sweep_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  started_at TEXT NOT NULL,
  heartbeat_ms INTEGER NOT NULL,
  pages INTEGER NOT NULL DEFAULT 0,
  requests INTEGER NOT NULL DEFAULT 0,
  finished_at TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(sweep_id, name));
CREATE TABLE host_leases(
  sweep_id INTEGER NOT NULL,
  host TEXT NOT NULL,
  worker TEXT NOT NULL DEFAULT '',
  busy_until_ms INTEGER NOT NULL DEFAULT 0,
  next_allowed_ms INTEGER NOT NULL DEFAULT 0,
  requests INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(sweep_id, host));
CREATE TABLE robots_cache(
  host_key TEXT PRIMARY KEY,
  access INTEGER NOT NULL,
  body TEXT NOT NULL,
  fetched_ms INTEGER NOT NULL);
UPDATE schema_version SET version = 6;
)sql");
      from = 6;
    }
    // Later versions: `if (from == 6) { ALTER ...; UPDATE schema_version ...; from = 7; }`
    tx.commit();
  } catch (const sql::Error& e) {
    return Status::IoError(SqlErrorText(path, e) + " while creating the schema");
  }
  return Status::Ok();
}

}  // namespace lantian::store::internal
