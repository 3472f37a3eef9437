// VerifyBundle: checks the ZIP's layout (every local header and data
// descriptor against its central-directory entry, the entries tiling the file),
// then the bundle in one streaming pass over its ZIP entries (nothing is
// extracted), then compares what it saw with the datapackage, the digest
// file, the signature and the timestamp.

#include <map>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "store/bundle/bundle.h"
#include "store/bundle/signing.h"
#include "store/bundle/timestamp.h"
#include "store/bundle/internal/crypto.h"
#include "store/bundle/internal/warc.h"
#include "store/bundle/internal/zip.h"
#include "store/bundle/internal/zip_layout.h"

namespace lantian::store {
namespace {

using base::Digest;
using json = nlohmann::json;

constexpr uint64_t kMaxKeptEntry = 64ull << 20;

struct SeenEntry {
  std::string sha256_label;
  uint64_t bytes = 0;
  bool read_ok = true;
};

bool Kept(const std::string& name) {
  return name == "datapackage.json" || name == "datapackage-digest.json" ||
         name == "timestamp.tsr" || name == "tsa/chain.pem" || name == "pages/pages.jsonl";
}

}  // namespace

std::string BundleVerifyReport::Summary() const {
  std::string s = "bundle OK: " + std::to_string(files) + " files, " +
                  std::to_string(warc_records) + " WARC records checked; signature valid (ECDSA P-384 key " +
                  KeyFingerprint(public_key) + ", " +
                  (key_trusted ? "matches the trusted key" : "key not pinned: use --trust KEY") + ")";
  if (timestamped) {
    s += "; timestamp " + timestamp_utc +
         (timestamp_chain_checked ? " (TSA signature verified)" : " (TSA signature not checked)");
  } else {
    s += "; no timestamp";
  }
  return s;
}

Result<BundleVerifyReport> VerifyBundle(const std::string& path, const BundleVerifyOptions& options) {
  BundleVerifyReport report;
  std::vector<std::string> name_failures;
  std::vector<std::string> warc_failures;
  // libarchive reads entries through the central directory and does not
  // compare the local headers with it; the layout check does.
  auto layout = internal::CheckZipLayout(path);
  if (!layout.ok()) return layout.status();
  auto reader = internal::ZipReader::Open(path);
  if (!reader.ok()) {
    if (reader.status().code() == Status::Code::kIoError) return reader.status();
    report.failures.push_back(reader.status().message());
    report.failures.insert(report.failures.end(), layout->begin(), layout->end());
    return report;
  }
  std::map<std::string, SeenEntry> seen;
  std::map<std::string, std::string> kept;
  for (;;) {
    std::string name;
    bool is_dir = false;
    auto more = reader->Next(&name, &is_dir);
    if (!more.ok()) {
      report.failures.insert(report.failures.begin(), layout->begin(), layout->end());
      report.failures.push_back(path + ": " + more.status().message());
      return report;
    }
    if (!*more) break;
    // How the name appears in a failure (a tampered name may hold any byte).
    const std::string shown = internal::PrintableEntryName(name);
    std::string reason = internal::UnsafeEntryNameReason(name);
    if (!reason.empty()) {
      name_failures.push_back(shown + ": unsafe entry name (" + reason + "); refused");
      continue;
    }
    if (is_dir) {
      name_failures.push_back(shown + ": unexpected directory entry");
      continue;
    }
    if (seen.contains(name)) {
      name_failures.push_back(shown + ": entry appears twice in the ZIP");
      continue;
    }
    SeenEntry& e = seen[name];
    Digest d;
    bool keep = Kept(name);
    std::string* keep_buf = keep ? &kept[name] : nullptr;
    bool is_warc = name.starts_with("archive/") && name.ends_with(".warc.gz");
    std::unique_ptr<internal::WarcGzScanner> scanner;
    bool warc_broken = false;
    if (is_warc) {
      scanner = std::make_unique<internal::WarcGzScanner>([&](const internal::WarcRecordInfo& r) {
        ++report.warc_records;
        for (const std::string& p : r.problems) {
          warc_failures.push_back(shown + ": record " + std::to_string(r.index) + " at offset " +
                                  std::to_string(r.offset) + " (" + r.record_id + "): " + p);
        }
        return Status::Ok();
      });
    }
    Status st = reader->ReadData([&](std::string_view chunk) -> Status {
      d.Update(chunk);
      e.bytes += chunk.size();
      if (keep_buf != nullptr && name == "pages/pages.jsonl") {
        // Only the header line is checked; keep the first 64 KiB.
        if (keep_buf->size() < 65536) keep_buf->append(chunk.substr(0, 65536 - keep_buf->size()));
      } else if (keep_buf != nullptr) {
        if (keep_buf->size() + chunk.size() > kMaxKeptEntry) {
          return Status::Corruption("larger than 64 MiB");
        }
        keep_buf->append(chunk);
      }
      if (scanner && !warc_broken) {
        Status s = scanner->Feed(chunk);
        if (!s.ok()) {
          warc_failures.push_back(shown + ": " + s.message());
          warc_broken = true;
        }
      }
      return Status::Ok();
    });
    if (!st.ok()) {
      e.read_ok = false;
      report.failures.push_back(shown + ": cannot read entry: " + st.message());
      continue;
    }
    if (scanner && !warc_broken) {
      Status s = scanner->Finish();
      if (!s.ok()) warc_failures.push_back(shown + ": " + s.message());
    }
    e.sha256_label = "sha256:" + d.FinishHex();
  }
  report.files = seen.size();
  std::vector<std::string>& fail = report.failures;
  // Unsafe names are reported first: such a bundle is refused outright. Then
  // the ZIP's own structure, then what its entries hold.
  fail.insert(fail.begin(), layout->begin(), layout->end());
  fail.insert(fail.begin(), name_failures.begin(), name_failures.end());

  // datapackage.json and its resources.
  std::set<std::string> listed;
  auto dp_it = kept.find("datapackage.json");
  if (dp_it == kept.end() || !seen.contains("datapackage.json")) {
    fail.push_back("datapackage.json: missing");
  } else {
    json dp = json::parse(dp_it->second, nullptr, false);
    if (dp.is_discarded() || !dp.is_object()) {
      fail.push_back("datapackage.json: not valid JSON");
    } else {
      if (dp.value("profile", "") != "data-package") {
        fail.push_back("datapackage.json: profile is not \"data-package\"");
      }
      if (!dp.contains("wacz_version") || !dp["wacz_version"].is_string()) {
        fail.push_back("datapackage.json: wacz_version missing");
      }
      const json& res = dp.contains("resources") ? dp["resources"] : json();
      if (!res.is_array()) {
        fail.push_back("datapackage.json: resources is not a list");
      } else {
        for (const json& r : res) {
          if (!r.is_object() || !r.contains("path") || !r["path"].is_string() ||
              !r.contains("hash") || !r["hash"].is_string() || !r.contains("bytes") ||
              !r["bytes"].is_number_unsigned()) {
            fail.push_back("datapackage.json: a resource lacks path, hash or bytes");
            continue;
          }
          std::string p = r["path"].get<std::string>();
          std::string reason = internal::UnsafeEntryNameReason(p);
          if (!reason.empty()) {
            fail.push_back(p + ": unsafe path in datapackage.json (" + reason + ")");
            continue;
          }
          listed.insert(p);
          auto s = seen.find(p);
          if (s == seen.end()) {
            fail.push_back(p + ": listed in datapackage.json but missing from the bundle");
            continue;
          }
          if (!s->second.read_ok) continue;
          uint64_t bytes = r["bytes"].get<uint64_t>();
          std::string hash = r["hash"].get<std::string>();
          if (bytes != s->second.bytes) {
            fail.push_back(p + ": size mismatch: datapackage.json says " + std::to_string(bytes) +
                           " bytes, the file has " + std::to_string(s->second.bytes));
          }
          if (hash != s->second.sha256_label) {
            fail.push_back(p + ": sha256 mismatch: datapackage.json says " + hash +
                           ", the file has " + s->second.sha256_label);
          }
        }
      }
    }
  }

  // The digest file, the signature, the timestamp.
  std::string timestamp_path;
  auto dg_it = kept.find("datapackage-digest.json");
  std::string raw_signature;
  if (dg_it == kept.end()) {
    fail.push_back("datapackage-digest.json: missing (bundle is not signed)");
  } else {
    json dg = json::parse(dg_it->second, nullptr, false);
    if (dg.is_discarded() || !dg.is_object()) {
      fail.push_back("datapackage-digest.json: not valid JSON");
    } else {
      std::string hash = dg.value("hash", "");
      auto dps = seen.find("datapackage.json");
      if (dg.value("path", "") != "datapackage.json") {
        fail.push_back("datapackage-digest.json: path is not \"datapackage.json\"");
      }
      if (dps != seen.end() && hash != dps->second.sha256_label) {
        fail.push_back("datapackage-digest.json: hash " + hash +
                       " does not match datapackage.json (" + dps->second.sha256_label + ")");
      }
      const json sd = dg.contains("signedData") ? dg["signedData"] : json();
      if (!sd.is_object()) {
        fail.push_back("signature: signedData missing from datapackage-digest.json");
      } else {
        std::string sd_hash = sd.value("hash", "");
        std::string sig = sd.value("signature", "");
        std::string pk = sd.value("publicKey", "");
        report.public_key = pk;
        if (sd_hash != hash) fail.push_back("signature: signedData.hash differs from the digest hash");
        if (pk.empty()) {
          fail.push_back("signature: signedData has no publicKey (only the anonymous form is supported)");
        } else {
          Status v = VerifyP1363Signature(pk, sd_hash, sig);
          if (!v.ok()) {
            fail.push_back("signature: " + v.message());
          } else {
            report.signature_valid = true;
            raw_signature = *internal::Base64Decode(sig);
          }
          if (!options.trusted_public_key.empty()) {
            if (pk != options.trusted_public_key) {
              fail.push_back("signature: publicKey is not the trusted key (bundle key " +
                             KeyFingerprint(pk) + ", trusted " +
                             KeyFingerprint(options.trusted_public_key) + ")");
            } else {
              report.key_trusted = true;
            }
          }
        }
      }
      if (dg.contains("timestamp")) {
        const json& ts = dg["timestamp"];
        timestamp_path = ts.is_object() ? ts.value("path", "") : "";
        if (timestamp_path != "timestamp.tsr") {
          fail.push_back("datapackage-digest.json: timestamp.path must be \"timestamp.tsr\"");
          timestamp_path.clear();
        } else {
          auto s = seen.find(timestamp_path);
          if (s == seen.end()) {
            fail.push_back("timestamp.tsr: listed in datapackage-digest.json but missing");
          } else {
            if (ts.value("hash", "") != s->second.sha256_label ||
                ts.value("bytes", uint64_t(0)) != s->second.bytes) {
              fail.push_back("timestamp.tsr: sha256 or size differs from datapackage-digest.json");
            }
            report.timestamped = true;
            if (!raw_signature.empty()) {
              std::string ca_pem;
              std::string untrusted;
              if (auto c = kept.find("tsa/chain.pem"); c != kept.end()) untrusted = c->second;
              if (!options.tsa_ca_path.empty()) {
                std::string content;
                FILE* f = std::fopen(options.tsa_ca_path.c_str(), "rb");
                if (f == nullptr) {
                  return Status::InvalidArgument(options.tsa_ca_path + ": cannot read TSA CA file");
                }
                char buf[8192];
                size_t n;
                while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) content.append(buf, n);
                std::fclose(f);
                ca_pem = content;
              }
              auto info = VerifyTimestampReply(kept["timestamp.tsr"], raw_signature, ca_pem, untrusted);
              if (!info.ok()) {
                fail.push_back("timestamp.tsr: " + info.status().message());
              } else {
                report.timestamp_utc = info->gen_time_utc;
                report.timestamp_chain_checked = info->signature_checked;
              }
            }
          }
        }
      }
    }
  }

  // Files nobody vouches for.
  for (const auto& [name, e] : seen) {
    if (name == "datapackage.json" || name == "datapackage-digest.json") continue;
    if (!timestamp_path.empty() && name == timestamp_path) continue;
    if (!listed.contains(name)) {
      fail.push_back(internal::PrintableEntryName(name) + ": not listed in datapackage.json");
    }
  }

  // WACZ pages header.
  if (auto p = kept.find("pages/pages.jsonl"); p != kept.end()) {
    std::string first = p->second.substr(0, p->second.find('\n'));
    json h = json::parse(first, nullptr, false);
    if (h.is_discarded() || h.value("format", "") != "json-pages-1.0") {
      fail.push_back("pages/pages.jsonl: first line is not the json-pages-1.0 header");
    }
  } else {
    fail.push_back("pages/pages.jsonl: missing (required by WACZ 1.1.1)");
  }
  fail.insert(fail.end(), warc_failures.begin(), warc_failures.end());
  return report;
}

}  // namespace lantian::store
