#include "store/bundle/internal/zip_layout.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string_view>

#include "base/zlib_stream.h"

namespace lantian::store::internal {
namespace {

// APPNOTE.TXT 6.3.10: §4.3.7 local file header, §4.3.9 data descriptor,
// §4.3.12 central directory header, §4.3.14-16 (ZIP64) end of central
// directory record and locator, §4.5.3 ZIP64 extra field.
constexpr uint32_t kLocalSig = 0x04034b50;
constexpr uint32_t kDescriptorSig = 0x08074b50;
constexpr uint32_t kCentralSig = 0x02014b50;
constexpr uint32_t kEocdSig = 0x06054b50;
constexpr uint32_t kZip64EocdSig = 0x06064b50;
constexpr uint32_t kZip64LocatorSig = 0x07064b50;
constexpr uint64_t kLocalBytes = 30;
constexpr uint64_t kCentralBytes = 46;
constexpr uint64_t kEocdBytes = 22;
constexpr uint64_t kZip64LocatorBytes = 20;
constexpr uint64_t kMaxCommentBytes = 65535;
// The central directory is read whole; 64 MiB is some 500,000 entries, far
// beyond any bundle (one WARC, a handful of other files, the attachments).
constexpr uint64_t kMaxCentralDirBytes = 64ull << 20;
// Deflated entries up to this size are decoded once more to check where their
// stream ends (bundles deflate only the notice, CSV, JSON and text files).
constexpr uint64_t kMaxCheckedDeflateBytes = 64ull << 20;
constexpr uint16_t kExtraZip64 = 0x0001;
constexpr uint16_t kExtraUnixTime = 0x5455;  // "UT", Info-ZIP extended timestamp
constexpr uint16_t kFlagDescriptor = 1u << 3;
constexpr uint16_t kFlagEncrypted = 1u << 0;
constexpr uint16_t kFlagStrongEncryption = 1u << 6;
// What ZipWriter (libarchive) writes: Unix host, regular file mode 0644.
constexpr unsigned kHostUnix = 3;
constexpr uint32_t kRegularFile0644 = 0100644u << 16;
constexpr uint32_t k32 = 0xffffffffu;

uint16_t U16(std::string_view b, size_t at) {
  return uint16_t(uint8_t(b[at]) | uint8_t(b[at + 1]) << 8);
}
uint32_t U32(std::string_view b, size_t at) { return uint32_t(U16(b, at)) | uint32_t(U16(b, at + 2)) << 16; }
uint64_t U64(std::string_view b, size_t at) { return uint64_t(U32(b, at)) | uint64_t(U32(b, at + 4)) << 32; }

std::string Hex(uint64_t v, int width = 8) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%0*llx", width, static_cast<unsigned long long>(v));
  return buf;
}

std::string Printable(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = uint8_t(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (uint8_t(s[i + k]) & 0xc0) == 0x80;
    if (ok && len == 1 && (c < 0x20 || c == 0x7f)) ok = false;
    if (!ok) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      ++i;
      continue;
    }
    out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

class File {
 public:
  explicit File(int fd) : fd_(fd) {}
  ~File() {
    if (fd_ >= 0) ::close(fd_);
  }
  File(const File&) = delete;
  File& operator=(const File&) = delete;

  // Reads up to `n` bytes at `offset` (fewer at the end of the file).
  Status Read(uint64_t offset, uint64_t n, std::string* out, const std::string& path) const {
    out->assign(size_t(n), '\0');
    size_t got = 0;
    while (got < n) {
      ssize_t r = ::pread(fd_, out->data() + got, size_t(n) - got, off_t(offset + got));
      if (r < 0) {
        if (errno == EINTR) continue;
        return Status::IoError(path + ": read failed: " + std::strerror(errno));
      }
      if (r == 0) break;
      got += size_t(r);
    }
    out->resize(got);
    return Status::Ok();
  }

 private:
  int fd_;
};

struct ExtraField {
  uint16_t id = 0;
  std::string data;
};

// Splits an extra field into its (id, size, data) records; false when a
// record overruns the field.
bool ParseExtra(std::string_view b, std::vector<ExtraField>* out) {
  out->clear();
  size_t at = 0;
  while (at < b.size()) {
    if (at + 4 > b.size()) return false;
    const uint16_t id = U16(b, at);
    const uint16_t size = U16(b, at + 2);
    if (at + 4 + size > b.size()) return false;
    out->push_back({id, std::string(b.substr(at + 4, size))});
    at += 4 + size;
  }
  return true;
}

const ExtraField* FindExtra(const std::vector<ExtraField>& fields, uint16_t id) {
  for (const ExtraField& f : fields) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

struct CentralEntry {
  std::string name;
  uint64_t at = 0;  // of the central-directory header
  uint16_t made_by = 0, needed = 0, flags = 0, method = 0, time = 0, date = 0;
  uint16_t internal_attr = 0;
  uint32_t external_attr = 0, disk = 0, crc = 0;
  uint64_t csize = 0, usize = 0, offset = 0;
  uint16_t comment_bytes = 0;
  std::vector<ExtraField> extra;
  bool zip64 = false;
  // Set by the local-header check: where the entry (header, data and data
  // descriptor) ends; nullopt when its local header is unusable.
  std::optional<uint64_t> end;
};

// Parses one central-directory header at `at` of `cd` (whose first byte is
// at file offset `cd_offset`); "" or the problem.
std::string ParseCentral(std::string_view cd, size_t* at, uint64_t cd_offset, CentralEntry* e) {
  if (*at + kCentralBytes > cd.size()) return "truncated header";
  std::string_view h = cd.substr(*at);
  if (U32(h, 0) != kCentralSig) return "signature is " + Hex(U32(h, 0)) + ", expected " + Hex(kCentralSig);
  e->at = cd_offset + *at;
  e->made_by = U16(h, 4);
  e->needed = U16(h, 6);
  e->flags = U16(h, 8);
  e->method = U16(h, 10);
  e->time = U16(h, 12);
  e->date = U16(h, 14);
  e->crc = U32(h, 16);
  e->csize = U32(h, 20);
  e->usize = U32(h, 24);
  const uint16_t name_bytes = U16(h, 28);
  const uint16_t extra_bytes = U16(h, 30);
  e->comment_bytes = U16(h, 32);
  e->disk = U16(h, 34);
  e->internal_attr = U16(h, 36);
  e->external_attr = U32(h, 38);
  e->offset = U32(h, 42);
  const size_t total = size_t(kCentralBytes) + name_bytes + extra_bytes + e->comment_bytes;
  if (*at + total > cd.size()) return "name, extra field or comment runs past the central directory";
  e->name = std::string(h.substr(kCentralBytes, name_bytes));
  if (!ParseExtra(h.substr(kCentralBytes + name_bytes, extra_bytes), &e->extra)) {
    return "extra field is malformed";
  }
  // §4.5.3: the ZIP64 field holds, in this order, only the values whose
  // 32-bit field is all ones.
  if (const ExtraField* z = FindExtra(e->extra, kExtraZip64)) {
    e->zip64 = true;
    size_t z_at = 0;
    auto take = [&](uint64_t* v, size_t bytes) {
      if (z_at + bytes > z->data.size()) return false;
      *v = bytes == 8 ? U64(z->data, z_at) : U32(z->data, z_at);
      z_at += bytes;
      return true;
    };
    uint64_t disk = e->disk;
    if ((e->usize == k32 && !take(&e->usize, 8)) || (e->csize == k32 && !take(&e->csize, 8)) ||
        (e->offset == k32 && !take(&e->offset, 8)) || (e->disk == 0xffff && !take(&disk, 4))) {
      return "ZIP64 extra field is too short";
    }
    e->disk = uint32_t(disk);
  }
  *at += total;
  return "";
}

// What lantian's writer puts in the fields a local header does not repeat.
std::string CheckWriterFields(const CentralEntry& e) {
  const std::string cd = "central directory ";
  if ((e.made_by >> 8) != kHostUnix) {
    return cd + "'version made by' names host " + std::to_string(e.made_by >> 8) + ", expected Unix (3)";
  }
  if ((e.made_by & 0xff) != (e.needed & 0xff)) {
    return cd + "'version made by' is " + std::to_string(e.made_by & 0xff) + ", expected " +
           std::to_string(e.needed & 0xff) + " (the version needed)";
  }
  if (e.flags & (kFlagEncrypted | kFlagStrongEncryption)) return cd + "flags mark the entry encrypted";
  if (e.method != 0 && e.method != 8) {
    return cd + "compression method " + std::to_string(e.method) + " is neither stored (0) nor deflate (8)";
  }
  if (e.disk != 0) return cd + "disk number is " + std::to_string(e.disk) + ", expected 0 (one disk)";
  if (e.internal_attr != 0) return cd + "internal attributes are " + Hex(e.internal_attr, 4) + ", expected 0";
  if (e.external_attr != kRegularFile0644) {
    return cd + "external attributes are " + Hex(e.external_attr) + ", expected " + Hex(kRegularFile0644) +
           " (a regular file, mode 0644)";
  }
  if (e.comment_bytes != 0) return cd + "has a " + std::to_string(e.comment_bytes) + "-byte file comment";
  return "";
}

// Compares the local extra field with the central one, record by record:
// the same records in the same order with the same data, except that a
// ZIP64 record's values are checked with the sizes, and an extended
// timestamp may carry access and change times locally (flags and mtime must
// match).
std::string CompareExtra(const std::vector<ExtraField>& local, const std::vector<ExtraField>& central) {
  if (local.size() != central.size()) {
    return "local header extra field has " + std::to_string(local.size()) + " records, the central directory " +
           std::to_string(central.size());
  }
  for (size_t i = 0; i < local.size(); ++i) {
    const ExtraField& l = local[i];
    const ExtraField& c = central[i];
    const std::string what = "local header extra field record " + std::to_string(i + 1) + " (" + Hex(l.id, 4) + ")";
    if (l.id != c.id) return what + " is not the central directory's (" + Hex(c.id, 4) + ")";
    if (l.id == kExtraZip64) continue;
    if (l.id == kExtraUnixTime && !l.data.empty() && !c.data.empty()) {
      const auto flags = uint8_t(l.data[0]);
      const size_t want = 1 + 4 * size_t((flags & 1) + (flags >> 1 & 1) + (flags >> 2 & 1));
      if (uint8_t(c.data[0]) != flags) return what + " flags differ from the central directory";
      if (l.data.size() != want) return what + " is " + std::to_string(l.data.size()) + " bytes, its flags say " +
                                        std::to_string(want);
      if (l.data.substr(0, std::min<size_t>(5, want)) != c.data.substr(0, std::min<size_t>(5, c.data.size()))) {
        return what + " modification time differs from the central directory";
      }
      continue;
    }
    if (l.data != c.data) return what + " differs from the central directory";
  }
  return "";
}

// Checks the local header and data descriptor of `e` against it and sets
// e->end; "" or the problem (naming the field). Errors: read failures.
Result<std::string> CheckLocal(const File& f, const std::string& path, uint64_t cd_offset, CentralEntry* e) {
  auto differs = [](const std::string& field, const std::string& local, const std::string& central) {
    return "local header " + field + " is " + local + ", the central directory says " + central;
  };
  // Compared by subtraction: ZIP64 values are 64-bit and may be anything.
  if (e->offset > cd_offset || cd_offset - e->offset < kLocalBytes) {
    return "local header offset " + std::to_string(e->offset) + " lies past the start of the central directory (" +
               std::to_string(cd_offset) + ")";
  }
  std::string h;
  LANTIAN_RETURN_IF_ERROR(f.Read(e->offset, kLocalBytes, &h, path));
  if (U32(h, 0) != kLocalSig) {
    return "local header signature at offset " + std::to_string(e->offset) + " is " + Hex(U32(h, 0)) +
               ", expected " + Hex(kLocalSig);
  }
  if (U16(h, 4) != e->needed) {
    return differs("'version needed'", std::to_string(U16(h, 4)), std::to_string(e->needed));
  }
  if (U16(h, 6) != e->flags) return differs("flags", Hex(U16(h, 6), 4), Hex(e->flags, 4));
  if (U16(h, 8) != e->method) {
    return differs("compression method", std::to_string(U16(h, 8)), std::to_string(e->method));
  }
  if (U16(h, 10) != e->time) return differs("modification time", Hex(U16(h, 10), 4), Hex(e->time, 4));
  if (U16(h, 12) != e->date) return differs("modification date", Hex(U16(h, 12), 4), Hex(e->date, 4));
  const uint16_t name_bytes = U16(h, 26);
  const uint16_t extra_bytes = U16(h, 28);
  if (name_bytes != e->name.size()) {
    return differs("name length", std::to_string(name_bytes), std::to_string(e->name.size()));
  }
  const uint64_t data_at = e->offset + kLocalBytes + name_bytes + extra_bytes;
  if (data_at > cd_offset) {
    return "local header name and extra field (" + std::to_string(name_bytes) + " + " +
               std::to_string(extra_bytes) + " bytes) run past the start of the central directory";
  }
  std::string ne;
  LANTIAN_RETURN_IF_ERROR(f.Read(e->offset + kLocalBytes, uint64_t(name_bytes) + extra_bytes, &ne, path));
  const std::string_view name = std::string_view(ne).substr(0, name_bytes);
  if (name != e->name) {
    return differs("name", "'" + Printable(name) + "'", "'" + Printable(e->name) + "'");
  }
  std::vector<ExtraField> extra;
  if (!ParseExtra(std::string_view(ne).substr(name_bytes), &extra)) {
    return "local header extra field (" + std::to_string(extra_bytes) + " bytes) is malformed";
  }
  if (std::string why = CompareExtra(extra, e->extra); !why.empty()) return why;
  uint64_t crc = U32(h, 14), csize = U32(h, 18), usize = U32(h, 22);
  const ExtraField* z = FindExtra(extra, kExtraZip64);
  if (z != nullptr && (usize == k32 || csize == k32)) {
    // §4.5.3: a local ZIP64 record holds both sizes, uncompressed first.
    if (z->data.size() < 16) {
      return std::string("local header ZIP64 extra field is too short");
    }
    usize = U64(z->data, 0);
    csize = U64(z->data, 8);
  }
  // With a data descriptor (flag bit 3) the local fields may be zero; any
  // value they do hold must be the real one.
  const bool descriptor = (e->flags & kFlagDescriptor) != 0;
  auto field_ok = [&](uint64_t local, uint64_t central) { return local == central || (descriptor && local == 0); };
  if (!field_ok(crc, e->crc)) return differs("CRC-32", Hex(crc), Hex(e->crc));
  if (!field_ok(csize, e->csize)) {
    return differs("compressed size", std::to_string(csize), std::to_string(e->csize));
  }
  if (!field_ok(usize, e->usize)) {
    return differs("uncompressed size", std::to_string(usize), std::to_string(e->usize));
  }
  if (e->csize > cd_offset - data_at) {
    return "data (" + std::to_string(e->csize) + " bytes from offset " + std::to_string(data_at) +
               ") runs past the start of the central directory";
  }
  uint64_t end = data_at + e->csize;
  // The streaming pass inflates the entry and checks its CRC, but stops at the
  // stream's end and ignores its padding; a deflate stream must fill exactly
  // the compressed size, and its last byte's padding bits be zero as zlib
  // writes them. Errors in the stream itself are the streaming pass's to report.
  if (e->method == 8 && e->csize <= kMaxCheckedDeflateBytes) {
    std::string data;
    LANTIAN_RETURN_IF_ERROR(f.Read(data_at, e->csize, &data, path));
    auto tail = base::RawDeflateEnd(data);
    if (tail.ok() && tail->stream_bytes != e->csize) {
      return "deflate stream ends after " + std::to_string(tail->stream_bytes) + " of its " +
             std::to_string(e->csize) + " compressed bytes";
    }
    if (tail.ok() && !tail->padding_zero) {
      return "deflate stream's last byte (offset " + std::to_string(data_at + e->csize - 1) +
             ") has non-zero padding bits";
    }
  }
  if (descriptor) {
    // The writer puts the optional signature first; sizes are 8 bytes when
    // the local header has a ZIP64 record.
    const uint64_t size_bytes = z != nullptr ? 8 : 4;
    const uint64_t want = 8 + 2 * size_bytes;
    std::string d;
    LANTIAN_RETURN_IF_ERROR(f.Read(end, std::min(want, cd_offset - end), &d, path));
    const std::string what = "data descriptor (offset " + std::to_string(end) + ") ";
    if (d.size() < want) {
      return what + "runs past the start of the central directory";
    }
    if (U32(d, 0) != kDescriptorSig) {
      return what + "signature is " + Hex(U32(d, 0)) + ", expected " + Hex(kDescriptorSig);
    }
    const uint64_t d_crc = U32(d, 4);
    const uint64_t d_csize = size_bytes == 8 ? U64(d, 8) : U32(d, 8);
    const uint64_t d_usize = size_bytes == 8 ? U64(d, 16) : U32(d, 12);
    auto says = [&](const std::string& field, const std::string& v, const std::string& c) {
      return what + field + " is " + v + ", the central directory says " + c;
    };
    if (d_crc != e->crc) return says("CRC-32", Hex(d_crc), Hex(e->crc));
    if (d_csize != e->csize) {
      return says("compressed size", std::to_string(d_csize), std::to_string(e->csize));
    }
    if (d_usize != e->usize) {
      return says("uncompressed size", std::to_string(d_usize), std::to_string(e->usize));
    }
    end += want;
  }
  e->end = end;
  return std::string();
}

}  // namespace

std::string PrintableEntryName(std::string_view name) { return Printable(name); }

Result<std::vector<std::string>> CheckZipLayout(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  File f(fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Status::IoError(path + ": " + std::strerror(errno));
  const auto size = uint64_t(st.st_size);
  std::vector<std::string> fail;
  const std::string zip = "ZIP: ";

  // The end-of-central-directory record: the last one in the tail whose
  // comment ends the file; failing that, the last signature at all.
  const uint64_t tail_at = size > kEocdBytes + kMaxCommentBytes ? size - kEocdBytes - kMaxCommentBytes : 0;
  std::string tail;
  LANTIAN_RETURN_IF_ERROR(f.Read(tail_at, size - tail_at, &tail, path));
  std::optional<size_t> eocd_in_tail;
  for (size_t i = tail.size() >= kEocdBytes ? tail.size() - kEocdBytes + 1 : 0; i-- > 0;) {
    if (U32(tail, i) != kEocdSig) continue;
    if (!eocd_in_tail) eocd_in_tail = i;
    if (i + kEocdBytes + U16(tail, i + 20) == tail.size()) {
      eocd_in_tail = i;
      break;
    }
  }
  if (!eocd_in_tail) {
    fail.push_back(zip + "no end-of-central-directory record");
    return fail;
  }
  const std::string_view eocd = std::string_view(tail).substr(*eocd_in_tail);
  const uint64_t eocd_at = tail_at + *eocd_in_tail;
  const uint64_t eocd_end = eocd_at + kEocdBytes + U16(eocd, 20);
  if (eocd_end != size) {
    fail.push_back(zip + "end-of-central-directory record (offset " + std::to_string(eocd_at) + ", comment " +
                   std::to_string(U16(eocd, 20)) + " bytes) does not end the file: " +
                   (eocd_end < size ? std::to_string(size - eocd_end) + " trailing bytes"
                                    : "its comment runs past the end"));
  }
  if (U16(eocd, 4) != 0 || U16(eocd, 6) != 0) {
    fail.push_back(zip + "end-of-central-directory record names disk " + std::to_string(U16(eocd, 4)) +
                   " / " + std::to_string(U16(eocd, 6)) + ", expected one disk (0)");
  }
  uint64_t entries = U16(eocd, 10);
  uint64_t entries_here = U16(eocd, 8);
  uint64_t cd_size = U32(eocd, 12);
  uint64_t cd_offset = U32(eocd, 16);
  uint64_t cd_end_expected = eocd_at;  // the central directory ends where the next record starts
  if (entries == 0xffff || entries_here == 0xffff || cd_size == k32 || cd_offset == k32) {
    std::string loc;
    if (eocd_at >= kZip64LocatorBytes) {
      LANTIAN_RETURN_IF_ERROR(f.Read(eocd_at - kZip64LocatorBytes, kZip64LocatorBytes, &loc, path));
    }
    if (loc.size() != kZip64LocatorBytes || U32(loc, 0) != kZip64LocatorSig) {
      fail.push_back(zip + "end-of-central-directory record needs ZIP64 but no ZIP64 locator precedes it");
      return fail;
    }
    const uint64_t rec_at = U64(loc, 8);
    std::string rec;
    if (rec_at <= eocd_at - kZip64LocatorBytes && eocd_at - kZip64LocatorBytes - rec_at >= 56) {
      LANTIAN_RETURN_IF_ERROR(f.Read(rec_at, 56, &rec, path));
    }
    if (rec.size() != 56 || U32(rec, 0) != kZip64EocdSig) {
      fail.push_back(zip + "ZIP64 locator points to offset " + std::to_string(rec_at) +
                     ", where no ZIP64 end-of-central-directory record is");
      return fail;
    }
    if (eocd_at - kZip64LocatorBytes - rec_at - 12 != U64(rec, 4)) {
      fail.push_back(zip + "ZIP64 end-of-central-directory record is not followed by its locator");
    }
    entries_here = U64(rec, 24);
    entries = U64(rec, 32);
    cd_size = U64(rec, 40);
    cd_offset = U64(rec, 48);
    cd_end_expected = rec_at;
  }
  if (entries_here != entries) {
    fail.push_back(zip + "end-of-central-directory record counts " + std::to_string(entries_here) +
                   " entries on this disk and " + std::to_string(entries) + " in all");
  }
  if (cd_offset > cd_end_expected || cd_end_expected - cd_offset != cd_size) {
    fail.push_back(zip + "central directory (" + std::to_string(cd_size) + " bytes at offset " +
                   std::to_string(cd_offset) + ") does not end where the end-of-central-directory record starts (" +
                   std::to_string(cd_end_expected) + ")");
    return fail;
  }
  if (cd_size > kMaxCentralDirBytes) {
    fail.push_back(zip + "central directory is " + std::to_string(cd_size) + " bytes, over the 64 MiB limit");
    return fail;
  }
  std::string cd;
  LANTIAN_RETURN_IF_ERROR(f.Read(cd_offset, cd_size, &cd, path));

  std::vector<CentralEntry> all;
  size_t at = 0;
  while (at < cd.size()) {
    CentralEntry e;
    const size_t was = at;
    std::string why = ParseCentral(cd, &at, cd_offset, &e);
    if (!why.empty()) {
      fail.push_back(zip + "central directory entry " + std::to_string(all.size() + 1) + " (offset " +
                     std::to_string(cd_offset + was) + "): " + why);
      return fail;
    }
    all.push_back(std::move(e));
  }
  if (all.size() != entries) {
    fail.push_back(zip + "central directory holds " + std::to_string(all.size()) +
                   " entries, the end-of-central-directory record says " + std::to_string(entries));
  }

  for (CentralEntry& e : all) {
    const std::string name = Printable(e.name);
    if (std::string why = CheckWriterFields(e); !why.empty()) fail.push_back(name + ": " + why);
    auto problem = CheckLocal(f, path, cd_offset, &e);
    if (!problem.ok()) return problem.status();
    if (!problem->empty()) fail.push_back(name + ": " + *problem);
  }

  // The entries tile the file from offset 0 to the central directory: no
  // bytes between them, none shared.
  std::vector<const CentralEntry*> by_offset;
  for (const CentralEntry& e : all) by_offset.push_back(&e);
  std::stable_sort(by_offset.begin(), by_offset.end(),
                   [](const CentralEntry* a, const CentralEntry* b) { return a->offset < b->offset; });
  uint64_t expected = 0;
  const CentralEntry* prev = nullptr;
  bool known = true;  // `expected` is exact (the previous entry's end is known)
  for (const CentralEntry* e : by_offset) {
    const std::string name = Printable(e->name);
    if (known && e->offset > expected) {
      fail.push_back(name + ": " + std::to_string(e->offset - expected) + " unlisted bytes before its local header" +
                     (prev != nullptr ? " (after " + Printable(prev->name) + ")" : "") + ", offsets " +
                     std::to_string(expected) + " to " + std::to_string(e->offset));
    } else if (known && e->offset < expected && prev != nullptr) {
      fail.push_back(name + ": local header at offset " + std::to_string(e->offset) + " overlaps entry " +
                     Printable(prev->name) + " (which ends at " + std::to_string(expected) + ")");
    }
    known = e->end.has_value();
    if (known) expected = *e->end;
    prev = e;
  }
  if (known && expected < cd_offset) {
    fail.push_back(zip + std::to_string(cd_offset - expected) + " unlisted bytes before the central directory" +
                   (prev != nullptr ? " (after " + Printable(prev->name) + ")" : "") + ", offsets " +
                   std::to_string(expected) + " to " + std::to_string(cd_offset));
  }
  return fail;
}

}  // namespace lantian::store::internal
