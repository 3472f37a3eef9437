// Store: writing pages (WARC records, captures, items, entities, hits and
// their chain entries, in one transaction per batch) and reading captures back.

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/sha256.h"
#include "base/strings.h"
#include "base/time.h"
#include "base/uri.h"
#include "store/internal/http_head.h"
#include "store/internal/normalize.h"
#include "store/internal/sql.h"
#include "store/internal/sql_util.h"
#include "store/internal/store_impl.h"
#include "store/store.h"
#include "store/warc_reader.h"
#include "store/warc_writer.h"

namespace lantian::store {
namespace {

namespace fs = std::filesystem;

constexpr const char* kRevisitProfile =
    "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest";

// A record of `type` about `uri`, fetched at `date`.
WarcRecordSpec RecordSpec(std::string type, const std::string& uri, const std::string& date,
                          std::string content_type) {
  WarcRecordSpec spec;
  spec.type = std::move(type);
  spec.target_uri = uri;
  spec.date = date;
  spec.content_type = std::move(content_type);
  return spec;
}

}  // namespace

std::string Store::Impl::WarcPath(const std::string& name) const {
  std::string p = fs::path(name).is_absolute() ? name : warc_dir_ + "/" + name;
  std::error_code ec;
  if (!fs::exists(p, ec) && fs::exists(p + ".open", ec)) return p + ".open";
  return p;
}

Status Store::Impl::EnsureWarcWriter() {
  if (warc_) return Status::Ok();
  if (server_held_ && !writer_dir_chosen_) {
    // Workers of a fleet may share one WARC directory (a network mount):
    // each writes a directory of its own inside it, so none waits for
    // another's lock; the store names every file by its absolute path.
    warc_dir_ = (fs::path(warc_dir_) / (LocalHostName() + "-" + std::to_string(::getpid()))).string();
    writer_dir_chosen_ = true;
  }
  std::error_code ec;
  fs::create_directories(warc_dir_, ec);
  if (ec) return Status::IoError(warc_dir_ + ": cannot create WARC directory: " + ec.message());
  auto lock = internal::DirLock::TryAcquire(warc_dir_ + "/.lantian-writer.lock");
  if (!lock.ok()) return lock.status();
  if (!lock->has_value()) {
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
  warc_lock_ = std::move(**lock);
  return Status::Ok();
}

std::string Store::Impl::StoredFileName(const std::string& filename) const {
  if (!server_held_) return filename;
  std::error_code ec;
  fs::path dir = fs::absolute(warc_dir_, ec);
  if (ec) dir = warc_dir_;
  return (dir.lexically_normal() / filename).string();
}

int64_t Store::Impl::FileId(const std::string& name) {
  if (auto it = file_ids_.find(name); it != file_ids_.end()) return it->second;
  auto& ins = Stmt("INSERT OR IGNORE INTO warc_files(name) VALUES (?)");
  internal::BindAll(ins, name);
  ins.exec();
  auto& q = Stmt("SELECT id FROM warc_files WHERE name = ?");
  internal::BindAll(q, name);
  q.executeStep();
  int64_t id = q.getColumn(0).getInt64();
  q.reset();
  file_ids_[name] = id;
  return id;
}

std::optional<int64_t> Store::Impl::UpsertEntity(const ItemInput& item, const std::string& item_key) {
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
  internal::BindAll(ins, item.platform, key, item.seller, item.seller_url);
  ins.exec();
  int64_t id = 0;
  if (db_.getChanges() > 0) {
    id = db_.getLastInsertRowid();
  } else {
    auto& q = Stmt("SELECT id FROM entities WHERE platform = ? AND entity_key = ?");
    internal::BindAll(q, item.platform, key);
    q.executeStep();
    id = q.getColumn(0).getInt64();
    q.reset();
  }
  for (const auto& c : item.contacts) {
    std::string norm = internal::NormalizeContact(c.kind, c.value);
    if (norm.empty()) continue;
    auto& ic = Stmt("INSERT OR IGNORE INTO entity_contacts(entity_id, contact) VALUES (?, ?)");
    internal::BindAll(ic, id, norm);
    ic.exec();
  }
  return id;
}

void Store::Impl::Sight(int64_t item_id, int64_t capture_id, int64_t sweep_id, const std::string& at) {
  auto& ins = Stmt(
      "INSERT OR IGNORE INTO item_sightings(item_id, capture_id, sweep_id) VALUES (?, ?, ?)");
  internal::BindAll(ins, item_id, capture_id, sweep_id);
  ins.exec();
  if (db_.getChanges() == 0) return;
  auto& up = Stmt(
      // CASE, not SQLite's two-argument max()/min(), which PostgreSQL lacks.
      "UPDATE items SET last_seen = CASE WHEN last_seen > ?1 THEN last_seen ELSE ?1 END, "
      "first_seen = CASE WHEN first_seen < ?1 THEN first_seen ELSE ?1 END, "
      "sightings = sightings + 1 WHERE id = ?2");
  internal::BindAll(up, at, item_id);
  up.exec();
}

namespace {

// The item's key within its platform: its listing id, else its URL. A
// generic item's listing id is only unique on its own host.
std::string ItemKey(const ItemInput& item, const std::string& platform) {
  if (item.listing_id.empty()) {
    // Posts without an anchor of their own share their thread's URL.
    if (item.floor > 0 && item.url.find('#') == std::string::npos) {
      return "url:" + item.url + "#floor-" + std::to_string(item.floor);
    }
    return "url:" + item.url;
  }
  if (platform != "generic") return "id:" + item.listing_id;
  return "id:" + base::AsciiLower(base::SplitUri(item.url).authority) + "/" + item.listing_id;
}

// `stored` plus the lines of `seen` it does not hold yet, at most kMax bytes
// (never cut inside a line). Appending keeps the offsets of earlier hits.
std::string MergedText(const std::string& stored, std::string_view seen) {
  constexpr std::size_t kMax = 256 * 1024;
  std::string out = stored;
  while (!seen.empty()) {
    std::size_t nl = seen.find('\n');
    std::string_view line = seen.substr(0, nl);
    seen = nl == std::string_view::npos ? std::string_view() : seen.substr(nl + 1);
    if (base::TrimAscii(line).empty() || out.find(line) != std::string::npos) continue;
    if (out.size() + line.size() + 1 > kMax) break;
    if (!out.empty()) out.push_back('\n');
    out.append(line);
  }
  return out;
}

}  // namespace

int64_t Store::Impl::UpsertItem(const ItemInput& item, int64_t capture_id, int64_t sweep_id,
                                const std::string& at, std::string* item_key_out) {
  std::string platform = item.platform.empty() ? "generic" : item.platform;
  std::string key = ItemKey(item, platform);
  *item_key_out = platform + "\n" + key;
  auto entity = UpsertEntity(item, key);
  auto& q = Stmt("SELECT id, text FROM items WHERE platform = ? AND item_key = ?");
  internal::BindAll(q, platform, key);
  int64_t id = 0;
  if (q.executeStep()) {
    id = q.getColumn(0).getInt64();
    const std::string stored_text = q.getColumn(1).getString();
    q.reset();
    // The same item seen again (its list page and its own page): fields it
    // lacked are filled in, a known kind beats "page", the text is the union.
    auto& up = Stmt(
        "UPDATE items SET entity_id = coalesce(entity_id, ?), "
        "listing_id = CASE WHEN listing_id = '' THEN ? ELSE listing_id END, "
        "title = CASE WHEN title = '' THEN ? ELSE title END, "
        "price = CASE WHEN price = '' THEN ? ELSE price END, "
        "seller = CASE WHEN seller = '' THEN ? ELSE seller END, "
        "seller_url = CASE WHEN seller_url = '' THEN ? ELSE seller_url END, "
        "posted_at = CASE WHEN posted_at = '' THEN ? ELSE posted_at END, "
        "kind = CASE WHEN kind IN ('', 'page') AND ? <> '' THEN ? ELSE kind END, "
        "text = ? WHERE id = ?");
    if (entity) {
      up.bind(1, *entity);
    } else {
      up.bind(1);  // NULL: keep what is there
    }
    up.bind(2, item.listing_id);
    up.bind(3, item.title);
    up.bind(4, item.price);
    up.bind(5, item.seller);
    up.bind(6, item.seller_url);
    up.bind(7, item.posted_at);
    up.bind(8, item.kind);
    up.bind(9, item.kind);
    up.bind(10, MergedText(stored_text, item.text));
    up.bind(11, id);
    up.exec();
    up.reset();
  } else {
    q.reset();
    auto& ins = Stmt(
        "INSERT INTO items(platform, item_key, listing_id, url, title, price, seller, seller_url, "
        "posted_at, text, entity_id, first_capture_id, first_seen, last_seen, sightings, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
    internal::BindAll(ins, platform, key, item.listing_id, item.url, item.title, item.price, item.seller,
            item.seller_url, item.posted_at, item.text);
    if (entity) {
      ins.bind(11, *entity);
    } else {
      ins.bind(11);  // NULL
    }
    ins.bind(12, capture_id);
    ins.bind(13, at);
    ins.bind(14, at);
    ins.bind(15, item.kind);
    ins.exec();
    id = db_.getLastInsertRowid();
  }
  Sight(id, capture_id, sweep_id, at);
  return id;
}

int64_t Store::Impl::InsertHit(int64_t item_id, int64_t capture_id, const std::string& item_key,
                               const HitInput& hit, const std::string& at, bool* inserted,
                               std::vector<HitEvidence>* new_hits) {
  *inserted = false;
  const bool model = hit.source != "rule";
  if (model) {
    auto& q = Stmt("SELECT id FROM hits WHERE item_id = ? AND rule_id = ? ORDER BY id LIMIT 1");
    internal::BindAll(q, item_id, hit.rule_id);
    const int64_t existing = q.executeStep() ? q.getColumn(0).getInt64() : 0;
    q.reset();
    if (existing != 0) return existing;
  }
  // Six decimals: what the chain serializes, so the stored value and the
  // hashed one are the same number.
  const bool scored = hit.score.has_value();
  const double score = scored ? std::round(hit.score.value_or(0.0) * 1e6) / 1e6 : 0.0;
  const std::string norm = internal::NormalizeMatch(hit.match);
  auto& hi = Stmt(
      "INSERT OR IGNORE INTO hits(item_id, capture_id, rule_id, category, severity, match, "
      "match_norm, snippet, legal_basis, start, \"end\", found_at, source, score) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  internal::BindAll(hi, item_id, capture_id, hit.rule_id, hit.category, hit.severity, hit.match, norm,
                    hit.snippet, hit.legal_basis, hit.start, hit.end, at, hit.source);
  if (scored) {
    hi.bind(14, score);
  } else {
    hi.bind(14);  // NULL
  }
  hi.exec();
  if (db_.getChanges() > 0) {
    const int64_t hit_id = db_.getLastInsertRowid();
    HitEvidence ev{hit_id,     item_id,         capture_id, item_key,  hit.rule_id, hit.category, hit.severity,
                   hit.match,  hit.snippet,     hit.legal_basis, hit.start, hit.end, at};
    ev.source = hit.source;
    ev.score = score;
    new_hits->push_back(std::move(ev));
    *inserted = true;
    return hit_id;
  }
  auto& q = Stmt("SELECT id FROM hits WHERE item_id = ? AND rule_id = ? AND match_norm = ?");
  internal::BindAll(q, item_id, hit.rule_id, norm);
  q.executeStep();
  const int64_t hit_id = q.getColumn(0).getInt64();
  q.reset();
  return hit_id;
}

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
    internal::BindAll(q, *page.revisit_of_capture_id);
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
  auto append = [&](const WarcRecordSpec& spec) -> Status {
    auto loc = warc_->Append(spec);
    if (!loc.ok()) return loc.status();
    locs.push_back(*loc);
    types.push_back(spec.type);
    return Status::Ok();
  };
  // One exchange as a request record and a response record (or, for the
  // final hop of a revisit, a revisit record); returns the response's id.
  auto append_exchange = [&](const ExchangeHop& hop, bool as_revisit) -> Result<std::string> {
    const std::string response_id = NewWarcRecordId();
    WarcRecordSpec req = RecordSpec("request", hop.url, date, "application/http;msgtype=request");
    req.fields.emplace_back("WARC-Concurrent-To", response_id);
    if (!hop.ip.empty()) req.fields.emplace_back("WARC-IP-Address", hop.ip);
    req.block_parts = {hop.request_bytes};
    LANTIAN_RETURN_IF_ERROR(append(req));

    WarcRecordSpec resp = RecordSpec("response", hop.url, date, "application/http;msgtype=response");
    resp.record_id = response_id;
    if (!hop.ip.empty()) resp.fields.emplace_back("WARC-IP-Address", hop.ip);
    // HTTP/2: an HTTP/1.1 status line and WARC-Protocol (FORMATS.md).
    const std::optional<std::string> h11_head = internal::Http2HeadAsHttp11(hop.response_head);
    const std::string_view response_head = h11_head ? std::string_view(*h11_head) : hop.response_head;
    if (h11_head) resp.fields.emplace_back("WARC-Protocol", "h2");
    resp.index = true;
    resp.http_status = hop.status;
    if (as_revisit) {
      // Identical-payload-digest profile (WARC/1.1 §6.7.2): headers only.
      resp.type = "revisit";
      resp.fields.emplace_back("WARC-Profile", kRevisitProfile);
      resp.fields.emplace_back("WARC-Refers-To", original_record_id);
      resp.fields.emplace_back("WARC-Refers-To-Target-URI", original_url);
      resp.fields.emplace_back("WARC-Refers-To-Date", original_date);
      resp.fields.emplace_back("WARC-Truncated", "length");
      resp.payload_digest = "sha256:" + payload;
      resp.block_parts = {response_head};
      resp.mime = "warc/revisit";
    } else {
      if (hop.truncated) {
        resp.fields.emplace_back("WARC-Truncated",
                                 hop.truncated_reason.empty() ? "unspecified" : hop.truncated_reason);
      }
      resp.block_parts = {response_head, hop.response_body_raw};
      resp.precompressed = internal::HasContentEncoding(response_head);
      resp.payload_offset = static_cast<int64_t>(response_head.size());
      resp.mime = hop.mime;
    }
    LANTIAN_RETURN_IF_ERROR(append(resp));
    return response_id;
  };
  std::string final_response_id;
  int64_t fetch_ms = 0;
  for (size_t i = 0; i < cap.hops.size(); ++i) {
    const bool is_final = i + 1 == cap.hops.size();
    fetch_ms += cap.hops[i].fetch_ms;
    auto id = append_exchange(cap.hops[i], is_final && page.revisit_of_capture_id.has_value());
    if (!id.ok()) return id.status();
    if (is_final) final_response_id = std::move(*id);
  }
  // What a browser loaded to render the page, then what was made of it.
  for (const ExchangeHop& hop : cap.subresources) {
    auto id = append_exchange(hop, false);
    if (!id.ok()) return id.status();
  }
  for (const CaptureResource& r : cap.resources) {
    WarcRecordSpec spec = RecordSpec("resource", r.uri, date, r.content_type);
    spec.fields.emplace_back("WARC-Concurrent-To", final_response_id);
    spec.block_parts = {r.bytes};
    spec.payload_offset = 0;
    spec.index = true;
    spec.http_status = 200;
    spec.mime = r.content_type.substr(0, r.content_type.find(';'));
    LANTIAN_RETURN_IF_ERROR(append(spec));
  }

  std::string truncated;
  if (final_hop.truncated) {
    truncated = final_hop.truncated_reason.empty() ? "unspecified" : final_hop.truncated_reason;
  }
  auto& ins = Stmt(
      "INSERT INTO captures(sweep_id, url, first_url, http_status, fetched_at, payload_sha256, "
      "revisit_of, truncated, hops, fetch_ms, via, hop, depth, response_record_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  internal::BindAll(ins, cap.sweep_id, final_hop.url, cap.hops.front().url, final_hop.status, date, payload);
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
    internal::BindAll(q, original_id);
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
        bool inserted = false;
        const int64_t hit_id =
            InsertHit(pending[i].id, capture_id, pending[i].key, hit, date, &inserted, &new_hits);
        if (inserted) ++out->new_hits;
        ids.push_back(hit_id);
        metadata += "lantian-hit: " + std::to_string(hit_id) + " " + hit.rule_id + "\r\n";
      }
      out->hit_ids.push_back(std::move(ids));
    }
  }

  WarcRecordSpec meta = RecordSpec("metadata", final_hop.url, date, "application/warc-fields");
  meta.fields.emplace_back("WARC-Refers-To", final_response_id);
  meta.block_parts = {metadata};
  LANTIAN_RETURN_IF_ERROR(append(meta));

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
    const std::string file = StoredFileName(l.filename);
    internal::BindAll(wr, capture_id, FileId(file), l.offset, l.length, types[i], l.record_id, l.stored_sha256);
    wr.exec();
    ev.records.push_back({file, l.offset, l.length, types[i], l.record_id, l.stored_sha256});
  }
  AppendChain("capture", capture_id, CaptureContentHash(ev), date);
  for (const auto& h : new_hits) AppendChain("hit", h.id, HitContentHash(h), date);

  if (cap.frontier_id > 0) {
    auto& fu = Stmt("UPDATE frontier SET state = 1, attempts = attempts + 1, reason = '' WHERE id = ?");
    internal::BindAll(fu, cap.frontier_id);
    fu.exec();
  }
  return Status::Ok();
}

// ---- Captures --------------------------------------------------------------

Result<std::vector<WrittenPage>> Store::WritePages(std::span<const PageResult> pages) {
  Impl& im = *impl_;
  LANTIAN_RETURN_IF_ERROR(im.RequireWritable());
  LANTIAN_RETURN_IF_ERROR(im.EnsureWarcWriter());
  const WarcWriter::Mark mark = im.warc_->CurrentMark();
  const Store::Impl::ChainHead saved_head = im.head_;
  auto rollback = [&](Status s) {
    im.head_ = saved_head;
    im.file_ids_.clear();  // ids of files inserted in this transaction are gone
    // Drop this batch's WARC bytes so the file holds no half-written record;
    // if even that fails the leftover bytes are unreferenced, never wrong.
    im.warc_->DiscardFrom(mark).IgnoreError();
    return s;
  };
  std::vector<WrittenPage> out(pages.size());
  try {
    sql::Transaction tx(im.db_);
    im.LockChain();
    for (size_t i = 0; i < pages.size(); ++i) {
      Status s = im.WritePage(pages[i], &out[i]);
      if (!s.ok()) return rollback(s.WithContext("page " + std::to_string(i)));
    }
    // The WARC bytes are on disk before any row pointing to them commits.
    Status flushed = im.warc_->Flush(im.options_.fsync);
    if (!flushed.ok()) return rollback(flushed);
    tx.commit();
  } catch (const sql::Error& e) {
    return rollback(internal::FromSql(im.path(), e));
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
    internal::BindAll(q, std::string(url), std::string(payload_sha256));
    std::optional<PriorCapture> out;
    if (q.executeStep()) {
      out = PriorCapture{q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                         q.getColumn(2).getString(), q.getColumn(3).getString(),
                         q.getColumn(4).getString()};
    }
    q.reset();
    return out;
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
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
  } catch (const sql::Error& e) {
    return internal::FromSql(impl_->path(), e);
  }
}

Result<std::vector<CaptureResource>> Store::ReadCaptureResources(int64_t capture_id,
                                                                std::string_view uri_prefix) {
  auto recs = CaptureRecords(capture_id);
  if (!recs.ok()) return recs.status();
  std::vector<CaptureResource> out;
  for (const auto& r : *recs) {
    if (r.type != "resource") continue;
    auto rec = ReadRecord(r.path, r.offset, r.length);
    if (!rec.ok()) return rec.status();
    if (!rec->Field("WARC-Target-URI").starts_with(uri_prefix)) continue;
    out.push_back({std::string(rec->Field("WARC-Target-URI")), std::string(rec->Field("Content-Type")),
                   std::move(rec->block)});
  }
  return out;
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
}  // namespace lantian::store
