#pragma once

// An exclusive advisory lock (flock(2)) held through an open lock file: the
// lock that makes one process the only WARC writer of a directory. Closing
// the descriptor releases it, so a crashed holder never leaves it behind.
//
//   auto lock = internal::DirLock::TryAcquire(warc_dir + "/.lantian-writer.lock");
//   if (!lock.ok()) return lock.status();             // cannot open the file
//   if (!lock->has_value()) return Busy(warc_dir);    // another process holds it
//   held_ = std::move(**lock);                        // released by ~DirLock
//
// Private to store/. Movable, not copyable; a DirLock belongs to one thread.

#include <optional>
#include <string>
#include <utility>

#include "base/status.h"

namespace lantian::store::internal {

class DirLock {
 public:
  // Opens (creating, mode 0644) `lock_path` and takes LOCK_EX without
  // waiting: nullopt when another open file description holds it. Errors:
  // IoError "<lock_path>: cannot open: <strerror>".
  [[nodiscard]] static Result<std::optional<DirLock>> TryAcquire(const std::string& lock_path);

  DirLock() = default;  // holds nothing
  DirLock(DirLock&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
  DirLock& operator=(DirLock&& o) noexcept;
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;
  ~DirLock() { Reset(); }

 private:
  explicit DirLock(int fd) : fd_(fd) {}
  void Reset();
  int fd_ = -1;
};

}  // namespace lantian::store::internal
