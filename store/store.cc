#include "store/store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "base/sha256.h"
#include "base/strings.h"
#include "base/time.h"
#include "base/uri.h"
#include "store/internal/schema.h"
#include "store/warc_reader.h"
#include "store/warc_writer.h"

namespace lantian::store {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";
constexpr const char* kRevisitProfile =
    "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest";

// Canonical serialization for content hashes: a tag, then each field as
// "<byte length>:<bytes>;" (netstring-like, so no field can run into the
// next). Verify rebuilds the same string from the stored rows.
class Canon {
 public:
  explicit Canon(std::string_view tag) { s_.append(tag).push_back('|'); }
  Canon& Add(std::string_view v) {
    s_.append(std::to_string(v.size())).push_back(':');
    s_.append(v).push_back(';');
    return *this;
  }
  Canon& Add(int64_t v) { return Add(std::string_view(std::to_string(v))); }
  std::string Hash() const { return Sha256Hex(s_); }

 private:
  std::string s_;
};

struct RecordEvidence {
  std::string file;
  int64_t offset = 0;
  int64_t length = 0;
  std::string type;
  std::string record_id;
  std::string stored_sha256;
};

struct CaptureEvidence {
  int64_t id = 0;
  int64_t sweep_id = 0;
  std::string url, first_url;
  int64_t http_status = 0;
  std::string fetched_at, payload_sha256;
  int64_t revisit_of = 0;  // 0 = none
  std::string truncated, response_record_id;
  std::vector<RecordEvidence> records;
};

std::string CaptureContentHash(const CaptureEvidence& c) {
  Canon canon("capture");
  canon.Add(c.id).Add(c.sweep_id).Add(c.url).Add(c.first_url).Add(c.http_status);
  canon.Add(c.fetched_at).Add(c.payload_sha256).Add(c.revisit_of).Add(c.truncated);
  canon.Add(c.response_record_id).Add(static_cast<int64_t>(c.records.size()));
  for (const auto& r : c.records) {
    canon.Add(r.file).Add(r.offset).Add(r.length).Add(r.type).Add(r.record_id).Add(r.stored_sha256);
  }
  return canon.Hash();
}

struct HitEvidence {
  int64_t id = 0, item_id = 0, capture_id = 0;
  std::string item_key;  // platform + "\n" + items.item_key
  std::string rule_id, category, severity, match, snippet, legal_basis;
  int64_t start = 0, end = 0;
  std::string found_at;
};

std::string HitContentHash(const HitEvidence& h) {
  Canon canon("hit");
  canon.Add(h.id).Add(h.item_id).Add(h.capture_id).Add(h.item_key).Add(h.rule_id);
  canon.Add(h.category).Add(h.severity).Add(h.match).Add(h.snippet).Add(h.legal_basis);
  canon.Add(h.start).Add(h.end).Add(h.found_at);
  return canon.Hash();
}

struct StatusEvidence {
  int64_t id = 0, hit_id = 0;
  std::string kind, from, to, actor, note, at;
};

std::string StatusContentHash(const StatusEvidence& s) {
  Canon canon("status");
  canon.Add(s.id).Add(s.hit_id).Add(s.kind).Add(s.from).Add(s.to).Add(s.actor).Add(s.note).Add(s.at);
  return canon.Hash();
}

struct ExportEvidence {
  int64_t id = 0;
  std::string path, sha256, hit_ids, note, at;
};

std::string ExportContentHash(const ExportEvidence& e) {
  Canon canon("export");
  canon.Add(e.id).Add(e.path).Add(e.sha256).Add(e.hit_ids).Add(e.note).Add(e.at);
  return canon.Hash();
}

// chain_hash = sha256(prev_hash "|" kind "|" row_id "|" content_sha256).
std::string ChainHash(std::string_view prev, std::string_view kind, int64_t row_id,
                      std::string_view content) {
  std::string s;
  s.reserve(160);
  s.append(prev).push_back('|');
  s.append(kind).push_back('|');
  s.append(std::to_string(row_id)).push_back('|');
  s.append(content);
  return Sha256Hex(s);
}

// The frontier's UNIQUE(sweep_id, url_hash) key: base::UrlHash as SQLite's signed 64-bit.
int64_t UrlHash(std::string_view url) { return static_cast<int64_t>(base::UrlHash(url)); }

// True if the response head names a Content-Encoding other than identity
// (the body bytes are compressed already; RFC 9110 §8.4).
bool HasContentEncoding(std::string_view head) {
  constexpr std::string_view kName = "content-encoding:";
  for (size_t pos = head.find('\n'); pos != std::string_view::npos; pos = head.find('\n', pos + 1)) {
    std::string_view line = head.substr(pos + 1);
    if (line.size() < kName.size()) break;
    if (!base::StartsWithIgnoreAsciiCase(line, kName)) continue;
    std::string_view value = line.substr(kName.size(), line.find('\r') - kName.size());
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    return !value.empty() && value != "identity";
  }
  return false;
}

std::string NormalizeMatch(std::string_view m) {
  std::string out;
  out.reserve(m.size());
  for (char c : m) {
    if (base::IsAsciiSpace(c)) continue;
    out.push_back(base::AsciiLower(c));
  }
  return out;
}

std::string NormalizeContact(std::string_view kind_in, std::string_view value) {
  std::string kind = base::AsciiLower(kind_in);
  std::string v;
  if (kind == "phone" || kind == "qq" || kind == "tel" || kind == "mobile") {
    for (char c : value) {
      if (c >= '0' && c <= '9') v.push_back(c);
    }
    if (kind != "qq" && v.size() == 13 && v.starts_with("86")) v.erase(0, 2);
    if (kind == "tel" || kind == "mobile") kind = "phone";
  } else {
    for (char c : value) {
      if (base::IsAsciiSpace(c)) continue;
      v.push_back(base::AsciiLower(c));
    }
  }
  if (v.empty()) return {};
  return kind + ":" + v;
}

int FrontierStateCode(FrontierState s) {
  switch (s) {
    case FrontierState::kPending: return 0;
    case FrontierState::kDone: return 1;
    case FrontierState::kFailed: return 2;
    case FrontierState::kSkipped: return 3;
  }
  return 0;
}

FrontierState FrontierStateFromCode(int c) {
  switch (c) {
    case 1: return FrontierState::kDone;
    case 2: return FrontierState::kFailed;
    case 3: return FrontierState::kSkipped;
    default: return FrontierState::kPending;
  }
}

std::string SqlError(const std::string& path, const SQLite::Exception& e) {
  return path + ": " + e.what() + " (SQLite code " + std::to_string(e.getExtendedErrorCode()) + ")";
}

Status FromSqlite(const std::string& path, const SQLite::Exception& e) {
  int code = e.getErrorCode();
  std::string msg = SqlError(path, e);
  // SQLITE_CORRUPT 11, SQLITE_NOTADB 26.
  if (code == 11 || code == 26) return Status::Corruption(msg);
  // SQLITE_FULL 13.
  if (code == 13) return Status::ResourceExhausted(msg);
  // SQLITE_BUSY 5, SQLITE_LOCKED 6.
  if (code == 5 || code == 6) return Status::Unavailable(msg);
  return Status::IoError(msg);
}

// The lock that makes one process the only WARC writer of a directory.
class DirLock {
 public:
  DirLock() = default;
  explicit DirLock(int fd) : fd_(fd) {}
  DirLock(DirLock&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
  DirLock& operator=(DirLock&& o) noexcept {
    if (this != &o) {
      Reset();
      fd_ = std::exchange(o.fd_, -1);
    }
    return *this;
  }
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;
  ~DirLock() { Reset(); }

 private:
  void Reset() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the flock
    fd_ = -1;
  }
  int fd_ = -1;
};

template <typename... Args>
void BindAll(SQLite::Statement& st, const Args&... args) {
  st.reset();
  st.clearBindings();
  int i = 1;
  (st.bind(i++, args), ...);
}

}  // namespace

// ---------------------------------------------------------------------------

const char* HitStatusName(HitStatus s) {
  switch (s) {
    case HitStatus::kNew: return "new";
    case HitStatus::kConfirmed: return "confirmed";
    case HitStatus::kDismissed: return "dismissed";
    case HitStatus::kReported: return "reported";
    case HitStatus::kTakenDown: return "taken_down";
    case HitStatus::kStillUp: return "still_up";
  }
  return "new";
}

std::optional<HitStatus> ParseHitStatus(std::string_view name) {
  for (HitStatus s : {HitStatus::kNew, HitStatus::kConfirmed, HitStatus::kDismissed,
                      HitStatus::kReported, HitStatus::kTakenDown, HitStatus::kStillUp}) {
    if (name == HitStatusName(s)) return s;
  }
  return std::nullopt;
}

bool IsAllowedTransition(HitStatus from, HitStatus to) {
  switch (from) {
    case HitStatus::kNew: return to == HitStatus::kConfirmed || to == HitStatus::kDismissed;
    case HitStatus::kConfirmed: return to == HitStatus::kReported;
    case HitStatus::kReported:
    case HitStatus::kStillUp: return to == HitStatus::kTakenDown || to == HitStatus::kStillUp;
    case HitStatus::kDismissed:
    case HitStatus::kTakenDown: return false;
  }
  return false;
}

// ---------------------------------------------------------------------------

class Store::Impl {
 public:
  Impl(StoreOptions options, std::string warc_dir, SQLite::Database db)
      : options_(std::move(options)), warc_dir_(std::move(warc_dir)), db_(std::move(db)) {}

  // Constant after construction
  StoreOptions options_;
  std::string warc_dir_;
  // Owned by the store's thread
  SQLite::Database db_;
  std::unique_ptr<WarcWriter> warc_;
  DirLock warc_lock_;
  int64_t head_seq_ = 0;
  std::string head_hash_{kGenesisHash};
  std::unordered_map<std::string, int64_t> file_ids_;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> stmts_;

  const std::string& path() const { return options_.db_path; }

  // Prepared once per connection (STYLE.md §5); `sql` must be a literal.
  SQLite::Statement& Stmt(const char* sql) {
    auto& slot = stmts_[sql];
    if (!slot) slot = std::make_unique<SQLite::Statement>(db_, sql);
    return *slot;
  }

  std::string WarcPath(const std::string& name) const {
    std::string p = warc_dir_ + "/" + name;
    std::error_code ec;
    if (!fs::exists(p, ec) && fs::exists(p + ".open", ec)) return p + ".open";
    return p;
  }

  Status EnsureWarcWriter() {
    if (warc_) return Status::Ok();
    std::error_code ec;
    fs::create_directories(warc_dir_, ec);
    if (ec) return Status::IoError(warc_dir_ + ": cannot create WARC directory: " + ec.message());
    std::string lock_path = warc_dir_ + "/.lantian-writer.lock";
    int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return Status::IoError(lock_path + ": cannot open: " + std::strerror(errno));
    DirLock lock(fd);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      return Status::FailedPrecondition(warc_dir_ +
                                        ": another lantian process is writing WARC files here");
    }
    LANTIAN_RETURN_IF_ERROR(WarcWriter::RecoverOpenFiles(warc_dir_));
    WarcWriterOptions wo;
    wo.dir = warc_dir_;
    wo.hostname = options_.hostname;
    wo.rotate_bytes = options_.warc_rotate_bytes;
    wo.gzip_level = options_.warc_gzip_level;
    wo.warc_operator = options_.warc_operator;
    wo.user_agent = options_.user_agent;
    auto w = WarcWriter::Open(wo);
    if (!w.ok()) return w.status();
    warc_ = std::move(w).value();
    warc_lock_ = std::move(lock);
    return Status::Ok();
  }

  void LoadChainHead() {
    auto& q = Stmt("SELECT seq, chain_hash FROM chain ORDER BY seq DESC LIMIT 1");
    q.reset();
    if (q.executeStep()) {
      head_seq_ = q.getColumn(0).getInt64();
      head_hash_ = q.getColumn(1).getString();
    } else {
      head_seq_ = 0;
      head_hash_ = std::string(kGenesisHash);
    }
    q.reset();
  }

  void AppendChain(std::string_view kind, int64_t row_id, const std::string& content,
                   const std::string& at) {
    std::string hash = ChainHash(head_hash_, kind, row_id, content);
    auto& st = Stmt(
        "INSERT INTO chain(seq, kind, row_id, content_sha256, prev_hash, chain_hash, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    BindAll(st, head_seq_ + 1, std::string(kind), row_id, content, head_hash_, hash, at);
    st.exec();
    ++head_seq_;
    head_hash_ = std::move(hash);
  }

  int64_t FileId(const std::string& name) {
    if (auto it = file_ids_.find(name); it != file_ids_.end()) return it->second;
    auto& ins = Stmt("INSERT OR IGNORE INTO warc_files(name) VALUES (?)");
    BindAll(ins, name);
    ins.exec();
    auto& q = Stmt("SELECT id FROM warc_files WHERE name = ?");
    BindAll(q, name);
    q.executeStep();
    int64_t id = q.getColumn(0).getInt64();
    q.reset();
    file_ids_[name] = id;
    return id;
  }

  std::optional<int64_t> UpsertEntity(const ItemInput& item, const std::string& item_key) {
    std::string key;
    if (!item.seller_url.empty()) {
      key = "url:" + item.seller_url;
    } else if (!item.seller.empty()) {
      key = "name:" + item.seller;
    } else if (!item.contacts.empty()) {
      key = "item:" + item_key;
    } else {
      return std::nullopt;
    }
    auto& ins = Stmt(
        "INSERT OR IGNORE INTO entities(platform, entity_key, name, url) VALUES (?, ?, ?, ?)");
    BindAll(ins, item.platform, key, item.seller, item.seller_url);
    ins.exec();
    int64_t id = 0;
    if (db_.getChanges() > 0) {
      id = db_.getLastInsertRowid();
    } else {
      auto& q = Stmt("SELECT id FROM entities WHERE platform = ? AND entity_key = ?");
      BindAll(q, item.platform, key);
      q.executeStep();
      id = q.getColumn(0).getInt64();
      q.reset();
    }
    for (const auto& c : item.contacts) {
      std::string norm = NormalizeContact(c.kind, c.value);
      if (norm.empty()) continue;
      auto& ic = Stmt("INSERT OR IGNORE INTO entity_contacts(entity_id, contact) VALUES (?, ?)");
      BindAll(ic, id, norm);
      ic.exec();
    }
    return id;
  }

  // Records that `item_id` was seen in `capture_id`; bumps last_seen and
  // sightings once per capture.
  void Sight(int64_t item_id, int64_t capture_id, int64_t sweep_id, const std::string& at) {
    auto& ins = Stmt(
        "INSERT OR IGNORE INTO item_sightings(item_id, capture_id, sweep_id) VALUES (?, ?, ?)");
    BindAll(ins, item_id, capture_id, sweep_id);
    ins.exec();
    if (db_.getChanges() == 0) return;
    auto& up = Stmt(
        "UPDATE items SET last_seen = max(last_seen, ?), first_seen = min(first_seen, ?), "
        "sightings = sightings + 1 WHERE id = ?");
    BindAll(up, at, at, item_id);
    up.exec();
  }

  int64_t UpsertItem(const ItemInput& item, int64_t capture_id, int64_t sweep_id,
                     const std::string& at, std::string* item_key_out) {
    std::string key = item.listing_id.empty() ? "url:" + item.url : "id:" + item.listing_id;
    std::string platform = item.platform.empty() ? "generic" : item.platform;
    *item_key_out = platform + "\n" + key;
    auto entity = UpsertEntity(item, key);
    auto& q = Stmt("SELECT id FROM items WHERE platform = ? AND item_key = ?");
    BindAll(q, platform, key);
    int64_t id = 0;
    if (q.executeStep()) {
      id = q.getColumn(0).getInt64();
      q.reset();
      if (entity) {
        auto& up = Stmt("UPDATE items SET entity_id = ? WHERE id = ? AND entity_id IS NULL");
        BindAll(up, *entity, id);
        up.exec();
      }
    } else {
      q.reset();
      auto& ins = Stmt(
          "INSERT INTO items(platform, item_key, listing_id, url, title, price, seller, seller_url, "
          "posted_at, text, entity_id, first_capture_id, first_seen, last_seen, sightings) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
      BindAll(ins, platform, key, item.listing_id, item.url, item.title, item.price, item.seller,
              item.seller_url, item.posted_at, item.text);
      if (entity) {
        ins.bind(11, *entity);
      } else {
        ins.bind(11);  // NULL
      }
      ins.bind(12, capture_id);
      ins.bind(13, at);
      ins.bind(14, at);
      ins.exec();
      id = db_.getLastInsertRowid();
    }
    Sight(id, capture_id, sweep_id, at);
    return id;
  }

  Status WritePage(const PageResult& page, WrittenPage* out);

  Result<CaptureEvidence> LoadCapture(int64_t id, bool* found);
  Result<HitEvidence> LoadHit(int64_t id, bool* found);
};

Status Store::Impl::WritePage(const PageResult& page, WrittenPage* out) {
  const CaptureInput& cap = page.capture;
  if (cap.hops.empty()) return Status::InvalidArgument("capture without any exchange hop");
  const ExchangeHop& final_hop = cap.hops.back();
  const std::string date = cap.fetched_at_utc.empty() ? base::NowRfc3339UtcMs() : cap.fetched_at_utc;
  const std::string payload =
      cap.payload_sha256.empty() ? Sha256Hex(final_hop.response_body_raw) : cap.payload_sha256;

  // A revisit refers to the original full capture (never to another revisit).
  int64_t original_id = 0;
  std::string original_record_id, original_date, original_url;
  if (page.revisit_of_capture_id) {
    auto& q = Stmt(
        "SELECT coalesce(o.id, c.id), coalesce(o.response_record_id, c.response_record_id), "
        "coalesce(o.fetched_at, c.fetched_at), coalesce(o.url, c.url) "
        "FROM captures c LEFT JOIN captures o ON o.id = c.revisit_of WHERE c.id = ?");
    BindAll(q, *page.revisit_of_capture_id);
    if (!q.executeStep()) {
      q.reset();
      return Status::InvalidArgument("revisit of capture " +
                                     std::to_string(*page.revisit_of_capture_id) +
                                     ": no such capture");
    }
    original_id = q.getColumn(0).getInt64();
    original_record_id = q.getColumn(1).getString();
    original_date = q.getColumn(2).getString();
    original_url = q.getColumn(3).getString();
    q.reset();
  }

  std::vector<WarcRecordLocation> locs;
  std::vector<std::string> types;
  std::string final_response_id;
  int64_t fetch_ms = 0;
  for (size_t i = 0; i < cap.hops.size(); ++i) {
    const ExchangeHop& hop = cap.hops[i];
    fetch_ms += hop.fetch_ms;
    const bool is_final = i + 1 == cap.hops.size();
    const std::string response_id = NewWarcRecordId();

    WarcRecordSpec req;
    req.type = "request";
    req.target_uri = hop.url;
    req.date = date;
    req.content_type = "application/http;msgtype=request";
    req.fields.emplace_back("WARC-Concurrent-To", response_id);
    if (!hop.ip.empty()) req.fields.emplace_back("WARC-IP-Address", hop.ip);
    req.block_parts = {hop.request_bytes};
    auto req_loc = warc_->Append(req);
    if (!req_loc.ok()) return req_loc.status();
    locs.push_back(*req_loc);
    types.emplace_back("request");

    WarcRecordSpec resp;
    resp.target_uri = hop.url;
    resp.date = date;
    resp.record_id = response_id;
    resp.content_type = "application/http;msgtype=response";
    if (!hop.ip.empty()) resp.fields.emplace_back("WARC-IP-Address", hop.ip);
    resp.index = true;
    resp.http_status = hop.status;
    if (is_final && page.revisit_of_capture_id) {
      // Identical-payload-digest profile (WARC/1.1 §6.7.2): headers only.
      resp.type = "revisit";
      resp.fields.emplace_back("WARC-Profile", kRevisitProfile);
      resp.fields.emplace_back("WARC-Refers-To", original_record_id);
      resp.fields.emplace_back("WARC-Refers-To-Target-URI", original_url);
      resp.fields.emplace_back("WARC-Refers-To-Date", original_date);
      resp.fields.emplace_back("WARC-Truncated", "length");
      resp.payload_digest = "sha256:" + payload;
      resp.block_parts = {hop.response_head};
      resp.mime = "warc/revisit";
    } else {
      resp.type = "response";
      if (hop.truncated) {
        resp.fields.emplace_back("WARC-Truncated",
                                 hop.truncated_reason.empty() ? "unspecified" : hop.truncated_reason);
      }
      resp.block_parts = {hop.response_head, hop.response_body_raw};
      resp.precompressed = HasContentEncoding(hop.response_head);
      resp.payload_offset = static_cast<int64_t>(hop.response_head.size());
      resp.mime = hop.mime;
    }
    auto resp_loc = warc_->Append(resp);
    if (!resp_loc.ok()) return resp_loc.status();
    locs.push_back(*resp_loc);
    types.push_back(resp.type);
    if (is_final) final_response_id = response_id;
  }

  std::string truncated;
  if (final_hop.truncated) {
    truncated = final_hop.truncated_reason.empty() ? "unspecified" : final_hop.truncated_reason;
  }
  auto& ins = Stmt(
      "INSERT INTO captures(sweep_id, url, first_url, http_status, fetched_at, payload_sha256, "
      "revisit_of, truncated, hops, fetch_ms, via, hop, depth, response_record_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  BindAll(ins, cap.sweep_id, final_hop.url, cap.hops.front().url, final_hop.status, date, payload);
  if (original_id) {
    ins.bind(7, original_id);
  } else {
    ins.bind(7);
  }
  ins.bind(8, truncated);
  ins.bind(9, static_cast<int64_t>(cap.hops.size()));
  ins.bind(10, fetch_ms);
  ins.bind(11, cap.via);
  ins.bind(12, std::string(1, cap.hop));
  ins.bind(13, cap.depth);
  ins.bind(14, final_response_id);
  ins.exec();
  const int64_t capture_id = db_.getLastInsertRowid();
  out->capture_id = capture_id;

  // Items and hits; the capture's chain entry comes first, then its new hits.
  std::string metadata;
  metadata += "via: " + cap.via + "\r\n";
  metadata += std::string("hopsFromSeed: ") + cap.hop + "\r\n";
  metadata += "fetchTimeMs: " + std::to_string(fetch_ms) + "\r\n";
  metadata += "lantian-capture-id: " + std::to_string(capture_id) + "\r\n";
  std::vector<std::pair<int64_t, std::string>> deferred_hits;  // for the metadata record
  if (original_id) {
    auto& q = Stmt(
        "SELECT s.item_id, i.platform, i.item_key FROM item_sightings s "
        "JOIN items i ON i.id = s.item_id WHERE s.capture_id = ? ORDER BY s.item_id");
    BindAll(q, original_id);
    std::vector<std::pair<int64_t, std::string>> items;
    while (q.executeStep()) {
      items.emplace_back(q.getColumn(0).getInt64(),
                         q.getColumn(1).getString() + " " + q.getColumn(2).getString());
    }
    q.reset();
    for (const auto& [item_id, key] : items) {
      Sight(item_id, capture_id, cap.sweep_id, date);
      out->item_ids.push_back(item_id);
      out->hit_ids.emplace_back();
      metadata += "lantian-item: " + key + "\r\n";
    }
  }

  // Per item: upsert, then hits. New hit chain entries must follow the
  // capture's, so hits are inserted after the capture entry below.
  struct PendingItem {
    int64_t id;
    std::string key;
  };
  std::vector<PendingItem> pending;
  if (!original_id) {
    for (const auto& [item, hits] : page.items) {
      std::string key;
      int64_t item_id = UpsertItem(item, capture_id, cap.sweep_id, date, &key);
      pending.push_back({item_id, key});
      out->item_ids.push_back(item_id);
      std::string shown = key;
      std::replace(shown.begin(), shown.end(), '\n', ' ');
      metadata += "lantian-item: " + shown + "\r\n";
    }
  }

  // Hit ids are not known before insertion, and the metadata record must
  // list them: insert hits first (chain entries deferred), then metadata,
  // then the capture's chain entry, then the hits' entries.
  std::vector<HitEvidence> new_hits;
  if (!original_id) {
    for (size_t i = 0; i < page.items.size(); ++i) {
      const auto& hits = page.items[i].second;
      std::vector<int64_t> ids;
      for (const HitInput& hit : hits) {
        std::string norm = NormalizeMatch(hit.match);
        auto& hi = Stmt(
            "INSERT OR IGNORE INTO hits(item_id, capture_id, rule_id, category, severity, match, "
            "match_norm, snippet, legal_basis, start, \"end\", found_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        BindAll(hi, pending[i].id, capture_id, hit.rule_id, hit.category, hit.severity, hit.match,
                norm, hit.snippet, hit.legal_basis, hit.start, hit.end, date);
        hi.exec();
        int64_t hit_id = 0;
        if (db_.getChanges() > 0) {
          hit_id = db_.getLastInsertRowid();
          new_hits.push_back({hit_id, pending[i].id, capture_id, pending[i].key, hit.rule_id,
                              hit.category, hit.severity, hit.match, hit.snippet, hit.legal_basis,
                              hit.start, hit.end, date});
          ++out->new_hits;
        } else {
          auto& q = Stmt("SELECT id FROM hits WHERE item_id = ? AND rule_id = ? AND match_norm = ?");
          BindAll(q, pending[i].id, hit.rule_id, norm);
          q.executeStep();
          hit_id = q.getColumn(0).getInt64();
          q.reset();
        }
        ids.push_back(hit_id);
        metadata += "lantian-hit: " + std::to_string(hit_id) + " " + hit.rule_id + "\r\n";
      }
      out->hit_ids.push_back(std::move(ids));
    }
  }

  WarcRecordSpec meta;
  meta.type = "metadata";
  meta.target_uri = final_hop.url;
  meta.date = date;
  meta.content_type = "application/warc-fields";
  meta.fields.emplace_back("WARC-Refers-To", final_response_id);
  meta.block_parts = {metadata};
  auto meta_loc = warc_->Append(meta);
  if (!meta_loc.ok()) return meta_loc.status();
  locs.push_back(*meta_loc);
  types.emplace_back("metadata");

  CaptureEvidence ev;
  ev.id = capture_id;
  ev.sweep_id = cap.sweep_id;
  ev.url = final_hop.url;
  ev.first_url = cap.hops.front().url;
  ev.http_status = final_hop.status;
  ev.fetched_at = date;
  ev.payload_sha256 = payload;
  ev.revisit_of = original_id;
  ev.truncated = truncated;
  ev.response_record_id = final_response_id;
  for (size_t i = 0; i < locs.size(); ++i) {
    const auto& l = locs[i];
    auto& wr = Stmt(
        "INSERT INTO warc_records(capture_id, file_id, offset, length, type, record_id, "
        "stored_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)");
    BindAll(wr, capture_id, FileId(l.filename), l.offset, l.length, types[i], l.record_id,
            l.stored_sha256);
    wr.exec();
    ev.records.push_back({l.filename, l.offset, l.length, types[i], l.record_id, l.stored_sha256});
  }
  AppendChain("capture", capture_id, CaptureContentHash(ev), date);
  for (const auto& h : new_hits) AppendChain("hit", h.id, HitContentHash(h), date);

  if (cap.frontier_id > 0) {
    auto& fu = Stmt("UPDATE frontier SET state = 1, attempts = attempts + 1, reason = '' WHERE id = ?");
    BindAll(fu, cap.frontier_id);
    fu.exec();
  }
  return Status::Ok();
}

Result<CaptureEvidence> Store::Impl::LoadCapture(int64_t id, bool* found) {
  CaptureEvidence c;
  auto& q = Stmt(
      "SELECT id, sweep_id, url, first_url, http_status, fetched_at, payload_sha256, "
      "coalesce(revisit_of, 0), truncated, response_record_id FROM captures WHERE id = ?");
  BindAll(q, id);
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
  BindAll(r, id);
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
      "h.found_at FROM hits h LEFT JOIN items i ON i.id = h.item_id WHERE h.id = ?");
  BindAll(q, id);
  *found = q.executeStep();
  if (*found) {
    h = {q.getColumn(0).getInt64(),  q.getColumn(1).getInt64(),  q.getColumn(2).getInt64(),
         q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
         q.getColumn(6).getString(), q.getColumn(7).getString(), q.getColumn(8).getString(),
         q.getColumn(9).getString(), q.getColumn(10).getInt64(), q.getColumn(11).getInt64(),
         q.getColumn(12).getString()};
  }
  q.reset();
  return h;
}

// ---------------------------------------------------------------------------

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() { Close().IgnoreError(); }  // destructor: nowhere to report

const StoreOptions& Store::options() const { return impl_->options_; }

Result<std::unique_ptr<Store>> Store::Open(const StoreOptions& options) {
  const std::string& path = options.db_path;
  std::error_code ec;
  if ((options.read_only || !options.create_if_missing) && !fs::exists(path, ec)) {
    return Status::NotFound(path + ": no such database");
  }
  std::string warc_dir = options.warc_dir;
  if (warc_dir.empty()) {
    fs::path parent = fs::path(path).parent_path();
    warc_dir = (parent.empty() ? fs::path("warc") : parent / "warc").string();
  }
  try {
    int flags = options.read_only ? SQLite::OPEN_READONLY
                                  : (SQLite::OPEN_READWRITE |
                                     (options.create_if_missing ? SQLite::OPEN_CREATE : 0));
    SQLite::Database db(path, flags, options.busy_timeout_ms);
    db.exec("PRAGMA foreign_keys = ON");
    auto version = internal::ReadSchemaVersion(db, path);
    if (!version.ok()) return version.status();
    if (*version > kSchemaVersion) {
      return Status::FailedPrecondition(
          path + ": database schema version " + std::to_string(*version) +
          " is newer than this lantian supports (" + std::to_string(kSchemaVersion) +
          "); refusing to open it (not modified)");
    }
    if (*version < kSchemaVersion) {
      if (options.read_only) {
        return Status::FailedPrecondition(
            *version == 0 ? path + ": not a lantian database (empty)"
                          : path + ": database schema version " + std::to_string(*version) +
                                " needs a migration; open it read-write once");
      }
      LANTIAN_RETURN_IF_ERROR(internal::Migrate(db, *version, kSchemaVersion, path));
    }
    if (!options.read_only) {
      SQLite::Statement wal(db, "PRAGMA journal_mode = WAL");
      wal.executeStep();
      db.exec("PRAGMA synchronous = FULL");
      // 8 MiB page cache for the writer: bounded, so RSS stays flat however
      // large the frontier grows (a 1M-URL frontier index alone is ~30 MB);
      // misses are served from the OS page cache.
      db.exec("PRAGMA cache_size = -8192");
    }
    auto impl = std::make_unique<Impl>(options, warc_dir, std::move(db));
    impl->LoadChainHead();
    return std::unique_ptr<Store>(new Store(std::move(impl)));
  } catch (const SQLite::Exception& e) {
    return FromSqlite(path, e);
  }
}

Status Store::Close() {
  if (!impl_->warc_) return Status::Ok();
  Status s = impl_->warc_->Close();
  impl_->warc_.reset();
  impl_->warc_lock_ = DirLock();
  return s;
}

// ---- Sweeps ----------------------------------------------------------------

Result<int64_t> Store::BeginSweep(std::string_view job, std::string_view options_json) {
  try {
    auto& st = impl_->Stmt(
        "INSERT INTO sweeps(job, started_at, status, options_json) VALUES (?, ?, 'running', ?)");
    BindAll(st, std::string(job), base::NowRfc3339UtcMs(), std::string(options_json));
    st.exec();
    return impl_->db_.getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Status Store::FinishSweep(int64_t sweep_id, std::string_view status) {
  try {
    auto& st = impl_->Stmt("UPDATE sweeps SET status = ?, finished_at = ? WHERE id = ?");
    BindAll(st, std::string(status), base::NowRfc3339UtcMs(), sweep_id);
    st.exec();
    if (impl_->db_.getChanges() == 0) {
      return Status::NotFound(impl_->path() + ": sweep " + std::to_string(sweep_id) + " not found");
    }
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Status Store::ReopenSweep(int64_t sweep_id) {
  try {
    auto& st = impl_->Stmt("UPDATE sweeps SET status = 'running', finished_at = '' WHERE id = ?");
    BindAll(st, sweep_id);
    st.exec();
    if (impl_->db_.getChanges() == 0) {
      return Status::NotFound(impl_->path() + ": sweep " + std::to_string(sweep_id) + " not found");
    }
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

namespace {
SweepRecord ReadSweep(SQLite::Statement& q) {
  return {q.getColumn(0).getInt64(),  q.getColumn(1).getString(), q.getColumn(2).getString(),
          q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString()};
}
}  // namespace

Result<std::optional<SweepRecord>> Store::LastSweep() {
  try {
    auto& q = impl_->Stmt(
        "SELECT id, job, started_at, finished_at, status, options_json FROM sweeps "
        "ORDER BY id DESC LIMIT 1");
    q.reset();
    std::optional<SweepRecord> out;
    if (q.executeStep()) out = ReadSweep(q);
    q.reset();
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Result<std::optional<SweepRecord>> Store::LatestUnfinishedSweep(std::string_view job) {
  try {
    auto& q = impl_->Stmt(
        "SELECT id, job, started_at, finished_at, status, options_json FROM sweeps "
        "WHERE status IN ('running', 'interrupted') AND (? = '' OR job = ?) "
        "ORDER BY id DESC LIMIT 1");
    BindAll(q, std::string(job), std::string(job));
    std::optional<SweepRecord> out;
    if (q.executeStep()) out = ReadSweep(q);
    q.reset();
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Result<SweepRecord> Store::GetSweep(int64_t sweep_id) {
  try {
    auto& q = impl_->Stmt(
        "SELECT id, job, started_at, finished_at, status, options_json FROM sweeps WHERE id = ?");
    BindAll(q, sweep_id);
    if (!q.executeStep()) {
      q.reset();
      return Status::NotFound(impl_->path() + ": sweep " + std::to_string(sweep_id) + " not found");
    }
    SweepRecord r = ReadSweep(q);
    q.reset();
    return r;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

// ---- Frontier --------------------------------------------------------------

Result<int64_t> Store::EnqueueUrls(int64_t sweep_id, std::span<const FrontierUrl> urls) {
  if (impl_->options_.read_only) return Status::FailedPrecondition(impl_->path() + ": opened read-only");
  try {
    SQLite::Transaction tx(impl_->db_);
    int64_t added = 0;
    auto& st = impl_->Stmt(
        "INSERT OR IGNORE INTO frontier(sweep_id, url_hash, url, host, depth, parent, hop) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const FrontierUrl& u : urls) {
      BindAll(st, sweep_id, UrlHash(u.url), u.url, u.host, u.depth, u.parent, std::string(1, u.hop));
      st.exec();
      added += impl_->db_.getChanges();
    }
    tx.commit();
    return added;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Result<std::vector<bool>> Store::KnownUrls(int64_t sweep_id, std::span<const FrontierUrl> urls) {
  std::vector<bool> known(urls.size(), false);
  if (urls.empty()) return known;
  try {
    SQLite::Transaction tx(impl_->db_);  // one read snapshot, not one per lookup
    auto& q = impl_->Stmt("SELECT 1 FROM frontier WHERE sweep_id = ? AND url_hash = ?");
    for (size_t i = 0; i < urls.size(); ++i) {
      BindAll(q, sweep_id, UrlHash(urls[i].url));
      known[i] = q.executeStep();
      q.reset();
    }
    tx.commit();
    return known;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Result<std::vector<FrontierRow>> Store::PendingUrls(int64_t sweep_id, int64_t after_id,
                                                    size_t limit) {
  try {
    auto& q = impl_->Stmt(
        "SELECT id, url, host, depth, parent, hop, state, attempts, retry_at, reason FROM frontier "
        "WHERE sweep_id = ? AND state = 0 AND id > ? ORDER BY id LIMIT ?");
    BindAll(q, sweep_id, after_id, static_cast<int64_t>(limit));
    std::vector<FrontierRow> rows;
    while (q.executeStep()) {
      FrontierRow r;
      r.id = q.getColumn(0).getInt64();
      r.url.url = q.getColumn(1).getString();
      r.url.host = q.getColumn(2).getString();
      r.url.depth = q.getColumn(3).getInt();
      r.url.parent = q.getColumn(4).getString();
      std::string hop = q.getColumn(5).getString();
      r.url.hop = hop.empty() ? 'S' : hop[0];
      r.state = FrontierStateFromCode(q.getColumn(6).getInt());
      r.attempts = q.getColumn(7).getInt();
      r.retry_at = q.getColumn(8).getString();
      r.reason = q.getColumn(9).getString();
      rows.push_back(std::move(r));
    }
    q.reset();
    return rows;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Status Store::MarkUrls(std::span<const FrontierUpdate> updates) {
  if (impl_->options_.read_only) return Status::FailedPrecondition(impl_->path() + ": opened read-only");
  try {
    SQLite::Transaction tx(impl_->db_);
    auto& st = impl_->Stmt(
        "UPDATE frontier SET state = ?, attempts = ?, retry_at = ?, reason = ? WHERE id = ?");
    for (const FrontierUpdate& u : updates) {
      BindAll(st, FrontierStateCode(u.state), u.attempts, u.retry_at, u.reason, u.id);
      st.exec();
    }
    tx.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Result<FrontierCounts> Store::CountFrontier(int64_t sweep_id) {
  try {
    auto& q = impl_->Stmt("SELECT state, count(*) FROM frontier WHERE sweep_id = ? GROUP BY state");
    BindAll(q, sweep_id);
    FrontierCounts c;
    while (q.executeStep()) {
      int64_t n = q.getColumn(1).getInt64();
      switch (FrontierStateFromCode(q.getColumn(0).getInt())) {
        case FrontierState::kPending: c.pending += n; break;
        case FrontierState::kDone: c.done += n; break;
        case FrontierState::kFailed: c.failed += n; break;
        case FrontierState::kSkipped: c.skipped += n; break;
      }
    }
    q.reset();
    return c;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

// ---- Captures --------------------------------------------------------------

Result<std::vector<WrittenPage>> Store::WritePages(std::span<const PageResult> pages) {
  Impl& im = *impl_;
  if (im.options_.read_only) return Status::FailedPrecondition(im.path() + ": opened read-only");
  LANTIAN_RETURN_IF_ERROR(im.EnsureWarcWriter());
  const WarcWriter::Mark mark = im.warc_->CurrentMark();
  const int64_t head_seq = im.head_seq_;
  const std::string head_hash = im.head_hash_;
  auto rollback = [&](Status s) {
    im.head_seq_ = head_seq;
    im.head_hash_ = head_hash;
    im.file_ids_.clear();  // ids of files inserted in this transaction are gone
    // Drop this batch's WARC bytes so the file holds no half-written record;
    // if even that fails the leftover bytes are unreferenced, never wrong.
    im.warc_->DiscardFrom(mark).IgnoreError();
    return s;
  };
  std::vector<WrittenPage> out(pages.size());
  try {
    SQLite::Transaction tx(im.db_);
    for (size_t i = 0; i < pages.size(); ++i) {
      Status s = im.WritePage(pages[i], &out[i]);
      if (!s.ok()) return rollback(s.WithContext("page " + std::to_string(i)));
    }
    // The WARC bytes are on disk before any row pointing to them commits.
    Status flushed = im.warc_->Flush(im.options_.fsync);
    if (!flushed.ok()) return rollback(flushed);
    tx.commit();
  } catch (const SQLite::Exception& e) {
    return rollback(FromSqlite(im.path(), e));
  }
  return out;
}

Result<std::optional<PriorCapture>> Store::FindByPayloadDigest(std::string_view url,
                                                              std::string_view payload_sha256) {
  try {
    auto& q = impl_->Stmt(
        "SELECT coalesce(o.id, c.id), coalesce(o.url, c.url), "
        "coalesce(o.response_record_id, c.response_record_id), coalesce(o.fetched_at, c.fetched_at), "
        "c.payload_sha256 FROM captures c LEFT JOIN captures o ON o.id = c.revisit_of "
        "WHERE c.url = ? AND c.payload_sha256 = ? ORDER BY c.id DESC LIMIT 1");
    BindAll(q, std::string(url), std::string(payload_sha256));
    std::optional<PriorCapture> out;
    if (q.executeStep()) {
      out = PriorCapture{q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                         q.getColumn(2).getString(), q.getColumn(3).getString(),
                         q.getColumn(4).getString()};
    }
    q.reset();
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Result<std::vector<Store::RecordLocation>> Store::CaptureRecords(int64_t capture_id) {
  try {
    bool found = false;
    auto c = impl_->LoadCapture(capture_id, &found);
    if (!c.ok()) return c.status();
    if (!found) {
      return Status::NotFound(impl_->path() + ": capture " + std::to_string(capture_id) +
                              " not found");
    }
    std::vector<RecordLocation> out;
    for (const auto& r : c->records) {
      out.push_back({impl_->WarcPath(r.file), r.offset, r.length, r.type, r.record_id});
    }
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Result<std::string> Store::ReadRawRecordBytes(int64_t capture_id) {
  auto recs = CaptureRecords(capture_id);
  if (!recs.ok()) return recs.status();
  std::string out;
  for (const auto& r : *recs) {
    auto bytes = ReadRawBytes(r.path, r.offset, r.length);
    if (!bytes.ok()) return bytes.status();
    out += *bytes;
  }
  return out;
}

// ---- Triage ----------------------------------------------------------------

namespace {
constexpr const char* kHitSelect =
    "SELECT h.id, h.category, h.rule_id, h.severity, h.status, i.platform, i.url, i.title, "
    "i.seller, c.url, h.match, h.snippet, h.legal_basis, h.start, h.\"end\", h.item_id, "
    "h.capture_id, c.fetched_at, c.payload_sha256, i.first_seen, i.last_seen, i.sightings, "
    "i.listing_id, i.price, i.seller_url, "
    "(SELECT MAX(sc.at) FROM status_changes sc WHERE sc.hit_id = h.id AND sc.to_status = "
    "'reported') "
    "FROM hits h JOIN items i ON i.id = h.item_id JOIN captures c ON c.id = h.capture_id ";

HitRow ReadHitRow(SQLite::Statement& q) {
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
  return r;
}
}  // namespace

Result<std::vector<HitRow>> Store::ListHits(const HitFilter& filter) {
  try {
    std::string sql = kHitSelect;
    sql +=
        "WHERE (?1 = '' OR h.status = ?1) AND (?2 = '' OR h.category = ?2) "
        "AND (?3 = '' OR i.platform = ?3) AND (?4 = 0 OR EXISTS (SELECT 1 FROM item_sightings s "
        "WHERE s.sweep_id = ?4 AND s.item_id = h.item_id)) ORDER BY h.id";
    if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
    SQLite::Statement q(impl_->db_, sql);
    q.bind(1, filter.status ? std::string(HitStatusName(*filter.status)) : std::string());
    q.bind(2, filter.category);
    q.bind(3, filter.platform);
    q.bind(4, filter.sweep_id);
    std::vector<HitRow> out;
    while (q.executeStep()) out.push_back(ReadHitRow(q));
    return out;
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Result<HitRow> Store::GetHit(int64_t hit_id) {
  try {
    SQLite::Statement q(impl_->db_, std::string(kHitSelect) + "WHERE h.id = ?");
    q.bind(1, hit_id);
    if (!q.executeStep()) return Status::NotFound("hit " + std::to_string(hit_id) + ": no such hit");
    return ReadHitRow(q);
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

Status Store::SetHitStatus(const StatusChange& change) {
  Impl& im = *impl_;
  if (im.options_.read_only) return Status::FailedPrecondition(im.path() + ": opened read-only");
  if (change.hit_ids.empty()) return Status::InvalidArgument("no hit ids given");
  std::vector<int64_t> ids;
  std::set<int64_t> seen;
  for (int64_t id : change.hit_ids) {
    if (seen.insert(id).second) ids.push_back(id);
  }
  const int64_t head_seq = im.head_seq_;
  const std::string head_hash = im.head_hash_;
  try {
    SQLite::Transaction tx(im.db_);
    const std::string at = base::NowRfc3339UtcMs();
    const std::string to = HitStatusName(change.to);
    for (int64_t id : ids) {
      auto& q = im.Stmt("SELECT status FROM hits WHERE id = ?");
      BindAll(q, id);
      if (!q.executeStep()) {
        q.reset();
        im.head_seq_ = head_seq;
        im.head_hash_ = head_hash;
        return Status::NotFound("hit " + std::to_string(id) + ": no such hit");
      }
      std::string from = q.getColumn(0).getString();
      q.reset();
      auto from_status = ParseHitStatus(from);
      if (!from_status || !IsAllowedTransition(*from_status, change.to)) {
        im.head_seq_ = head_seq;
        im.head_hash_ = head_hash;
        return Status::FailedPrecondition("hit " + std::to_string(id) + ": cannot move from " +
                                          from + " to " + to);
      }
      auto& up = im.Stmt("UPDATE hits SET status = ? WHERE id = ?");
      BindAll(up, to, id);
      up.exec();
      auto& ins = im.Stmt(
          "INSERT INTO status_changes(hit_id, kind, from_status, to_status, actor, note, at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)");
      BindAll(ins, id, change.kind, from, to, change.actor, change.note, at);
      ins.exec();
      int64_t change_id = im.db_.getLastInsertRowid();
      StatusEvidence ev{change_id, id, change.kind, from, to, change.actor, change.note, at};
      im.AppendChain("status", change_id, StatusContentHash(ev), at);
    }
    tx.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    im.head_seq_ = head_seq;
    im.head_hash_ = head_hash;
    return FromSqlite(im.path(), e);
  }
}

Result<int64_t> Store::RecordExport(const ExportInput& input) {
  Impl& im = *impl_;
  if (im.options_.read_only) return Status::FailedPrecondition(im.path() + ": opened read-only");
  const int64_t head_seq = im.head_seq_;
  const std::string head_hash = im.head_hash_;
  try {
    SQLite::Transaction tx(im.db_);
    std::string ids;
    for (int64_t id : input.hit_ids) {
      if (!ids.empty()) ids += ",";
      ids += std::to_string(id);
    }
    const std::string at = base::NowRfc3339UtcMs();
    auto& ins = im.Stmt("INSERT INTO exports(path, sha256, hit_ids, note, at) VALUES (?, ?, ?, ?, ?)");
    BindAll(ins, input.path, input.sha256, ids, input.note, at);
    ins.exec();
    int64_t id = im.db_.getLastInsertRowid();
    im.AppendChain("export", id, ExportContentHash({id, input.path, input.sha256, ids, input.note, at}),
                   at);
    tx.commit();
    return id;
  } catch (const SQLite::Exception& e) {
    im.head_seq_ = head_seq;
    im.head_hash_ = head_hash;
    return FromSqlite(im.path(), e);
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
      SQLite::Statement q(im.db_, "SELECT id, platform, name, url FROM entities");
      while (q.executeStep()) {
        Entity e;
        e.platform = q.getColumn(1).getString();
        std::string name = q.getColumn(2).getString();
        e.label = e.platform + ":" + (name.empty() ? q.getColumn(3).getString() : name);
        entities.emplace(q.getColumn(0).getInt64(), std::move(e));
      }
    }
    {
      SQLite::Statement q(im.db_, "SELECT entity_id, contact FROM entity_contacts");
      while (q.executeStep()) {
        auto it = entities.find(q.getColumn(0).getInt64());
        if (it != entities.end()) it->second.contacts.push_back(q.getColumn(1).getString());
      }
    }
    {
      SQLite::Statement q(im.db_,
                          "SELECT i.entity_id, sum(h.status IN ('confirmed', 'reported', "
                          "'taken_down', 'still_up')), count(*) FROM hits h "
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
  } catch (const SQLite::Exception& e) {
    return FromSqlite(impl_->path(), e);
  }
}

// ---- Evidence chain --------------------------------------------------------

Result<VerifyReport> Store::VerifyChain() {
  Impl& im = *impl_;
  VerifyReport report;
  try {
    {
      SQLite::Statement q(im.db_, "PRAGMA quick_check");
      while (q.executeStep()) {
        std::string line = q.getColumn(0).getString();
        if (line != "ok") report.failures.push_back({0, "database", 0, "database: " + line});
      }
      if (!report.failures.empty()) return report;
    }
    std::string prev(kGenesisHash);
    int64_t expected_seq = 1;
    std::set<std::pair<std::string, int64_t>> chained;
    SQLite::Statement q(im.db_,
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
        SQLite::Statement s(im.db_,
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
        SQLite::Statement s(im.db_, "SELECT id, path, sha256, hit_ids, note, at FROM exports WHERE id = ?");
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
    if (im.head_seq_ > 0 && expected_seq - 1 < im.head_seq_) {
      report.failures.push_back({im.head_seq_, "chain", 0,
                                 "chain entries " + std::to_string(expected_seq) + "-" +
                                     std::to_string(im.head_seq_) + " missing (deleted)"});
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
      SQLite::Statement s(im.db_, t.sql);
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
    SQLite::Statement s(im.db_,
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
  } catch (const SQLite::Exception& e) {
    return FromSqlite(im.path(), e);
  }
}

}  // namespace lantian::store
