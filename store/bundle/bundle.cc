#include "store/bundle/bundle.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "base/strings.h"
#include "base/time.h"
#include "store/bundle/signing.h"
#include "store/bundle/timestamp.h"
#include "store/bundle/internal/crypto.h"
#include "store/bundle/internal/notice.h"
#include "store/bundle/internal/warc.h"
#include "store/bundle/internal/zip.h"
#include "store/warc_writer.h"

namespace lantian::store {
namespace {

namespace fs = std::filesystem;
using base::Digest;
using internal::ZipWriter;
using ordered_json = nlohmann::ordered_json;

constexpr size_t kCopyChunk = 256 * 1024;
constexpr uint64_t kMaxSmallEntry = 64ull << 20;  // JSON and certificate entries held in memory
constexpr std::string_view kPagesHeader =
    R"({"format":"json-pages-1.0","id":"pages","title":"All Pages"})";
constexpr std::string_view kWarcPath = "archive/data.warc.gz";

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

// Removes the temp folder on every exit path.
class TempDir {
 public:
  explicit TempDir(std::string path) : path_(std::move(path)) {}
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

Result<FilePtr> OpenWrite(const std::string& path) {
  FilePtr f(std::fopen(path.c_str(), "wb"));
  if (!f) return Status::IoError(path + ": cannot create: " + std::strerror(errno));
  return f;
}

Status CloseChecked(FilePtr f, const std::string& path) {
  std::FILE* raw = f.release();
  if (std::fflush(raw) != 0 || std::ferror(raw) != 0) {
    std::fclose(raw);
    return Status::IoError(path + ": write failed: " + std::strerror(errno));
  }
  if (std::fclose(raw) != 0) return Status::IoError(path + ": close failed: " + std::strerror(errno));
  return Status::Ok();
}

Status WriteWhole(const std::string& path, std::string_view data) {
  auto f = OpenWrite(path);
  if (!f.ok()) return f.status();
  if (!data.empty() && std::fwrite(data.data(), 1, data.size(), f->get()) != data.size()) {
    return Status::IoError(path + ": write failed: " + std::strerror(errno));
  }
  return CloseChecked(std::move(*f), path);
}

// Streams a byte range (or the whole file when length is UINT64_MAX) to `sink`.
Status ReadRange(const std::string& path, uint64_t offset, uint64_t length,
                 const std::function<Status(std::string_view)>& sink) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::unique_ptr<int, void (*)(int*)> closer(&fd, [](int* p) { ::close(*p); });
  std::vector<char> buf(kCopyChunk);
  uint64_t pos = offset;
  uint64_t left = length;
  while (left > 0) {
    size_t want = size_t(std::min<uint64_t>(left, buf.size()));
    ssize_t n = ::pread(fd, buf.data(), want, off_t(pos));
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(path + ": read failed: " + std::strerror(errno));
    }
    if (n == 0) {
      if (length == UINT64_MAX) break;
      return Status::IoError(path + ": range " + std::to_string(offset) + "+" +
                             std::to_string(length) + " runs past the end of the file");
    }
    LANTIAN_RETURN_IF_ERROR(sink(std::string_view(buf.data(), size_t(n))));
    pos += uint64_t(n);
    if (length != UINT64_MAX) left -= uint64_t(n);
  }
  return Status::Ok();
}

struct FileDigest {
  std::string sha256_label;
  uint64_t bytes = 0;
};

Result<FileDigest> HashFile(const std::string& path) {
  Digest d;
  FileDigest out;
  LANTIAN_RETURN_IF_ERROR(ReadRange(path, 0, UINT64_MAX, [&](std::string_view chunk) {
    d.Update(chunk);
    out.bytes += chunk.size();
    return Status::Ok();
  }));
  out.sha256_label = "sha256:" + d.FinishHex();
  return out;
}

std::string ReadmeText(bool timestamped) {
  std::string t =
      "lantian evidence bundle\n"
      "=======================\n\n"
      "This ZIP is a takedown package (notice.html, notice.csv, attachments/) and a\n"
      "WACZ 1.1.1 web archive (archive/, indexes/, pages/, datapackage.json) that\n"
      "web-archive players such as ReplayWeb.page open directly. notice.html cites\n"
      "each capture by its WARC-Record-ID and SHA-256; archive/data.warc.gz holds\n"
      "exactly those captures, byte for byte as the crawler stored them.\n\n"
      "Anyone can check it with sha256sum and openssl (plus unzip, sed, head, tail, od):\n\n"
      "1. Unpack into an empty folder:\n\n"
      "     mkdir bundle && cd bundle && unzip ../BUNDLE.zip\n\n"
      "2. Every file against its SHA-256. manifest-sha256.txt lists every file\n"
      "   except itself, datapackage.json, datapackage-digest.json and timestamp.tsr;\n"
      "   datapackage.json lists every file with its sha256 and size, including the\n"
      "   manifest:\n\n"
      "     sha256sum -c manifest-sha256.txt\n"
      "     sha256sum manifest-sha256.txt   # compare with its \"hash\" in datapackage.json\n\n"
      "3. datapackage.json against the signed hash:\n\n"
      "     sha256sum datapackage.json\n"
      "     H=$(sed -n 's/^ *\"hash\": \"\\(sha256:[0-9a-f]*\\)\",\\{0,1\\}$/\\1/p' datapackage-digest.json | head -n1)\n"
      "     echo \"$H\"                       # must be sha256:<the sum above>\n\n"
      "4. The signature: ECDSA P-384 with SHA-256 over the text of $H, stored as raw\n"
      "   r||s (96 bytes, base64) with the public key as base64 SubjectPublicKeyInfo:\n\n"
      "     sed -n 's/^ *\"publicKey\": \"\\([^\"]*\\)\",\\{0,1\\}$/\\1/p' datapackage-digest.json \\\n"
      "       | openssl base64 -d -A | openssl pkey -pubin -inform DER -out signer.pem\n"
      "     sed -n 's/^ *\"signature\": \"\\([^\"]*\\)\",\\{0,1\\}$/\\1/p' datapackage-digest.json \\\n"
      "       | openssl base64 -d -A > signature.raw\n"
      "     R=$(head -c 48 signature.raw | od -An -v -tx1 | tr -d ' \\n')\n"
      "     S=$(tail -c 48 signature.raw | od -An -v -tx1 | tr -d ' \\n')\n"
      "     printf 'asn1=SEQUENCE:sig\\n[sig]\\nr=INTEGER:0x%s\\ns=INTEGER:0x%s\\n' \"$R\" \"$S\" > sig.cnf\n"
      "     openssl asn1parse -genconf sig.cnf -out signature.der -noout\n"
      "     printf '%s' \"$H\" | openssl dgst -sha256 -verify signer.pem -signature signature.der\n\n"
      "   It prints \"Verified OK\". Compare signer.pem with the key you expect from\n"
      "   the sender (openssl pkey -pubin -in signer.pem -outform DER | sha256sum).\n\n";
  if (timestamped) {
    t +=
        "5. The RFC 3161 timestamp (timestamp.tsr) is over the raw signature bytes, so\n"
        "   it proves the signed bundle existed at the time it names:\n\n"
        "     openssl ts -reply -in timestamp.tsr -text\n"
        "     openssl ts -verify -in timestamp.tsr -data signature.raw -CAfile TSA-ROOT.pem \\\n"
        "       -untrusted tsa/chain.pem\n\n"
        "   (TSA-ROOT.pem: the time-stamping authority's root certificate, obtained\n"
        "   from the TSA, not from this bundle.)\n\n";
  }
  t +=
      "The captures (archive/data.warc.gz) are WARC/1.1 records, each its own gzip\n"
      "member; every record carries WARC-Block-Digest and WARC-Payload-Digest\n"
      "(sha256). `lantian verify BUNDLE.zip` re-checks all of the above and every\n"
      "record digest. In notice.csv, a cell that starts with = + - or @ has a ' in\n"
      "front so that spreadsheet programs do not run it as a formula.\n";
  return t;
}

struct StagedFile {
  std::string name;  // entry name
  std::string path;  // temp file
  ZipWriter::Method method;
  FileDigest digest;
};

Result<std::string> ReadWholeSmall(const std::string& path) {
  std::string out;
  LANTIAN_RETURN_IF_ERROR(ReadRange(path, 0, UINT64_MAX, [&](std::string_view c) {
    if (out.size() + c.size() > kMaxSmallEntry) {
      return Status::InvalidArgument(path + ": larger than 64 MiB");
    }
    out.append(c);
    return Status::Ok();
  }));
  return out;
}

}  // namespace

std::string_view NoticeRouteName(NoticeRoute route) {
  switch (route) {
    case NoticeRoute::kReferral:
      return "referral";
    case NoticeRoute::kComplaint:
      return "complaint";
  }
  return "referral";
}

Result<BundleSummary> WriteBundle(const std::string& out_path, const std::vector<BundleItem>& items,
                                  const std::vector<BundleCapture>& captures,
                                  const BundleOptions& options) {
  if (options.key == nullptr) return Status::InvalidArgument("export: no signing key given");
  if (items.empty()) return Status::InvalidArgument("export: no items to put in the bundle");
  std::map<std::string, const BundleCapture*> by_key;
  for (const BundleCapture& c : captures) {
    if (!by_key.emplace(c.key, &c).second) {
      return Status::InvalidArgument("export: capture key '" + c.key + "' given twice");
    }
  }
  // Captures in the order the notice first cites them; unknown keys are errors.
  std::vector<const BundleCapture*> cited;
  std::set<std::string> seen;
  size_t hit_count = 0;
  for (const BundleItem& it : items) {
    hit_count += it.hit_ids.empty() ? it.hits.size() : it.hit_ids.size();
    auto c = by_key.find(it.capture_key);
    if (c == by_key.end()) {
      return Status::InvalidArgument("export: item " + it.url + " cites unknown capture '" +
                                     it.capture_key + "'");
    }
    if (seen.insert(it.capture_key).second) cited.push_back(c->second);
  }
  // Items must be grouped by platform for the notice; keep the caller's order
  // within a platform.
  std::vector<BundleItem> grouped(items);
  std::stable_sort(grouped.begin(), grouped.end(),
                   [](const BundleItem& a, const BundleItem& b) { return a.platform < b.platform; });

  auto notice_config = internal::LoadNoticeConfig(options.notices_dir);
  if (!notice_config.ok()) return notice_config.status();

  std::string created = options.created_utc.empty() ? base::FormatRfc3339Utc(base::UnixMsNow() / 1000) : options.created_utc;
  auto created_parsed = base::ParseRfc3339(created);
  if (!created_parsed.ok()) return created_parsed.status();
  std::string software = options.software.empty() ? "lantian" : options.software;
  std::string title = options.title.empty() ? "lantian evidence bundle" : options.title;

  // Attachment names: safe, unique, not clashing with our own files.
  std::vector<std::pair<std::string, const BundleAttachment*>> attachment_names;
  std::set<std::string> used_names;
  for (const BundleAttachment& a : options.attachments) {
    std::string name = a.name.empty() ? fs::path(a.source_path).filename().string() : a.name;
    std::string entry = "attachments/" + name;
    std::string reason = internal::UnsafeEntryNameReason(entry);
    if (!reason.empty()) {
      return Status::InvalidArgument("attachment '" + name + "': " + reason);
    }
    if (!used_names.insert(entry).second) {
      return Status::InvalidArgument("attachment '" + name + "' named twice");
    }
    attachment_names.emplace_back(entry, &a);
  }

  std::string dir_template = out_path + ".tmp-XXXXXX";
  std::vector<char> dir_buf(dir_template.begin(), dir_template.end());
  dir_buf.push_back('\0');
  if (::mkdtemp(dir_buf.data()) == nullptr) {
    return Status::IoError(dir_template + ": cannot create temp folder: " + std::strerror(errno));
  }
  TempDir tmp(dir_buf.data());
  std::vector<StagedFile> staged;
  auto stage = [&](std::string name, ZipWriter::Method m) {
    std::string path = tmp.path() + "/f" + std::to_string(staged.size());
    staged.push_back(StagedFile{std::move(name), path, m, {}});
    return path;
  };

  // 1. archive/data.warc.gz: the cited captures' records, copied byte-exact and
  //    checked against their own digests as they pass.
  BundleSummary summary;
  std::vector<std::string> cdx_lines;
  std::map<std::string, std::string> record_ids;  // capture key → final response record id
  struct PageRow {
    std::string url, ts, title, key;
  };
  std::map<std::string, PageRow> pages;
  {
    std::string warc_path = stage(std::string(kWarcPath), ZipWriter::Method::kStore);
    auto f = OpenWrite(warc_path);
    if (!f.ok()) return f.status();
    const BundleCapture* current = nullptr;
    Status record_error;
    internal::WarcGzScanner scanner([&](const internal::WarcRecordInfo& r) -> Status {
      ++summary.warc_records;
      if (!r.problems.empty()) {
        return Status::Corruption("stored WARC record " + r.record_id + ": " + r.problems.front());
      }
      if (r.type == "response" || r.type == "revisit" || r.type == "resource") {
        ordered_json j;
        j["url"] = r.target_uri;
        j["digest"] = !r.payload_digest.empty() ? r.payload_digest
                                                : "sha256:" + r.block_sha256_hex;
        j["mime"] = r.type == "revisit" ? "warc/revisit"
                                        : (!r.http_mime.empty() ? r.http_mime : r.content_type);
        j["offset"] = r.offset;
        j["length"] = r.length;
        j["recordDigest"] = "sha256:" + r.block_sha256_hex;
        if (r.http_status > 0) j["status"] = std::to_string(r.http_status);
        j["filename"] = "data.warc.gz";
        cdx_lines.push_back(CdxjSurt(r.target_uri) + " " + CdxjTimestamp(r.date) + " " + j.dump());
        if (r.type == "response" || r.type == "resource") {
          // The last response of a capture is its final hop: the page itself.
          record_ids[current->key] = r.record_id;
          PageRow& p = pages[current->key];
          p.url = r.target_uri;
          p.ts = r.date;
          p.key = current->key;
        }
      }
      return Status::Ok();
    });
    for (const BundleCapture* c : cited) {
      current = c;
      if (c->ranges.empty()) {
        return Status::InvalidArgument("export: capture " + c->key + " has no WARC records");
      }
      for (const WarcRange& range : c->ranges) {
        LANTIAN_RETURN_IF_ERROR(
            ReadRange(range.path, range.offset, range.length, [&](std::string_view chunk) {
              if (std::fwrite(chunk.data(), 1, chunk.size(), f->get()) != chunk.size()) {
                return Status::IoError(warc_path + ": write failed: " + std::strerror(errno));
              }
              return scanner.Feed(chunk).WithContext("capture " + c->key + " (" + range.path + ")");
            }));
      }
      // A capture must end on a record boundary; Finish() checks without
      // changing the scanner's state.
      LANTIAN_RETURN_IF_ERROR(scanner.Finish().WithContext("capture " + c->key));
      if (!pages.contains(c->key)) {
        return Status::InvalidArgument("export: capture " + c->key +
                                       " holds no response record");
      }
    }
    LANTIAN_RETURN_IF_ERROR(CloseChecked(std::move(*f), warc_path));
  }

  // 2. indexes/index.cdxj, sorted by raw bytes (LC_ALL=C).
  {
    std::sort(cdx_lines.begin(), cdx_lines.end());
    std::string path = stage("indexes/index.cdxj", ZipWriter::Method::kStore);
    auto f = OpenWrite(path);
    if (!f.ok()) return f.status();
    for (const std::string& line : cdx_lines) {
      std::fputs(line.c_str(), f->get());
      std::fputc('\n', f->get());
    }
    LANTIAN_RETURN_IF_ERROR(CloseChecked(std::move(*f), path));
  }
  cdx_lines.clear();
  cdx_lines.shrink_to_fit();

  // 3. pages/pages.jsonl: one page per cited capture, in citation order.
  std::string main_url, main_ts;
  {
    std::map<std::string, std::string> first_title;
    for (const BundleItem& it : items) first_title.emplace(it.capture_key, it.title);
    std::string path = stage("pages/pages.jsonl", ZipWriter::Method::kDeflate);
    auto f = OpenWrite(path);
    if (!f.ok()) return f.status();
    std::fputs(std::string(kPagesHeader).c_str(), f->get());
    std::fputc('\n', f->get());
    for (const BundleCapture* c : cited) {
      const PageRow& p = pages[c->key];
      auto ts = base::ParseRfc3339(p.ts);
      ordered_json j;
      j["id"] = c->key;
      j["url"] = p.url;
      j["ts"] = ts.ok() ? base::FormatRfc3339(*ts) : p.ts;
      j["title"] = !c->page_title.empty() ? c->page_title : first_title[c->key];
      if (main_url.empty()) {
        main_url = p.url;
        main_ts = j["ts"].get<std::string>();
      }
      std::string line = j.dump();
      std::fputs(line.c_str(), f->get());
      std::fputc('\n', f->get());
    }
    LANTIAN_RETURN_IF_ERROR(CloseChecked(std::move(*f), path));
  }

  // 4. attachments, copied (then hashed from the copy, so hash and ZIP agree).
  std::vector<std::string> attachment_lines;
  for (const auto& [entry, a] : attachment_names) {
    std::string path = stage(entry, ZipWriter::Method::kDeflate);
    auto f = OpenWrite(path);
    if (!f.ok()) return f.status();
    LANTIAN_RETURN_IF_ERROR(ReadRange(a->source_path, 0, UINT64_MAX, [&](std::string_view chunk) {
      if (std::fwrite(chunk.data(), 1, chunk.size(), f->get()) != chunk.size()) {
        return Status::IoError(path + ": write failed");
      }
      return Status::Ok();
    }).WithContext("attachment"));
    LANTIAN_RETURN_IF_ERROR(CloseChecked(std::move(*f), path));
    attachment_lines.push_back(entry + (a->description.empty() ? "" : " — " + a->description));
  }
  // Screenshots, named by the item's number in the notice.
  std::vector<std::string> screenshots, screenshot_data;
  for (size_t k = 0; k < grouped.size(); ++k) {
    if (grouped[k].screenshot_png.empty()) continue;
    screenshots.resize(grouped.size());
    screenshot_data.resize(grouped.size());
    screenshots[k] = "screenshots/" + std::to_string(k + 1) + ".png";
    if (grouped[k].screenshot_png.size() <= internal::kInlineScreenshotBytes) {
      screenshot_data[k] = "data:image/png;base64," + internal::Base64Encode(grouped[k].screenshot_png);
    }
    LANTIAN_RETURN_IF_ERROR(WriteWhole(stage(screenshots[k], ZipWriter::Method::kStore), grouped[k].screenshot_png));
    std::string().swap(grouped[k].screenshot_png);
  }
  bool timestamped = static_cast<bool>(options.timestamp.transport);
  if (timestamped && !options.timestamp.tsa_certs_pem_path.empty()) {
    auto pem = ReadWholeSmall(options.timestamp.tsa_certs_pem_path);
    if (!pem.ok()) return pem.status();
    LANTIAN_RETURN_IF_ERROR(WriteWhole(stage("tsa/chain.pem", ZipWriter::Method::kDeflate), *pem));
  }

  // 5. notice.html + notice.csv.
  {
    std::string html_path = stage("notice.html", ZipWriter::Method::kDeflate);
    std::string csv_path = stage("notice.csv", ZipWriter::Method::kDeflate);
    auto html = OpenWrite(html_path);
    if (!html.ok()) return html.status();
    auto csv = OpenWrite(csv_path);
    if (!csv.ok()) return csv.status();
    internal::NoticeContext ctx{created, title, software, attachment_lines,
                                KeyFingerprint(options.key->PublicKeySpkiBase64()), std::move(screenshots),
                                std::move(screenshot_data)};
    LANTIAN_RETURN_IF_ERROR(internal::RenderNotice(*notice_config, options, ctx, grouped, by_key,
                                                   record_ids, html->get(), csv->get()));
    LANTIAN_RETURN_IF_ERROR(CloseChecked(std::move(*html), html_path));
    LANTIAN_RETURN_IF_ERROR(CloseChecked(std::move(*csv), csv_path));
  }

  // 6. README.txt, then the sha256sum manifest over everything so far.
  LANTIAN_RETURN_IF_ERROR(
      WriteWhole(stage("README.txt", ZipWriter::Method::kDeflate), ReadmeText(timestamped)));
  for (StagedFile& s : staged) {
    auto d = HashFile(s.path);
    if (!d.ok()) return d.status();
    s.digest = *d;
  }
  {
    std::string manifest;
    for (const StagedFile& s : staged) {
      manifest += s.digest.sha256_label.substr(7) + "  " + s.name + "\n";
    }
    std::string path = stage("manifest-sha256.txt", ZipWriter::Method::kDeflate);
    LANTIAN_RETURN_IF_ERROR(WriteWhole(path, manifest));
    staged.back().digest = FileDigest{internal::Sha256Label(manifest), manifest.size()};
  }

  // 7. datapackage.json (WACZ 1.1.1) and the signed digest.
  ordered_json dp;
  dp["profile"] = "data-package";
  dp["wacz_version"] = "1.1.1";
  dp["title"] = title;
  dp["description"] = "Takedown notice (" + std::string(NoticeRouteName(options.route)) +
                      ") with the web captures it cites: " + std::to_string(items.size()) +
                      " items, " + std::to_string(cited.size()) + " captures.";
  dp["created"] = base::FormatRfc3339(*created_parsed);
  dp["modified"] = base::FormatRfc3339(*created_parsed);
  dp["software"] = software;
  dp["mainPageUrl"] = main_url;
  dp["mainPageDate"] = main_ts;
  ordered_json resources = ordered_json::array();
  for (const StagedFile& s : staged) {
    ordered_json r;
    r["name"] = fs::path(s.name).filename().string();
    r["path"] = s.name;
    r["hash"] = s.digest.sha256_label;
    r["bytes"] = s.digest.bytes;
    resources.push_back(std::move(r));
  }
  dp["resources"] = std::move(resources);
  std::string dp_text = dp.dump(2) + "\n";
  std::string dp_hash = internal::Sha256Label(dp_text);
  auto signature = options.key->SignBase64(dp_hash);
  if (!signature.ok()) return signature.status();

  ordered_json digest;
  digest["path"] = "datapackage.json";
  digest["hash"] = dp_hash;
  ordered_json signed_data;
  signed_data["hash"] = dp_hash;
  signed_data["created"] = base::FormatRfc3339(*created_parsed);
  signed_data["software"] = software;
  signed_data["version"] = "0.1.0";
  signed_data["signature"] = *signature;
  signed_data["publicKey"] = options.key->PublicKeySpkiBase64();
  digest["signedData"] = signed_data;

  std::string tsr;
  if (timestamped) {
    auto raw_sig = internal::Base64Decode(*signature);
    auto req = BuildTimestampRequest(*raw_sig);
    if (!req.ok()) return req.status();
    auto reply = options.timestamp.transport(req->der);
    if (!reply.ok()) return reply.status().WithContext("timestamp");
    auto info = CheckTimestampReply(*reply, *req);
    if (!info.ok()) return info.status().WithContext("timestamp from " + options.timestamp.tsa_url);
    tsr = std::move(*reply);
    summary.timestamp_utc = info->gen_time_utc;
    // The token is over the signature, which is over datapackage.json, so it
    // cannot be listed in datapackage.json; the digest file lists it instead.
    ordered_json ts;
    ts["path"] = "timestamp.tsr";
    ts["hash"] = internal::Sha256Label(tsr);
    ts["bytes"] = tsr.size();
    ts["imprintOf"] = "signedData.signature";
    ts["format"] = "RFC 3161 TimeStampResp, SHA-256 over the raw signature bytes";
    ts["genTime"] = info->gen_time_utc;
    if (!options.timestamp.tsa_url.empty()) ts["tsaUrl"] = options.timestamp.tsa_url;
    digest["timestamp"] = std::move(ts);
  }
  std::string digest_text = digest.dump(2) + "\n";

  // 8. The ZIP, written to a partial name and renamed when complete.
  std::string partial = out_path + ".partial";
  {
    auto zip = ZipWriter::Create(partial);
    if (!zip.ok()) return zip.status();
    zip->set_mtime(std::time_t(created_parsed->epoch_seconds));
    Status st;
    for (const StagedFile& s : staged) {
      st = zip->AddFile(s.name, s.path, s.method);
      if (!st.ok()) break;
    }
    if (st.ok()) st = zip->AddBytes("datapackage.json", dp_text, ZipWriter::Method::kDeflate);
    if (st.ok()) {
      st = zip->AddBytes("datapackage-digest.json", digest_text, ZipWriter::Method::kDeflate);
    }
    if (st.ok() && timestamped) {
      st = zip->AddBytes("timestamp.tsr", tsr, ZipWriter::Method::kDeflate);
    }
    Status closed = zip->Close();
    if (st.ok()) st = closed;
    if (!st.ok()) {
      std::error_code ec;
      fs::remove(partial, ec);
      return st;
    }
  }
  {
    int fd = ::open(partial.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
  if (std::rename(partial.c_str(), out_path.c_str()) != 0) {
    return Status::IoError(out_path + ": rename failed: " + std::strerror(errno));
  }
  std::error_code ec;
  summary.path = out_path;
  summary.items = items.size();
  summary.hits = hit_count;
  summary.captures = cited.size();
  summary.zip_bytes = fs::file_size(out_path, ec);
  summary.datapackage_hash = dp_hash;
  summary.public_key = options.key->PublicKeySpkiBase64();
  return summary;
}

}  // namespace lantian::store
