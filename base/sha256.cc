#include "base/sha256.h"

#include <openssl/evp.h>

namespace lantian::base {

void Digest::CtxDeleter::operator()(evp_md_ctx_st* ctx) const { EVP_MD_CTX_free(ctx); }

Digest::Digest(Algorithm algorithm) : algorithm_(algorithm), ctx_(EVP_MD_CTX_new()) { Reset(); }
Digest::~Digest() = default;
Digest::Digest(Digest&&) noexcept = default;
Digest& Digest::operator=(Digest&&) noexcept = default;

void Digest::Reset() {
  // EVP_DigestInit_ex fails only when allocation fails, which the later
  // EVP_DigestFinal_ex then reports as an empty digest; nothing to recover.
  EVP_DigestInit_ex(ctx_.get(), algorithm_ == Algorithm::kSha256 ? EVP_sha256() : EVP_sha1(), nullptr);
}

void Digest::Update(std::string_view bytes) {
  if (!bytes.empty()) EVP_DigestUpdate(ctx_.get(), bytes.data(), bytes.size());
}

std::string Digest::FinishRaw() {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx_.get(), md, &len) != 1) len = 0;
  Reset();
  return std::string(reinterpret_cast<const char*>(md), len);
}

std::string Digest::FinishHex() { return ToHex(FinishRaw()); }

std::string ToHex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 0xf]);
  }
  return out;
}

std::string Sha256Raw(std::string_view bytes) {
  Digest d;
  d.Update(bytes);
  return d.FinishRaw();
}

std::string Sha256Hex(std::string_view bytes) { return ToHex(Sha256Raw(bytes)); }

}  // namespace lantian::base
