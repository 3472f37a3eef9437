#pragma once

// Incremental sha256 over OpenSSL EVP. Single-thread; movable, not copyable.

#include <memory>
#include <string>
#include <string_view>

namespace lantian::store::internal {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  Sha256(Sha256&&) noexcept = default;
  Sha256& operator=(Sha256&&) noexcept = default;

  void Update(std::string_view bytes);
  // Lowercase hex digest; resets the hasher for reuse.
  std::string FinishHex();

 private:
  struct CtxDeleter {
    void operator()(void* ctx) const;
  };
  std::unique_ptr<void, CtxDeleter> ctx_;
};

// Lowercase hex of raw bytes.
std::string ToHex(const unsigned char* data, size_t size);

}  // namespace lantian::store::internal
