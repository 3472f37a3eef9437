#pragma once

// SHA-256 (and SHA-1, which WARC-Payload-Digest still uses) over OpenSSL's
// EVP interface, streaming or one-shot, with lowercase hex output. The one
// digest wrapper of the project: the evidence chain, capture digests, bundle
// manifests and signatures all hash through it.
//
//   base::Sha256Hex("abc")  -> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
//
//   base::Digest d;            // SHA-256
//   d.Update(header); d.Update(body);
//   std::string hex = d.FinishHex();   // the hasher is reset and reusable
//
// A Digest is single-thread; movable, not copyable.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace lantian::base {

class Digest {
 public:
  enum class Algorithm { kSha256, kSha1 };
  explicit Digest(Algorithm algorithm = Algorithm::kSha256);
  ~Digest();
  Digest(Digest&&) noexcept;
  Digest& operator=(Digest&&) noexcept;
  Digest(const Digest&) = delete;
  Digest& operator=(const Digest&) = delete;

  void Update(std::string_view bytes);
  // The raw digest (32 bytes for SHA-256, 20 for SHA-1); resets the hasher.
  std::string FinishRaw();
  // Lowercase hex of FinishRaw().
  std::string FinishHex();

 private:
  struct CtxDeleter {
    void operator()(evp_md_ctx_st* ctx) const;
  };
  void Reset();
  Algorithm algorithm_;
  std::unique_ptr<evp_md_ctx_st, CtxDeleter> ctx_;
};

// Lowercase hex of raw bytes.
std::string ToHex(std::string_view bytes);
// One-shot SHA-256 as lowercase hex / as 32 raw bytes.
std::string Sha256Hex(std::string_view bytes);
std::string Sha256Raw(std::string_view bytes);

}  // namespace lantian::base
