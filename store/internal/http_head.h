#pragma once

// What the store reads from, and changes in, a response head before writing
// it to WARC. Private to store/.
//
//   internal::HasContentEncoding("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n")  // true
//   internal::Http2HeadAsHttp11("HTTP/2 200 \r\nserver: x\r\n\r\n")
//       -> "HTTP/1.1 200 \r\nserver: x\r\n\r\n"
//   internal::Http2HeadAsHttp11("HTTP/1.1 200 OK\r\n\r\n")  -> nullopt

#include <optional>
#include <string>
#include <string_view>

namespace lantian::store::internal {

// True if the response head names a Content-Encoding other than identity:
// the body bytes are compressed already (RFC 9110 §8.4), so the WARC member
// stores them without compressing again.
bool HasContentEncoding(std::string_view head);

// An HTTP/2 response head as libcurl hands it over ("HTTP/2 200 \r\n" then
// the header fields) with an HTTP/1.1 status line instead, so that WARC
// readers, which parse HTTP/1.x messages, can read the record (FORMATS.md:
// HTTP/2 responses are written with an HTTP/1.1 status line, and
// `WARC-Protocol: h2` records the real protocol). The status code and every
// header field stay as they were; a status line without the SP that must
// follow the code (RFC 9112 §4) gets one. nullopt for any other head, which
// is written as it came.
std::optional<std::string> Http2HeadAsHttp11(std::string_view head);

}  // namespace lantian::store::internal
