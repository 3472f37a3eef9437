#include "base/opencc.h"

#include <opencc.h>

namespace lantian::base {

struct OpenCcConverter::Handle {
  opencc_t h = reinterpret_cast<opencc_t>(-1);
  ~Handle() {
    if (h != reinterpret_cast<opencc_t>(-1)) opencc_close(h);
  }
};

namespace {

std::string LastError() {
  const char* e = opencc_error();
  return e != nullptr ? e : "unknown error";
}

}  // namespace

OpenCcConverter::OpenCcConverter(std::unique_ptr<Handle> handle) : handle_(std::move(handle)) {}
OpenCcConverter::~OpenCcConverter() = default;
OpenCcConverter::OpenCcConverter(OpenCcConverter&&) noexcept = default;
OpenCcConverter& OpenCcConverter::operator=(OpenCcConverter&&) noexcept = default;

Result<OpenCcConverter> OpenCcConverter::Open(const std::string& config) {
  auto handle = std::make_unique<Handle>();
  handle->h = opencc_open(config.c_str());
  if (handle->h == reinterpret_cast<opencc_t>(-1)) {
    return Status::Internal("opencc: cannot open " + config + ": " + LastError());
  }
  return OpenCcConverter(std::move(handle));
}

Result<std::string> OpenCcConverter::Convert(std::string_view utf8) const {
  char* converted = opencc_convert_utf8(handle_->h, utf8.data(), utf8.size());
  if (converted == nullptr) return Status::Internal("opencc: " + LastError());
  std::string out(converted);
  opencc_convert_utf8_free(converted);
  return out;
}

}  // namespace lantian::base
