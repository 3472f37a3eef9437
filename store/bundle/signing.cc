#include "store/bundle/signing.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/sha256.h"
#include "store/bundle/internal/crypto.h"

namespace lantian::store {
namespace {

using internal::Base64Decode;
using internal::Base64Encode;
using internal::OpenSslError;

struct BioDeleter {
  void operator()(BIO* b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
struct PkeyCtxDeleter {
  void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
struct MdCtxDeleter {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct EcdsaSigDeleter {
  void operator()(ECDSA_SIG* s) const { ECDSA_SIG_free(s); }
};
struct BnDeleter {
  void operator()(BIGNUM* b) const { BN_free(b); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;

std::string BioToString(BIO* bio) {
  char* data = nullptr;
  long len = BIO_get_mem_data(bio, &data);
  return std::string(data, len > 0 ? size_t(len) : 0);
}

// Only EC keys on secp384r1 are accepted: players leave other curves unverified.
Status CheckP384(EVP_PKEY* key, std::string_view what) {
  if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC) {
    return Status::InvalidArgument(std::string(what) + ": not an EC key (need ECDSA P-384)");
  }
  char group[64] = {0};
  size_t len = 0;
  if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group),
                                     &len) != 1 ||
      std::string_view(group, len) != "secp384r1") {
    return Status::InvalidArgument(std::string(what) + ": EC key on curve " +
                                   std::string(group, len) + ", need P-384 (secp384r1)");
  }
  return Status::Ok();
}

std::string SpkiDer(EVP_PKEY* key) {
  unsigned char* der = nullptr;
  int len = i2d_PUBKEY(key, &der);
  if (len <= 0) return {};
  std::string out(reinterpret_cast<char*>(der), size_t(len));
  OPENSSL_free(der);
  return out;
}

Result<std::string> ReadSmallFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string data = ss.str();
  if (data.size() > (1 << 20)) return Status::InvalidArgument(path + ": key file larger than 1 MiB");
  return data;
}

Status WriteFileExclusive(const std::string& path, std::string_view data, mode_t mode) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) return Status::IoError(path + ": cannot create: " + std::strerror(errno));
  // The mode passed to open() is filtered by the umask; set it exactly.
  ::fchmod(fd, mode);
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string err = std::strerror(errno);
      ::close(fd);
      return Status::IoError(path + ": write failed: " + err);
    }
    done += size_t(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    return Status::IoError(path + ": write failed: " + std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace

void EvpPkeyDeleter::operator()(evp_pkey_st* key) const { EVP_PKEY_free(key); }

Result<SigningKey> SigningKey::Generate() {
  EVP_PKEY* key = EVP_EC_gen("P-384");
  if (key == nullptr) return Status::Internal("cannot generate P-384 key: " + OpenSslError());
  return SigningKey(key);
}

Result<SigningKey> SigningKey::LoadPem(const std::string& path) {
  auto data = ReadSmallFile(path);
  if (!data.ok()) return data.status();
  BioPtr bio(BIO_new_mem_buf(data->data(), int(data->size())));
  EVP_PKEY* raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
  if (raw == nullptr) {
    OpenSslError();
    return Status::InvalidArgument(path + ": not a PEM private key");
  }
  PkeyPtr key(raw);
  LANTIAN_RETURN_IF_ERROR(CheckP384(key.get(), path));
  return SigningKey(key.release());
}

std::string SigningKey::PublicKeySpkiBase64() const { return Base64Encode(SpkiDer(key_.get())); }

std::string SigningKey::PublicKeyPem() const {
  BioPtr bio(BIO_new(BIO_s_mem()));
  PEM_write_bio_PUBKEY(bio.get(), key_.get());
  return BioToString(bio.get());
}

std::string SigningKey::PrivateKeyPem() const {
  BioPtr bio(BIO_new(BIO_s_mem()));
  PEM_write_bio_PrivateKey(bio.get(), key_.get(), nullptr, nullptr, 0, nullptr, nullptr);
  return BioToString(bio.get());
}

Result<std::string> SigningKey::SignBase64(std::string_view text) const {
  std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> md(EVP_MD_CTX_new());
  size_t der_len = 0;
  if (EVP_DigestSignInit(md.get(), nullptr, EVP_sha256(), nullptr, key_.get()) != 1 ||
      EVP_DigestSign(md.get(), nullptr, &der_len,
                     reinterpret_cast<const unsigned char*>(text.data()), text.size()) != 1) {
    return Status::Internal("ECDSA sign failed: " + OpenSslError());
  }
  std::string der(der_len, '\0');
  if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(der.data()), &der_len,
                     reinterpret_cast<const unsigned char*>(text.data()), text.size()) != 1) {
    return Status::Internal("ECDSA sign failed: " + OpenSslError());
  }
  // OpenSSL emits DER (SEQUENCE { r, s }); players want raw r||s (P1363).
  const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
  std::unique_ptr<ECDSA_SIG, EcdsaSigDeleter> sig(d2i_ECDSA_SIG(nullptr, &p, long(der_len)));
  if (!sig) return Status::Internal("ECDSA signature not DER: " + OpenSslError());
  const BIGNUM* r = nullptr;
  const BIGNUM* s = nullptr;
  ECDSA_SIG_get0(sig.get(), &r, &s);
  std::string raw(kP1363SignatureBytes, '\0');
  auto* out = reinterpret_cast<unsigned char*>(raw.data());
  if (BN_bn2binpad(r, out, 48) != 48 || BN_bn2binpad(s, out + 48, 48) != 48) {
    return Status::Internal("ECDSA signature component too large");
  }
  return Base64Encode(raw);
}

Status VerifyP1363Signature(std::string_view public_key_spki_base64, std::string_view text,
                            std::string_view signature_base64) {
  auto spki = Base64Decode(public_key_spki_base64);
  if (!spki) return Status::Corruption("publicKey is not valid base64");
  const unsigned char* p = reinterpret_cast<const unsigned char*>(spki->data());
  PkeyPtr key(d2i_PUBKEY(nullptr, &p, long(spki->size())));
  if (!key) {
    OpenSslError();
    return Status::Corruption("publicKey is not a DER SubjectPublicKeyInfo");
  }
  Status curve = CheckP384(key.get(), "publicKey");
  if (!curve.ok()) return Status::Corruption(curve.message());
  auto raw = Base64Decode(signature_base64);
  if (!raw) return Status::Corruption("signature is not valid base64");
  if (raw->size() != kP1363SignatureBytes) {
    return Status::Corruption("signature is " + std::to_string(raw->size()) +
                              " bytes, expected 96 (raw r||s for P-384)");
  }
  std::unique_ptr<ECDSA_SIG, EcdsaSigDeleter> sig(ECDSA_SIG_new());
  auto* bytes = reinterpret_cast<const unsigned char*>(raw->data());
  BIGNUM* r = BN_bin2bn(bytes, 48, nullptr);
  BIGNUM* s = BN_bin2bn(bytes + 48, 48, nullptr);
  if (r == nullptr || s == nullptr || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
    BN_free(r);
    BN_free(s);
    return Status::Internal("cannot build ECDSA_SIG");
  }
  unsigned char* der = nullptr;
  int der_len = i2d_ECDSA_SIG(sig.get(), &der);
  if (der_len <= 0) return Status::Internal("cannot encode ECDSA_SIG");
  std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> md(EVP_MD_CTX_new());
  int rc = -1;
  if (EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1) {
    rc = EVP_DigestVerify(md.get(), der, size_t(der_len),
                          reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  OPENSSL_free(der);
  OpenSslError();
  if (rc != 1) return Status::Corruption("signature does not verify against publicKey");
  return Status::Ok();
}

Result<std::string> LoadTrustedPublicKey(const std::string& path) {
  auto data = ReadSmallFile(path);
  if (!data.ok()) return data.status();
  {
    BioPtr bio(BIO_new_mem_buf(data->data(), int(data->size())));
    if (EVP_PKEY* k = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)) {
      PkeyPtr key(k);
      return Base64Encode(SpkiDer(key.get()));
    }
  }
  {
    BioPtr bio(BIO_new_mem_buf(data->data(), int(data->size())));
    if (EVP_PKEY* k = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)) {
      PkeyPtr key(k);
      return Base64Encode(SpkiDer(key.get()));
    }
  }
  OpenSslError();
  std::string text = *data;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.pop_back();
  }
  auto der = Base64Decode(text);
  if (der) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(der->data());
    PkeyPtr key(d2i_PUBKEY(nullptr, &p, long(der->size())));
    if (key) return text;
  }
  OpenSslError();
  return Status::InvalidArgument(path + ": not a PEM key or base64 SubjectPublicKeyInfo");
}

Result<KeygenResult> WriteNewKeyPair(const std::string& private_key_path) {
  std::string base = private_key_path;
  for (std::string_view suffix : {".key.pem", ".pem", ".key"}) {
    if (base.size() > suffix.size() && base.ends_with(suffix)) {
      base.resize(base.size() - suffix.size());
      break;
    }
  }
  KeygenResult out;
  out.private_key_path = private_key_path;
  out.public_key_path = base + ".pub.pem";
  out.public_key_b64_path = base + ".pub.b64";
  for (const std::string* p : {&out.private_key_path, &out.public_key_path,
                               &out.public_key_b64_path}) {
    std::error_code ec;
    if (std::filesystem::exists(*p, ec)) {
      return Status::InvalidArgument(*p + ": already exists, not overwriting a key");
    }
  }
  auto key = SigningKey::Generate();
  if (!key.ok()) return key.status();
  out.public_key_spki_base64 = key->PublicKeySpkiBase64();
  LANTIAN_RETURN_IF_ERROR(WriteFileExclusive(out.private_key_path, key->PrivateKeyPem(), 0600));
  LANTIAN_RETURN_IF_ERROR(WriteFileExclusive(out.public_key_path, key->PublicKeyPem(), 0644));
  LANTIAN_RETURN_IF_ERROR(
      WriteFileExclusive(out.public_key_b64_path, out.public_key_spki_base64 + "\n", 0644));
  return out;
}

std::string KeyFingerprint(std::string_view public_key_spki_base64) {
  auto der = Base64Decode(public_key_spki_base64);
  if (!der) return "?";
  return base::Sha256Hex(*der).substr(0, 16);
}

}  // namespace lantian::store
