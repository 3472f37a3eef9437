#pragma once

// Password hashing for console accounts: libsodium's crypto_pwhash_str
// (Argon2id, a random salt per hash, the cost parameters inside the string),
// so equal passwords give different hashes and a hash cannot be reversed.
//
//   auto h = console::HashPassword("correct horse", console::KdfCost::kModerate);
//   console::VerifyPassword(*h, "correct horse");  // true
//
// Thread-safe (libsodium is after sodium_init, which runs once here).

#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::console {

// How much work one hash costs. kModerate (libsodium's OPSLIMIT/MEMLIMIT
// _MODERATE: 3 passes over 256 MiB, about 0.6 s on the lab machine, see
// bench/README.md) is what accounts get; kInteractive (2 passes over 64 MiB,
// about 0.1 s) exists for tests that sign in many times.
enum class KdfCost { kInteractive, kModerate };

// "interactive" | "moderate"; InvalidArgument otherwise.
[[nodiscard]] Result<KdfCost> ParseKdfCost(std::string_view name);

// Passwords shorter than this are refused by `lantian user`.
inline constexpr size_t kMinPasswordLength = 10;

// The "$argon2id$v=19$m=...,t=...,p=1$salt$hash" string. ResourceExhausted
// when the memory cannot be had.
[[nodiscard]] Result<std::string> HashPassword(std::string_view password, KdfCost cost);

// True if `password` matches `hash` (constant time in libsodium); false for
// a wrong password or a malformed hash.
bool VerifyPassword(const std::string& hash, std::string_view password);

}  // namespace lantian::console
