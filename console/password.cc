#include "console/password.h"

#include <sodium.h>

#include <string>

namespace lantian::console {
namespace {

// sodium_init is itself thread-safe and idempotent; the static makes it run
// once. It fails only when no entropy source can be opened.
bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

Result<KdfCost> ParseKdfCost(std::string_view name) {
  if (name == "interactive") return KdfCost::kInteractive;
  if (name == "moderate") return KdfCost::kModerate;
  return Status::InvalidArgument("unknown KDF cost '" + std::string(name) + "' (interactive|moderate)");
}

Result<std::string> HashPassword(std::string_view password, KdfCost cost) {
  if (!SodiumReady()) return Status::Internal("libsodium: sodium_init failed");
  unsigned long long ops = crypto_pwhash_OPSLIMIT_MODERATE;
  size_t mem = crypto_pwhash_MEMLIMIT_MODERATE;
  switch (cost) {
    case KdfCost::kInteractive:
      ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
      mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
      break;
    case KdfCost::kModerate:
      break;
  }
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::ResourceExhausted("crypto_pwhash_str: out of memory hashing a password (" +
                                     std::to_string(mem >> 20) + " MiB)");
  }
  return std::string(out);
}

bool VerifyPassword(const std::string& hash, std::string_view password) {
  if (!SodiumReady()) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace lantian::console
