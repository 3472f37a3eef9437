#include "store/warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace lantian::store {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

struct InflateEnd {
  void operator()(z_stream* zs) const {
    inflateEnd(zs);
    delete zs;
  }
};

}  // namespace

std::string_view WarcRecord::Field(std::string_view name) const {
  for (const auto& [k, v] : fields) {
    if (EqualsIgnoreCase(k, name)) return v;
  }
  return {};
}

Result<std::string> ReadRawBytes(const std::string& path, int64_t offset, int64_t length) {
  if (offset < 0 || length < 0) return Status::InvalidArgument(path + ": bad offset or length");
  File f(std::fopen(path.c_str(), "rb"));
  if (!f) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  if (std::fseek(f.get(), offset, SEEK_SET) != 0) {
    return Status::IoError(path + ": cannot seek to " + std::to_string(offset));
  }
  std::string out(static_cast<size_t>(length), '\0');
  size_t got = std::fread(out.data(), 1, out.size(), f.get());
  if (got != out.size()) {
    return Status::Corruption(path + ": record at offset " + std::to_string(offset) + " length " +
                              std::to_string(length) + " is past the end of the file");
  }
  return out;
}

Result<std::string> Gunzip(std::string_view gz, int64_t max_bytes) {
  std::unique_ptr<z_stream, InflateEnd> zs(new z_stream{});
  if (inflateInit2(zs.get(), 15 + 16) != Z_OK) return Status::Internal("inflateInit2 failed");
  std::string out;
  out.resize(std::max<size_t>(gz.size() * 4, 4096));
  zs->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  zs->avail_in = static_cast<uInt>(gz.size());
  size_t produced = 0;
  while (true) {
    if (produced == out.size()) {
      if (static_cast<int64_t>(out.size()) >= max_bytes) {
        return Status::ResourceExhausted("gzip data inflates past " + std::to_string(max_bytes) +
                                         " bytes");
      }
      out.resize(out.size() * 2);
    }
    zs->next_out = reinterpret_cast<Bytef*>(out.data() + produced);
    zs->avail_out = static_cast<uInt>(out.size() - produced);
    uLong before = zs->total_out;
    int rc = inflate(zs.get(), Z_NO_FLUSH);
    produced += zs->total_out - before;
    if (rc == Z_STREAM_END) {
      if (zs->avail_in == 0) break;
      inflateReset(zs.get());  // next member
      continue;
    }
    if (rc == Z_BUF_ERROR && zs->avail_in == 0) {
      return Status::Corruption("truncated gzip data");
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      return Status::Corruption(std::string("bad gzip data: ") + (zs->msg ? zs->msg : "inflate error"));
    }
  }
  out.resize(produced);
  return out;
}

Result<WarcRecord> ParseWarcRecord(std::string_view bytes) {
  WarcRecord rec;
  size_t eol = bytes.find("\r\n");
  if (eol == std::string_view::npos || !bytes.starts_with("WARC/")) {
    return Status::Corruption("not a WARC record (no WARC/ version line)");
  }
  rec.version = std::string(bytes.substr(0, eol));
  size_t pos = eol + 2;
  int64_t content_length = -1;
  while (true) {
    size_t end = bytes.find("\r\n", pos);
    if (end == std::string_view::npos) return Status::Corruption("WARC header not terminated");
    if (end == pos) {
      pos += 2;
      break;
    }
    std::string_view line = bytes.substr(pos, end - pos);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return Status::Corruption("bad WARC header line: " + std::string(line.substr(0, 80)));
    }
    std::string_view name = line.substr(0, colon);
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    if (EqualsIgnoreCase(name, "Content-Length")) {
      content_length = 0;
      for (char c : value) {
        if (c < '0' || c > '9') return Status::Corruption("bad Content-Length: " + std::string(value));
        if (content_length > (INT64_MAX - 9) / 10) return Status::Corruption("bad Content-Length: " + std::string(value));
        content_length = content_length * 10 + (c - '0');
      }
    }
    rec.fields.emplace_back(std::string(name), std::string(value));
    pos = end + 2;
  }
  if (content_length < 0) return Status::Corruption("WARC record without Content-Length");
  if (bytes.size() - pos < static_cast<size_t>(content_length)) {
    return Status::Corruption("WARC block shorter than its Content-Length");
  }
  rec.block = std::string(bytes.substr(pos, static_cast<size_t>(content_length)));
  return rec;
}

Result<WarcRecord> ReadRecord(const std::string& path, int64_t offset, int64_t length) {
  auto raw = ReadRawBytes(path, offset, length);
  if (!raw.ok()) return raw.status();
  auto plain = Gunzip(*raw);
  if (!plain.ok()) {
    return plain.status().WithContext(path + ": record at offset " + std::to_string(offset));
  }
  auto rec = ParseWarcRecord(*plain);
  if (!rec.ok()) return rec.status().WithContext(path + ": record at offset " + std::to_string(offset));
  return rec;
}

Status ForEachRecord(
    const std::string& path,
    const std::function<Status(int64_t offset, int64_t length, const WarcRecord&)>& fn) {
  File f(std::fopen(path.c_str(), "rb"));
  if (!f) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::unique_ptr<z_stream, InflateEnd> zs(new z_stream{});
  if (inflateInit2(zs.get(), 15 + 16) != Z_OK) return Status::Internal("inflateInit2 failed");
  std::string in(1 << 20, '\0');
  std::string out(1 << 16, '\0');
  size_t produced = 0;
  int64_t member_start = 0;
  int64_t consumed_total = 0;  // bytes of the file fed to inflate so far
  bool in_member = false;
  bool eof = false;
  zs->avail_in = 0;
  while (true) {
    if (zs->avail_in == 0 && !eof) {
      size_t got = std::fread(in.data(), 1, in.size(), f.get());
      if (got == 0) eof = true;
      zs->next_in = reinterpret_cast<Bytef*>(in.data());
      zs->avail_in = static_cast<uInt>(got);
    }
    if (zs->avail_in == 0 && eof) {
      if (in_member) {
        return Status::Corruption(path + ": offset " + std::to_string(member_start) +
                                  ": truncated gzip member");
      }
      return Status::Ok();
    }
    in_member = true;
    if (produced == out.size()) out.resize(out.size() * 2);
    zs->next_out = reinterpret_cast<Bytef*>(out.data() + produced);
    zs->avail_out = static_cast<uInt>(out.size() - produced);
    uInt avail_before = zs->avail_in;
    uLong out_before = zs->total_out;
    int rc = inflate(zs.get(), Z_NO_FLUSH);
    consumed_total += avail_before - zs->avail_in;
    produced += zs->total_out - out_before;
    if (rc == Z_STREAM_END) {
      int64_t length = consumed_total - member_start;
      auto rec = ParseWarcRecord(std::string_view(out.data(), produced));
      if (!rec.ok()) {
        return rec.status().WithContext(path + ": offset " + std::to_string(member_start));
      }
      LANTIAN_RETURN_IF_ERROR(fn(member_start, length, *rec));
      member_start = consumed_total;
      produced = 0;
      in_member = false;
      inflateReset(zs.get());
      continue;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      return Status::Corruption(path + ": offset " + std::to_string(member_start) + ": bad gzip data: " +
                                (zs->msg ? zs->msg : "inflate error"));
    }
  }
}

}  // namespace lantian::store
