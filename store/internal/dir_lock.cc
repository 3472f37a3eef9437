#include "store/internal/dir_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lantian::store::internal {

Result<std::optional<DirLock>> DirLock::TryAcquire(const std::string& lock_path) {
  int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IoError(lock_path + ": cannot open: " + std::strerror(errno));
  DirLock lock(fd);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) return std::optional<DirLock>();
  return std::optional<DirLock>(std::move(lock));
}

DirLock& DirLock::operator=(DirLock&& o) noexcept {
  if (this != &o) {
    Reset();
    fd_ = std::exchange(o.fd_, -1);
  }
  return *this;
}

void DirLock::Reset() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
  fd_ = -1;
}

}  // namespace lantian::store::internal
