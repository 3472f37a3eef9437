#pragma once

// RFC 3161 time-stamp requests and replies for evidence bundles, built and
// checked with OpenSSL's TS API. The transport (HTTP POST with
// application/timestamp-query) lives in crawler/tsa_client.h, so store/ links
// no curl. The imprint is SHA-256 over the raw signature bytes (the 96-byte
// r||s of datapackage-digest.json's signedData.signature).
//
//   auto req = store::BuildTimestampRequest(signature_bytes);          // DER query + nonce
//   auto reply = crawler::PostTimestampQuery(tsa_url, req->der);       // the network part
//   auto info = store::CheckTimestampReply(*reply, *req);              // granted, imprint, nonce
//   info->gen_time_utc                                                 // "2026-11-25T16:00:00Z"
//   auto checked = store::VerifyTimestampReply(*reply, signature_bytes, tsa_ca_pem);
//
// Pure functions over byte strings: thread-safe.

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::store {

// A DER TimeStampReq {version 1, messageImprint sha256, nonce, certReq true}.
struct TimestampRequest {
  std::string der;
  std::string imprint;  // raw SHA-256 of the stamped bytes
  uint64_t nonce = 0;
};

// What a checked reply says.
struct TimestampInfo {
  std::string gen_time_utc;  // RFC 3339, e.g. "2026-11-25T16:00:00Z"
  std::string serial_hex;
  std::string tsa_name;          // may be empty
  bool signature_checked = false;  // signer chain verified against a CA
};

[[nodiscard]] Result<TimestampRequest> BuildTimestampRequest(std::string_view stamped_bytes);

// Checks a TimeStampResp (DER) against the request it answers: status granted
// (or granted with mods), version, imprint and nonce equal. Does not check the
// TSA's certificate (the bundle verifier does, given a CA). Corruption with a
// one-line reason otherwise.
[[nodiscard]] Result<TimestampInfo> CheckTimestampReply(std::string_view reply_der,
                                                        const TimestampRequest& request);

// `openssl ts -verify -data` equivalent: the reply's imprint must be SHA-256
// of `stamped_bytes`; when `ca_pem` (one or more PEM certificates) is not
// empty, the token's signature and signer chain (EKU timeStamping) are
// verified against those certificates as trust anchors, with `untrusted_pem`
// as extra intermediates.
[[nodiscard]] Result<TimestampInfo> VerifyTimestampReply(std::string_view reply_der,
                                                         std::string_view stamped_bytes,
                                                         std::string_view ca_pem,
                                                         std::string_view untrusted_pem = {});

}  // namespace lantian::store
