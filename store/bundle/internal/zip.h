#pragma once

// ZIP writing and reading for evidence bundles through libarchive, streaming
// in fixed-size chunks (memory does not grow with the entry or archive size).
// Private to store/bundle/.

#include <cstdint>
#include <ctime>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

struct archive;
struct archive_entry;

namespace lantian::store::internal {

struct ArchiveWriteDeleter {
  void operator()(archive* a) const;
};
struct ArchiveReadDeleter {
  void operator()(archive* a) const;
};

// Checks a ZIP entry name: relative, '/'-separated, no "." or ".." component,
// no backslash, no NUL or control characters, no empty component. Returns the
// reason, or an empty string when the name is safe.
std::string UnsafeEntryNameReason(std::string_view name);

// Writes a ZIP (ZIP64 when needed) entry by entry. Single-thread; movable only.
class ZipWriter {
 public:
  enum class Method { kStore, kDeflate };

  [[nodiscard]] static Result<ZipWriter> Create(const std::string& path);
  ZipWriter(ZipWriter&&) noexcept = default;
  ZipWriter& operator=(ZipWriter&&) noexcept = default;
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // Copies `source_path` (size known up front) into entry `name`.
  [[nodiscard]] Status AddFile(const std::string& name, const std::string& source_path,
                               Method method);
  [[nodiscard]] Status AddBytes(const std::string& name, std::string_view data, Method method);
  // Writes the central directory and closes the file.
  [[nodiscard]] Status Close();

  void set_mtime(std::time_t t) { mtime_ = t; }

 private:
  ZipWriter(std::unique_ptr<archive, ArchiveWriteDeleter> a, std::string path)
      : a_(std::move(a)), path_(std::move(path)) {}
  [[nodiscard]] Status Begin(const std::string& name, int64_t size, Method method);
  [[nodiscard]] Status Write(std::string_view data);

  std::unique_ptr<archive, ArchiveWriteDeleter> a_;
  std::string path_;
  std::time_t mtime_ = 0;
};

// Reads a ZIP entry by entry without extracting anything to disk.
// Single-thread; movable only.
class ZipReader {
 public:
  [[nodiscard]] static Result<ZipReader> Open(const std::string& path);
  ZipReader(ZipReader&&) noexcept = default;
  ZipReader& operator=(ZipReader&&) noexcept = default;
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  // Next entry's name and whether it is a directory; nullopt-like false at end.
  // Returns Corruption when the archive is unreadable.
  [[nodiscard]] Result<bool> Next(std::string* name, bool* is_dir);
  // Streams the current entry's bytes to `sink` in chunks.
  [[nodiscard]] Status ReadData(const std::function<Status(std::string_view)>& sink);

 private:
  ZipReader(std::unique_ptr<archive, ArchiveReadDeleter> a, std::string path)
      : a_(std::move(a)), path_(std::move(path)) {}
  std::unique_ptr<archive, ArchiveReadDeleter> a_;
  std::string path_;
};

}  // namespace lantian::store::internal
