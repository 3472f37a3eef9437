#include "base/zlib_stream.h"

#include <zlib.h>

#include <algorithm>

namespace lantian::base {

struct ZlibStream::State {
  z_stream zs{};
  bool deflate = false;
  ~State() {
    if (deflate) {
      deflateEnd(&zs);
    } else {
      inflateEnd(&zs);
    }
  }
};

namespace {

int WindowBits(ZlibFormat format) {
  switch (format) {
    case ZlibFormat::kGzip: return 16 + 15;
    case ZlibFormat::kZlib: return 15;
    case ZlibFormat::kRaw: return -15;
  }
  return 15;
}

}  // namespace

ZlibStream::ZlibStream(std::unique_ptr<State> state) : state_(std::move(state)) {}
ZlibStream::~ZlibStream() = default;
ZlibStream::ZlibStream(ZlibStream&&) noexcept = default;
ZlibStream& ZlibStream::operator=(ZlibStream&&) noexcept = default;

Result<ZlibStream> ZlibStream::Inflater(ZlibFormat format) {
  auto state = std::make_unique<State>();
  if (inflateInit2(&state->zs, WindowBits(format)) != Z_OK) {
    // ~State's inflateEnd on a stream whose init failed is a harmless no-op.
    return Status::Internal("zlib: inflateInit2 failed");
  }
  return ZlibStream(std::move(state));
}

Result<ZlibStream> ZlibStream::Deflater(ZlibFormat format, int level) {
  auto state = std::make_unique<State>();
  state->deflate = true;
  if (deflateInit2(&state->zs, level, Z_DEFLATED, WindowBits(format), 9, Z_DEFAULT_STRATEGY) != Z_OK) {
    return Status::Internal("zlib: deflateInit2 failed");
  }
  return ZlibStream(std::move(state));
}

Result<ZlibStream::InflateStep> ZlibStream::Inflate(std::string_view in, size_t max_out,
                                                   std::string* out, bool multi_member) {
  z_stream& zs = state_->zs;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  InflateStep step;
  auto done = [&]() -> InflateStep& {
    step.input_consumed = in.size() - zs.avail_in;
    return step;
  };
  char buf[64 * 1024];
  while (true) {
    // Never ask zlib for more than fits under the cap, so no decoded byte is
    // dropped and a capped stream can be resumed.
    const size_t room = max_out > out->size() ? max_out - out->size() : 0;
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = static_cast<uInt>(std::min(sizeof buf, room));
    const int rc = room == 0 ? Z_BUF_ERROR : inflate(&zs, Z_NO_FLUSH);
    out->append(buf, std::min(sizeof buf, room) - zs.avail_out);
    if (out->size() >= max_out && rc != Z_STREAM_END) {
      step.output_capped = true;
      return done();
    }
    if (rc == Z_STREAM_END) {
      if (multi_member && zs.avail_in > 0) {
        inflateReset(&zs);
        continue;
      }
      if (!multi_member) inflateReset(&zs);  // ready for the next stream
      step.stream_end = true;
      return done();
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      step.input_exhausted = true;
      return done();
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      return Status::Corruption(zs.msg != nullptr ? zs.msg : "inflate error");
    }
  }
}

Status ZlibStream::Deflate(std::string_view in, bool finish, std::string* out) {
  z_stream& zs = state_->zs;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[64 * 1024];
  const int flush = finish ? Z_FINISH : Z_NO_FLUSH;
  int rc = Z_OK;
  do {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = deflate(&zs, flush);
    if (rc == Z_STREAM_ERROR) return Status::Internal("zlib: deflate failed");
    out->append(buf, sizeof buf - zs.avail_out);
  } while (zs.avail_out == 0 || (finish && rc != Z_STREAM_END));
  return Status::Ok();
}

std::string Gzip(std::string_view data, int level) {
  std::string out;
  auto d = ZlibStream::Deflater(ZlibFormat::kGzip, level);
  if (!d.ok()) return out;
  d->Deflate(data, /*finish=*/true, &out).IgnoreError();  // fails only on misuse
  return out;
}

Result<std::string> GunzipAll(std::string_view gz, size_t max_out) {
  auto inf = ZlibStream::Inflater(ZlibFormat::kGzip);
  if (!inf.ok()) return inf.status();
  std::string out;
  // max_out + 1 so that exactly max_out bytes of output is not "capped".
  auto step = inf->Inflate(gz, max_out + 1, &out);
  if (!step.ok()) return Status::Corruption("bad gzip data: " + step.status().message());
  if (step->output_capped || out.size() > max_out) {
    return Status::ResourceExhausted("gzip data inflates past " + std::to_string(max_out) + " bytes");
  }
  if (!step->stream_end) return Status::Corruption("truncated gzip data");
  return out;
}

Result<DeflateEnd> RawDeflateEnd(std::string_view data) {
  struct Inflating {
    z_stream zs{};
    ~Inflating() { inflateEnd(&zs); }  // a no-op when init failed
  } in;
  z_stream& zs = in.zs;
  if (inflateInit2(&zs, WindowBits(ZlibFormat::kRaw)) != Z_OK) return Status::Internal("zlib: inflateInit2 failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  char buf[64 * 1024];
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    // Z_BLOCK stops at each block boundary, before zlib drops the final
    // block's padding; data_type then holds the unused bits still buffered
    // (low 6 bits), +64 when the last block was the final one, +128 at a
    // block boundary (zlib.h, inflate()).
    const int rc = inflate(&zs, Z_BLOCK);
    if (rc == Z_BUF_ERROR) return Status::Corruption("truncated deflate stream");
    if (rc != Z_OK && rc != Z_STREAM_END) {
      return Status::Corruption(zs.msg != nullptr ? zs.msg : "inflate error");
    }
    if ((zs.data_type & 192) == 192) {
      const size_t consumed = data.size() - zs.avail_in;
      const int buffered = zs.data_type & 63;
      DeflateEnd end;
      end.stream_bytes = consumed - size_t(buffered / 8);
      end.padding_bits = buffered % 8;
      if (end.padding_bits > 0 && end.stream_bytes > 0) {
        end.padding_zero = (uint8_t(data[end.stream_bytes - 1]) >> (8 - end.padding_bits)) == 0;
      }
      return end;
    }
    if (rc == Z_STREAM_END) return Status::Corruption("deflate stream ended without a final block");
  }
}

}  // namespace lantian::base
