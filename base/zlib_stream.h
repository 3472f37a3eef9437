#pragma once

// RAII over a zlib z_stream, both directions: the one place lantian calls
// inflateInit2/deflateInit2 and their End functions. The z_stream lives behind
// a pointer to an incomplete type so <zlib.h> stays out of this header.
//
//   auto inf = base::ZlibStream::Inflater(base::ZlibFormat::kGzip);
//   std::string out;
//   auto st = inf->Inflate(wire, /*max_out=*/8 << 20, &out);
//   // st->stream_end, st->input_consumed, st->output_capped ...
//
//   auto def = base::ZlibStream::Deflater(base::ZlibFormat::kGzip, 9);
//   def->Deflate(chunk, /*finish=*/false, &out); def->Deflate({}, true, &out);
//
// One-shot helpers: base::Gzip(data, level), base::GunzipAll(data, max_out),
// base::RawDeflateEnd(data) (where a raw deflate stream ends, bit-exact).
// A ZlibStream is single-thread; movable, not copyable.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::base {

enum class ZlibFormat {
  kGzip,  // RFC 1952 (window bits 16+15)
  kZlib,  // RFC 1950 (15)
  kRaw,   // RFC 1951 raw deflate (-15)
};

class ZlibStream {
 public:
  // What one Inflate() call did.
  struct InflateStep {
    bool stream_end = false;      // a whole stream (every gzip member, see below) ended
    bool output_capped = false;   // stopped because `max_out` bytes were produced
    bool input_exhausted = false; // all input consumed before the stream ended (short input)
    size_t input_consumed = 0;    // bytes of `in` used; the rest belongs to the caller again
  };

  [[nodiscard]] static Result<ZlibStream> Inflater(ZlibFormat format);
  [[nodiscard]] static Result<ZlibStream> Deflater(ZlibFormat format, int level);
  ~ZlibStream();
  ZlibStream(ZlibStream&&) noexcept;
  ZlibStream& operator=(ZlibStream&&) noexcept;
  ZlibStream(const ZlibStream&) = delete;
  ZlibStream& operator=(const ZlibStream&) = delete;

  // Inflates `in`, appending to *out until out->size() reaches `max_out`.
  // Concatenated gzip members (RFC 1952 §2.2) are followed when
  // `multi_member` is set; without it the call returns at the end of one
  // stream, ready for the next, and `input_consumed` says where it starts. A capped
  // call loses nothing: call again with the unconsumed input (and a larger
  // `max_out`) to go on. Errors: Corruption "<zlib message>" for bad data;
  // *out keeps what decoded before it.
  [[nodiscard]] Result<InflateStep> Inflate(std::string_view in, size_t max_out, std::string* out,
                                            bool multi_member = true);

  // Compresses `in`, appending to *out; `finish` ends the stream.
  [[nodiscard]] Status Deflate(std::string_view in, bool finish, std::string* out);

 private:
  struct State;
  explicit ZlibStream(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// One-shot gzip of `data` at `level` (0-9).
std::string Gzip(std::string_view data, int level = 6);

// Inflates every gzip member of `gz`. Errors: ResourceExhausted when the
// output would pass `max_out` bytes, Corruption for bad or truncated data.
[[nodiscard]] Result<std::string> GunzipAll(std::string_view gz, size_t max_out);

// How a raw deflate stream (RFC 1951) ends: the byte its final block's
// end-of-block code lies in, and the bits after that code up to the byte
// boundary. Bits are packed from the least significant end (RFC 1951
// §3.1.1), so the padding is the top `padding_bits` bits of the last byte;
// zlib writes them as zeros. For checking that a stored stream is exactly
// what its writer produced (store/bundle's verifier).
struct DeflateEnd {
  size_t stream_bytes = 0;  // bytes up to and including the final block's last bit
  int padding_bits = 0;     // 0-7
  bool padding_zero = true;
};
// Decodes all of `data` (output discarded). Errors: Corruption "<zlib
// message>" for bad data, or "truncated deflate stream" when `data` ends
// before the final block does.
[[nodiscard]] Result<DeflateEnd> RawDeflateEnd(std::string_view data);

}  // namespace lantian::base
