#include "crawler/content_decoding.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "base/strings.h"
#include "base/zlib_stream.h"

namespace lantian::crawler {
namespace {

// Inflates `in` (one gzip stream, or several concatenated: RFC 1952 §2.2;
// or one zlib/raw deflate stream) up to `max_bytes` of output.
Result<DecodedBody> Inflate(std::string_view in, base::ZlibFormat format, std::size_t max_bytes) {
  auto stream = base::ZlibStream::Inflater(format);
  if (!stream.ok()) return stream.status();
  DecodedBody out;
  auto step = stream->Inflate(in, max_bytes, &out.bytes, /*multi_member=*/format == base::ZlibFormat::kGzip);
  if (!step.ok()) {
    if (out.bytes.empty()) return Status::InvalidArgument("content-encoding: corrupt data: " + step.status().message());
    out.truncated = true;  // keep what decoded before the corruption
    return out;
  }
  // output_capped: the decompressed cap; input_exhausted: a short body.
  out.truncated = step->output_capped || step->input_exhausted;
  return out;
}

}  // namespace

DecodedBody Dechunk(std::string_view wire, std::size_t max_bytes) {
  DecodedBody out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t line_end = wire.find("\r\n", pos);
    if (line_end == std::string_view::npos) {
      out.truncated = true;
      return out;
    }
    std::size_t size = 0;
    std::size_t i = pos;
    bool any = false;
    for (; i < line_end && std::isxdigit(static_cast<unsigned char>(wire[i])); ++i) {
      const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(wire[i])));
      size = size * 16 + static_cast<std::size_t>(c <= '9' ? c - '0' : c - 'a' + 10);
      any = true;
      if (size > (std::size_t{1} << 40)) break;
    }
    if (!any) {
      out.truncated = true;
      return out;
    }
    if (size == 0) return out;  // last chunk; trailers ignored
    const std::size_t data = line_end + 2;
    const std::size_t available = std::min(size, wire.size() - std::min(data, wire.size()));
    const std::size_t room = max_bytes - out.bytes.size();
    out.bytes.append(wire.substr(data, std::min(available, room)));
    if (available > room) {
      out.truncated = true;
      return out;
    }
    if (available < size) {
      out.truncated = true;
      return out;
    }
    pos = data + size + 2;
    if (pos > wire.size()) {
      out.truncated = true;
      return out;
    }
  }
}

Result<DecodedBody> DecodeContent(std::string_view body, std::string_view encoding, std::size_t max_bytes) {
  const std::string coding = base::AsciiLower(base::TrimAscii(encoding));
  if (coding.empty() || coding == "identity") {
    DecodedBody out;
    out.bytes.assign(body.substr(0, std::min(body.size(), max_bytes)));
    out.truncated = body.size() > max_bytes;
    return out;
  }
  if (coding == "gzip" || coding == "x-gzip") return Inflate(body, base::ZlibFormat::kGzip, max_bytes);
  if (coding == "deflate") {
    // RFC 9110 §8.4.1.2 says zlib format; some servers send raw deflate.
    auto zlib = Inflate(body, base::ZlibFormat::kZlib, max_bytes);
    if (zlib.ok()) return zlib;
    return Inflate(body, base::ZlibFormat::kRaw, max_bytes);
  }
  return Status::InvalidArgument("content-encoding: unsupported coding '" + coding + "'");
}

}  // namespace lantian::crawler
