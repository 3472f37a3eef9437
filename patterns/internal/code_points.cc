#include "patterns/internal/code_points.h"

#include <utf8proc.h>

#include <optional>
#include <string>

#include "base/mutex.h"
#include "base/no_destructor.h"
#include "base/opencc.h"

namespace lantian::patterns::internal {

std::array<std::atomic<uint32_t>, kTableSize> g_code_point_table{};

namespace {

// OpenCC: not documented thread-safe, so one converter behind a mutex. It is
// only reached on a cache miss (once per Han code point per process). Never
// destroyed: normalizing threads may still use it at exit.
class TradToSimpConverter {
 public:
  TradToSimpConverter() {
    Result<base::OpenCcConverter> c = base::OpenCcConverter::Open(base::OpenCcConverter::kTradToSimp);
    if (c.ok()) {
      converter_.emplace(std::move(*c));
    } else {
      status_ = c.status();
    }
  }

  const Status& status() const { return status_; }

  // `cp` in simplified form when OpenCC maps it to exactly one code point;
  // else `cp` unchanged.
  uint32_t Convert(uint32_t cp) LOCKS_EXCLUDED(mu_) {
    if (!converter_) return cp;
    char in[4];
    const size_t n = EncodeUtf8(cp, in);
    Result<std::string> converted = [&] {
      base::MutexLock lock(&mu_);
      return converter_->Convert(std::string_view(in, n));
    }();
    if (!converted.ok() || converted->empty()) return cp;
    bool valid = false;
    uint32_t out = 0;
    const size_t used =
        DecodeUtf8(reinterpret_cast<const unsigned char*>(converted->data()), converted->size(), 0, &out, &valid);
    return valid && used == converted->size() ? out : cp;  // only 1:1 conversions are taken
  }

 private:
  // Constant after construction.
  std::optional<base::OpenCcConverter> converter_;
  Status status_;
  base::Mutex mu_;  // serializes Convert on converter_ (OpenCC's own state)
};

TradToSimpConverter& TradToSimp() {
  static base::NoDestructor<TradToSimpConverter> converter;
  return *converter;
}

bool IsStripped(uint32_t cp) {
  if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) return true;
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_CF;
}

}  // namespace

Status OpenCcStatus() { return TradToSimp().status(); }

int MapCodePoint(uint32_t cp, uint32_t* out) {
  if (IsStripped(cp)) return 0;
  utf8proc_int32_t buf[kMaxMapped];
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, kMaxMapped,
                                               static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), nullptr);
  if (n < 0 || n > kMaxMapped) {
    out[0] = cp;
    n = 1;
  } else {
    n = utf8proc_normalize_utf32(buf, n, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    if (n < 0) {
      out[0] = cp;
      n = 1;
    } else {
      for (utf8proc_ssize_t i = 0; i < n; ++i) out[i] = static_cast<uint32_t>(buf[i]);
    }
  }
  int w = 0;
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    uint32_t c = static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(out[i])));
    if (IsCjk(c)) c = TradToSimp().Convert(c);
    if (IsStripped(c)) continue;
    out[w++] = c;
  }
  return w;
}

uint32_t ComputeEntry(uint32_t cp) {
  uint32_t mapped[kMaxMapped];
  const int n = MapCodePoint(cp, mapped);
  if (n == 0) return kComputed | kKindDrop;
  if (n == 1) return kComputed | ClassOf(mapped[0]) | (mapped[0] & kCpMask);
  return kComputed | kKindMulti;
}

uint32_t ClassOf(uint32_t cp) {
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return kFlagAlnum;
    if ((cp >= 'A' && cp <= 'Z')) return 0;
    if (cp <= 0x20 || cp == 0x7F) return kFlagSpace;
    return kFlagSep;
  }
  if (IsCjk(cp)) return kFlagCjk;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return kFlagSpace;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
    case UTF8PROC_CATEGORY_CO:  // private use: icon fonts, emoji look-alikes
    case UTF8PROC_CATEGORY_CN:  // unassigned (newer emoji)
      return kFlagSep;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
      return 0;
  }
  return 0;
}

}  // namespace lantian::patterns::internal
