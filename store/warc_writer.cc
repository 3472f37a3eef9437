#include "store/warc_writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <libdeflate.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "base/strings.h"
#include "base/time.h"
#include "store/warc_reader.h"

namespace lantian::store {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kOpenSuffix = ".open";

std::string ErrnoText(int err) { return std::strerror(err); }

std::string Hostname(const std::string& configured) {
  if (!configured.empty()) return configured;
  std::string host = LocalHostName();
  // Keep file names portable: no '-' separators or slashes from the host part.
  for (char& c : host) {
    if (c == '/' || c == '-' || c == ' ') c = '_';
  }
  return host;
}

// 17 digits: YYYYMMDDHHMMSSmmm (UTC).
std::string FileTimestamp() {
  const int64_t ms = base::UnixMsNow();
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[96];
  std::snprintf(buf, sizeof(buf), "%04d%02d%02d%02d%02d%02d%03d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

Status SortCdxj(const std::string& open_path, const std::string& final_path) {
  std::ifstream in(open_path, std::ios::binary);
  if (!in) return Status::IoError(open_path + ": cannot open: " + ErrnoText(errno));
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    // A crash can cut the last line short; a complete line ends with '}'.
    if (!line.empty() && line.back() == '}') lines.push_back(std::move(line));
  }
  in.close();
  // LC_ALL=C order = raw byte order; std::string compares char_traits<char>,
  // which is unsigned-byte (memcmp) order.
  std::sort(lines.begin(), lines.end());
  std::string tmp = final_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    for (const auto& l : lines) out << l << '\n';
    out.flush();
    if (!out) return Status::IoError(tmp + ": write failed");
  }
  std::error_code ec;
  fs::rename(tmp, final_path, ec);
  if (ec) return Status::IoError(final_path + ": rename failed: " + ec.message());
  fs::remove(open_path, ec);
  return Status::Ok();
}

// Finds the end of the last complete gzip member of a file (0 if none).
int64_t LastCompleteMemberEnd(const std::string& path) {
  int64_t end = 0;
  Status s = ForEachRecord(path, [&](int64_t offset, int64_t length, const WarcRecord&) {
    end = offset + length;
    return Status::Ok();
  });
  (void)s;  // an error just means the tail after `end` is incomplete
  return end;
}

}  // namespace

std::string LocalHostName() {
  char buf[256] = {};
  if (gethostname(buf, sizeof(buf) - 1) != 0 || buf[0] == '\0') return "localhost";
  return buf;
}

std::string NewWarcRecordId() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  uint64_t a = rng(), b = rng();
  a = (a & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;  // version 4
  b = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;  // variant 10
  char buf[64];
  std::snprintf(buf, sizeof(buf), "<urn:uuid:%08x-%04x-%04x-%04x-%012llx>",
                static_cast<unsigned>(a >> 32), static_cast<unsigned>((a >> 16) & 0xffff),
                static_cast<unsigned>(a & 0xffff), static_cast<unsigned>(b >> 48),
                static_cast<unsigned long long>(b & 0xffffffffffffULL));
  return buf;
}

std::string CdxjTimestamp(std::string_view date) {
  std::string out;
  for (char c : date) {
    if (c >= '0' && c <= '9') out.push_back(c);
    if (out.size() == 14) break;
  }
  while (out.size() < 14) out.push_back('0');
  return out;
}

std::string CdxjSurt(std::string_view url) {
  const std::string u = base::AsciiLower(url);
  std::string_view rest = u;
  if (auto p = rest.find("://"); p != std::string_view::npos) rest.remove_prefix(p + 3);
  size_t host_end = rest.find_first_of("/?#");
  std::string_view hostport = rest.substr(0, host_end);
  std::string_view path = host_end == std::string_view::npos ? "/" : rest.substr(host_end);
  if (auto at = hostport.rfind('@'); at != std::string_view::npos) hostport.remove_prefix(at + 1);
  std::string_view host = hostport, port;
  if (auto colon = hostport.rfind(':'); colon != std::string_view::npos &&
                                        hostport.find(']') == std::string_view::npos) {
    host = hostport.substr(0, colon);
    port = hostport.substr(colon + 1);
  }
  if (host.starts_with("www.")) host.remove_prefix(4);
  if (auto hash = path.find('#'); hash != std::string_view::npos) path = path.substr(0, hash);
  std::vector<std::string_view> labels;
  size_t start = 0;
  while (true) {
    size_t dot = host.find('.', start);
    labels.push_back(host.substr(start, dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  std::string out;
  for (size_t i = labels.size(); i-- > 0;) {
    out.append(labels[i]);
    if (i) out.push_back(',');
  }
  if (!port.empty() && port != "80" && port != "443") {
    out.push_back(':');
    out.append(port);
  }
  out.push_back(')');
  if (path.empty() || path[0] != '/') out.push_back('/');
  out.append(path);
  return out;
}

void WarcWriter::CompressorDeleter::operator()(libdeflate_compressor* c) const {
  libdeflate_free_compressor(c);
}

WarcWriter::WarcWriter(WarcWriterOptions options) : options_(std::move(options)) {
  options_.hostname = Hostname(options_.hostname);
}

WarcWriter::~WarcWriter() { Close().IgnoreError(); }  // destructor: nowhere to report

Result<std::unique_ptr<WarcWriter>> WarcWriter::Open(const WarcWriterOptions& options) {
  std::error_code ec;
  fs::create_directories(options.dir, ec);
  if (ec) return Status::IoError(options.dir + ": cannot create WARC directory: " + ec.message());
  if (options.gzip_level < 0 || options.gzip_level > 12) {
    return Status::InvalidArgument("WARC gzip level " + std::to_string(options.gzip_level) +
                                   " out of range 0-12");
  }
  std::unique_ptr<WarcWriter> w(new WarcWriter(options));
  w->compressor_.reset(libdeflate_alloc_compressor(options.gzip_level));
  w->stored_compressor_.reset(libdeflate_alloc_compressor(0));
  if (!w->compressor_ || !w->stored_compressor_) return Status::Internal("out of memory for a compressor");
  return w;
}

Status WarcWriter::StartFile() {
  std::string base;
  std::string path;
  for (int attempt = 0; attempt < 1000; ++attempt) {
    char serial[16];
    std::snprintf(serial, sizeof(serial), "%05d", serial_++);
    base = options_.prefix + "-" + FileTimestamp() + "-" + serial + "-" + options_.hostname +
           ".warc.gz";
    path = options_.dir + "/" + base;
    if (!fs::exists(path) && !fs::exists(path + std::string(kOpenSuffix))) break;
  }
  std::string open_path = path + std::string(kOpenSuffix);
  LANTIAN_RETURN_IF_ERROR(file_.Create(open_path));
  Status c = cdxj_.Create(path + ".cdxj" + std::string(kOpenSuffix));
  if (!c.ok()) {
    file_.Close();
    return c;
  }
  // Make the new directory entries durable too, or a power cut could lose
  // a file whose records were fsynced and committed.
  if (int dir_fd = ::open(options_.dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  filename_ = base;
  offset_ = 0;
  cdxj_offset_ = 0;

  // warcinfo opens each file (WARC/1.1 §6.2; FORMATS.md).
  std::string info;
  info += "software: " + options_.software + "\r\n";
  if (!options_.warc_operator.empty()) info += "operator: " + options_.warc_operator + "\r\n";
  info += "hostname: " + options_.hostname + "\r\n";
  if (!options_.user_agent.empty()) {
    info += "http-header-user-agent: " + options_.user_agent + "\r\n";
  }
  info += "robots: obey\r\n";
  info += "format: WARC File Format 1.1\r\n";
  info += "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n";
  WarcRecordSpec spec;
  spec.type = "warcinfo";
  spec.date = base::NowRfc3339UtcMs();
  spec.content_type = "application/warc-fields";
  spec.fields.emplace_back("WARC-Filename", base);
  spec.block_parts = {info};
  auto loc = Append(spec);
  if (!loc.ok()) return loc.status();
  return Status::Ok();
}

Result<WarcRecordLocation> WarcWriter::Append(const WarcRecordSpec& spec) {
  if (!file_.is_open() || (offset_ >= options_.rotate_bytes && spec.type != "warcinfo")) {
    if (file_.is_open()) LANTIAN_RETURN_IF_ERROR(Close());
    LANTIAN_RETURN_IF_ERROR(StartFile());
  }
  WarcRecordLocation loc;
  loc.filename = filename_;
  loc.offset = offset_;
  loc.record_id = spec.record_id.empty() ? NewWarcRecordId() : spec.record_id;

  // Digests: block = all parts; payload = bytes from payload_offset on.
  base::Digest block_hash;
  base::Digest payload_hash;
  int64_t block_len = 0;
  for (std::string_view part : spec.block_parts) {
    block_hash.Update(part);
    if (spec.payload_offset >= 0 && spec.payload_digest.empty()) {
      int64_t part_start = block_len;
      int64_t part_end = block_len + static_cast<int64_t>(part.size());
      if (part_end > spec.payload_offset) {
        int64_t from = std::max<int64_t>(0, spec.payload_offset - part_start);
        payload_hash.Update(part.substr(static_cast<size_t>(from)));
      }
    }
    block_len += static_cast<int64_t>(part.size());
  }
  loc.block_digest = "sha256:" + block_hash.FinishHex();
  if (!spec.payload_digest.empty()) {
    loc.payload_digest = spec.payload_digest;
  } else if (spec.payload_offset >= 0) {
    loc.payload_digest = "sha256:" + payload_hash.FinishHex();
  }

  std::string head;
  head.reserve(512);
  head += "WARC/1.1\r\n";
  head += "WARC-Type: " + spec.type + "\r\n";
  head += "WARC-Record-ID: " + loc.record_id + "\r\n";
  head += "WARC-Date: " + spec.date + "\r\n";
  if (!spec.target_uri.empty()) head += "WARC-Target-URI: " + spec.target_uri + "\r\n";
  for (const auto& [name, value] : spec.fields) head += name + ": " + value + "\r\n";
  if (!spec.content_type.empty()) head += "Content-Type: " + spec.content_type + "\r\n";
  head += "WARC-Block-Digest: " + loc.block_digest + "\r\n";
  if (!loc.payload_digest.empty()) head += "WARC-Payload-Digest: " + loc.payload_digest + "\r\n";
  head += "Content-Length: " + std::to_string(block_len) + "\r\n\r\n";

  // One gzip member per record (random access by offset).
  plain_buf_.clear();
  plain_buf_.reserve(head.size() + static_cast<size_t>(block_len) + 4);
  plain_buf_.append(head);
  for (std::string_view part : spec.block_parts) plain_buf_.append(part);
  plain_buf_.append("\r\n\r\n");
  libdeflate_compressor* comp = spec.precompressed ? stored_compressor_.get() : compressor_.get();
  compress_buf_.resize(libdeflate_gzip_compress_bound(comp, plain_buf_.size()));
  size_t produced = libdeflate_gzip_compress(comp, plain_buf_.data(), plain_buf_.size(),
                                             compress_buf_.data(), compress_buf_.size());
  if (produced == 0) return Status::Internal("gzip compression failed for a WARC record");
  std::string_view member(compress_buf_.data(), produced);
  loc.length = static_cast<int64_t>(produced);
  loc.stored_sha256 = base::Sha256Hex(member);

  // offset_ counts the record even if the write fails, so a failed batch's
  // DiscardFrom still cuts back to the batch's mark.
  offset_ += loc.length;
  LANTIAN_RETURN_IF_ERROR(file_.Append(member));

  if (spec.index) {
    nlohmann::json j;
    j["url"] = spec.target_uri;
    j["digest"] = loc.payload_digest;
    j["mime"] = spec.mime.empty() ? "unk" : spec.mime;
    j["filename"] = filename_;
    j["offset"] = std::to_string(loc.offset);
    j["length"] = std::to_string(loc.length);
    j["status"] = std::to_string(spec.http_status);
    j["recordDigest"] = loc.block_digest;
    std::string line = CdxjSurt(spec.target_uri) + " " + CdxjTimestamp(spec.date) + " " + j.dump() + "\n";
    cdxj_offset_ += static_cast<int64_t>(line.size());
    LANTIAN_RETURN_IF_ERROR(cdxj_.Append(line));
  }
  return loc;
}

Status WarcWriter::Flush(bool do_fsync) {
  if (!file_.is_open()) return Status::Ok();
  LANTIAN_RETURN_IF_ERROR(file_.Flush());
  LANTIAN_RETURN_IF_ERROR(cdxj_.Flush());
  if (do_fsync) {
    LANTIAN_RETURN_IF_ERROR(file_.Sync());
    LANTIAN_RETURN_IF_ERROR(cdxj_.Sync());
  }
  return Status::Ok();
}

Status WarcWriter::DiscardFrom(const Mark& mark) {
  if (!file_.is_open() || mark.filename != filename_ || mark.offset > offset_) return Status::Ok();
  // The bytes after the mark belong to records no committed row references.
  LANTIAN_RETURN_IF_ERROR(file_.TruncateTo(mark.offset));
  LANTIAN_RETURN_IF_ERROR(cdxj_.TruncateTo(mark.cdxj_offset));
  offset_ = mark.offset;
  cdxj_offset_ = mark.cdxj_offset;
  return Status::Ok();
}

Status WarcWriter::Close() {
  if (!file_.is_open()) return Status::Ok();
  Status flushed = Flush(true);
  file_.Close();
  cdxj_.Close();
  std::string path = options_.dir + "/" + filename_;
  LANTIAN_RETURN_IF_ERROR(flushed);
  std::error_code ec;
  fs::rename(path + std::string(kOpenSuffix), path, ec);
  if (ec) return Status::IoError(path + ": rename failed: " + ec.message());
  return SortCdxj(path + ".cdxj" + std::string(kOpenSuffix), path + ".cdxj");
}

Status WarcWriter::RecoverOpenFiles(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Ok();
  std::vector<std::string> open_files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.ends_with(".warc.gz.open")) open_files.push_back(entry.path().string());
  }
  for (const std::string& open_path : open_files) {
    std::string path = open_path.substr(0, open_path.size() - kOpenSuffix.size());
    // A crash can leave half a gzip member at the end; no committed row points
    // there (records are fsynced before their rows commit), so cut it off.
    int64_t end = LastCompleteMemberEnd(open_path);
    std::error_code size_ec;
    auto size = static_cast<int64_t>(fs::file_size(open_path, size_ec));
    if (!size_ec && end < size && truncate(open_path.c_str(), end) != 0) {
      return Status::IoError(open_path + ": truncate failed: " + ErrnoText(errno));
    }
    fs::rename(open_path, path, ec);
    if (ec) return Status::IoError(path + ": rename failed: " + ec.message());
    std::string cdxj_open = path + ".cdxj" + std::string(kOpenSuffix);
    if (fs::exists(cdxj_open)) LANTIAN_RETURN_IF_ERROR(SortCdxj(cdxj_open, path + ".cdxj"));
  }
  return Status::Ok();
}

}  // namespace lantian::store
