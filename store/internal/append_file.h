#pragma once

// An append-only file with its own write buffer over a raw fd, so a failed
// write (disk full, file size limit) can be cut back cleanly: unlike stdio,
// nothing stays buffered after TruncateTo. Single-thread; movable, not copyable.

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::store::internal {

class AppendFile {
 public:
  AppendFile() = default;
  ~AppendFile() { Close(); }
  AppendFile(AppendFile&& other) noexcept;
  AppendFile& operator=(AppendFile&& other) noexcept;
  AppendFile(const AppendFile&) = delete;
  AppendFile& operator=(const AppendFile&) = delete;

  // Creates `path` (must not exist).
  [[nodiscard]] Status Create(const std::string& path);
  bool is_open() const { return fd_ >= 0; }
  const std::string& path() const { return path_; }

  // Buffers data; writes the buffer out once it passes 1 MiB.
  [[nodiscard]] Status Append(std::string_view data);
  // Writes out the buffer.
  [[nodiscard]] Status Flush();
  // fdatasync.
  [[nodiscard]] Status Sync();
  // Drops the buffer and cuts the file back to `size` bytes.
  [[nodiscard]] Status TruncateTo(int64_t size);
  // Closes without flushing.
  void Close();

 private:
  int fd_ = -1;
  std::string path_;
  std::string buf_;
};

}  // namespace lantian::store::internal
