#pragma once

// RAII owner of an OpenCC converter (libopencc's C API: opencc_open /
// opencc_close), so the handle is closed exactly once and <opencc.h> stays
// out of public headers.
//
//   auto t2s = base::OpenCcConverter::Open(base::OpenCcConverter::kTradToSimp);
//   if (!t2s.ok()) return t2s.status();   // "opencc: cannot open t2s.json: ..."
//   auto simp = t2s->Convert("專利代理");  // -> "专利代理"
//
// OpenCC does not document its converters as thread-safe: an
// OpenCcConverter is thread-compatible (callers serialize Convert, e.g.
// behind a base::Mutex). Movable, not copyable.

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::base {

class OpenCcConverter {
 public:
  // OpenCC's traditional-to-simplified configuration (t2s.json).
  static constexpr const char* kTradToSimp = "t2s.json";

  [[nodiscard]] static Result<OpenCcConverter> Open(const std::string& config);
  ~OpenCcConverter();
  OpenCcConverter(OpenCcConverter&&) noexcept;
  OpenCcConverter& operator=(OpenCcConverter&&) noexcept;
  OpenCcConverter(const OpenCcConverter&) = delete;
  OpenCcConverter& operator=(const OpenCcConverter&) = delete;

  // `utf8` converted. Errors: Internal "opencc: <message>".
  [[nodiscard]] Result<std::string> Convert(std::string_view utf8) const;

 private:
  struct Handle;
  explicit OpenCcConverter(std::unique_ptr<Handle> handle);
  std::unique_ptr<Handle> handle_;
};

}  // namespace lantian::base
