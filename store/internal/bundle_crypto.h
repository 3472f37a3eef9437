#pragma once

// Small codecs shared by the bundle writer and verifier: base64/base32,
// "sha256:<hex>" labels and the OpenSSL error queue as one line. Digests
// themselves are base/sha256.h. Private to store/.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::store::internal {

std::string Base64Encode(std::string_view bytes);
// Strict standard base64 (padding required, no whitespace); nullopt if invalid.
std::optional<std::string> Base64Decode(std::string_view text);
std::string Base32Encode(std::string_view bytes);  // RFC 4648, uppercase, padded

// "sha256:<lowercase hex>" of `bytes`.
std::string Sha256Label(std::string_view bytes);

// The last OpenSSL error as one line (empty if none); clears the queue.
std::string OpenSslError();

}  // namespace lantian::store::internal
