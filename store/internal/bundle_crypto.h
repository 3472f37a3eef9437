#pragma once

// Small OpenSSL helpers shared by the bundle writer and verifier: streaming
// SHA-256 / SHA-1, hex and base64/base32 codecs. Private to store/.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

struct evp_md_ctx_st;

namespace lantian::store::internal {

struct EvpMdCtxDeleter {
  void operator()(evp_md_ctx_st* ctx) const;
};

// Streaming digest (SHA-256 or SHA-1). Single-thread; movable, not copyable.
class Digest {
 public:
  enum class Algorithm { kSha256, kSha1 };
  explicit Digest(Algorithm algorithm = Algorithm::kSha256);
  Digest(Digest&&) noexcept = default;
  Digest& operator=(Digest&&) noexcept = default;
  Digest(const Digest&) = delete;
  Digest& operator=(const Digest&) = delete;

  void Update(std::string_view bytes);
  // Raw digest bytes; the object must not be updated afterwards.
  std::string Finish();
  Algorithm algorithm() const { return algorithm_; }

 private:
  Algorithm algorithm_;
  std::unique_ptr<evp_md_ctx_st, EvpMdCtxDeleter> ctx_;
};

std::string Sha256(std::string_view bytes);  // raw 32 bytes
std::string HexEncode(std::string_view bytes);  // lowercase
std::string Base64Encode(std::string_view bytes);
// Strict standard base64 (padding required, no whitespace); nullopt if invalid.
std::optional<std::string> Base64Decode(std::string_view text);
std::string Base32Encode(std::string_view bytes);  // RFC 4648, uppercase, padded

// "sha256:<lowercase hex>" of `bytes`.
std::string Sha256Label(std::string_view bytes);

// The last OpenSSL error as one line (empty if none); clears the queue.
std::string OpenSslError();

}  // namespace lantian::store::internal
