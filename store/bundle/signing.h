#pragma once

// Signing keys for evidence bundles, in the anonymous WACZ-signing form that
// web-archive players verify (FORMATS.md "What web-archive players actually
// verify"): an ECDSA P-384 key, ECDSA with SHA-256 over the UTF-8 text of the
// `hash` string, the signature as raw r||s (IEEE P1363, 96 bytes) in base64,
// and the public key as base64 of its SubjectPublicKeyInfo DER.
//
//   auto pair = store::WriteNewKeyPair("keys/lantian-signing.key.pem");  // mode 0600, refuses to overwrite
//   auto key = store::SigningKey::LoadPem(pair->private_key_path);
//   auto sig = key->SignBase64("sha256:3d3d…");                          // 96-byte r||s, base64
//   Status ok = store::VerifyP1363Signature(key->PublicKeySpkiBase64(), "sha256:3d3d…", *sig);

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

struct evp_pkey_st;

namespace lantian::store {

// Raw r||s length for P-384 (2 × 48 bytes).
inline constexpr size_t kP1363SignatureBytes = 96;

struct EvpPkeyDeleter {
  void operator()(evp_pkey_st* key) const;
};

// An ECDSA P-384 private key. Immutable after load, so it may be used from
// several threads for signing (OpenSSL 3 EVP_PKEY is safe for concurrent
// read-only use). Movable, not copyable.
class SigningKey {
 public:
  SigningKey(SigningKey&&) noexcept = default;
  SigningKey& operator=(SigningKey&&) noexcept = default;
  SigningKey(const SigningKey&) = delete;
  SigningKey& operator=(const SigningKey&) = delete;

  // A fresh random P-384 key.
  [[nodiscard]] static Result<SigningKey> Generate();
  // Reads a PEM private key (PKCS#8 or SEC1); refuses anything but EC P-384.
  [[nodiscard]] static Result<SigningKey> LoadPem(const std::string& path);

  // base64 of SubjectPublicKeyInfo DER (the WACZ `publicKey`).
  std::string PublicKeySpkiBase64() const;
  std::string PublicKeyPem() const;
  std::string PrivateKeyPem() const;  // PKCS#8, unencrypted

  // ECDSA-SHA256 over `text`, raw r||s (96 bytes), base64.
  [[nodiscard]] Result<std::string> SignBase64(std::string_view text) const;

 private:
  explicit SigningKey(evp_pkey_st* key) : key_(key) {}
  std::unique_ptr<evp_pkey_st, EvpPkeyDeleter> key_;
};

// Checks a P1363 base64 signature over `text` against a base64 SPKI DER public
// key. Corruption with a one-line reason when it does not verify; the key must
// be EC P-384.
[[nodiscard]] Status VerifyP1363Signature(std::string_view public_key_spki_base64,
                                          std::string_view text,
                                          std::string_view signature_base64);

// The fingerprint a notice prints and `lantian verify` reports: the first 16
// hex digits of SHA-256 over the SubjectPublicKeyInfo DER ("97f4260dafaded28");
// "?" when it is not base64.
std::string KeyFingerprint(std::string_view public_key_spki_base64);

// Reads a public key for `verify --trust`: a PEM public key, a PEM private key
// (its public half), or a file holding the base64 SPKI DER. Returns base64 SPKI DER.
[[nodiscard]] Result<std::string> LoadTrustedPublicKey(const std::string& path);

// Files written by `lantian keygen`.
struct KeygenResult {
  std::string private_key_path;     // PEM, mode 0600
  std::string public_key_path;      // PEM
  std::string public_key_b64_path;  // base64 SPKI DER, one line
  std::string public_key_spki_base64;
};

// Creates a P-384 key pair. `private_key_path` is the private key file; the
// public files go beside it as <path>.pub.pem and <path>.pub.b64 (with a
// ".pem" suffix of `private_key_path` replaced). Refuses to overwrite.
[[nodiscard]] Result<KeygenResult> WriteNewKeyPair(const std::string& private_key_path);

}  // namespace lantian::store
