#include "crawler/content_decoding.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>

namespace lantian::crawler {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  while (!out.empty() && (out.front() == ' ' || out.front() == '\t')) out.erase(out.begin());
  return out;
}

// Inflates with zlib. window_bits: 16+15 gzip, 15 zlib, -15 raw deflate.
Result<DecodedBody> Inflate(std::string_view in, int window_bits, std::size_t max_bytes) {
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Status::Internal("inflateInit2 failed");
  DecodedBody out;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[64 * 1024];
  int rc = Z_OK;
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    const std::size_t produced = sizeof buf - zs.avail_out;
    const std::size_t room = max_bytes - out.bytes.size();
    out.bytes.append(buf, std::min(produced, room));
    if (produced > room || (out.bytes.size() == max_bytes && rc != Z_STREAM_END)) {
      out.truncated = true;  // decompressed cap reached
      break;
    }
    if (rc == Z_STREAM_END) {
      // Concatenated gzip members (RFC 1952 §2.2): continue with the next one.
      if (window_bits > 15 && zs.avail_in > 0) {
        inflateReset(&zs);
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      out.truncated = true;  // input ended mid-stream (short body)
      break;
    }
    if (rc != Z_OK) break;
  }
  inflateEnd(&zs);
  if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
    if (out.bytes.empty()) {
      return Status::InvalidArgument(std::string("content-encoding: corrupt data: ") +
                                     (zs.msg != nullptr ? zs.msg : "inflate error"));
    }
    out.truncated = true;  // keep what decoded before the corruption
  }
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
  const std::string coding = Lower(encoding);
  if (coding.empty() || coding == "identity") {
    DecodedBody out;
    out.bytes.assign(body.substr(0, std::min(body.size(), max_bytes)));
    out.truncated = body.size() > max_bytes;
    return out;
  }
  if (coding == "gzip" || coding == "x-gzip") return Inflate(body, 16 + 15, max_bytes);
  if (coding == "deflate") {
    // RFC 9110 §8.4.1.2 says zlib format; some servers send raw deflate.
    auto zlib = Inflate(body, 15, max_bytes);
    if (zlib.ok()) return zlib;
    return Inflate(body, -15, max_bytes);
  }
  return Status::InvalidArgument("content-encoding: unsupported coding '" + coding + "'");
}

}  // namespace lantian::crawler
