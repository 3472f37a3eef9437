#pragma once

// Undoing HTTP transfer and content codings. The fetcher keeps the body
// exactly as it came over the wire (evidence); parsing needs it decoded.

#include <cstddef>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::crawler {

struct DecodedBody {
  std::string bytes;
  // The output reached `max_bytes` and was cut there (a gzip bomb stops here),
  // or the input ended early.
  bool truncated = false;
};

// Removes HTTP/1.1 chunked framing (RFC 9112 §7.1). A body cut mid-chunk gives
// what arrived with truncated = true. Chunk extensions and trailers are dropped.
DecodedBody Dechunk(std::string_view wire, std::size_t max_bytes);

// Undoes Content-Encoding `encoding` ("gzip", "x-gzip", "deflate", "identity"
// or empty; RFC 9110 §8.4.1), writing at most `max_bytes` decompressed bytes:
// memory stays bounded whatever the ratio. Error (kInvalidArgument) for an
// unsupported coding or data zlib rejects before any output.
[[nodiscard]] Result<DecodedBody> DecodeContent(std::string_view body, std::string_view encoding,
                                                std::size_t max_bytes);

}  // namespace lantian::crawler
