#pragma once

// What the store reads from a response head before writing it to WARC.
// Private to store/.
//
//   internal::HasContentEncoding("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n")  // true

#include <string_view>

namespace lantian::store::internal {

// True if the response head names a Content-Encoding other than identity:
// the body bytes are compressed already (RFC 9110 §8.4), so the WARC member
// stores them without compressing again.
bool HasContentEncoding(std::string_view head);

}  // namespace lantian::store::internal
