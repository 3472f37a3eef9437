#include "store/bundle/internal/zip.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace lantian::store::internal {
namespace {

constexpr size_t kChunkBytes = 256 * 1024;

struct EntryDeleter {
  void operator()(archive_entry* e) const { archive_entry_free(e); }
};

std::string ArchiveError(archive* a) {
  const char* s = archive_error_string(a);
  return s != nullptr ? s : "unknown libarchive error";
}

struct FdCloser {
  int fd;
  ~FdCloser() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

void ArchiveWriteDeleter::operator()(archive* a) const { archive_write_free(a); }
void ArchiveReadDeleter::operator()(archive* a) const { archive_read_free(a); }

std::string UnsafeEntryNameReason(std::string_view name) {
  if (name.empty()) return "empty entry name";
  if (name.front() == '/') return "absolute path";
  if (name.size() >= 2 && name[1] == ':') return "drive-letter path";
  for (unsigned char c : name) {
    if (c == '\\') return "backslash in path";
    if (c < 0x20 || c == 0x7f) return "control character in path";
  }
  size_t start = 0;
  while (start <= name.size()) {
    size_t slash = name.find('/', start);
    std::string_view part =
        name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (part == "..") return "parent directory (..) in path";
    if (part == ".") return "'.' component in path";
    if (part.empty() && slash != std::string_view::npos) return "empty path component";
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return "";
}

Result<ZipWriter> ZipWriter::Create(const std::string& path) {
  std::unique_ptr<archive, ArchiveWriteDeleter> a(archive_write_new());
  if (!a) return Status::Internal("archive_write_new failed");
  if (archive_write_set_format_zip(a.get()) != ARCHIVE_OK) {
    return Status::Internal("zip format: " + ArchiveError(a.get()));
  }
  // No padding to 10240-byte blocks after the central directory.
  archive_write_set_bytes_in_last_block(a.get(), 1);
  if (archive_write_open_filename(a.get(), path.c_str()) != ARCHIVE_OK) {
    return Status::IoError(path + ": " + ArchiveError(a.get()));
  }
  return ZipWriter(std::move(a), path);
}

Status ZipWriter::Begin(const std::string& name, int64_t size, Method method) {
  std::string reason = UnsafeEntryNameReason(name);
  if (!reason.empty()) return Status::InvalidArgument(name + ": " + reason);
  // Per-entry compression: these two calls are allowed between entries
  // (state HEADER); archive_write_set_format_option is not.
  int rc = method == Method::kStore ? archive_write_zip_set_compression_store(a_.get())
                                    : archive_write_zip_set_compression_deflate(a_.get());
  if (rc != ARCHIVE_OK) {
    return Status::Internal("zip compression option: " + ArchiveError(a_.get()));
  }
  std::unique_ptr<archive_entry, EntryDeleter> e(archive_entry_new());
  archive_entry_set_pathname_utf8(e.get(), name.c_str());
  archive_entry_set_filetype(e.get(), AE_IFREG);
  archive_entry_set_perm(e.get(), 0644);
  archive_entry_set_size(e.get(), size);
  archive_entry_set_mtime(e.get(), mtime_, 0);
  if (archive_write_header(a_.get(), e.get()) != ARCHIVE_OK) {
    return Status::IoError(path_ + ": " + name + ": " + ArchiveError(a_.get()));
  }
  return Status::Ok();
}

Status ZipWriter::Write(std::string_view data) {
  while (!data.empty()) {
    la_ssize_t n = archive_write_data(a_.get(), data.data(), data.size());
    if (n < 0) return Status::IoError(path_ + ": " + ArchiveError(a_.get()));
    if (n == 0) return Status::IoError(path_ + ": short write");
    data.remove_prefix(size_t(n));
  }
  return Status::Ok();
}

Status ZipWriter::AddFile(const std::string& name, const std::string& source_path, Method method) {
  int fd = ::open(source_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(source_path + ": cannot open: " + std::strerror(errno));
  FdCloser closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Status::IoError(source_path + ": " + std::strerror(errno));
  LANTIAN_RETURN_IF_ERROR(Begin(name, int64_t(st.st_size), method));
  std::vector<char> buf(kChunkBytes);
  int64_t left = st.st_size;
  while (left > 0) {
    ssize_t n = ::read(fd, buf.data(), buf.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(source_path + ": read failed: " + std::strerror(errno));
    }
    if (n == 0) return Status::IoError(source_path + ": file shrank while being zipped");
    LANTIAN_RETURN_IF_ERROR(Write(std::string_view(buf.data(), size_t(n))));
    left -= n;
  }
  if (archive_write_finish_entry(a_.get()) != ARCHIVE_OK) {
    return Status::IoError(path_ + ": " + name + ": " + ArchiveError(a_.get()));
  }
  return Status::Ok();
}

Status ZipWriter::AddBytes(const std::string& name, std::string_view data, Method method) {
  LANTIAN_RETURN_IF_ERROR(Begin(name, int64_t(data.size()), method));
  LANTIAN_RETURN_IF_ERROR(Write(data));
  if (archive_write_finish_entry(a_.get()) != ARCHIVE_OK) {
    return Status::IoError(path_ + ": " + name + ": " + ArchiveError(a_.get()));
  }
  return Status::Ok();
}

Status ZipWriter::Close() {
  if (!a_) return Status::Ok();
  int rc = archive_write_close(a_.get());
  std::string err = rc == ARCHIVE_OK ? "" : ArchiveError(a_.get());
  a_.reset();
  if (rc != ARCHIVE_OK) return Status::IoError(path_ + ": " + err);
  return Status::Ok();
}

Result<ZipReader> ZipReader::Open(const std::string& path) {
  std::unique_ptr<archive, ArchiveReadDeleter> a(archive_read_new());
  if (!a) return Status::Internal("archive_read_new failed");
  // Seekable: entries come from the central directory, as players read them.
  archive_read_support_format_zip_seekable(a.get());
  if (archive_read_open_filename(a.get(), path.c_str(), kChunkBytes) != ARCHIVE_OK) {
    std::string err = ArchiveError(a.get());
    if (::access(path.c_str(), R_OK) != 0) {
      return Status::IoError(path + ": cannot open: " + std::strerror(errno));
    }
    return Status::Corruption(path + ": not a readable ZIP: " + err);
  }
  return ZipReader(std::move(a), path);
}

Result<bool> ZipReader::Next(std::string* name, bool* is_dir) {
  archive_entry* e = nullptr;
  int rc = archive_read_next_header(a_.get(), &e);
  if (rc == ARCHIVE_EOF) return false;
  if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
    return Status::Corruption("ZIP structure broken: " + ArchiveError(a_.get()));
  }
  const char* n = archive_entry_pathname_utf8(e);
  if (n == nullptr) n = archive_entry_pathname(e);
  *name = n != nullptr ? n : "";
  *is_dir = archive_entry_filetype(e) == AE_IFDIR;
  return true;
}

Status ZipReader::ReadData(const std::function<Status(std::string_view)>& sink) {
  std::vector<char> buf(kChunkBytes);
  for (;;) {
    la_ssize_t n = archive_read_data(a_.get(), buf.data(), buf.size());
    if (n == 0) return Status::Ok();
    if (n < 0) return Status::Corruption(ArchiveError(a_.get()));
    LANTIAN_RETURN_IF_ERROR(sink(std::string_view(buf.data(), size_t(n))));
  }
}

}  // namespace lantian::store::internal
