#include "store/warc_reader.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

#include "base/strings.h"
#include "base/zlib_stream.h"

namespace lantian::store {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

}  // namespace

std::string_view WarcRecord::Field(std::string_view name) const {
  for (const auto& [k, v] : fields) {
    if (base::EqualsIgnoreAsciiCase(k, name)) return v;
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
  return base::GunzipAll(gz, static_cast<size_t>(max_bytes));
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
    std::string_view value = base::TrimAscii(line.substr(colon + 1));
    if (base::EqualsIgnoreAsciiCase(name, "Content-Length")) {
      if (value.empty()) return Status::Corruption("empty Content-Length");
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
  auto inflater = base::ZlibStream::Inflater(base::ZlibFormat::kGzip);
  if (!inflater.ok()) return inflater.status();
  std::string buf(1 << 20, '\0');
  std::string_view in;   // unconsumed part of buf
  std::string record;    // the current member, inflated
  int64_t member_start = 0;
  int64_t consumed_total = 0;  // bytes of the file fed to inflate so far
  bool in_member = false;
  while (true) {
    if (in.empty()) {
      size_t got = std::fread(buf.data(), 1, buf.size(), f.get());
      if (got == 0) {
        if (in_member) {
          return Status::Corruption(path + ": offset " + std::to_string(member_start) +
                                    ": truncated gzip member");
        }
        return Status::Ok();
      }
      in = std::string_view(buf.data(), got);
    }
    in_member = true;
    auto step = inflater->Inflate(in, SIZE_MAX, &record, /*multi_member=*/false);
    if (!step.ok()) {
      return Status::Corruption(path + ": offset " + std::to_string(member_start) +
                                ": bad gzip data: " + step.status().message());
    }
    consumed_total += static_cast<int64_t>(step->input_consumed);
    in.remove_prefix(step->input_consumed);
    if (step->stream_end) {
      auto rec = ParseWarcRecord(record);
      if (!rec.ok()) return rec.status().WithContext(path + ": offset " + std::to_string(member_start));
      LANTIAN_RETURN_IF_ERROR(fn(member_start, consumed_total - member_start, *rec));
      member_start = consumed_total;
      record.clear();
      in_member = false;
    }
  }
}

}  // namespace lantian::store
