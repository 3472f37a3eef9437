#include "store/evidence_chain.h"

#include <cstdio>

#include "base/sha256.h"

namespace lantian::store {
namespace {

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
  std::string Hash() const { return base::Sha256Hex(s_); }

 private:
  std::string s_;
};

}  // namespace

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

std::string HitContentHash(const HitEvidence& h) {
  Canon canon("hit");
  canon.Add(h.id).Add(h.item_id).Add(h.capture_id).Add(h.item_key).Add(h.rule_id);
  canon.Add(h.category).Add(h.severity).Add(h.match).Add(h.snippet).Add(h.legal_basis);
  canon.Add(h.start).Add(h.end).Add(h.found_at);
  if (h.source != "rule") {
    char score[32];
    std::snprintf(score, sizeof score, "%.6f", h.score);
    canon.Add(h.source).Add(std::string(score));
  }
  return canon.Hash();
}

std::string StatusContentHash(const StatusEvidence& s) {
  Canon canon("status");
  canon.Add(s.id).Add(s.hit_id).Add(s.kind).Add(s.from).Add(s.to).Add(s.actor).Add(s.note).Add(s.at);
  return canon.Hash();
}

std::string ExportContentHash(const ExportEvidence& e) {
  Canon canon("export");
  canon.Add(e.id).Add(e.path).Add(e.sha256).Add(e.hit_ids).Add(e.note).Add(e.at);
  return canon.Hash();
}

std::string ChainHash(std::string_view prev, std::string_view kind, int64_t row_id,
                      std::string_view content) {
  std::string s;
  s.reserve(160);
  s.append(prev).push_back('|');
  s.append(kind).push_back('|');
  s.append(std::to_string(row_id)).push_back('|');
  s.append(content);
  return base::Sha256Hex(s);
}

}  // namespace lantian::store
