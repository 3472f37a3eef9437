#pragma once

// RFC 3161 transport: POSTs a DER TimeStampReq to a time-stamping authority
// over HTTP(S) (Content-Type application/timestamp-query, RFC 3161 §3.4) and
// returns the DER TimeStampResp body. The request and reply are built and
// checked by store/bundle_timestamp.h; this only moves bytes.
//
//   auto reply = PostTimestampQuery("http://127.0.0.1:8318/tsa", request_der);
//   if (!reply.ok()) return reply.status();   // "<url>: TSA answered HTTP 500", ...

#include <chrono>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::crawler {

struct TsaClientOptions {
  // Whole-request timeout. Default 15 s: TSAs answer in well under a second.
  std::chrono::milliseconds timeout{15'000};
  // Cap on the reply body. Default 1 MiB: a reply is a few KB with the chain.
  size_t max_reply_bytes = 1u << 20;
  // User-Agent header. Default names lantian.
  std::string user_agent = "lantian-tsa-client";
};

// Thread-compatible free function: uses its own curl easy handle. Errors:
// Unavailable for transport failures and non-200 status, Corruption for a
// reply with the wrong Content-Type or over the cap, each naming the URL.
[[nodiscard]] Result<std::string> PostTimestampQuery(const std::string& url,
                                                     std::string_view request_der,
                                                     const TsaClientOptions& options = {});

}  // namespace lantian::crawler
