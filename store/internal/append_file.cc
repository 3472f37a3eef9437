#include "store/internal/append_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace lantian::store::internal {

constexpr size_t kBufferBytes = 1 << 20;

AppendFile::AppendFile(AppendFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)), buf_(std::move(other.buf_)) {}

AppendFile& AppendFile::operator=(AppendFile&& other) noexcept {
  if (this != &other) {
    Close();
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
    buf_ = std::move(other.buf_);
  }
  return *this;
}

Status AppendFile::Create(const std::string& path) {
  Close();
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IoError(path + ": cannot create: " + std::strerror(errno));
  fd_ = fd;
  path_ = path;
  buf_.clear();
  buf_.reserve(kBufferBytes + (kBufferBytes >> 2));
  return Status::Ok();
}

Status AppendFile::Append(std::string_view data) {
  buf_.append(data);
  if (buf_.size() >= kBufferBytes) return Flush();
  return Status::Ok();
}

Status AppendFile::Flush() {
  size_t done = 0;
  while (done < buf_.size()) {
    ssize_t n = ::write(fd_, buf_.data() + done, buf_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      buf_.erase(0, done);
      return Status::IoError(path_ + ": write failed: " + std::strerror(err));
    }
    done += static_cast<size_t>(n);
  }
  buf_.clear();
  return Status::Ok();
}

Status AppendFile::Sync() {
  if (::fdatasync(fd_) != 0) return Status::IoError(path_ + ": fsync failed: " + std::strerror(errno));
  return Status::Ok();
}

Status AppendFile::TruncateTo(int64_t size) {
  buf_.clear();
  if (::ftruncate(fd_, size) != 0 || ::lseek(fd_, size, SEEK_SET) < 0) {
    return Status::IoError(path_ + ": truncate failed: " + std::strerror(errno));
  }
  return Status::Ok();
}

void AppendFile::Close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

}  // namespace lantian::store::internal
